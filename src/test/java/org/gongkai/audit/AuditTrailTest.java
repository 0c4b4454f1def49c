package org.gongkai.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Obligations;
import org.gongkai.testsupport.Db;
import org.junit.jupiter.api.Test;

/** The hash-chained audit trail: intact after real actions, and a row changed with plain SQL is found. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "XXK"))
class AuditTrailTest {

    @Test
    void everyActionIsAnEventAndTheChainVerifies() {
        Clock.today("2026-09-28");
        long id = Obligations.open("A" + UUID.randomUUID().toString().substring(0, 8), "BGS", "2026-09-28", 5, "WORKING");
        given().queryParam("subjectType", "obligation").queryParam("subjectId", id)
                .when().get("/api/v1/audit/events")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("obligation.opened"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].department", equalTo("XXK"));
        given().when().get("/api/v1/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true)).body("checked", greaterThan(0));
    }

    @Test
    void aRowChangedWithPlainSqlIsReported() throws Exception {
        Clock.today("2026-09-28");
        long obligation = Obligations.open("B" + UUID.randomUUID().toString().substring(0, 8), "BGS", "2026-09-28", 5, "WORKING");
        Obligations.open("C" + UUID.randomUUID().toString().substring(0, 8), "BGS", "2026-09-28", 5, "WORKING");
        long eventId;
        String actor;
        sealed();
        try (Connection c = Db.connect()) {
            var rs = c.createStatement().executeQuery(
                    "select id, actor from audit_event where subject_type = 'obligation' and subject_id = '" + obligation + "'");
            assertTrue(rs.next());
            eventId = rs.getLong(1);
            actor = rs.getString(2);
            // the table refuses updates...
            SQLException refused = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("update audit_event set actor = 'mallory' where id = " + eventId));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            // ...but someone with the rights to switch the trigger off can: the chain must tell
            c.createStatement().execute("alter table audit_event disable trigger audit_event_no_update");
            try {
                assertEquals(1, c.createStatement().executeUpdate("update audit_event set actor = 'mallory' where id = " + eventId));
                given().when().get("/api/v1/audit/verify")
                        .then().statusCode(200).body("intact", equalTo(false))
                        .body("firstBrokenId", equalTo((int) eventId))
                        .body("reason", org.hamcrest.Matchers.containsString("hash"));
            } finally {
                c.createStatement().executeUpdate("update audit_event set actor = '" + actor + "' where id = " + eventId);
                c.createStatement().execute("alter table audit_event enable trigger audit_event_no_update");
            }
        }
        given().when().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    void aDeletedEventBreaksTheChainAtTheNextOne() throws Exception {
        Clock.today("2026-09-28");
        long first = Obligations.open("D" + UUID.randomUUID().toString().substring(0, 8), "BGS", "2026-09-28", 5, "WORKING");
        Obligations.open("E" + UUID.randomUUID().toString().substring(0, 8), "BGS", "2026-09-28", 5, "WORKING");
        sealed();
        try (Connection c = Db.connect()) {
            var rs = c.createStatement().executeQuery(
                    "select id, chain_no from audit_event where subject_type = 'obligation' and subject_id = '" + first + "'");
            assertTrue(rs.next());
            long eventId = rs.getLong(1);
            long chainNo = rs.getLong(2);
            // the chain's next event is the next one sealed, whatever its id
            var next = c.createStatement().executeQuery("select id from audit_event where chain_no = " + (chainNo + 1));
            next.next();
            long nextId = next.getLong(1);
            c.createStatement().execute("create temporary table saved_event as select * from audit_event where id = " + eventId);
            c.createStatement().execute("alter table audit_event disable trigger audit_event_no_update");
            try {
                assertEquals(1, c.createStatement().executeUpdate("delete from audit_event where id = " + eventId));
                given().when().get("/api/v1/audit/verify")
                        .then().statusCode(200).body("intact", equalTo(false)).body("firstBrokenId", equalTo((int) nextId))
                        .body("reason", org.hamcrest.Matchers.containsString("previous-hash"));
            } finally {
                c.createStatement().executeUpdate("insert into audit_event select * from saved_event");
                c.createStatement().execute("alter table audit_event enable trigger audit_event_no_update");
            }
        }
        given().when().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    /** Seals everything committed (verification seals first) so that tampering hits sealed events. */
    static void sealed() {
        given().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void evenTheAppenderCannotRewriteASealedEvent() throws Exception {
        Clock.today("2026-09-28");
        long obligation = Obligations.open("F" + UUID.randomUUID().toString().substring(0, 8), "BGS", "2026-09-28", 5, "WORKING");
        sealed();
        try (Connection c = Db.connect()) {
            SQLException refused = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "update audit_event set chain_no = null, prev_hash = null, hash = null where subject_type = 'obligation' and subject_id = '" + obligation + "'"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            SQLException deleted = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "delete from audit_event where subject_type = 'obligation' and subject_id = '" + obligation + "'"));
            assertTrue(deleted.getMessage().contains("append-only"), deleted.getMessage());
        }
    }

    @Test
    @TestSecurity(user = "office", roles = {"office", "staff"})
    void onlyAdministratorsVerify() {
        given().when().get("/api/v1/audit/verify").then().statusCode(403);
    }
}
