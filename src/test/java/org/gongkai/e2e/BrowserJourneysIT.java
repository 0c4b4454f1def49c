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
        com.sun.net.httpserver.HttpServer hook = TimeHook.start();
        pb.environment().put("TIME_HOOK", "http://127.0.0.1:" + hook.getAddress().getPort());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        hook.stop(0);
        System.out.println(out);
        assertEquals(true, finished, "journeys did not finish in 10 minutes");
        assertEquals(0, p.exitValue(), "browser journeys failed:\n" + out);
    }

    /**
     * A journey that spans weeks (a consultation open 15 days, then its report) cannot wait for them: this hook, in the
     * test's own process, moves one consultation's days into the past — its dates, its comments' and its clocks' — as
     * if the weeks had gone by. POST /consultation/{id}/age?days=N. Nothing in the application can do this; the clock
     * rules themselves are tested with fixed clocks (ConsultationTest).
     */
    static final class TimeHook {
        static com.sun.net.httpserver.HttpServer start() throws java.io.IOException {
            var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            // a poll ages like a consultation (POST /poll/{id}/age?days=N); the last poll code sent by text message (GET /poll-code)
            age(server, "/poll/", (db, id, days) ->
                    exec(db, "update poll set opens_on = opens_on - ?, closes_on = closes_on - ?, announced_on = announced_on - ? where id = ?", days, 3, id));
            server.createContext("/poll-code", ex -> {
                String code = "";
                try (var db = connect(); var st = db.createStatement();
                     var rs = st.executeQuery("select body from message_outbox where purpose like 'sms:poll-code:%' order by id desc limit 1")) {
                    if (rs.next()) {
                        var m = java.util.regex.Pattern.compile("(\\d{6})").matcher(rs.getString(1));
                        if (m.find()) code = m.group(1);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
                byte[] out = code.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(code.isEmpty() ? 404 : 200, code.isEmpty() ? -1 : out.length);
                if (!code.isEmpty()) ex.getResponseBody().write(out);
                ex.close();
            });
            // a meeting held a week ago (POST /meeting/{id}/age?days=N): its times and its materials clock moved back
            age(server, "/meeting/", (db, id, days) -> {
                exec(db, "update meeting set starts_at = starts_at - ? * interval '1 day', ends_at = ends_at - ? * interval '1 day' where id = ?", days, 2, id);
                ageClocks(db, "meeting", id, days);
            });
            // a press conference whose day has come and gone (POST /press-conference/{id}/age?days=N): its time moved back
            age(server, "/press-conference/", (db, id, days) ->
                    exec(db, "update press_conference set starts_at = starts_at - ? * interval '1 day' where id = ?", days, 1, id));
            age(server, "/consultation/", (db, id, days) -> {
                exec(db, "update consultation set opens_on = opens_on - ?, closes_on = closes_on - ?, draft_published_on = draft_published_on - ? where id = ?", days, 3, id);
                exec(db, "update consultation_comment set received_on = received_on - ? where consultation_id = ?", days, 1, id);
                ageClocks(db, "consultation", id, days);
            });
            server.start();
            return server;
        }

        interface Ageing {
            void apply(java.sql.Connection db, long id, int days) throws java.sql.SQLException;
        }

        /** POST {path}{id}/age?days=N: one record's days moved into the past, in one transaction; 204, or 500 with the trace printed. */
        static void age(com.sun.net.httpserver.HttpServer server, String path, Ageing ageing) {
            server.createContext(path, ex -> {
                int status = 204;
                try {
                    long id = Long.parseLong(ex.getRequestURI().getPath().split("/")[2]);
                    int days = Integer.parseInt(ex.getRequestURI().getQuery().replace("days=", ""));
                    try (var db = connect()) {
                        db.setAutoCommit(false);
                        ageing.apply(db, id, days);
                        db.commit();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    status = 500;
                }
                ex.sendResponseHeaders(status, -1);
                ex.close();
            });
        }

        /** A subject's clocks on the ledger moved back by as many days. */
        static void ageClocks(java.sql.Connection db, String subjectType, long id, int days) throws java.sql.SQLException {
            exec(db, "update obligation set start_date = start_date - ?, base_date = base_date - ?, due_date = due_date - ? "
                    + "where subject_type = '" + subjectType + "' and subject_id = '" + id + "'", days, 3, null);
        }

        static java.sql.Connection connect() throws java.sql.SQLException {
            String[] c = org.gongkai.testsupport.PostgresResource.connection;
            if (c == null) {
                var cfg = ConfigProvider.getConfig();
                c = new String[] {cfg.getValue("quarkus.datasource.jdbc.url", String.class), cfg.getValue("quarkus.datasource.username", String.class),
                        cfg.getValue("quarkus.datasource.password", String.class)};
            }
            return java.sql.DriverManager.getConnection(c[0], c[1], c[2]);
        }

        private static void exec(java.sql.Connection db, String sql, int days, int times, Long id) throws java.sql.SQLException {
            try (var st = db.prepareStatement(sql)) {
                for (int i = 1; i <= times; i++) st.setInt(i, days);
                if (id != null) st.setLong(times + 1, id);
                st.executeUpdate();
            }
        }
    }
}
