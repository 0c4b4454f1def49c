package org.gongkai.keytask;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, key tasks (R33): the office keeps the ledger (also by CSV/XLSX import, all or nothing); nothing is public
 * until the year's division is published through the review (which meets the R33 fixed date); a half-yearly round
 * collects each lead department's progress (a parent's is its sub-tasks', weighted), problems get a rectification on
 * the ledger (a day off moves it to the next working day); the round's progress is public only once published, and
 * counts towards the half-year quota; role rules.
 */
@QuarkusTest
class KeyTaskTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Map<String, Object> task(String title, Long parent, String lead, int weight) {
        Map<String, Object> m = new HashMap<>(Map.of("year", 2026, "source", "CITY_REPORT", "title", title, "measures", "新建改扩建中小学，新增学位。",
                "leadDepartmentCode", lead, "leader", "张明", "weight", weight,
                "milestones", List.of(Map.of("title", "出台实施方案", "dueOn", "2026-04-30"), Map.of("title", "完成年度任务", "dueOn", "2026-12-31"))));
        if (parent != null) m.put("parentId", parent);
        return m;
    }

    static long create(Map<String, Object> body) {
        return as("office").body(body).post("/api/v1/key-tasks").then().statusCode(201).extract().jsonPath().getLong("task.id");
    }

    static JsonPath detail(String user, long id) {
        return as(user).get("/api/v1/key-tasks/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theLedgerIsPublishedByDivisionAndRoundsWithRolledUpProgressAndRectificationsOnTheLedger() {
        Clock.today("2026-03-02");
        // the office keeps the ledger
        as("staff").body(task("x", null, "JCJY", 10)).post("/api/v1/key-tasks").then().statusCode(403);
        Map<String, Object> bad = task("", null, "NOPE", 0);
        bad.put("milestones", List.of(Map.of("title", "x", "dueOn", "2030-01-01")));
        as("office").body(bad).post("/api/v1/key-tasks").then().statusCode(400)
                .body("errors.field", hasItems("title", "weight", "milestones[0].dueOn"));
        as("office").body(task("x", null, "NOPE", 10)).post("/api/v1/key-tasks").then().statusCode(400).body("errors.field", hasItem("leadDepartmentCode"));
        long parent = create(task("推进义务教育优质均衡发展", null, "JCJY", 20));
        long c1 = create(task("新建改扩建中小学", parent, "JCJY", 30));
        long c2 = create(task("修订中小学学籍管理办法", parent, "ZCFG", 10));
        as("office").body(task("三级任务", c1, "JCJY", 10)).post("/api/v1/key-tasks").then().statusCode(400).body("errors.field", hasItem("parentId"));
        JsonPath p = detail("staff", parent);
        assertTrue(p.getString("task.refNo").startsWith("ZDGZ2026-"));
        assertEquals(List.of(c1, c2), p.getList("children.id", Long.class));

        // an import: all or nothing, every failing cell named; a row's parent by #n
        String header = "编号,年度,上级任务,来源,任务名称,主要措施,牵头单位,配合单位,分管领导,权重,时间节点,最新进度\n";
        String badCsv = header + ",2026,,市政府工作报告,深化教育评价改革,完善评价办法,JCJY,ZCFG,李华,10,2026-06-30 出台办法,\n"
                + ",2026,#1,省政府工作报告,开展评价试点,选取试点校,NOPE,,李华,10,2026-10-01 试点,\n";
        long before = as("office").get("/api/v1/key-tasks?year=2026&size=100").then().statusCode(200).extract().jsonPath().getLong("total");
        as("office").contentType("text/csv").body(badCsv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/key-tasks/import").then().statusCode(400)
                .body("errors.field", hasItems("rows[2].leadDepartmentCode"));
        as("office").contentType("text/csv").body(badCsv.replace("NOPE", "JCJY").replace("2026-10-01", "2026-13-01").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/key-tasks/import").then().statusCode(400).body("errors.field", hasItems("rows[2].milestones"));
        assertEquals(before, as("office").get("/api/v1/key-tasks?year=2026&size=100").then().extract().jsonPath().getLong("total"));
        as("staff").contentType("text/csv").body(badCsv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/key-tasks/import").then().statusCode(403);
        String goodCsv = header + ",2026,,市政府工作报告,深化教育评价改革,完善评价办法,JCJY,ZCFG,李华,10,2026-06-30 出台办法,\n"
                + ",2026,#1,省政府工作报告,开展评价试点,\"选取试点校，\"\"一校一案\"\"\",JCJY,,李华,10,\"2026-05-31 确定试点校\n2026-11-30 总结\",\n";
        JsonPath imported = as("office").contentType("text/csv").body(goodCsv.getBytes(Charset.forName("GB18030"))).post("/api/v1/key-tasks/import").then().statusCode(201).extract().jsonPath();
        assertEquals(2, imported.getInt("created"));
        long evalParent = imported.getLong("tasks[0].id");
        long evalChild = imported.getLong("tasks[1].id");
        assertEquals(evalParent, imported.getLong("tasks[1].parentId"));
        assertEquals("选取试点校，\"一校一案\"", imported.getString("tasks[1].measures"));
        assertEquals(2, imported.getList("tasks[1].milestones").size());

        // nothing public, and no inspection, before the division is published
        as("anonymous").get("/api/v1/portal/key-tasks?year=2026").then().statusCode(200).body("total", equalTo(0));
        as("anonymous").get("/api/v1/portal/key-tasks/" + parent).then().statusCode(404);
        as("office").body(Map.of("year", 2026, "half", 1)).post("/api/v1/key-tasks/rounds").then().statusCode(409);
        as("staff").post("/api/v1/key-tasks/years/2026/plan-item").then().statusCode(403);
        JsonPath plan = as("office").contentType("application/json").body("{}").post("/api/v1/key-tasks/years/2026/plan-item").then().statusCode(200).extract().jsonPath();
        assertEquals("KEY_TASK_PLAN", plan.getString("type"));
        assertEquals("ZDGZ", plan.getString("columnCode"));
        assertTrue(plan.getString("body").contains("推进义务教育优质均衡发展"));
        Clock.today("2026-03-20");
        Items.publishByOffice(plan.getLong("id"));
        JsonPath year = as("office").get("/api/v1/key-tasks/years/2026").then().statusCode(200).extract().jsonPath();
        assertEquals("2026-03-20", year.getString("planPublishedOn"));
        assertEquals("MET", year.getString("obligations.find { it.ruleId == 'R33' }.status"));
        JsonPath portal = as("anonymous").get("/api/v1/portal/key-tasks?year=2026&size=100").then().statusCode(200).extract().jsonPath();
        assertTrue(portal.getList("items.id", Long.class).containsAll(List.of(parent, evalParent)));
        assertTrue(!portal.getList("items.id", Long.class).contains(c1), "sub-tasks are shown under their parent");
        as("anonymous").get("/api/v1/portal/key-tasks/" + parent).then().statusCode(200).body("task.children.id", hasItems((int) c1, (int) c2))
                .body("task.percent", nullValue());

        // the first half's inspection
        Clock.today("2026-06-15");
        long round = as("office").body(Map.of("year", 2026, "half", 1)).post("/api/v1/key-tasks/rounds").then().statusCode(201).extract().jsonPath().getLong("id");
        as("office").body(Map.of("year", 2026, "half", 1)).post("/api/v1/key-tasks/rounds").then().statusCode(409);
        as("office").body(Map.of("year", 2026, "half", 3)).post("/api/v1/key-tasks/rounds").then().statusCode(400).body("errors.field", hasItem("half"));
        as("staff").body(Map.of("roundId", round, "percent", 150, "progress", "")).post("/api/v1/key-tasks/" + c1 + "/progress").then().statusCode(400)
                .body("errors.field", hasItems("percent", "progress"));
        as("staff").body(Map.of("roundId", round, "percent", 40, "progress", "已完成2所学校改扩建。")).post("/api/v1/key-tasks/" + c1 + "/progress").then().statusCode(200);
        // reported again, it replaces the report
        as("staff").body(Map.of("roundId", round, "percent", 50, "progress", "已完成3所学校改扩建。", "problems", "部分项目用地审批滞后"))
                .post("/api/v1/key-tasks/" + c1 + "/progress").then().statusCode(200).body("progress", org.hamcrest.Matchers.hasSize(1));
        // another department's task is not the staff's to report; a parent reports through its sub-tasks
        as("staff").body(Map.of("roundId", round, "percent", 100, "progress", "x")).post("/api/v1/key-tasks/" + c2 + "/progress").then().statusCode(403);
        as("office").body(Map.of("roundId", round, "percent", 10, "progress", "x")).post("/api/v1/key-tasks/" + parent + "/progress").then().statusCode(409);
        as("zcfghead").body(Map.of("roundId", round, "percent", 100, "progress", "办法已印发。")).post("/api/v1/key-tasks/" + c2 + "/progress").then().statusCode(200);
        // a task has not reported: no draft
        as("office").post("/api/v1/key-tasks/rounds/" + round + "/progress-item").then().statusCode(409).body("detail", containsString("have not reported"));
        as("staff").body(Map.of("roundId", round, "percent", 30, "progress", "试点校已确定。")).post("/api/v1/key-tasks/" + evalChild + "/progress").then().statusCode(200);
        // the parent shows its sub-tasks' progress, weighted: (30·50 + 10·100) / 40 = 62.5 → 63
        assertEquals(63, detail("office", parent).getInt("task.percent"));

        // a problem found: a rectification due on a Saturday is due on the Monday, on the lead department
        Clock.today("2026-06-20");
        Map<String, Object> rect = Map.of("roundId", round, "problem", "部分项目用地审批滞后", "measure", "建立用地审批专班", "dueOn", "2026-07-04");
        as("staff").body(rect).post("/api/v1/key-tasks/" + c1 + "/rectifications").then().statusCode(403);
        JsonPath r = as("office").body(rect).post("/api/v1/key-tasks/" + c1 + "/rectifications").then().statusCode(201).extract().jsonPath();
        assertEquals("2026-07-06", r.getString("rectifications[0].dueOn"));
        assertEquals("2026-07-06", r.getString("rectifications[0].obligation.dueDate"));
        assertEquals("JCJY", r.getString("rectifications[0].obligation.departmentCode"));
        long rid = r.getLong("rectifications[0].id");

        // still inside: not on the portal before the round is published
        as("anonymous").get("/api/v1/portal/key-tasks/" + parent).then().statusCode(200).body("task.percent", nullValue());
        JsonPath item = as("office").post("/api/v1/key-tasks/rounds/" + round + "/progress-item").then().statusCode(200).extract().jsonPath();
        assertEquals("KEY_TASK_PROGRESS", item.getString("type"));
        assertTrue(item.getString("body").contains("部分项目用地审批滞后"));
        as("staff").body(Map.of("roundId", round, "percent", 60, "progress", "x")).post("/api/v1/key-tasks/" + c1 + "/progress").then().statusCode(409);
        Clock.today("2026-06-30");
        Items.publishByOffice(item.getLong("id"));
        JsonPath pub = as("anonymous").get("/api/v1/portal/key-tasks/" + parent).then().statusCode(200).extract().jsonPath();
        assertEquals(63, pub.getInt("task.percent"));
        assertEquals(50, pub.getInt("task.children.find { it.id == " + c1 + " }.percent"));
        JsonPath h = as("anonymous").get("/api/v1/portal/key-tasks/" + c1).then().statusCode(200).extract().jsonPath();
        assertEquals(1, h.getInt("history[0].half"));
        assertEquals("部分项目用地审批滞后", h.getString("history[0].rectifications[0].problem"));
        assertNull(h.get("history[0].reportedBy"));
        year = as("office").get("/api/v1/key-tasks/years/2026").then().statusCode(200).extract().jsonPath();
        assertEquals("PUBLISHED", year.getString("rounds[0].state"));
        assertEquals("MET", year.getString("obligations.find { it.ruleId == 'R33-INSP' && it.periodStart == '2026-01-01' }.status"));
        JsonPath summary = as("anonymous").get("/api/v1/portal/key-tasks/summary?year=2026").then().statusCode(200).extract().jsonPath();
        assertTrue(summary.getList("years", Integer.class).contains(2026));
        assertEquals(100, summary.getInt("departments.find { it.departmentCode == 'ZCFG' }.percent"));
        assertEquals(1, summary.getInt("departments.find { it.departmentCode == 'ZCFG' }.done"));

        // the rectification done, on time
        Clock.today("2026-07-03");
        as("staff").body(Map.of("evidence", "")).post("/api/v1/key-tasks/" + c1 + "/rectifications/" + rid + "/completion").then().statusCode(400);
        as("staff").body(Map.of("evidence", "用地审批已完成，项目开工。")).post("/api/v1/key-tasks/" + c1 + "/rectifications/" + rid + "/completion").then().statusCode(200)
                .body("rectifications[0].state", equalTo("DONE")).body("rectifications[0].obligation.status", equalTo("MET"));
        as("staff").body(Map.of("evidence", "again")).post("/api/v1/key-tasks/" + c1 + "/rectifications/" + rid + "/completion").then().statusCode(409);

        // export as CSV and XLSX; the exported workbook read back is refused as an import (编号 filled), cell by cell
        String csv = as("office").get("/api/v1/key-tasks/export?year=2026&format=csv").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF\"编号\"") && csv.contains("\"50%\"") && csv.contains(p.getString("task.refNo")), csv);
        byte[] xlsx = as("office").get("/api/v1/key-tasks/export?year=2026&format=xlsx").then().statusCode(200).contentType(containsString("spreadsheetml"))
                .extract().asByteArray();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        as("office").contentType(XLSX).body(xlsx).post("/api/v1/key-tasks/import").then().statusCode(400).body("errors.field", hasItem("rows[1].refNo"));
        as("office").contentType(XLSX).body("not a workbook".getBytes()).post("/api/v1/key-tasks/import").then().statusCode(400).body("errors.field", hasItem("file"));
        as("office").get("/api/v1/key-tasks/export?year=2026&format=pdf").then().statusCode(400).body("errors.field", hasItem("format"));
    }
}
