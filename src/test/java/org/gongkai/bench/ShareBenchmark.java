package org.gongkai.bench;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.http.HttpMethod;
import org.flywaydb.core.Flyway;
import org.gongkai.testsupport.EmbeddedDatabase;

/**
 * Issue 14: the sharing call (R40) under load — a consumer system's client-credentials token from the real Keycloak
 * (deploy/keycloak.sh), a grant checked and counted, the query forwarded to a small "system" over HTTP, 20 records
 * masked by the published rules (keep ends, year, salted SM3 hash), the call logged. Open model at 200 and 400 calls a
 * second: the p99 from the scheduled send time. {@code deploy/bench.sh share [seconds]}; results in target/bench/share.md.
 */
public final class ShareBenchmark {
    static final String CODE = "99.01-BENCH";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String keycloak = System.getenv().getOrDefault("GONGKAI_TEST_KEYCLOAK_URL", "http://localhost:8180");
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        if (!jar.isFile()) throw new IllegalStateException("package the application first: " + jar);
        Path work = Files.createDirectories(Path.of("target/bench"));
        HttpBenchmark.say("# Gongkai sharing-call benchmark — " + java.time.LocalDate.now() + ", " + HttpBenchmark.machine());
        // the information system that carries the resource: 20 records a page, at once
        StringBuilder records = new StringBuilder("{\"total\":5000,\"records\":[");
        for (int i = 0; i < 20; i++) {
            if (i > 0) records.append(',');
            records.append(String.format("{\"学校名称\":\"临沂第%d中学\",\"校长姓名\":\"王建国%d\",\"联系电话\":\"138%08d\",\"出生日期\":\"1975-0%d-12\",\"身份证号\":\"3713021975010%05d\","
                    + "\"教师编号\":\"T%06d\",\"在校生人数\":%d}", i + 1, i, i, 1 + i % 9, i, i, 1000 + i));
        }
        byte[] page = records.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        // the JDK's server writes headers and body apart: without TCP_NODELAY each answer waits for a delayed ACK (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer system = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        system.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        system.createContext("/q", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        system.start();
        // a fresh database each run: the seed is small
        Path pg = work.resolve("pg-share");
        if (Files.exists(pg)) try (var paths = Files.walk(pg)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(0, pg)) {
            String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/" + EmbeddedDatabase.DB;
            Flyway.configure().dataSource(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD).locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                seed(c, "http://127.0.0.1:" + system.getAddress().getPort() + "/q");
            }
            int port = HttpBenchmark.freePort();
            Process app = HttpBenchmark.start(jar, port, db.port(), work.resolve("app-share.log"), Map.of(
                    "GONGKAI_OIDC_URL", keycloak + "/realms/gongkai", "GONGKAI_OIDC_SECRET", "gongkai-api-secret"));
            try {
                HttpBenchmark.waitFor("http://127.0.0.1:" + port + "/api/v1/portal/items?size=1", app);
                String token = token(keycloak);
                String path = "/api/v1/share/" + CODE + "?size=20";
                HttpResponse<String> one = HttpBenchmark.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (one.statusCode() != 200 || one.body().contains("王建国1\"")) throw new IllegalStateException("the call: " + one.statusCode() + " " + one.body());
                HttpBenchmark.say("one answer (" + one.body().length() + " characters): " + one.body().substring(0, Math.min(240, one.body().length())) + "…");
                Load.Scenario call = c -> c.request(HttpMethod.GET, path).compose(r -> r.putHeader("Authorization", "Bearer " + token).send())
                        .compose(resp -> resp.body().map(b -> resp.statusCode()));
                Load l = new Load(10_000);
                try {
                    // the JIT compiles the call's path first (the first open run measured the compiler otherwise)
                    l.closed("warm-up", "127.0.0.1", port, call, 16, Math.max(20, seconds));
                    l.open("warm-up", "127.0.0.1", port, call, 300, Math.max(10, seconds / 2), 128);
                    HttpBenchmark.say("\n## Open model (" + seconds + " s each)\n");
                    HttpBenchmark.say(Load.HEADER);
                    HttpBenchmark.say(l.open("sharing call, 20 records masked", "127.0.0.1", port, call, 200, seconds, 128).line());
                    HttpBenchmark.say(l.open("sharing call, 20 records masked", "127.0.0.1", port, call, 400, seconds, 256).line());
                    HttpBenchmark.say("\n## Closed loop (" + seconds + " s)\n");
                    HttpBenchmark.say(Load.HEADER);
                    HttpBenchmark.say(l.closed("sharing call, 20 records masked", "127.0.0.1", port, call, 32, seconds).line());
                } finally {
                    l.close();
                }
                try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                     Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*), count(*) filter (where status = 200) from data_call")) {
                    rs.next();
                    HttpBenchmark.say(String.format("%ncalls logged: %,d (%,d answered 200)", rs.getLong(1), rs.getLong(2)));
                }
            } finally {
                app.destroy();
                app.waitFor();
            }
        } finally {
            system.stop(0);
        }
        Files.write(work.resolve("share.md"), HttpBenchmark.REPORT);
        System.out.println("\nwritten to target/bench/share.md");
        System.exit(0);
    }

    /** A published catalogue with one resource carried by the system, the consumer, and a grant of five of its seven fields. */
    static void seed(Connection c, String endpoint) throws Exception {
        SearchBenchmark.seed(c, 1);
        long item;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select min(id) from info_item")) {
            rs.next();
            item = rs.getLong(1);
        }
        String snapshot = "[{\"code\":\"" + CODE + "\",\"classification\":\"99.01\",\"name\":\"基准测试资源\",\"providerDepartmentCode\":\"JCJY\",\"summary\":\"基准\","
                + "\"format\":\"DATABASE\",\"shareType\":\"CONDITIONAL\",\"shareCondition\":\"基准\",\"openType\":\"NOT_OPEN\",\"openCondition\":\"基准\","
                + "\"updateCycle\":\"REAL_TIME\",\"systemName\":\"基准系统\",\"relatedCodes\":[],\"fields\":["
                + "{\"name\":\"学校名称\",\"type\":\"STRING\",\"sensitivity\":\"PUBLIC\"},"
                + "{\"name\":\"校长姓名\",\"type\":\"STRING\",\"sensitivity\":\"MASKED\",\"mask\":\"KEEP_ENDS:1,0\"},"
                + "{\"name\":\"联系电话\",\"type\":\"STRING\",\"sensitivity\":\"MASKED\",\"mask\":\"KEEP_ENDS:3,4\"},"
                + "{\"name\":\"出生日期\",\"type\":\"DATE\",\"sensitivity\":\"MASKED\",\"mask\":\"YEAR\"},"
                + "{\"name\":\"身份证号\",\"type\":\"STRING\",\"sensitivity\":\"WITHHELD\"},"
                + "{\"name\":\"教师编号\",\"type\":\"STRING\",\"sensitivity\":\"MASKED\",\"mask\":\"HASH\"},"
                + "{\"name\":\"在校生人数\",\"type\":\"NUMBER\",\"sensitivity\":\"SHARE_ONLY\"}],\"updatedAt\":null}]";
        try (PreparedStatement p = c.prepareStatement("insert into data_catalogue_version (version, published_on, item_id, reason, resources, snapshot) values (1, current_date, ?, 'bench', 1, ?)")) {
            p.setLong(1, item);
            p.setString(2, snapshot);
            p.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into data_system (name, endpoint, registered_by, registered_at) values ('基准系统', '" + endpoint + "', 'bench', now())");
            s.executeUpdate("insert into data_consumer (client_id, body, created_by, created_at) values ('city-hr-system', '临沂市人力资源和社会保障局', 'bench', now())");
            s.executeUpdate("insert into data_grant (consumer_id, resource_code, fields, daily_quota, expires_on, basis, granted_by, granted_at) "
                    + "select id, '" + CODE + "', '学校名称,校长姓名,联系电话,出生日期,教师编号,在校生人数', 1000000, current_date + 30, 'bench', 'bench', now() from data_consumer");
        }
    }

    static String token(String keycloak) throws Exception {
        HttpResponse<String> r = HttpBenchmark.HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/gongkai/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=city-hr-system&client_secret=city-hr-system-secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("Keycloak (deploy/keycloak.sh start): " + r.statusCode() + " " + r.body());
        return new io.vertx.core.json.JsonObject(r.body()).getString("access_token");
    }
}
