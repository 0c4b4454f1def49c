package org.gongkai.inspection;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, random inspections (R34): the legal section keeps the list and the directories; a department draws with
 * a recorded seed (replayed: the same draw), never an inspector with a declared conflict, at least two per target;
 * the results are due 20 working days after the inspection ends, and their publication meets the clock and the
 * department's yearly quota; role rules; personal data of the directory encrypted and never in a response.
 */
@QuarkusTest
class InspectionTest {

    static long post(String user, String path, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/inspections" + path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theDrawIsReplayableAvoidsConflictsAndTheResultsMeetTheClockAndTheQuota() throws Exception {
        Clock.today("2026-10-12");
        String run = String.valueOf(System.nanoTime());
        String category = "民办学校" + run;
        // the legal section keeps the list and the directories; a department may not
        Map<String, Object> matter = new HashMap<>(Map.of("code", "JY-" + run, "name", "民办学校办学行为检查", "kind", "KEY",
                "legalBasis", "《中华人民共和国民办教育促进法》第四十一条", "departmentCode", "JCJY", "content", "办学许可、招生简章、收费公示",
                "method", "现场检查", "ratioPercent", 50, "frequency", "每年一次"));
        as("staff").body(matter).post("/api/v1/inspections/matters").then().statusCode(403);
        as("legal").body(Map.of("code", "", "kind", "X")).post("/api/v1/inspections/matters").then().statusCode(400);
        long matterId = post("legal", "/matters", matter);
        as("legal").body(matter).post("/api/v1/inspections/matters").then().statusCode(409);
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // each run its own codes: change the first character's kind and recompute the check character
            String body17 = "9" + (char) ('1' + i) + String.format("%015d", Long.parseLong(run) % 1_000_000_000_000_000L);
            String code = body17 + (char) org.gongkai.publicity.CreditCode.check(body17);
            targets.add(post("legal", "/targets", Map.of("name", "临沂市第" + (i + 1) + "民办学校" + run, "creditCode", code, "legalRepresentative", "王建国",
                    "address", "兰山区通达路" + (i + 1) + "号", "category", category)));
        }
        as("legal").body(Map.of("name", "x", "creditCode", "91350100M000100Y44", "legalRepresentative", "x", "address", "x", "category", category))
                .post("/api/v1/inspections/targets").then().statusCode(400).body("errors.field", hasItem("creditCode"));
        List<Long> inspectors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inspectors.add(post("legal", "/inspectors", Map.of("name", "检查员" + i, "certificateNo", "鲁" + run + i, "field", "民办教育", "departmentCode", "JCJY")));
        }
        // inspector 1 conflicts with every target but one; inspector 2 with target 1
        for (int i = 1; i < 4; i++) {
            as("legal").body(Map.of("inspectorId", inspectors.get(0), "targetId", targets.get(i), "reason", "曾在该校任职")).post("/api/v1/inspections/conflicts").then().statusCode(200);
        }
        as("legal").body(Map.of("inspectorId", inspectors.get(1), "targetId", targets.get(0), "reason", "近亲属在该校任职")).post("/api/v1/inspections/conflicts").then().statusCode(200);

        // the department draws: 50 % of 4 targets, two inspectors each, the seed recorded
        Map<String, Object> draw = Map.of("matterId", matterId, "category", category, "startsOn", "2026-10-12", "endsOn", "2026-10-16", "seed", 20261012L);
        as("legal").body(draw).post("/api/v1/inspections/tasks").then().statusCode(403);
        as("staff").body(Map.of("matterId", matterId, "category", category, "startsOn", "2026-10-09", "endsOn", "2026-10-08", "inspectorsPerTarget", 1))
                .post("/api/v1/inspections/tasks").then().statusCode(400).body("errors.field", hasItems("startsOn", "endsOn", "inspectorsPerTarget"));
        JsonPath t = as("staff").body(draw).post("/api/v1/inspections/tasks").then().statusCode(201).extract().jsonPath();
        long task = t.getLong("id");
        assertEquals("20261012", t.getString("seed"));
        assertEquals(2, t.getList("assignments").size());
        for (int a = 0; a < 2; a++) {
            long target = t.getLong("assignments[" + a + "].target.id");
            List<Long> chosen = t.getList("assignments[" + a + "].inspectors.id", Long.class);
            assertEquals(2, chosen.size());
            if (target != targets.get(0)) assertFalse(chosen.contains(inspectors.get(0)), "a conflict drawn: " + chosen + " for " + target);
            else assertFalse(chosen.contains(inspectors.get(1)), "a conflict drawn: " + chosen + " for " + target);
        }
        assertEquals("R34-RES", t.getString("obligations[0].ruleId"));
        assertEquals("2026-11-13", t.getString("obligations[0].dueDate"));
        assertFalse(t.prettify().contains("王建国") || t.prettify().contains("通达路"));
        // replayed from its seed and pools: the same draw; a second draw with the same seed and pools gives it too
        as("staff").get("/api/v1/inspections/tasks/" + task + "/replay").then().statusCode(200).body("same", equalTo(true)).body("seed", equalTo("20261012"));
        JsonPath again = as("staff").body(draw).post("/api/v1/inspections/tasks").then().statusCode(201).extract().jsonPath();
        assertEquals(t.getList("assignments.target.id"), again.getList("assignments.target.id"));
        assertEquals(t.getList("assignments.inspectors.id"), again.getList("assignments.inspectors.id"));
        // another department does not see it; the legal section does
        as("infosection").get("/api/v1/inspections/tasks/" + task).then().statusCode(404);
        as("legal").get("/api/v1/inspections/tasks/" + task).then().statusCode(200);

        // results: every target's finding before the draft; published, the clock is met and the quota counts it
        long first = t.getLong("assignments[0].id");
        long second = t.getLong("assignments[1].id");
        as("staff").body(Map.of("finding", "未发现问题", "handling", "无需处理")).post("/api/v1/inspections/tasks/" + task + "/assignments/" + first + "/result").then().statusCode(200);
        as("staff").post("/api/v1/inspections/tasks/" + task + "/results-item").then().statusCode(409).body("detail", containsString("1 of 2"));
        as("staff").body(Map.of("finding", "")).post("/api/v1/inspections/tasks/" + task + "/assignments/" + second + "/result").then().statusCode(400)
                .body("errors.field", hasItems("finding", "handling"));
        as("staff").body(Map.of("finding", "招生简章未备案", "handling", "责令限期整改")).post("/api/v1/inspections/tasks/" + task + "/assignments/" + second + "/result")
                .then().statusCode(200);
        Clock.today("2026-11-16");
        long item = as("staff").post("/api/v1/inspections/tasks/" + task + "/results-item").then().statusCode(200)
                .body("type", equalTo("INSPECTION_RESULTS")).body("columnCode", equalTo("SJGK")).body("body", containsString("责令限期整改")).extract().jsonPath().getLong("id");
        Items.publish(item);
        as("staff").get("/api/v1/inspections/tasks/" + task).then().statusCode(200)
                .body("obligations[0].status", equalTo("MET_LATE")).body("resultsPublishedOn", equalTo("2026-11-16"));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select legal_rep_enc, address_enc from inspection_target where id = " + targets.get(0));
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("王建国") || rs.getString(2).contains("通达路"));
            ResultSet q = c.createStatement().executeQuery("select count(*) from obligation_event e join obligation o on o.id = e.obligation_id "
                    + "where o.rule_id = 'R34' and o.department_code = 'JCJY' and e.reference like '%" + t.getString("refNo") + "%'");
            q.next();
            assertEquals(1, q.getInt(1));
            ResultSet drawn = c.createStatement().executeQuery("select after_state from audit_event where action = 'inspection.drawn' and subject_id = '" + task + "'");
            assertTrue(drawn.next());
            assertTrue(drawn.getString(1).contains("20261012"), drawn.getString(1));
        }
    }

    @Test
    void aDrawWithoutEnoughInspectorsIsRefused() {
        Clock.today("2026-10-12");
        String run = String.valueOf(System.nanoTime());
        long matterId = post("legal", "/matters", new HashMap<>(Map.of("code", "ZC-" + run, "name", "规范性文件执行情况检查", "kind", "GENERAL",
                "legalBasis", "《行政处罚法》", "departmentCode", "ZCFG", "content", "执行情况", "method", "书面检查", "ratioPercent", 100, "frequency", "每年一次")));
        String body17 = "93" + String.format("%015d", Long.parseLong(run) % 1_000_000_000_000_000L);
        post("legal", "/targets", Map.of("name", "某培训机构" + run, "creditCode", body17 + (char) org.gongkai.publicity.CreditCode.check(body17), "legalRepresentative", "李四",
                "address", "河东区", "category", "培训机构" + run));
        post("legal", "/inspectors", Map.of("name", "唯一检查员", "certificateNo", "鲁Z" + run, "field", "法制", "departmentCode", "ZCFG"));
        as("zcfghead").body(Map.of("matterId", matterId, "category", "培训机构" + run, "startsOn", "2026-10-12", "endsOn", "2026-10-16"))
                .post("/api/v1/inspections/tasks").then().statusCode(409).body("detail", containsString("not enough inspectors"));
    }

    @Test
    void theListOfMattersIsPublishedThroughTheReviewAndEachChangeIsANewVersion() {
        Clock.today("2026-10-20");
        String run = String.valueOf(System.nanoTime());
        post("legal", "/matters", new HashMap<>(Map.of("code", "JY-L" + run, "name", "校车安全管理检查", "kind", "GENERAL",
                "legalBasis", "《校车安全管理条例》第四十七条", "departmentCode", "JCJY", "content", "校车使用许可、驾驶人资格", "method", "现场检查",
                "ratioPercent", 10, "frequency", "每年一次")));
        as("staff").contentType("application/json").body("{}").post("/api/v1/inspections/matters/list-item").then().statusCode(403);
        JsonPath item = as("legal").contentType("application/json").body("{}").post("/api/v1/inspections/matters/list-item").then().statusCode(200).extract().jsonPath();
        long id = item.getLong("id");
        assertEquals("INSPECTION_LIST", item.getString("type"));
        assertEquals("SJGK", item.getString("columnCode"));
        assertTrue(item.getString("body").contains("校车安全管理检查"));
        Items.move("legal", id, "submission", Map.of("opinion", "经审查，同意公开。"), 200);
        Items.move("zcfghead", id, "approval", Map.of("opinion", "同意。"), 200);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200);
        // a new matter: the published list is revised, with what changed, into a second version
        post("legal", "/matters", new HashMap<>(Map.of("code", "JY-M" + run, "name", "学校食堂食品安全检查", "kind", "KEY",
                "legalBasis", "《学校食品安全与营养健康管理规定》", "departmentCode", "JCJY", "content", "食堂许可、陪餐制度", "method", "现场检查",
                "ratioPercent", 20, "frequency", "每学期一次")));
        as("legal").contentType("application/json").body("{}").post("/api/v1/inspections/matters/list-item").then().statusCode(400).body("errors.field", hasItem("reason"));
        JsonPath again = as("legal").body(Map.of("reason", "新增学校食堂食品安全检查事项")).post("/api/v1/inspections/matters/list-item").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(id, again.getLong("id"));
        assertTrue(again.getString("body").contains("学校食堂食品安全检查"));
        // the first version stays on the portal while the second is in review
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200).body("body", org.hamcrest.Matchers.not(containsString("学校食堂食品安全检查")));
        Items.move("legal", id, "submission", Map.of("opinion", "经审查，同意公开。"), 200);
        Items.move("zcfghead", id, "approval", Map.of("opinion", "同意。"), 200);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200).body("body", containsString("学校食堂食品安全检查"));
        assertEquals(2, as("legal").get("/api/v1/items/" + id).then().statusCode(200).extract().jsonPath().getInt("item.publishedVersion"));
    }

    @Test
    void theLegalSectionChangesAndRetiresMattersAndTheDirectoriesAreListed() {
        Clock.today("2026-10-21");
        String run = String.valueOf(System.nanoTime());
        Map<String, Object> matter = new HashMap<>(Map.of("code", "JY-C" + run, "name", "教辅材料征订检查", "kind", "GENERAL",
                "legalBasis", "《中小学教辅材料管理办法》", "departmentCode", "JCJY", "content", "征订程序、收费", "method", "书面检查",
                "ratioPercent", 10, "frequency", "每年一次"));
        long id = post("legal", "/matters", matter);
        matter.put("ratioPercent", 15);
        matter.put("method", "现场检查");
        as("staff").body(matter).put("/api/v1/inspections/matters/" + id).then().statusCode(403);
        as("legal").body(matter).put("/api/v1/inspections/matters/" + id).then().statusCode(200).body("ratioPercent", equalTo(15)).body("method", equalTo("现场检查"));
        Map<String, Object> recoded = new HashMap<>(matter);
        recoded.put("code", "OTHER" + run);
        as("legal").body(recoded).put("/api/v1/inspections/matters/" + id).then().statusCode(400).body("errors[0].field", equalTo("code"));
        matter.put("ratioPercent", 0);
        as("legal").body(matter).put("/api/v1/inspections/matters/" + id).then().statusCode(400).body("errors[0].field", equalTo("ratioPercent"));
        as("admin").queryParam("subjectType", "inspection-matter").queryParam("subjectId", id).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("inspection.matter.added", "inspection.matter.changed"));
        // retired with a reason: off the list, no new draw of it
        as("legal").contentType("application/json").body("{}").post("/api/v1/inspections/matters/" + id + "/retirement").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("legal").body(Map.of("reason", "并入民办学校年度检查")).post("/api/v1/inspections/matters/" + id + "/retirement").then().statusCode(204);
        as("legal").get("/api/v1/inspections/matters").then().statusCode(200).body("code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("JY-C" + run)));
        as("staff").body(Map.of("matterId", id, "category", "民办学校", "startsOn", "2026-11-02", "endsOn", "2026-11-06"))
                .post("/api/v1/inspections/tasks").then().statusCode(409);
        as("legal").body(Map.of("reason", "again")).post("/api/v1/inspections/matters/" + id + "/retirement").then().statusCode(404);

        // the directories, paged and searchable, without the encrypted personal data
        String body17 = "93" + String.format("%015d", Long.parseLong(run) % 1_000_000_000_000_000L);
        String code = body17 + (char) org.gongkai.publicity.CreditCode.check(body17);
        post("legal", "/targets", Map.of("name", "临沂市目录测试学校" + run, "creditCode", code, "legalRepresentative", "李四海",
                "address", "罗庄区目录路9号", "category", "民办学校" + run));
        as("staff").queryParam("q", code).get("/api/v1/inspections/targets").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("临沂市目录测试学校" + run))
                .body(org.hamcrest.Matchers.not(containsString("李四海"))).body(org.hamcrest.Matchers.not(containsString("目录路")));
        as("staff").queryParam("category", "民办学校" + run).get("/api/v1/inspections/targets").then().statusCode(200).body("total", equalTo(1));
        post("legal", "/inspectors", Map.of("name", "赵目录", "certificateNo", "鲁C" + run.substring(run.length() - 8), "field", "民办教育", "departmentCode", "JCJY"));
        as("staff").queryParam("q", "鲁C" + run.substring(run.length() - 8)).queryParam("department", "JCJY").get("/api/v1/inspections/inspectors").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("赵目录"));
        as("staff").queryParam("sort", "certificateNo").get("/api/v1/inspections/inspectors").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
