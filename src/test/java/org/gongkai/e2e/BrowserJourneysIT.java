package org.gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The browser journeys (webui/e2e/journeys.mjs: Playwright driving Debian's Chromium) against the packaged
 * application, the real Keycloak and PostgreSQL. Screenshots land in target/screenshots.
 */
@QuarkusIntegrationTest
class BrowserJourneysIT {

    @Test
    void journeysPassInChromium() throws Exception {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        // JOURNEYS="obligations page" runs only the journeys whose names contain it (while working on one)
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("node", "e2e/journeys.mjs"));
        String only = System.getenv("JOURNEYS");
        if (only != null && !only.isBlank()) command.add(only);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(new File("webui"))
                .redirectErrorStream(true);
        pb.environment().put("BASE_URL", "http://localhost:" + port);
        pb.environment().put("SCREENSHOTS", new File("target/screenshots").getAbsolutePath());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        System.out.println(out);
        assertEquals(true, finished, "journeys did not finish in 10 minutes");
        assertEquals(0, p.exitValue(), "browser journeys failed:\n" + out);
    }
}
