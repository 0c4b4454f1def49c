package org.gongkai.interpretation;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, policy interpretation (R24–R26): an interpretation is an item with its elements, forms, interpreters and
 * accessible media; a normative document or a major decision is routed only with it and both go live in one
 * transaction, or neither; the portal shows them linked both ways, filters by form and counts the share in more than
 * text; the head's interpretation meets the yearly quota.
 */
@QuarkusTest
class InterpretationTest {
    static final byte[] PNG = Items.PNG;

    static String elements(String forms, String interpreters, String media, String head) {
        return """
                "interpretation":{"background":"依据《义务教育法》制定。","purpose":"保障就近入学。","scope":"全市义务教育学校。",
                 "measures":"划片招生、阳光招生。","changes":"新增网上报名。","contact":"基础教育科 0539-8123456",
                 "forms":%s,"interpreters":%s,"media":%s%s}""".formatted(forms, interpreters, media, head == null ? "" : "," + head);
    }

    static String draftJson(String title, String extra) {
        return """
                {"title":"%s","issuingDepartment":"JCJY","summary":"解读。","body":"<p>一问一答。</p>","attribute":"PUBLIC",
                 "type":"INTERPRETATION",%s}""".formatted(title, extra);
    }

    static String state(long id) {
        return as("staff").get("/api/v1/items/" + id).then().statusCode(200).extract().path("item.state");
    }

    static JsonPath figures() {
        return as("anonymous").queryParam("year", "2026").get("/api/v1/portal/interpretations/figures").then().statusCode(200).extract().jsonPath();
    }

    static int formCount(JsonPath f, String form) {
        return f.getInt("byForm.find { it.form == '" + form + "' }.count");
    }

