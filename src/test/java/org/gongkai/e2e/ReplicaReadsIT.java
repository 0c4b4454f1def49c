package org.gongkai.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import org.gongkai.testsupport.EmbeddedDatabase;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.KeycloakResource;
import org.gongkai.testsupport.StreamingReplica;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the portal's reads from a real PostgreSQL streaming replica, where freshness allows. The packaged
 * application on a primary with a hot standby streaming from it ({@code gongkai.read-replica.url}): a published item
 * is listed and found, and the replica answered; the replica's replay paused, an item published meanwhile is listed
 * and found at once all the same (the primary answers; the replica, which does not have it, gets no read); replay
 * resumed, the replica answers again; the replica stopped, the portal carries on from the primary without an error.
 */
class ReplicaReadsIT {
    static final Pattern READS = Pattern.compile("^gongkai_public_reads_total\\{[^}]*pool=\"(\\w+)\"[^}]*} ([0-9.Ee+]+)$", Pattern.MULTILINE);

    int port;

    /** Public reads answered so far by the replica and by the primary. */
    double[] reads() {
        String metrics = given().baseUri("http://127.0.0.1").port(port).get("/q/metrics").then().statusCode(200).extract().asString();
        double[] out = new double[2];
        Matcher m = READS.matcher(metrics);
        while (m.find()) out[m.group(1).equals("replica") ? 0 : 1] = Double.parseDouble(m.group(2));
        return out;
    }

    /** The portal's list of a column and its search, each of them asked in a way not asked before (nothing from memory). */
    String listed(String column, int size) {
        return given().baseUri("http://127.0.0.1").port(port).queryParam("column", column).queryParam("size", size).get("/api/v1/portal/items")
                .then().statusCode(200).extract().asString();
    }

    String found(String q) {
        return given().baseUri("http://127.0.0.1").port(port).queryParam("q", q).get("/api/v1/portal/search").then().statusCode(200).extract().asString();
    }

    static void until(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.get()) {
            assertTrue(System.nanoTime() < end, "within 30 s: " + what);
            Thread.sleep(100);
        }
    }

    static long count(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = db.superuser(); Statement s = c.createStatement()) {
            s.execute("set search_path to public");
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long inGongkai(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + db.port() + "/" + EmbeddedDatabase.DB,
                EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void onReplica(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = db.superuser(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void portalReadsGoToTheReplicaOnlyWhileItIsAsFreshAsThePrimary() throws Exception {
        assertTrue(new File("target/quarkus-app/quarkus-run.jar").isFile(), "the packaged application");
        new KeycloakResource().start();
        Path work = Files.createTempDirectory("gongkai-replica");
        int dbPrimary = DatabaseOutageIT.freePort(), dbReplica = DatabaseOutageIT.freePort();
        port = DatabaseOutageIT.freePort();
        EmbeddedDatabase primary = EmbeddedDatabase.start(dbPrimary, work.resolve("pg-primary"));
        EmbeddedDatabase replica = null;
        Process app = null;
        int restAssuredPort = RestAssured.port;
        try {
            replica = StreamingReplica.start(primary, work.resolve("pg-primary"), work.resolve("pg-replica"), dbReplica);
            EmbeddedDatabase standby = replica;
            until("the replica streams from the primary through its slot", () -> {
                try {
                    return count(standby, "select count(*) from pg_stat_wal_receiver where status = 'streaming'") == 1
                            && count(standby, "select count(*) where pg_is_in_recovery()") == 1
                            && count(primary, "select count(*) from pg_replication_slots where slot_name = '" + StreamingReplica.SLOT + "' and active") == 1;
                } catch (Exception e) {
                    return false;
                }
            });

            app = BackupRestoreIT.start(port, dbPrimary, Files.createDirectories(work.resolve("files")), new File("target/replica-app.log"),
                    Map.of("GONGKAI_READ_REPLICA_URL", "postgresql://127.0.0.1:" + dbReplica + "/" + EmbeddedDatabase.DB, "GONGKAI_CACHE_ENTRIES", "0"));
            RestAssured.port = port;
            String tag = String.valueOf(System.nanoTime() % 1_000_000);

            // published through the primary: listed and found, and (once the replica has it) read from the replica
            String first = "副本读取测试通知甲" + tag;
            long a = Items.draft(Items.body("TZGG", first, null, "2026-11-20", "PUBLIC", null));
            Items.publish(a);
            int[] size = {1};
            until("the replica answers the portal's reads", () -> {
                double before = reads()[0];
                boolean shown = listed("TZGG", 1 + size[0]++ % 49).contains(first);
                return shown && reads()[0] > before;
            });
            assertTrue(found(first).contains(first), "found by the search");
            assertEquals(1, inGongkai(standby, "select count(*) from info_item_version where current and title = '" + first + "'"), "the replica has it");

            // the replica held back: what is published meanwhile is shown at once all the same, by the primary
            onReplica(standby, "select pg_wal_replay_pause()");
            until("replay paused", () -> {
                try {
                    return count(standby, "select count(*) where pg_get_wal_replay_pause_state() = 'paused'") == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            String second = "副本读取测试通知乙" + tag;
            long b = Items.draft(Items.body("TZGG", second, null, "2026-11-21", "PUBLIC", null));
            Items.publish(b);
            double[] held = reads();
            for (int i = 0; i < 10; i++) {
                assertTrue(listed("TZGG", 2 + i).contains(second), "listed at once although the replica lags");
                assertTrue(found(second).contains(second), "found at once although the replica lags");
            }
            double[] after = reads();
            until("the lag is in the metrics", () -> {
                Matcher m = Pattern.compile("^gongkai_read_replica_lag(\\{[^}]*})? ([0-9.Ee+-]+)$", Pattern.MULTILINE)
                        .matcher(given().baseUri("http://127.0.0.1").port(port).get("/q/metrics").asString());
                return m.find() && Double.parseDouble(m.group(2)) >= 1;
            });
            assertEquals(held[0], after[0], "no public read went to the replica while it lagged");
            assertTrue(after[1] >= held[1] + 20, "the primary answered them: " + held[1] + " → " + after[1]);
            assertEquals(0, inGongkai(standby, "select count(*) from info_item_version where current and title = '" + second + "'"),
                    "the replica indeed does not have it yet");

            // replay resumed: the replica catches up and answers again
            onReplica(standby, "select pg_wal_replay_resume()");
            until("the replica answers again once it has caught up", () -> {
                double before = reads()[0];
                boolean shown = listed("TZGG", 1 + size[0]++ % 49).contains(second);
                return shown && reads()[0] > before;
            });

            // the replica gone: the portal carries on from the primary
            replica.close();
            replica = null;
            for (int i = 0; i < 5; i++) assertTrue(listed("TZGG", 10 + i).contains(second), "listed without the replica");
            assertTrue(found(first).contains(first), "found without the replica");
        } finally {
            RestAssured.port = restAssuredPort;
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            if (replica != null) replica.close();
            primary.close();
        }
    }
}
