package org.gongkai.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.gongkai.common.time.TimeSource;
import org.gongkai.testsupport.Applications;
import org.gongkai.testsupport.EmbeddedDatabase;
import org.gongkai.testsupport.KeycloakResource;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, rotating the SM4 key as the runbook says, on the packaged application: records and an attachment under the
 * old key (some in the format from before key ids); the application restarted with the new key and the old one as
 * previous — everything still reads; the rotation rewrites every value and file (the status says what is left); the
 * application restarted with the new key alone — everything still reads, and nothing in the database or the store is
 * under the old key.
 */
class KeyRotationIT {
    static RequestSpecification as(String user, int port) {
        return given().baseUri("http://127.0.0.1").port(port).contentType(ContentType.JSON).auth().oauth2(Users.token(user));
    }

    static void stop(Process p) throws Exception {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
    }

    @Test
    void theKeyIsRotatedWhileEverythingStaysReadable() throws Exception {
        assertTrue(new File("target/quarkus-app/quarkus-run.jar").isFile(), "the packaged application");
        new KeycloakResource().start();
        Path work = Files.createTempDirectory("gongkai-rotation");
        Path files = Files.createDirectories(work.resolve("files"));
        int db = DatabaseOutageIT.freePort(), http = DatabaseOutageIT.freePort();
        EmbeddedDatabase pg = EmbeddedDatabase.start(db, work.resolve("pg"));
        String jdbc = "jdbc:postgresql://127.0.0.1:" + db + "/" + EmbeddedDatabase.DB;
        byte[] k2 = new byte[16];
        new SecureRandom().nextBytes(k2);
        String newKey = Base64.getEncoder().encodeToString(k2);
        Process app = null;
        try {
            // under the old key
            app = BackupRestoreIT.start(http, db, files, new File("target/rotation-app-1.log"));
            String today = LocalDate.now(TimeSource.ZONE).toString();
            long application = as("office", http).body(Map.of("applicant", Applications.body("密钥轮换测试", "POST"), "receiptRule", "IN_PERSON", "receivedOn", today))
                    .post("/api/v1/applications/letters").then().statusCode(201).extract().jsonPath().getLong("application.id");
            long ticket = as("office", http).body(Map.of("ticketNo", "12345-ROT-" + System.nanoTime(), "type", "CONSULT", "category", "ENROLMENT", "title", "密钥轮换工单",
                    "request", "见附件", "callerName", "轮换测试人", "callerPhone", "13900002222", "platformDueDate", LocalDate.now(TimeSource.ZONE).plusDays(10).toString()))
                    .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
            byte[] scan = ("%PDF-1.4\n% 轮换 " + System.nanoTime() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
            long file = given().baseUri("http://127.0.0.1").port(http).auth().oauth2(Users.token("office")).contentType("multipart/form-data")
                    .multiPart("file", "轮换材料.pdf", scan, "application/pdf").post("/api/v1/enquiries/" + ticket + "/attachments")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            String view = as("office", http).get("/api/v1/applications/" + application).then().statusCode(200).extract().asString();
            String ticketView = as("office", http).get("/api/v1/enquiries/" + ticket).then().statusCode(200).extract().asString();
            stop(app);
            // some of it in the format from before key ids: the same ciphertext without the key id
            String oldId;
            try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                ResultSet rs = c.createStatement().executeQuery("select name_enc from disclosure_application where id = " + application);
                rs.next();
                oldId = rs.getString(1).split(":")[1];
                c.createStatement().executeUpdate("update disclosure_application set name_enc = split_part(name_enc, ':', 3) where id = " + application);
                rs = c.createStatement().executeQuery("select storage_key from attachment where id = " + file);
                rs.next();
                Path stored = files.resolve(rs.getString(1));
                byte[] withHeader = Files.readAllBytes(stored);
                Files.write(stored, Arrays.copyOfRange(withHeader, 8, withHeader.length));
            }

            // the new key, the old one as previous: everything reads
            app = BackupRestoreIT.start(http, db, files, new File("target/rotation-app-2.log"), Map.of("GONGKAI_SM4_KEY", newKey, "GONGKAI_SM4_PREVIOUS_KEYS", BackupRestoreIT.SM4));
            assertEquals(view, as("office", http).get("/api/v1/applications/" + application).then().statusCode(200).extract().asString());
            assertArrayEquals(scan, as("office", http).get("/api/v1/enquiries/" + ticket + "/attachments/" + file).then().statusCode(200).extract().asByteArray());
            as("staff", http).get("/api/v1/admin/crypto/rotation").then().statusCode(403);
            as("admin", http).get("/api/v1/admin/crypto/rotation").then().statusCode(200).body("done", equalTo(false)).body("files", equalTo(1))
                    .body("values.disclosure_application", greaterThan(0));
            as("admin", http).post("/api/v1/admin/crypto/rotation").then().statusCode(200).body("done", equalTo(true)).body("files", equalTo(0))
                    .body("values.enquiry", equalTo(0));
            as("admin", http).post("/api/v1/admin/crypto/rotation").then().statusCode(200).body("done", equalTo(true));
            stop(app);
            try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from disclosure_application where name_enc not like 'v2:%' or name_enc like 'v2:" + oldId + ":%'")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "nothing under the old key");
            }

            // the new key alone
            app = BackupRestoreIT.start(http, db, files, new File("target/rotation-app-3.log"), Map.of("GONGKAI_SM4_KEY", newKey));
            assertEquals(view, as("office", http).get("/api/v1/applications/" + application).then().statusCode(200).extract().asString());
            assertEquals(ticketView, as("office", http).get("/api/v1/enquiries/" + ticket).then().statusCode(200).extract().asString());
            assertArrayEquals(scan, as("office", http).get("/api/v1/enquiries/" + ticket + "/attachments/" + file).then().statusCode(200).extract().asByteArray());
            as("admin", http).get("/api/v1/admin/audit/verify".replace("/admin/audit", "/audit")).then().statusCode(200);
            as("admin", http).queryParam("subjectType", "sm4-key").get("/api/v1/audit/events").then().statusCode(200)
                    .body("items.action", org.hamcrest.Matchers.hasItem("crypto.key.rotated"));
        } finally {
            if (app != null) stop(app);
            pg.close();
        }
    }
}
