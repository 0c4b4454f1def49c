package org.gongkai.dashboard;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.common.time.TimeSource;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the dashboard's figures are the ledger's (on-time by month and department, open by rule, violations by
 * kind); the inspection warnings give each stale column, empty column and message near 3 months unanswered its days
 * left from a fixed clock, and are sent once to the department.
 */
@QuarkusTest
class DashboardTest {
    static long open(String rule, String department, String start) {
        return as("office").body(Map.of("subjectType", "dashboard-test", "subjectId", UUID.randomUUID().toString(), "ruleId", rule, "title", "看板测试 " + rule,
                        "departmentCode", department, "responsiblePerson", "钱测试", "start", start, "days", 5, "unit", "WORKING"))
                .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theDashboardCountsTheLedger() {
        // 2017 holds no other test's clocks: 招生考试中心 has three R9 clocks in May, one kept, one met late, one open past its due
        Clock.today("2017-05-02");
        long kept = open("R9", "ZSKS", "2017-05-02"), late = open("R9", "ZSKS", "2017-05-02");
        open("R9", "ZSKS", "2017-05-02");
        Clock.today("2017-05-03");
        as("office").body(Map.of()).post("/api/v1/obligations/" + kept + "/completion").then().statusCode(200);
        Clock.today("2017-05-31");
        as("office").body(Map.of()).post("/api/v1/obligations/" + late + "/completion").then().statusCode(200);
        JsonPath d = as("leader").queryParam("year", 2017).get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("key", "2017-05", "due", 3, "kept", 1, "percent", 33.3f), d.getMap("onTimeByMonth[0]"), d.prettify());
        assertEquals(1, d.getList("onTimeByMonth").size());
        assertEquals(3, d.getInt("onTimeByDepartment.find { it.key == 'ZSKS' }.due"));
        assertEquals(2, d.getInt("violationsByKind.find { it.kind == 'PUBLICATION' }.pending"));
        assertEquals(7, d.getList("violationsByKind").size(), "every kind, with 0 where none");
        assertTrue(d.getInt("openByRule.find { it.ruleId == 'R9' }.overdue") >= 1, d.prettify());
        assertEquals(List.of(), d.getList("applicationsByOutcome"));
        as("office").queryParam("year", "x").get("/api/v1/dashboard").then().statusCode(400).body("errors[0].field", equalTo("year"));
        as("staff").get("/api/v1/dashboard").then().statusCode(403);
        as("anonymous").get("/api/v1/dashboard").then().statusCode(401);
    }

    static LocalDate newest(String column) {
        var q = as("anonymous").queryParam("size", 1);
        if (column != null) q = q.queryParam("column", column);
        String at = q.get("/api/v1/portal/items").then().statusCode(200).extract().path("items[0].publishedAt");
        return Instant.parse(at).atZone(TimeSource.ZONE).toLocalDate();
    }

    @Test
    void inspectionWarningsGiveTheDaysLeftAndReachTheDepartmentOnce() {
        Clock.today("2026-11-20");
        long id = Items.draft(Items.body("ZKGK", "中考报名工作通知" + System.nanoTime(), null, "2026-11-19", "PUBLIC", null));
        Items.publish(id);
        LocalDate column = newest("ZKGK"), home = newest(null);
        // ten days after the column's last publication: 4 of its 14 days left (warned 5 days ahead)
        LocalDate day = column.plusDays(10);
        Clock.today(day.toString());
        JsonPath w = as("office").get("/api/v1/dashboard/warnings").then().statusCode(200).extract().jsonPath();
        String zkgk = "find { it.type == 'COLUMN_STALE' && it.subject == 'ZKGK' }";
        assertEquals(4, w.getInt(zkgk + ".daysLeft"), w.prettify());
        assertEquals("WARNING", w.getString(zkgk + ".level"));
        assertEquals(column.toString(), w.getString(zkgk + ".since"));
        assertEquals("孙丽", w.getString(zkgk + ".responsiblePerson"));
        long homeLeft = 14 - ChronoUnit.DAYS.between(home, day);
        if (homeLeft <= 5) assertEquals((int) homeLeft, w.getInt("find { it.type == 'HOME_STALE' }.daysLeft"));
        else assertFalse(w.getList("type").contains("HOME_STALE"));
        // an empty column is one the portal shows nothing in
        String empty = w.getString("find { it.type == 'COLUMN_EMPTY' }.subject");
        as("anonymous").queryParam("column", empty).get("/api/v1/portal/items").then().statusCode(200).body("total", equalTo(0));
        // fewest days left first
        List<Integer> left = w.getList("daysLeft", Integer.class);
        for (int i = 1; i < left.size(); i++) assertTrue(left.get(i - 1) <= left.get(i), left.toString());
        // a week on, the column has failed
        Clock.today(day.plusDays(7).toString());
        as("office").get("/api/v1/dashboard/warnings").then().statusCode(200).body(zkgk + ".level", equalTo("FAILED")).body(zkgk + ".daysLeft", equalTo(-3));

        // a message received three months less four days ago
        Clock.today("2026-08-14");
        String tracking = Enquiries.submit("anonymous", "198.51.100.151", null, "三个月未回复的留言" + System.nanoTime(), false).then().statusCode(201).extract().path("trackingNo");
        Clock.today("2026-11-10");
        w = as("office").get("/api/v1/dashboard/warnings").then().statusCode(200).extract().jsonPath();
        String mine = "find { it.type == 'ENQUIRY_UNANSWERED' && it.subject == '" + tracking + "' }";
        assertEquals(4, w.getInt(mine + ".daysLeft"), w.prettify());
        assertEquals("BGS", w.getString(mine + ".departmentCode"));
        // sent to each department as one notice a day: how many, the most urgent named (the office: its own and the messages not yet transferred)
        long forOffice = w.getList("findAll { it.departmentCode == 'BGS' }").size();
        as("staff").body(Map.of()).post("/api/v1/dashboard/warnings/notices").then().statusCode(403);
        as("office").body(Map.of()).post("/api/v1/dashboard/warnings/notices").then().statusCode(200);
        as("office").body(Map.of()).post("/api/v1/dashboard/warnings/notices").then().statusCode(200);
        List<Map<String, Object>> digests = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) { // every page: the suite leaves the office more than one
            JsonPath n = as("office").queryParam("size", 100).queryParam("page", page).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
            digests.addAll(n.getList("items.findAll { it.subjectId == 'BGS:2026-11-10' }"));
            if (n.getList("items").size() < 100) break;
        }
        assertEquals(1, digests.size(), digests.toString());
        String digest = (String) digests.get(0).get("titleZh");
        assertTrue(digest.startsWith("检查预警：" + forOffice + " 项"), digest);
        assertEquals("PORTAL_WARNING", digests.get(0).get("kind"));
        as("staff").get("/api/v1/dashboard/warnings").then().statusCode(403);
    }
}
