package org.gongkai.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;
import org.gongkai.testsupport.EmbeddedDatabase;
import org.gongkai.testsupport.KeycloakResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: traces are off by default and one setting switches them on. The packaged application with
 * {@code QUARKUS_OTEL_SDK_DISABLED=false} and an OTLP endpoint (a small HTTP receiver of the test's, taking what an
 * OpenTelemetry collector takes over http/protobuf): a portal request arrives there as a span of the service
 * {@code gongkai} with its route and its database statement; and, in the same application started with the default,
 * nothing is sent.
 */
class TracesIT {
    record Export(String path, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    static HttpServer receiver(List<Export> got) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
                    try (GZIPInputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(body)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                        z.transferTo(out);
                        body = out.toByteArray();
                    }
                }
                got.add(new Export(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Content-Type"), body));
            }
            // an empty ExportTraceServiceResponse
            ex.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            ex.sendResponseHeaders(200, 0);
            ex.close();
        });
        server.start();
        return server;
    }

    static boolean anySpanOf(List<Export> got, String... texts) {
        for (Export e : got) {
            String t = e.text();
            boolean all = e.path().endsWith("/v1/traces");
            for (String s : texts) all &= t.contains(s);
            if (all) return true;
        }
        return false;
    }

    @Test
    void oneSettingSwitchesTracesOnAndOffIsTheDefault() throws Exception {
        assertTrue(new File("target/quarkus-app/quarkus-run.jar").isFile(), "the packaged application");
        new KeycloakResource().start();
        Path work = Files.createTempDirectory("gongkai-traces");
        int db = DatabaseOutageIT.freePort(), on = DatabaseOutageIT.freePort(), off = DatabaseOutageIT.freePort();
        EmbeddedDatabase pg = EmbeddedDatabase.start(db, work.resolve("pg"));
        List<Export> got = new CopyOnWriteArrayList<>();
        HttpServer collector = receiver(got);
        String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort();
        Process traced = null, plain = null;
        try {
            traced = BackupRestoreIT.start(on, db, Files.createDirectories(work.resolve("files-on")), new File("target/traces-on.log"),
                    Map.of("QUARKUS_OTEL_SDK_DISABLED", "false", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", endpoint,
                            "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
            given().baseUri("http://127.0.0.1").port(on).queryParam("size", 3).get("/api/v1/portal/items").then().statusCode(200);
            long end = System.nanoTime() + 30_000_000_000L;
            while (!anySpanOf(got, "gongkai", "/api/v1/portal/items") && System.nanoTime() < end) Thread.sleep(200);
            assertTrue(anySpanOf(got, "gongkai", "/api/v1/portal/items"),
                    "a span of the service gongkai with the route reached the collector: " + got.stream().map(Export::path).toList());
            assertTrue(got.stream().allMatch(e -> e.contentType() != null && e.contentType().contains("protobuf")), "OTLP over http/protobuf");
            assertTrue(anySpanOf(got, "info_item_version"), "the database statement of the list is a span too");

            // the default: nothing sent
            traced.destroy();
            traced.waitFor();
            traced = null;
            got.clear();
            plain = BackupRestoreIT.start(off, db, Files.createDirectories(work.resolve("files-off")), new File("target/traces-off.log"),
                    Map.of("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", endpoint, "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                            "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
            for (int i = 0; i < 5; i++) given().baseUri("http://127.0.0.1").port(off).queryParam("size", 1 + i).get("/api/v1/portal/items").then().statusCode(200);
            Thread.sleep(2000);
            assertTrue(got.isEmpty(), "traces are off by default: " + got.stream().map(Export::path).toList());
        } finally {
            if (traced != null) {
                traced.destroy();
                traced.waitFor();
            }
            if (plain != null) {
                plain.destroy();
                plain.waitFor();
            }
            collector.stop(0);
            pg.close();
        }
    }
}
