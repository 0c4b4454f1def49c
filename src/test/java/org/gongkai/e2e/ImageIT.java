package org.gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.testsupport.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the container image, built without a Docker daemon or a registry (deploy/image/build.sh: a debootstrap
 * base from Debian's packages, the application as its own layers, an OCI layout), read as a runtime reads it — its
 * index, manifest and configuration: entrypoint, non-root user, port, layers — and its root filesystem, unpacked,
 * running the application (in a chroot, as user 10001) to its readiness probe on a real PostgreSQL.
 */
class ImageIT {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode blob(Path layout, String digest) throws Exception {
        return JSON.readTree(layout.resolve("blobs/sha256/" + digest.substring("sha256:".length())).toFile());
    }

    static void run(File log, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log.toPath()));
    }

    @Test
    void theImageIsAnOciLayoutWhoseRootFilesystemRunsTheApplication() throws Exception {
        File log = new File("target/image-build.log");
        Files.deleteIfExists(log.toPath());
        run(log, "bash", "deploy/image/build.sh");
        Path layout = Path.of("target/image/oci");
        assertEquals(2, JSON.readTree(layout.resolve("index.json").toFile()).get("schemaVersion").asInt());
        assertTrue(Files.readString(layout.resolve("oci-layout")).contains("imageLayoutVersion"));
        JsonNode ref = JSON.readTree(layout.resolve("index.json").toFile()).get("manifests").get(0);
        assertEquals("gongkai", ref.path("annotations").path("org.opencontainers.image.ref.name").asText());
        JsonNode manifest = blob(layout, ref.get("digest").asText());
        JsonNode config = blob(layout, manifest.get("config").get("digest").asText());
        JsonNode c = config.get("config");
        assertEquals("10001:10001", c.get("User").asText(), "not root");
        assertTrue(c.get("ExposedPorts").has("8080/tcp"));
        List<String> entrypoint = new ArrayList<>();
        c.get("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        assertEquals("/usr/bin/java", entrypoint.get(0));
        assertTrue(entrypoint.containsAll(List.of("-Xmx256m", "-XX:SharedArchiveFile=/app/app-cds.jsa", "-jar", "/app/quarkus-run.jar")), entrypoint.toString());
        assertEquals("linux", config.get("os").asText());
        // the base, the libraries and the application: three layers, each a blob of the layout
        assertEquals(3, manifest.get("layers").size(), manifest.toString());
        for (JsonNode l : manifest.get("layers")) {
            Path b = layout.resolve("blobs/sha256/" + l.get("digest").asText().substring(7));
            assertEquals(l.get("size").asLong(), Files.size(b), "layer " + l.get("digest"));
        }
        assertTrue(manifest.get("layers").get(2).get("size").asLong() < manifest.get("layers").get(1).get("size").asLong(),
                "the application's own layer is small: a release changes it, not the libraries'");

        // its root filesystem runs the application: unpacked as a runtime would, the entrypoint in a chroot as the image's user
        Path bundle = Path.of("target/image/bundle");
        run(log, "rm", "-rf", bundle.toString());
        run(log, "umoci", "unpack", "--image", layout + ":gongkai", bundle.toString());
        Path rootfs = bundle.resolve("rootfs").toAbsolutePath();
        assertTrue(Files.isRegularFile(rootfs.resolve("app/quarkus-run.jar")) && Files.isDirectory(rootfs.resolve("app/lib")));
        assertTrue(Files.isRegularFile(rootfs.resolve("usr/share/fonts/truetype/wqy/wqy-microhei.ttc")), "the CJK font of the letters");
        assertTrue(Files.size(rootfs.resolve("app/app-cds.jsa")) > 10_000_000, "the class-data sharing archive (issue 17)");
        int db = DatabaseOutageIT.freePort(), http = DatabaseOutageIT.freePort();
        EmbeddedDatabase pg = EmbeddedDatabase.start(db, Files.createTempDirectory("gongkai-image-pg"));
        Process app = null;
        boolean proc = false;
        File appLog = new File("target/image-app.log");
        try {
            run(log, "mount", "-t", "proc", "proc", rootfs.resolve("proc").toString());
            proc = true;
            List<String> command = new ArrayList<>(List.of("chroot", "--userspec=10001:10001", rootfs.toString(), "/usr/bin/env", "-C", "/app"));
            c.get("Env").forEach(e -> command.add(e.asText()));
            String url = "127.0.0.1:" + db + "/" + EmbeddedDatabase.DB;
            command.addAll(List.of("HOME=/app", "GONGKAI_SM4_KEY=" + BackupRestoreIT.SM4, "GONGKAI_OIDC_URL=http://127.0.0.1:9/realms/gongkai", "GONGKAI_OIDC_SECRET=not-used",
                    "QUARKUS_HTTP_PORT=" + http, "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://" + url, "QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://" + url,
                    "QUARKUS_DATASOURCE_USERNAME=" + EmbeddedDatabase.USER, "QUARKUS_DATASOURCE_PASSWORD=" + EmbeddedDatabase.PASSWORD));
            command.addAll(entrypoint);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(appLog);
            pb.environment().clear();
            app = pb.start();
            DatabaseOutageIT.waitFor("http://127.0.0.1:" + http + "/q/health/ready", 200, Duration.ofSeconds(180), app, appLog);
            assertEquals(200, DatabaseOutageIT.get("http://127.0.0.1:" + http + "/api/v1/portal/items?size=1").statusCode());
            // the image's JVM maps the archive its build wrote (a stale one is refused with a warning at start)
            String started = Files.readString(appLog.toPath());
            assertFalse(started.contains("shared archive") || started.contains("[cds"), started.substring(0, Math.min(2000, started.length())));
        } finally {
            if (app != null) {
                app.destroy();
                if (!app.waitFor(20, TimeUnit.SECONDS)) app.destroyForcibly();
            }
            if (proc) new ProcessBuilder("umount", rootfs.resolve("proc").toString()).start().waitFor(20, TimeUnit.SECONDS);
            pg.close();
        }
    }
}
