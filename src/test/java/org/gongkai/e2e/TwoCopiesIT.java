package org.gongkai.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.gongkai.common.time.TimeSource;
import org.gongkai.testsupport.Applications;
import org.gongkai.testsupport.EmbeddedDatabase;
import org.gongkai.testsupport.KeycloakResource;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: two copies of the packaged application on one PostgreSQL and one S3-compatible store (S3Proxy) behind a
 * real load balancer (nginx from Debian). What one copy writes the other reads at once — a record, and an attachment
 * uploaded through one and downloaded through the other (in the object store only encrypted); the sweep started on both at the same moment does its work once (one
 * reminder, one notice: the advisory lock serialises the runs and every mark is idempotent); a copy killed in the
 * middle of a stream of submissions through the balancer loses no write it acknowledged, the balancer carries on with
 * the other copy, and the audit chain stays intact.
 */
class TwoCopiesIT {
    static RequestSpecification as(String user, int port) {
        return given().baseUri("http://127.0.0.1").port(port).contentType(ContentType.JSON).auth().oauth2(Users.token(user));
    }

    static Process nginx(Path dir, int port, int a, int b) throws Exception {
        for (String d : new String[] {"body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"}) Files.createDirectories(dir.resolve(d));
        String conf = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 512; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy; fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                  upstream gongkai {
                    server 127.0.0.1:%3$d max_fails=1 fail_timeout=60s;
                    server 127.0.0.1:%4$d max_fails=1 fail_timeout=60s;
                  }
                  server {
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://gongkai;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_next_upstream error timeout;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 30s;
                    }
                  }
                }
                """.formatted(dir, port, a, b);
        Files.writeString(dir.resolve("nginx.conf"), conf);
        String bin = new File("/usr/sbin/nginx").canExecute() ? "/usr/sbin/nginx" : "nginx";
        Process p = new ProcessBuilder(bin, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/nginx.out").toFile()).start();
        DatabaseOutageIT.waitFor("http://127.0.0.1:" + port + "/q/health/ready", 200, java.time.Duration.ofSeconds(20), p, dir.resolve("logs/nginx.out").toFile());
        return p;
    }

    @Test
    void twoCopiesBehindABalancerAreOnePlatform() throws Exception {
        assertTrue(new File("target/quarkus-app/quarkus-run.jar").isFile(), "the packaged application");
        new KeycloakResource().start();
        Path work = Files.createTempDirectory("gongkai-two");
        Path files = Files.createDirectories(work.resolve("files"));
        int db = DatabaseOutageIT.freePort(), one = DatabaseOutageIT.freePort(), two = DatabaseOutageIT.freePort(), lb = DatabaseOutageIT.freePort();
        EmbeddedDatabase pg = EmbeddedDatabase.start(db, work.resolve("pg"));
        Process a = null, b = null, balancer = null;
        org.gongkai.testsupport.S3Server s3 = org.gongkai.testsupport.S3Server.start("gongkai-two-copies");
        String jdbc = "jdbc:postgresql://127.0.0.1:" + db + "/" + EmbeddedDatabase.DB;
        try {
            a = BackupRestoreIT.start(one, db, files, new File("target/two-copies-a.log"), s3.environment());
            b = BackupRestoreIT.start(two, db, files, new File("target/two-copies-b.log"), s3.environment());
            balancer = nginx(work.resolve("nginx"), lb, one, two);
            String today = LocalDate.now(TimeSource.ZONE).toString();

            // written through one copy, read through the other at once
            Map<String, Object> letter = Map.of("applicant", Applications.body("两个副本测试", "POST"), "receiptRule", "IN_PERSON", "receivedOn", today);
            long id = as("office", one).body(letter).post("/api/v1/applications/letters").then().statusCode(201).extract().jsonPath().getLong("application.id");
            as("office", two).get("/api/v1/applications/" + id).then().statusCode(200);
            long ticket = as("office", one).body(Map.of("ticketNo", "12345-TWO-" + System.nanoTime(), "type", "CONSULT", "category", "ENROLMENT",
                            "title", "两个副本附件测试", "request", "材料见附件", "platformDueDate", LocalDate.now(TimeSource.ZONE).plusDays(10).toString()))
                    .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
            byte[] scan = ("%PDF-1.4\n% 两个副本明文标记 PLAINTEXT-MARK-" + System.nanoTime() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long file = given().baseUri("http://127.0.0.1").port(one).auth().oauth2(Users.token("office")).contentType("multipart/form-data")
                    .multiPart("file", "材料.pdf", scan, "application/pdf").post("/api/v1/enquiries/" + ticket + "/attachments")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            org.junit.jupiter.api.Assertions.assertArrayEquals(scan, as("office", two).get("/api/v1/enquiries/" + ticket + "/attachments/" + file).then().statusCode(200)
                    .extract().asByteArray(), "uploaded through one copy, downloaded through the other");
            try (var walk = Files.walk(s3.dir)) {
                List<Path> objects = walk.filter(Files::isRegularFile).toList();
                assertTrue(!objects.isEmpty(), "the attachment is in the object store");
                for (Path o : objects) assertTrue(!new String(Files.readAllBytes(o), java.nio.charset.StandardCharsets.ISO_8859_1).contains("PLAINTEXT-MARK"),
                        "encrypted before it left the application: " + o);
            }

            // the sweep started on both copies at once does its work once
            long overdue = as("office", one).body(Map.of("subjectType", "two-copies", "subjectId", UUID.randomUUID().toString(), "ruleId", "R8", "title", "两个副本扫描测试",
                    "departmentCode", "JCJY", "responsiblePerson", "张伟", "start", LocalDate.now(TimeSource.ZONE).minusDays(40).toString(), "days", 5, "unit", "WORKING"))
                    .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
            var s1 = CompletableFuture.supplyAsync(() -> as("admin", one).post("/api/v1/obligations/sweep").then().extract().statusCode());
            var s2 = CompletableFuture.supplyAsync(() -> as("admin", two).post("/api/v1/obligations/sweep").then().extract().statusCode());
            assertEquals(200, s1.get(60, TimeUnit.SECONDS));
            assertEquals(200, s2.get(60, TimeUnit.SECONDS));
            try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                assertEquals(1, count(c, "select count(*) from obligation_reminder where obligation_id = " + overdue + " and kind = 'OVERDUE'"), "one overdue mark");
                assertEquals(1, count(c, "select count(*) from notification where subject_type = 'obligation' and subject_id = '" + overdue + "'"), "one notice");
                ResultSet rs = c.createStatement().executeQuery("select locked_at, finished_at from obligation_sweep_run order by id desc limit 2");
                rs.next();
                var laterLocked = rs.getTimestamp(1);
                rs.next();
                assertTrue(!laterLocked.before(rs.getTimestamp(2)), "the second run began after the first had finished (the advisory lock)");
            }

            // a stream of submissions through the balancer; one copy killed in the middle of it
            List<Long> acknowledged = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < 60; i++) {
                if (i == 20) a.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                Response r;
                try {
                    r = as("office", lb).body(letter).post("/api/v1/applications/letters");
                } catch (Exception e) {
                    failures++;
                    continue;
                }
                if (r.statusCode() == 201) acknowledged.add(r.jsonPath().getLong("application.id"));
                else failures++;
            }
            assertTrue(acknowledged.size() >= 55, "the balancer carries on with the other copy: " + acknowledged.size() + " acknowledged, " + failures + " failed");
            Set<Long> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                 ResultSet rs = c.createStatement().executeQuery("select id from disclosure_application")) {
                while (rs.next()) stored.add(rs.getLong(1));
            }
            assertTrue(stored.containsAll(acknowledged), "every acknowledged write is stored");
            Thread.sleep(2500); // sealed by the surviving copy's chainer
            as("admin", lb).get("/api/v1/audit/verify").then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
        } finally {
            for (Process p : new Process[] {a, b, balancer})
                if (p != null) {
                    p.destroy();
                    if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
                }
            pg.close();
            s3.close();
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
