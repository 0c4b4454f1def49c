package org.gongkai.servicelist;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, R35: the service lists kept by the legal section — entries of each kind with every failing field named,
 * versions (a published entry keeps what it said; a change goes into the next version), the R35-LIST clock opened by
 * the first change and met by the publication, the gate (what is published is what was reviewed), and the portal
 * showing the newest published version with every earlier one readable.
 */
@QuarkusTest
class ServiceListTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    static Map<String, Object> guide(String code, String name, int promised) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("category", "行政许可");
        m.put("departmentCode", "ZCFG");
        m.put("legalBasis", "《中华人民共和国民办教育促进法》第十二条");
        m.put("conditions", "举办者具备法人资格或者完全民事行为能力");
        m.put("materials", "申办报告\n\n举办者资格证明文件\n拟办学校章程");
        m.put("procedure", "受理—审查—决定—送达");
        m.put("statutoryDays", 20);
        m.put("promisedDays", promised);
        m.put("venue", "市政务服务中心二楼教育窗口");
        m.put("hours", "工作日 9:00—17:00");
        m.put("phone", "0539-8123456");
        m.put("onlineUrl", "https://zwfw.example.gov.cn/jy/" + code);
        return m;
    }

    static JsonPath list(String kind) {
        return as("legal").get("/api/v1/service-lists/" + kind).then().statusCode(200).extract().jsonPath();
    }

    static void approve(long item) {
        Items.move("legal", item, "submission", Map.of("opinion", "经审查，同意公开。"), 200);
        Items.move("zcfghead", item, "approval", Map.of("opinion", "同意。"), 200);
        Items.move("officehead", item, "approval", Map.of("opinion", "同意发布"), 200);
    }

    @Test
    void guidesAreVersionedPublishedThroughTheReviewAndKeptOnTime() {
        // Thursday before the Mid-Autumn and National Day holidays: 20 working days end on 29 October (10 October a make-up day)
        Clock.today("2026-09-24");
        int before = list("GUIDE").getInt("publishedVersion");
        String a = "BS-A" + RUN, c = "BS-C" + RUN, b = "BS-B" + RUN;
        as("staff").body(guide(a, "民办学校设立审批", 15)).post("/api/v1/service-lists/GUIDE/entries").then().statusCode(403);
        // every failing field at once
        Map<String, Object> bad = guide(a, "民办学校设立审批", 25);
        bad.remove("materials");
        bad.remove("venue");
        bad.put("phone", "call us");
        bad.put("onlineUrl", "ftp://x");
        as("legal").body(bad).post("/api/v1/service-lists/GUIDE/entries").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("materials", "venue", "phone", "onlineUrl", "promisedDays"));
        JsonPath added = as("legal").body(guide(a, "民办学校设立审批", 15)).post("/api/v1/service-lists/GUIDE/entries").then().statusCode(201)
                .extract().jsonPath();
        assertFalse(added.getBoolean("published"));
        assertEquals(List.of("申办报告", "举办者资格证明文件", "拟办学校章程"), added.getList("materials"));
        assertEquals("不收费", added.getString("fee"));
        as("legal").body(guide(a, "重复的事项", 15)).post("/api/v1/service-lists/GUIDE/entries").then().statusCode(409);
        as("legal").body(guide(c, "民办学校终止审批", 20)).post("/api/v1/service-lists/GUIDE/entries").then().statusCode(201);

        JsonPath l = list("GUIDE");
        assertEquals("R35-LIST", l.getString("obligation.ruleId"));
        assertEquals("2026-10-29", l.getString("obligation.dueDate"));
        assertEquals("ZCFG", l.getString("obligation.departmentCode"));
        assertTrue(l.getBoolean("changedSinceDrafted"));

        JsonPath item = as("legal").contentType("application/json").body("{}").post("/api/v1/service-lists/GUIDE/list-item").then().statusCode(200)
                .extract().jsonPath();
        long id = item.getLong("id");
        assertEquals("SERVICE_LIST", item.getString("type"));
        assertEquals("BSZN", item.getString("columnCode"));
        assertTrue(item.getString("body").contains("民办学校设立审批"));
        assertTrue(item.getString("body").contains("<li>举办者资格证明文件</li>"));
        assertTrue(item.getString("body").contains("政策法规科"), "the department by its name");

        // changed after it was drafted: the review refuses it until it is drafted again (R35-LIST gate)
        as("legal").body(guide(a, "民办学校设立审批", 12)).put("/api/v1/service-lists/GUIDE/entries/" + a).then().statusCode(200);
        Items.move("legal", id, "submission", Map.of("opinion", "经审查，同意公开。"), 409);
        as("legal").contentType("application/json").body("{}").post("/api/v1/service-lists/GUIDE/list-item").then().statusCode(200)
                .body("body", containsString("12个工作日"));
        Items.move("legal", id, "submission", Map.of("opinion", "经审查，同意公开。"), 200);
        // in the review, the list does not change
        as("legal").body(guide(c, "民办学校终止审批", 18)).put("/api/v1/service-lists/GUIDE/entries/" + c).then().statusCode(409);
        Items.move("zcfghead", id, "approval", Map.of("opinion", "同意。"), 200);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);

        int v1 = before + 1;
        l = list("GUIDE");
        assertEquals(v1, l.getInt("publishedVersion"));
        assertEquals(0, l.getInt("pendingChanges"));
        org.junit.jupiter.api.Assertions.assertNull(l.get("obligation"), "the clock is met by the publication");
        assertEquals(v1, l.getInt("versions[0].version"));
        as("anonymous").get("/api/v1/portal/service-lists").then().statusCode(200)
                .body("find { it.kind == 'GUIDE' }.version", equalTo(v1)).body("find { it.kind == 'GUIDE' }.itemId", equalTo((int) id));
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + a).then().statusCode(200)
                .body("promisedDays", equalTo(12)).body("materials", hasItem("拟办学校章程")).body("onlineUrl", equalTo("https://zwfw.example.gov.cn/jy/" + a));

        // the next version: a change, a retirement and a new guide; the portal keeps version 1 until it is published
        Clock.today("2026-11-02");
        as("legal").body(guide(a, "民办学校设立审批", 10)).put("/api/v1/service-lists/GUIDE/entries/" + a).then().statusCode(200)
                .body("published", equalTo(false));
        as("legal").contentType("application/json").body("{}").post("/api/v1/service-lists/GUIDE/entries/" + c + "/retirement").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("legal").body(Map.of("reason", "该事项已由市政府取消")).post("/api/v1/service-lists/GUIDE/entries/" + c + "/retirement").then().statusCode(204);
        as("legal").body(guide(b, "民办学校分立、合并审批", 15)).post("/api/v1/service-lists/GUIDE/entries").then().statusCode(201);
        // a code does not change
        as("legal").body(guide("OTHER" + RUN, "民办学校设立审批", 10)).put("/api/v1/service-lists/GUIDE/entries/" + a).then().statusCode(400)
                .body("errors.field", hasItem("code"));
        l = list("GUIDE");
        assertEquals(3, l.getInt("pendingChanges"));
        assertEquals("2026-11-30", l.getString("obligation.dueDate"));
        as("legal").queryParam("q", RUN).get("/api/v1/service-lists/GUIDE/entries").then().statusCode(200)
                .body("items.code", hasItems(a, b)).body("items.code", not(hasItem(c)));
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + a).then().statusCode(200).body("promisedDays", equalTo(12));
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + c).then().statusCode(200);
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + b).then().statusCode(404);

        as("legal").contentType("application/json").body("{}").post("/api/v1/service-lists/GUIDE/list-item").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("legal").body(Map.of("reason", "新增民办学校分立、合并审批；取消民办学校终止审批")).post("/api/v1/service-lists/GUIDE/list-item").then().statusCode(200)
                .body("id", equalTo((int) id));
        approve(id);

        int v2 = v1 + 1;
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/versions").then().statusCode(200)
                .body("[0].version", equalTo(v2)).body("[0].reason", equalTo("新增民办学校分立、合并审批；取消民办学校终止审批"))
                .body("[0].publishedOn", equalTo("2026-11-02")).body("[1].version", equalTo(v1));
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + a).then().statusCode(200).body("promisedDays", equalTo(10));
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + c).then().statusCode(404);
        as("anonymous").get("/api/v1/portal/service-lists/GUIDE/entries/" + b).then().statusCode(200);
        // earlier versions stay readable
        as("anonymous").queryParam("version", v1).get("/api/v1/portal/service-lists/GUIDE/entries/" + a).then().statusCode(200).body("promisedDays", equalTo(12));
        as("anonymous").queryParam("version", v1).queryParam("q", RUN).get("/api/v1/portal/service-lists/GUIDE/entries").then().statusCode(200)
                .body("items.code", hasItems(a, c)).body("items.code", not(hasItem(b)));
        as("anonymous").queryParam("version", v2 + 1).get("/api/v1/portal/service-lists/GUIDE/entries").then().statusCode(404);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200).body("body", containsString("民办学校分立、合并审批"))
                .body("body", not(containsString("民办学校终止审批")));

        // an edit that says the same is no change; with no change there is nothing to draft
        as("legal").body(guide(a, "民办学校设立审批", 10)).put("/api/v1/service-lists/GUIDE/entries/" + a).then().statusCode(200);
        assertEquals(0, list("GUIDE").getInt("pendingChanges"));
        org.junit.jupiter.api.Assertions.assertNull(list("GUIDE").get("obligation"));
        as("legal").body(Map.of("reason", "无变化")).post("/api/v1/service-lists/GUIDE/list-item").then().statusCode(409);

        // each change left its audit event
        as("admin").queryParam("subjectType", "service-list").queryParam("subjectId", "GUIDE").queryParam("size", 100).get("/api/v1/audit/events")
                .then().statusCode(200).body("items.action", hasItems("service-list.entry.added", "service-list.entry.changed",
                        "service-list.entry.retired", "service-list.drafted", "service-list.published"));
    }

    @Test
    void powersAndServicesNameEveryWrongFieldAndAreFoundByFilter() {
        Clock.today("2026-10-12");
        Map<String, Object> power = new HashMap<>(Map.of("code", "QZ-XK-" + RUN, "name", "民办学校办学许可", "category", "行政审批",
                "departmentCode", "ZCFG", "legalBasis", "《中华人民共和国民办教育促进法》"));
        as("legal").body(power).post("/api/v1/service-lists/POWER/entries").then().statusCode(400)
                .body("errors.field", hasItems("category", "responsibility", "accountability"));
        power.put("category", "行政许可");
        power.put("responsibility", "受理责任、审查责任、决定责任、送达责任、事后监管责任");
        power.put("accountability", "对符合条件不予受理的，依法追究责任");
        power.put("supervisionPhone", "0539-8123400");
        power.put("departmentCode", "NOPE");
        as("legal").body(power).post("/api/v1/service-lists/POWER/entries").then().statusCode(400).body("errors[0].field", equalTo("departmentCode"));
        power.put("departmentCode", "ZCFG");
        as("office").body(power).post("/api/v1/service-lists/POWER/entries").then().statusCode(201)
                .body("responsibility", containsString("审查责任")).body("serviceObject", nullValue());
        as("legal").body(Map.of("code", "x")).put("/api/v1/service-lists/POWER/entries/NO-SUCH-" + RUN).then().statusCode(400);
        power.put("code", "NO-SUCH-" + RUN);
        as("legal").body(power).put("/api/v1/service-lists/POWER/entries/NO-SUCH-" + RUN).then().statusCode(404);
        as("legal").get("/api/v1/service-lists/NOPE").then().statusCode(404);

        Map<String, Object> service = new HashMap<>(Map.of("code", "GG-" + RUN, "name", "义务教育入学登记", "category", "教育服务",
                "departmentCode", "JCJY", "legalBasis", "《中华人民共和国义务教育法》第十二条", "serviceObject", "适龄儿童及其监护人",
                "channel", "线上：市义务教育招生平台；线下：学校招生点", "responsibility", "ignored for a service"));
        as("legal").body(service).post("/api/v1/service-lists/PUBLIC_SERVICE/entries").then().statusCode(201)
                .body("fee", equalTo("不收费")).body("responsibility", nullValue());
        service.put("code", "GG2-" + RUN);
        service.put("name", "学生资助申请");
        service.put("departmentCode", "ZCFG");
        as("legal").body(service).post("/api/v1/service-lists/PUBLIC_SERVICE/entries").then().statusCode(201);
        as("staff").queryParam("q", RUN).queryParam("department", "JCJY").get("/api/v1/service-lists/PUBLIC_SERVICE/entries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("义务教育入学登记"));
        as("staff").queryParam("q", "GG2-" + RUN).get("/api/v1/service-lists/PUBLIC_SERVICE/entries").then().statusCode(200).body("total", equalTo(1));
        as("staff").queryParam("q", RUN).queryParam("size", 1).queryParam("sort", "name,desc").get("/api/v1/service-lists/PUBLIC_SERVICE/entries")
                .then().statusCode(200).body("total", equalTo(2)).body("totalPages", equalTo(2)).body("items[0].name", equalTo("学生资助申请"));
        as("staff").queryParam("sort", "legalBasis").get("/api/v1/service-lists/PUBLIC_SERVICE/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        // not yet published: nothing of it on the portal
        as("anonymous").queryParam("q", RUN).get("/api/v1/portal/service-lists/PUBLIC_SERVICE/entries").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(200))).body(not(containsString("GG-" + RUN)));
    }
}