    @Test
    void aNormativeDocumentGoesForReviewOnlyWithItsInterpretationAndBothGoLiveTogether() throws Exception {
        Clock.today("2026-10-12");
        JsonPath before = figures();
        String title = "临沂市义务教育学校招生入学管理办法" + System.nanoTime();
        long doc = Items.draft(Items.body("GFXWJ", title, "临教发〔2026〕40号", "2026-10-12", "PUBLIC",
                "\"normative\":true,\"validity\":\"VALID\""));

        // R24: not routed alone; the refusal is evidence (R45(5))
        Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 409);
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select after_state from audit_event where action = 'publication.gate.refused' "
                    + "and subject_type = 'item' and subject_id = '" + doc + "'");
            assertTrue(rs.next(), "the refusal is an audit event");
            assertTrue(rs.getString(1).contains("\"R24\""), rs.getString(1));
        }

        // an interpretation states its elements, and its media are accessible (R25)
        as("staff").body(draftJson("无要素的解读", "\"interprets\":" + doc)).post("/api/v1/items").then().statusCode(400)
                .body("errors.field", hasItem("interpretation"));
        as("staff").body(draftJson("缺要素的解读", "\"interpretation\":{\"forms\":[]}")).post("/api/v1/items").then().statusCode(400)
                .body("errors.field", hasItems("interpretation.background", "interpretation.purpose", "interpretation.scope",
                        "interpretation.measures", "interpretation.contact", "interpretation.forms"));
        as("staff").body(draftJson("无替代文本的图解", elements("[\"GRAPHIC\"]", "[]",
                        "[{\"kind\":\"IMAGE\",\"url\":\"https://jyj.linyi.gov.cn/a.png\",\"caption\":\"一图读懂\"}]", null)))
                .post("/api/v1/items").then().statusCode(400).body("errors.field", hasItem("interpretation.media[0].altText"));
        as("staff").body(draftJson("无文字稿的视频", elements("[\"VIDEO\"]", "[]",
                        "[{\"kind\":\"VIDEO\",\"url\":\"https://jyj.linyi.gov.cn/a.mp4\",\"caption\":\"视频解读\"}]", null)))
                .post("/api/v1/items").then().statusCode(400).body("errors.field", hasItem("interpretation.media[0].transcript"));
        as("staff").body(draftJson("无单位的专家", elements("[\"EXPERT\"]", "[{\"name\":\"王明\",\"kind\":\"EXPERT\"}]", "[]", null)))
                .post("/api/v1/items").then().statusCode(400).body("errors.field", hasItem("interpretation.interpreters[0].affiliation"));
        as("staff").body(draftJson("非解读", "\"interprets\":" + doc).replace("\"type\":\"INTERPRETATION\",", "")).post("/api/v1/items")
                .then().statusCode(400).body("errors.field", hasItem("interprets"));

        // drafted for its document: linked at once, to be published together
        long interp = as("staff").body(draftJson("《" + title + "》图解", "\"interprets\":" + doc + "," + elements("[\"TEXT\",\"GRAPHIC\",\"EXPERT\"]",
                        "[{\"name\":\"王明\",\"kind\":\"EXPERT\",\"affiliation\":\"临沂大学教育学院\",\"post\":\"教授\"}]", "[]", null)))
                .post("/api/v1/items").then().statusCode(201).body("type", equalTo("INTERPRETATION")).body("columnCode", equalTo("ZCJD"))
                .body("interpretation.forms", hasItems("TEXT", "GRAPHIC", "EXPERT")).extract().jsonPath().getLong("id");
        as("staff").get("/api/v1/items/" + doc).then().body("links[0].itemId", equalTo((int) interp))
                .body("links[0].direction", equalTo("INTERPRETED_BY")).body("links[0].together", equalTo(true));

        // a 图解 needs its image: checked when it is submitted, once files are uploaded
        as("staff").body(Map.of("opinion", "不涉密")).post("/api/v1/items/" + interp + "/submission").then().statusCode(400)
                .body("errors.field", hasItem("interpretation.media"));
        long pdf = Users.upload("staff").multiPart("file", "说明.pdf", ("%PDF-1.4\n%%EOF\n").getBytes(), "application/pdf")
                .post("/api/v1/items/" + interp + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        long png = Users.upload("staff").multiPart("file", "一图读懂.png", PNG, "image/png")
                .post("/api/v1/items/" + interp + "/attachments").then().statusCode(201).body("contentType", equalTo("image/png"))
                .extract().jsonPath().getLong("id");
        String update = draftJson("《" + title + "》图解", elements("[\"TEXT\",\"GRAPHIC\",\"EXPERT\"]",
                "[{\"name\":\"王明\",\"kind\":\"EXPERT\",\"affiliation\":\"临沂大学教育学院\",\"post\":\"教授\"}]",
                "[{\"kind\":\"IMAGE\",\"attachmentId\":%d,\"caption\":\"一图读懂招生入学\",\"altText\":\"流程图：网上报名、资格审核、结果公示三个步骤。\"}]", null))
                .replace("\"attribute\":\"PUBLIC\",", "\"attribute\":\"PUBLIC\",\"columnCode\":\"ZCJD\",");
        as("staff").body(update.formatted(pdf)).put("/api/v1/items/" + interp).then().statusCode(200);
        as("staff").body(Map.of("opinion", "不涉密")).post("/api/v1/items/" + interp + "/submission").then().statusCode(400)
                .body("errors[0].field", equalTo("interpretation.media[0].attachmentId")).body("errors[0].message", containsString("application/pdf"));
        as("staff").body(update.formatted(png)).put("/api/v1/items/" + interp).then().statusCode(200);
        Items.move("staff", interp, "submission", Map.of("opinion", "经审查不涉密"), 200);

        Items.exemptFromConsultation(doc);
        // now the document goes for review; the office's approval waits for the interpretation's department approval
        Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 200);
        Items.move("depthead", doc, "approval", Map.of("opinion", "同意"), 200);
        assertTrue(Items.move("officehead", doc, "approval", Map.of("opinion", "同意发布"), 409).getString("type").contains("publish-together"));
        assertEquals("DEPT_APPROVED", state(doc), "neither goes live");
        assertEquals("SUBMITTED", state(interp));
        as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(404);
        as("anonymous").get("/api/v1/portal/items/" + interp).then().statusCode(404);

        Items.move("depthead", interp, "approval", Map.of("opinion", "同意"), 200);
        Items.move("officehead", doc, "approval", Map.of("opinion", "同意发布"), 200);
        assertEquals("PUBLISHED", state(doc));
        assertEquals("PUBLISHED", state(interp));

        // on the portal, linked both ways; the interpretation with its elements and accessible media
        as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(200)
                .body("links.find { it.id == " + interp + " }.direction", equalTo("INTERPRETED_BY")).body("interpretation", equalTo(null));
        as("anonymous").get("/api/v1/portal/items/" + interp).then().statusCode(200).body("type", equalTo("INTERPRETATION"))
                .body("links[0].id", equalTo((int) doc)).body("links[0].direction", equalTo("INTERPRETS"))
                .body("forms", hasItems("TEXT", "GRAPHIC", "EXPERT"))
                .body("interpretation.background", equalTo("依据《义务教育法》制定。"))
                .body("interpretation.interpreters[0].affiliation", equalTo("临沂大学教育学院"))
                .body("interpretation.media[0].altText", containsString("流程图"))
                .body("interpretation.media[0].attachmentId", equalTo((int) png))
                .body("attachments.id", hasItem((int) png));
        as("anonymous").get("/api/v1/portal/items/" + interp + "/attachments/" + png).then().statusCode(200);

        // the 政策解读 column, filtered by form
        as("anonymous").queryParam("column", "ZCJD").queryParam("form", "GRAPHIC").queryParam("size", "50").get("/api/v1/portal/items").then()
                .statusCode(200).body("items.id", hasItem((int) interp)).body("items.find { it.id == " + interp + " }.forms", hasItem("GRAPHIC"))
                .body("items.find { it.id == " + interp + " }.interpretation", equalTo(null));
        as("anonymous").queryParam("column", "ZCJD").queryParam("form", "VIDEO").queryParam("size", "50").get("/api/v1/portal/items").then()
                .statusCode(200).body("items.id", not(hasItem((int) interp)));
        as("anonymous").queryParam("form", "PODCAST").get("/api/v1/portal/items").then().statusCode(400).body("errors[0].field", equalTo("form"));
        // found by what its elements say
        as("anonymous").queryParam("q", "阳光招生").get("/api/v1/portal/search").then().statusCode(200).body("items.id", hasItem((int) interp));

        // the year's figures: one more, in more than text form, one more 图解 and 专家解读
        JsonPath after = figures();
        assertEquals(before.getLong("total") + 1, after.getLong("total"));
        assertEquals(before.getLong("richForm") + 1, after.getLong("richForm"));
        assertEquals(formCount(before, "GRAPHIC") + 1, formCount(after, "GRAPHIC"));
        assertEquals(formCount(before, "EXPERT") + 1, formCount(after, "EXPERT"));
        assertEquals(Math.round(after.getLong("richForm") * 1000.0 / after.getLong("total")) / 10.0, after.getDouble("richFormShare"), 0.001);
        as("anonymous").queryParam("year", "1900").get("/api/v1/portal/interpretations/figures").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void anInterpretationIsSubmittedOnlyLinkedToItsDocument() {
        Clock.today("2026-10-12");
        long interp = Items.draft(draftJson("孤立的解读" + System.nanoTime(), Items.TEXT_INTERPRETATION));
        as("staff").body(Map.of("opinion", "不涉密")).post("/api/v1/items/" + interp + "/submission").then().statusCode(409)
                .body("detail", containsString("linked to the document it interprets"));
        assertEquals("DRAFT", state(interp));
    }

    @Test
    void theHeadsInterpretationOfAMajorDecisionMeetsTheYearlyQuota() {
        Clock.today("2026-10-13");
        String title = "关于调整中心城区小学学区划分的决定" + System.nanoTime();
        long doc = Items.draft(Items.body("YWJYZS", title, null, "2026-10-13", "PUBLIC", "\"majorDecision\":true"));
        as("staff").get("/api/v1/items/" + doc).then().body("item.majorDecision", equalTo(true));
        Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 409);

        String official = "[{\"name\":\"李华\",\"kind\":\"OFFICIAL\",\"post\":\"市教育局局长\"}]";
        // the head's interpretation names its occasion, and is a 负责人解读
        as("staff").body(draftJson("局长解读", elements("[\"TEXT\"]", official, "[]", "\"byHead\":true"))).post("/api/v1/items").then()
                .statusCode(400).body("errors.field", hasItem("interpretation.headOccasion"));
        long notOfficial = Items.draft(draftJson("局长解读（缺形式）", "\"interprets\":" + doc + ","
                + elements("[\"TEXT\"]", official, "[]", "\"byHead\":true,\"headOccasion\":\"INTERVIEW\"")));
        as("staff").body(Map.of("opinion", "不涉密")).post("/api/v1/items/" + notOfficial + "/submission").then().statusCode(400)
                .body("errors.field", hasItem("interpretation.forms"));
        as("staff").delete("/api/v1/items/" + notOfficial + "/links/" + doc).then().statusCode(204);

        JsonPath before = figures();
        long interp = Items.draft(draftJson("局长解读：" + title, "\"interprets\":" + doc + ","
                + elements("[\"TEXT\",\"OFFICIAL\"]", official, "[]", "\"byHead\":true,\"headOccasion\":\"PRESS_CONFERENCE\"")));
        Items.move("staff", interp, "submission", Map.of("opinion", "不涉密"), 200);
        Items.move("depthead", interp, "approval", Map.of("opinion", "同意"), 200);
        Items.exemptFromConsultation(doc);
        Items.publish(doc);
        assertEquals("PUBLISHED", state(interp));
        // counted in the year's figures as the head's, and as a 负责人解读
        JsonPath after = figures();
        assertEquals(before.getLong("byHead") + 1, after.getLong("byHead"));
        assertEquals(formCount(before, "OFFICIAL") + 1, formCount(after, "OFFICIAL"));

        // R26: the bureau's yearly row counts it, with the interpretation named
        JsonPath rows = as("office").queryParam("rule", "R26").get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
        long row = rows.getLong("items.find { it.periodStart == '2026-01-01' }.id");
        as("office").get("/api/v1/obligations/" + row).then().statusCode(200).body("obligation.status", equalTo("MET"))
                .body("events.reference", hasItem(containsString(title)));
    }
}
