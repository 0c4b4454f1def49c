package org.gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.testsupport.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a real database outage. The packaged application runs on its own PostgreSQL; the server is stopped
 * while the application runs: public reads and writes answer 503 problems with {@code Retry-After} (never Quarkus's
 * 500 "Error id"), and once the server is back the same application answers again, without a restart.
 */
class DatabaseOutageIT {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aStoppedDatabaseIsA503AndTheApplicationRecovers() throws Exception {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertTrue(jar.isFile(), "packaged application at " + jar);
        Path data = Files.createTempDirectory("gongkai-outage-pg");
        Path files = Files.createTempDirectory("gongkai-outage-files");
        int dbPort = freePort();
        int httpPort = freePort();
        EmbeddedDatabase db = EmbeddedDatabase.start(dbPort, data);
        Process app = null;
        File log = new File("target/database-outage-app.log");
        try {
            String hostPortDb = "127.0.0.1:" + dbPort + "/" + EmbeddedDatabase.DB;
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx384m", "-jar", jar.getPath()).redirectErrorStream(true).redirectOutput(log);
            pb.environment().keySet().removeIf(k -> k.startsWith("GONGKAI_") || k.startsWith("QUARKUS_"));
            pb.environment().put("GONGKAI_SM4_KEY", "dGVzdC1zbTQta2V5LTE2Qg==");
            pb.environment().put("GONGKAI_FILES_DIR", files.toString());
            // nobody needs to sign in here: the identity provider may be absent, the portal is public
            pb.environment().put("GONGKAI_OIDC_URL", "http://127.0.0.1:9/realms/gongkai");
            pb.environment().put("GONGKAI_OIDC_SECRET", "not-used");
            pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
            pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + hostPortDb);
            pb.environment().put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + hostPortDb);
            pb.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
            pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedDatabase.PASSWORD);
            app = pb.start();
            String base = "http://127.0.0.1:" + httpPort;
            HttpResponse<String> up = waitFor(base + "/api/v1/portal/items?size=5", 200, Duration.ofSeconds(120), app, log);
            assertEquals(200, up.statusCode(), "the application answers before the outage");
            Thread.sleep(1500);
            assertEquals(200, get(base + "/api/v1/portal/items?size=5").statusCode(), "read again (now held in memory)");

            db.close();
            // a page read before the outage is still answered from memory (issue 17: the public pages stay up)
            assertEquals(200, get(base + "/api/v1/portal/items?size=5").statusCode(), "an answer held in memory");
            // one that needs the database is a 503 problem
            HttpResponse<String> read = get(base + "/api/v1/portal/items?size=6");
            assertEquals(503, read.statusCode(), read.body());
            assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), read.headers().toString());
            assertTrue(read.headers().firstValue("Retry-After").isPresent(), "Retry-After on a 503");
            assertTrue(read.body().contains("\"status\":503") || read.body().contains("\"status\" : 503"), read.body());
            HttpResponse<String> other = get(base + "/api/v1/enquiries/statistics?year=2026");
            assertEquals(503, other.statusCode(), other.body());
            String logged = Files.readString(log.toPath());
            assertTrue(!read.body().contains("Error id"), read.body());

            db = EmbeddedDatabase.start(dbPort, data);
            HttpResponse<String> back = waitFor(base + "/api/v1/portal/items?size=5", 200, Duration.ofSeconds(60), app, log);
            assertEquals(200, back.statusCode(), "the same application answers once the database is back:\n" + back.body() + "\n" + logged);
        } finally {
            if (app != null) {
                app.destroy();
                if (!app.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) app.destroyForcibly();
            }
            db.close();
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> waitFor(String url, int status, Duration limit, Process app, File log) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < end) {
            assertTrue(app.isAlive(), "the application stopped:\n" + Files.readString(log.toPath()));
            try {
                last = get(url);
                if (last.statusCode() == status) return last;
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + status + " from " + url + " within " + limit + "; last " + (last == null ? "none" : last.statusCode() + " " + last.body())
                + "\n" + Files.readString(log.toPath()));
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
