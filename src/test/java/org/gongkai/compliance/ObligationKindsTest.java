package org.gongkai.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Obligations;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the three new kinds of clock on fixed clocks — hours (calendar hours across midnight and a weekend),
 * calendar days with Civil Code Art. 203 and minimum durations that are never moved, quotas per period met and
 * missed, and a fixed-date deadline. Status is derived the same way in SQL (the list filters) and in Java (the rows).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "BGS"))
class ObligationKindsTest {

    static JsonPath openHours(String rule, String startedAt, int hours) {
        return given().contentType(ContentType.JSON).body(Map.of("subjectType", "opinion-test", "subjectId", rule, "ruleId", rule,
                        "title", "回应网络舆情", "departmentCode", "JCJY", "startedAt", startedAt, "hours", hours))
                .post("/api/v1/obligations/hours").then().statusCode(201).extract().jsonPath();
    }

    static String status(long id) {
        return given().get("/api/v1/obligations/" + id).then().statusCode(200).extract().path("obligation.status");
    }

    static List<Long> ids(String rule, String status) {
        return given().queryParam("rule", rule).queryParam("status", status).get("/api/v1/obligations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    static List<String> reminders(long id) throws Exception {
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select kind from obligation_reminder where obligation_id = " + id + " order by kind");
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    static JsonPath sweep() {
        return given().post("/api/v1/obligations/sweep").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anHourClockRunsInCalendarHoursAcrossMidnightAndAWeekend() throws Exception {
        String rule = Obligations.rule();
        // Friday 20:00 in Shanghai; 48 hours later is Sunday 20:00 (nights and the weekend count; nothing moves)
        Clock.at("2026-10-16T20:00");
        JsonPath o = openHours(rule, "2026-10-16T20:00:00+08:00", 48);
        long id = o.getLong("id");
        assertEquals("HOURS", o.getString("kind"));
        assertEquals("2026-10-18T12:00:00Z", o.getString("dueAt"));
        assertEquals("2026-10-18", o.getString("dueDate"));
        assertEquals(2880, o.getLong("minutesLeft"));
        assertEquals("OPEN", o.getString("status"));
        org.junit.jupiter.api.Assertions.assertNull(o.get("workingDaysLeft"));
        // a start in the future is refused, as are the period-of-days actions
        given().contentType(ContentType.JSON).body(Map.of("subjectType", "opinion-test", "subjectId", "x", "ruleId", rule, "title", "x",
                        "departmentCode", "JCJY", "startedAt", "2026-10-16T21:00:00+08:00", "hours", 48))
                .post("/api/v1/obligations/hours").then().statusCode(400).body("errors[0].field", equalTo("startedAt"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "等待")).post("/api/v1/obligations/" + id + "/pause")
                .then().statusCode(409).body("type", containsString("clock-kind"));
        given().contentType(ContentType.JSON).body(Map.of("days", 2, "reason", "x")).post("/api/v1/obligations/" + id + "/extension")
                .then().statusCode(409);

        // Saturday 10:00: 34 hours left, before the 50 % reminder (Saturday 20:00)
        Clock.at("2026-10-17T10:00");
        assertEquals("OPEN", status(id));
        assertEquals(34 * 60, given().get("/api/v1/obligations/" + id).then().extract().jsonPath().getLong("obligation.minutesLeft"));
        sweep();
        assertEquals(List.of(), reminders(id), "no reminder before half the time");
        // Saturday 20:30: past half its time — due soon, in the list filter (SQL) as in the row (Java)
        Clock.at("2026-10-17T20:30");
        assertEquals("DUE_SOON", status(id));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "DUE_SOON"), hasItem(id));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "OPEN"), not(hasItem(id)));
        sweep();
        assertEquals(List.of("AT_50"), reminders(id));
        // Sunday 20:01: one minute over
        Clock.at("2026-10-18T20:01");
        assertEquals("OVERDUE", status(id));
        assertEquals(-1, given().get("/api/v1/obligations/" + id).then().extract().jsonPath().getLong("obligation.minutesLeft"));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "OVERDUE"), hasItem(id));
        sweep();
        sweep();
        assertEquals(List.of("AT_50", "AT_80", "OVERDUE"), reminders(id), "each reminder once");
        // done 30 seconds late: met late; a moment in the future is refused
        given().contentType(ContentType.JSON).body(Map.of("at", "2026-10-18T20:05:00+08:00")).post("/api/v1/obligations/" + id + "/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
        given().contentType(ContentType.JSON).body(Map.of("at", "2026-10-18T20:00:30+08:00")).post("/api/v1/obligations/" + id + "/completion")
                .then().statusCode(200).body("status", equalTo("MET_LATE")).body("completedAt", equalTo("2026-10-18T12:00:30Z"))
                .body("minutesLeft", nullValue());
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "MET_LATE"), hasItem(id));

        // a second clock answered in time is met
        long met = openHours(rule, "2026-10-18T08:00:00+08:00", 24).getLong("id");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/obligations/" + met + "/completion")
                .then().statusCode(200).body("status", equalTo("MET"));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "MET"), hasItem(met));
    }

    @Test
    void calendarDaysMoveOffAHolidayButAMinimumDurationNeverMoves() {
        Clock.today("2026-09-28");
        String rule = Obligations.rule();
        // an adoption report within 30 days after a consultation closes on 9/1: the 30th day is 10/1 (National Day),
        // so the deadline is the next working day, 10/8 (Civil Code Art. 203)
        long report = Obligations.open(rule, "BGS", "2026-09-01", 30, "CALENDAR");
        given().get("/api/v1/obligations/" + report).then().body("obligation.dueDate", equalTo("2026-10-08"))
                .body("obligation.kind", equalTo("DEADLINE"));
        // a comment period of at least 15 days from 9/16 runs until 10/1 — a holiday, and it stays there
        long comment = minimum(rule, "2026-09-16", 15);
        given().get("/api/v1/obligations/" + comment).then().body("obligation.dueDate", equalTo("2026-10-01"))
                .body("obligation.kind", equalTo("MINIMUM")).body("obligation.status", equalTo("OPEN"));
        // never overdue, however long it stays open
        Clock.today("2026-11-20");
        assertEquals("OPEN", status(comment));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "OVERDUE"), not(hasItem(comment)));
        // ended early it is cut short; ended after it has run it is met
        Clock.today("2026-09-28");
        long early = minimum(rule, "2026-09-16", 15);
        given().contentType(ContentType.JSON).body(Map.of("on", "2026-09-28")).post("/api/v1/obligations/" + early + "/completion")
                .then().statusCode(200).body("status", equalTo("CUT_SHORT"));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "CUT_SHORT"), hasItem(early));
        Clock.today("2026-10-09");
        given().contentType(ContentType.JSON).body(Map.of("on", "2026-10-09")).post("/api/v1/obligations/" + comment + "/completion")
                .then().statusCode(200).body("status", equalTo("MET"));
        // a minimum counts calendar days
        given().contentType(ContentType.JSON).body(Map.of("subjectType", "test", "subjectId", "m", "ruleId", rule, "title", "x",
                        "departmentCode", "BGS", "start", "2026-10-09", "days", 15, "unit", "WORKING", "minimum", true))
                .post("/api/v1/obligations").then().statusCode(400).body("errors[0].field", equalTo("unit"));
    }

    static long minimum(String rule, String start, int days) {
        return given().contentType(ContentType.JSON).body(Map.of("subjectType", "test", "subjectId", java.util.UUID.randomUUID().toString(),
                        "ruleId", rule, "title", "征求意见期", "departmentCode", "BGS", "start", start, "days", days, "unit", "CALENDAR", "minimum", true))
                .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A quota rule of its own for this test (the seeded ones belong to the features). */
    static String quota(String period, int required, String dueDay) throws Exception {
        String rule = "Q" + java.util.UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = Db.connect()) {
            c.createStatement().executeUpdate("insert into obligation_quota (rule_id, title, period, required, scope, department_code, due_day) "
                    + "values ('" + rule + "', '测试频次要求', '" + period + "', " + required + ", 'BUREAU', 'BGS', "
                    + (dueDay == null ? "null" : "'" + dueDay + "'") + ")");
        }
        return rule;
    }

    static JsonPath only(String rule) {
        return given().queryParam("rule", rule).queryParam("sort", "dueDate,asc").get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aQuotaIsMetByItsNthEventAndMissedWhenThePeriodEndsShort() throws Exception {
        String rule = quota("HALF_YEAR", 2, null);
        Clock.today("2026-01-05");
        org.junit.jupiter.api.Assertions.assertTrue(sweep().getInt("quotaPeriodsOpened") >= 1);
        JsonPath rows = only(rule);
        assertEquals(1, rows.getInt("total"));
        long first = rows.getLong("items[0].id");
        assertEquals("QUOTA", rows.getString("items[0].kind"));
        assertEquals("2026-01-01", rows.getString("items[0].periodStart"));
        assertEquals("2026-06-30", rows.getString("items[0].dueDate"));
        assertEquals(2, rows.getInt("items[0].required"));
        assertEquals(0, rows.getInt("items[0].achieved"));
        assertEquals("测试频次要求（2026年上半年）", rows.getString("items[0].title"));
        // a second sweep in the same period opens nothing more
        sweep();
        assertEquals(1, only(rule).getInt("total"));

        event(first, "2026-01-05", "第1次", 200).body("achieved", equalTo(1)).body("status", equalTo("OPEN"));
        event(first, "2026-01-06", "来自未来", 400).body("errors[0].field", equalTo("on"));
        // a quota is not completed by hand
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/obligations/" + first + "/completion").then().statusCode(409);
        Clock.today("2026-03-02");
        event(first, "2026-03-02", "第2次：局长办公会纪要", 200).body("achieved", equalTo(2)).body("status", equalTo("MET"))
                .body("completedOn", equalTo("2026-03-02"));
        given().get("/api/v1/obligations/" + first).then().body("obligation.status", equalTo("MET"))
                .body("events", hasSize(2)).body("events[1].reference", equalTo("第2次：局长办公会纪要"));

        // the second half-year: opened by the sweep, nothing recorded, missed when the period ends
        Clock.today("2026-07-01");
        sweep();
        rows = only(rule);
        assertEquals(2, rows.getInt("total"));
        long second = rows.getLong("items[1].id");
        assertEquals("2026-12-31", rows.getString("items[1].dueDate"));
        event(second, "2026-06-30", "上半年的事", 400).body("errors[0].field", equalTo("on"));
        Clock.today("2027-01-04");
        assertEquals("OVERDUE", status(second));
        assertEquals("MET", status(first));
        org.hamcrest.MatcherAssert.assertThat(ids(rule, "OVERDUE"), hasItem(second));
        sweep();
        assertEquals(List.of("OVERDUE"), reminders(second));
        // the department's obligations page counts it with the others
        org.hamcrest.MatcherAssert.assertThat(given().queryParam("department", "BGS").queryParam("status", "OVERDUE")
                .queryParam("size", 100).get("/api/v1/obligations").then().extract().jsonPath().getList("items.id", Long.class), hasItem(second));
    }

    @Test
    void aFixedDateDeadlineIsLateWhenDoneAfterItsDay() throws Exception {
        // "the division of key tasks by 31 March" (R33): a row per year due on 3/31
        String rule = quota("YEAR", 1, "03-31");
        Clock.today("2026-04-02");
        sweep();
        JsonPath rows = only(rule);
        assertEquals(1, rows.getInt("total"));
        long id = rows.getLong("items[0].id");
        assertEquals("2026-03-31", rows.getString("items[0].dueDate"));
        assertEquals("OVERDUE", rows.getString("items[0].status"));
        event(id, "2026-04-02", "任务分解方案印发", 200).body("status", equalTo("MET_LATE"));
    }

    @Test
    void theSeededRulesCarryTheirLegalDefaultsAndBindEachDepartment() {
        given().get("/api/v1/obligation-quotas").then().statusCode(200)
                .body("find { it.ruleId == 'R34' }.scope", equalTo("EACH_DEPARTMENT"))
                .body("find { it.ruleId == 'R11' }.dueDay", equalTo("01-31"))
                .body("find { it.ruleId == 'R33' }.dueDay", equalTo("03-31"))
                .body("find { it.ruleId == 'R40' }.opensDay", equalTo("07-01"))
                .body("find { it.ruleId == 'R33-INSP' }.period", equalTo("HALF_YEAR"));
        Clock.today("2026-02-02");
        sweep();
        // R34: one row for each section (科室) for 2026
        List<String> depts = given().queryParam("rule", "R34").queryParam("size", 100).get("/api/v1/obligations").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.periodStart == '2026-01-01' }.departmentCode".replace("findAll", "items.findAll"), String.class);
        org.hamcrest.MatcherAssert.assertThat(depts, hasItem("JCJY"));
        org.hamcrest.MatcherAssert.assertThat(depts, not(hasItem("BGS")));
        assertEquals(depts.size(), new java.util.HashSet<>(depts).size(), "one row per department");
        // R40 ("refreshed in Q3") opens on 7/1 of its year, never before
        org.hamcrest.MatcherAssert.assertThat(given().queryParam("rule", "R40").get("/api/v1/obligations").then().extract().jsonPath()
                .getList("items.startDate", String.class), org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.endsWith("-07-01")));
        ObligationQuota q3 = new ObligationQuota();
        q3.period = ObligationQuota.Period.YEAR;
        q3.opensDay = "07-01";
        q3.dueDay = "09-30";
        java.time.LocalDate[] w = q3.window(java.time.LocalDate.parse("2026-02-02"));
        assertEquals(List.of("2026-07-01", "2026-09-30", "2026-01-01"), java.util.Arrays.stream(w).map(Object::toString).toList());
        // a rule's number is a setting; the change is audited
        given().contentType(ContentType.JSON).body(Map.of("required", 2)).put("/api/v1/obligation-quotas/R36").then().statusCode(200)
                .body("required", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("required", 0)).put("/api/v1/obligation-quotas/R36").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("required", 1)).put("/api/v1/obligation-quotas/R36").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("required", 1)).put("/api/v1/obligation-quotas/NOPE").then().statusCode(404);
        // a fixed date is a setting too (R11: 31 January by law, the seed's 31 March allowed); a rule without one has none to move
        given().contentType(ContentType.JSON).body(Map.of("dueDay", "03-31")).put("/api/v1/obligation-quotas/R11").then().statusCode(200)
                .body("dueDay", equalTo("03-31"));
        given().contentType(ContentType.JSON).body(Map.of("dueDay", "13-40")).put("/api/v1/obligation-quotas/R11").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("dueDay"));
        given().contentType(ContentType.JSON).body(Map.of("dueDay", "06-30")).put("/api/v1/obligation-quotas/R36").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("dueDay", "01-31")).put("/api/v1/obligation-quotas/R11").then().statusCode(200)
                .body("dueDay", equalTo("01-31"));
    }

    static io.restassured.response.ValidatableResponse event(long id, String on, String reference, int status) {
        return given().contentType(ContentType.JSON).body(Map.of("on", on, "reference", reference))
                .post("/api/v1/obligations/" + id + "/events").then().statusCode(status);
    }
}
