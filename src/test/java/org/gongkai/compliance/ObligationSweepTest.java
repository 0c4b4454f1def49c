package org.gongkai.compliance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Obligations;
import org.gongkai.testsupport.Db;
import org.junit.jupiter.api.Test;

/** The daily sweep: two sweeps at once take the advisory lock in turn and mark each reminder once. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "XXK"))
class ObligationSweepTest {

    @Test
    void twoSweepsAtOnceTakeTheLockInTurn() throws Exception {
        Clock.today("2026-09-28");
        String rule = "S" + UUID.randomUUID().toString().substring(0, 8);
        long overdue = Obligations.open(rule, "BGS", "2026-09-28", 5, "WORKING");   // due 10/10
        long dueSoon = Obligations.open(rule, "JCJY", "2026-10-12", 2, "WORKING");  // due 10/14
        long later = Obligations.open(rule, "JCJY", "2026-10-12", 20, "WORKING");   // due 11/09
        Clock.today("2026-10-12");

        CompletableFuture<JsonPath> a = CompletableFuture.supplyAsync(() -> sweep());
        CompletableFuture<JsonPath> b = CompletableFuture.supplyAsync(() -> sweep());
        JsonPath ra = a.get();
        JsonPath rb = b.get();
        int markedA = ra.getInt("dueSoonMarked") + ra.getInt("overdueMarked");
        int markedB = rb.getInt("dueSoonMarked") + rb.getInt("overdueMarked");
        assertTrue(markedA + markedB >= 2, "our two reminders were marked");
        assertEquals(0, Math.min(markedA, markedB), "the second sweep found nothing left to mark");

        try (Connection c = Db.connect()) {
            assertEquals(List.of("OVERDUE"), kinds(c, overdue));
            assertEquals(List.of("DUE_SOON"), kinds(c, dueSoon));
            assertEquals(List.of(), kinds(c, later));
            // the two runs did not overlap: the second took the lock after the first had finished
            ResultSet rs = c.createStatement().executeQuery(
                    "select locked_at, finished_at from obligation_sweep_run where run_for = date '2026-10-12' order by locked_at desc limit 2");
            List<Timestamp[]> runs = new ArrayList<>();
            while (rs.next()) runs.add(new Timestamp[]{rs.getTimestamp(1), rs.getTimestamp(2)});
            assertEquals(2, runs.size());
            Timestamp[] second = runs.get(0);
            Timestamp[] first = runs.get(1);
            assertFalse(second[0].before(first[1]), "second sweep locked at " + second[0] + " before the first finished at " + first[1]);
        }
        // a third sweep the same day marks nothing new
        JsonPath rc = sweep();
        assertEquals(0, rc.getInt("dueSoonMarked") + rc.getInt("overdueMarked"));
    }

    private static JsonPath sweep() {
        return given().when().post("/api/v1/obligations/sweep").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> kinds(Connection c, long id) throws Exception {
        var ps = c.prepareStatement("select kind from obligation_reminder where obligation_id = ? order by kind");
        ps.setLong(1, id);
        ResultSet rs = ps.executeQuery();
        List<String> out = new ArrayList<>();
        while (rs.next()) out.add(rs.getString(1));
        return out;
    }
}
