package org.gongkai.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.gongkai.common.time.TimeSource;
import org.gongkai.testsupport.EmbeddedDatabase;
import org.gongkai.testsupport.KeycloakResource;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, backup and restore as the runbook says: the packaged application on its PostgreSQL with records, an
 * encrypted attachment and an audit trail; {@code pg_dump -Fc} of its database and a copy of its file folder; both
 * restored into a fresh PostgreSQL and folder; the application started on them — the same records, the attachment's
 * very bytes, the audit chain verified intact.
 */
class BackupRestoreIT {
    static final String SM4 = "dGVzdC1zbTQta2V5LTE2Qg==";

    static Process start(int httpPort, int dbPort, Path files, File log) throws Exception {
        return start(httpPort, dbPort, files, log, Map.of());
    }

    static Process start(int httpPort, int dbPort, Path files, File log, Map<String, String> extra) throws Exception {
        String db = "127.0.0.1:" + dbPort + "/" + EmbeddedDatabase.DB;
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true).redirectOutput(log);
        pb.environment().keySet().removeIf(k -> k.startsWith("GONGKAI_") || k.startsWith("QUARKUS_"));
        pb.environment().putAll(Map.of("GONGKAI_SM4_KEY", SM4, "GONGKAI_FILES_DIR", files.toString(),
                "GONGKAI_OIDC_URL", KeycloakResource.URL + "/realms/gongkai", "GONGKAI_OIDC_SECRET", "gongkai-api-secret",
                "QUARKUS_HTTP_PORT", String.valueOf(httpPort), "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + db,
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + db, "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD", EmbeddedDatabase.PASSWORD));
        pb.environment().putAll(extra);
        Process p = pb.start();
        DatabaseOutageIT.waitFor("http://127.0.0.1:" + httpPort + "/q/health/ready", 200, Duration.ofSeconds(120), p, log);
        return p;
    }

    static RequestSpecification as(String user, int port) {
        return given().baseUri("http://127.0.0.1").port(port).contentType(ContentType.JSON).auth().oauth2(Users.token(user));
    }

    static int run(File log, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        pb.environment().put("PGPASSWORD", EmbeddedDatabase.PASSWORD);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return p.exitValue();
    }

    @Test
    void aDumpAndTheFilesRestoredIntoAFreshDatabaseAreTheSamePlatform() throws Exception {
        assertTrue(new File("target/quarkus-app/quarkus-run.jar").isFile(), "the packaged application");
        new KeycloakResource().start();
        Path work = Files.createTempDirectory("gongkai-backup");
        Path filesA = Files.createDirectories(work.resolve("files-a")), filesB = work.resolve("files-b");
        int dbA = DatabaseOutageIT.freePort(), dbB = DatabaseOutageIT.freePort(), portA = DatabaseOutageIT.freePort(), portB = DatabaseOutageIT.freePort();
        File logA = new File("target/backup-app-a.log"), logB = new File("target/backup-app-b.log"), tools = new File("target/backup-tools.log");
        EmbeddedDatabase a = EmbeddedDatabase.start(dbA, work.resolve("pg-a"));
        EmbeddedDatabase b = null;
        Process appA = null, appB = null;
        try {
            appA = start(portA, dbA, filesA, logA);
            // records with personal data, an attachment, an audit trail
            String today = LocalDate.now(TimeSource.ZONE).toString();
            long ticket = as("office", portA).body(Map.of("ticketNo", "12345-BACKUP-" + System.nanoTime(), "type", "CONSULT", "category", "ENROLMENT",
                            "title", "备份恢复测试工单", "request", "孩子入学需要哪些材料？", "callerName", "备份测试人", "callerPhone", "13900001111",
                            "platformDueDate", LocalDate.now(TimeSource.ZONE).plusDays(10).toString()))
                    .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
            byte[] pdf = ("%PDF-1.4\n% 备份恢复测试 " + System.nanoTime() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
            long file = given().baseUri("http://127.0.0.1").port(portA).auth().oauth2(Users.token("office")).contentType("multipart/form-data")
                    .multiPart("file", "工单材料.pdf", pdf, "application/pdf").post("/api/v1/enquiries/" + ticket + "/attachments")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            Map<String, Object> applicant = org.gongkai.testsupport.Applications.body("备份恢复测试申请", "POST");
            long application = as("office", portA).body(Map.of("applicant", applicant, "receiptRule", "REGISTERED_MAIL", "receivedOn", today))
                    .post("/api/v1/applications/letters").then().statusCode(201).extract().jsonPath().getLong("application.id");
            Thread.sleep(2500); // the audit chainer seals the new events (every second)
            as("admin", portA).get("/api/v1/audit/verify").then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
            String before = as("office", portA).get("/api/v1/enquiries/" + ticket).then().statusCode(200).extract().asString();

            // the backup: a custom-format dump and the file folder (its files are SM4-encrypted already)
            Path dump = work.resolve("gongkai.dump");
            assertEquals(0, run(tools, "pg_dump", "-Fc", "-h", "127.0.0.1", "-p", String.valueOf(dbA), "-U", EmbeddedDatabase.USER, "-d", EmbeddedDatabase.DB,
                    "-f", dump.toString()), "pg_dump: " + Files.readString(tools.toPath()));
            copy(filesA, filesB);
            appA.destroy();
            appA.waitFor(20, TimeUnit.SECONDS);
            a.close();

            // the restore into a fresh server, and the application on it
            b = EmbeddedDatabase.start(dbB, work.resolve("pg-b"));
            assertEquals(0, run(tools, "pg_restore", "--no-owner", "--role=" + EmbeddedDatabase.USER, "-h", "127.0.0.1", "-p", String.valueOf(dbB), "-U", EmbeddedDatabase.USER,
                    "-d", EmbeddedDatabase.DB, dump.toString()), "pg_restore: " + Files.readString(tools.toPath()));
            appB = start(portB, dbB, filesB, logB);
            as("admin", portB).get("/api/v1/audit/verify").then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true))
                    .body("checked", org.hamcrest.Matchers.greaterThan(2));
            assertEquals(before, as("office", portB).get("/api/v1/enquiries/" + ticket).then().statusCode(200).extract().asString(), "the same record");
            byte[] back = as("office", portB).get("/api/v1/enquiries/" + ticket + "/attachments/" + file).then().statusCode(200).extract().asByteArray();
            assertArrayEquals(pdf, back, "the attachment's bytes, decrypted with the same key");
            as("office", portB).get("/api/v1/applications/" + application).then().statusCode(200);
            // and it goes on working: a new record's audit event chains onto the restored ones
            as("office", portB).body(Map.of("applicant", applicant, "receiptRule", "IN_PERSON", "receivedOn", today)).post("/api/v1/applications/letters").then().statusCode(201);
            Thread.sleep(2500);
            as("admin", portB).get("/api/v1/audit/verify").then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
        } finally {
            for (Process p : new Process[] {appA, appB})
                if (p != null) {
                    p.destroy();
                    if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
                }
            a.close();
            if (b != null) b.close();
        }
    }

    static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
