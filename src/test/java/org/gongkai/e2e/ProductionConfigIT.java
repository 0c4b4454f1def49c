package org.gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 9: no secret has a default in production. The packaged application, started without GONGKAI_OIDC_URL
 * and GONGKAI_OIDC_SECRET, refuses to start and says which setting is missing.
 */
class ProductionConfigIT {

    @Test
    void thePackagedApplicationRefusesToStartWithoutItsOidcSettings() throws Exception {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertTrue(jar.isFile(), "packaged application at " + jar);
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.getPath()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GONGKAI_") || k.startsWith("QUARKUS_"));
        pb.environment().put("GONGKAI_SM4_KEY", "dGVzdC1zbTQta2V5LTE2Qg==");
        pb.environment().put("QUARKUS_HTTP_PORT", "0");
        // a database nobody listens on: start-up must fail on the configuration, before it would matter
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/none");
        pb.environment().put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1:9/none");
        Process p = pb.start();
        boolean finished = p.waitFor(90, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finished, "it kept running without its OIDC settings:\n" + out);
        assertNotEquals(0, p.exitValue());
        // it names what is missing (the property that GONGKAI_OIDC_URL sets)
        assertTrue(out.contains("GONGKAI_OIDC_URL") || out.contains("quarkus.oidc.auth-server-url"), out);
    }
}
