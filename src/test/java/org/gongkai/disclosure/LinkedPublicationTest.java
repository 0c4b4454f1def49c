package org.gongkai.disclosure;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: more item types through the same review, links between items (an interpretation and its document, both
 * ways), publication together in one transaction or not at all, withdrawal that asks about linked items, and gates a
 * feature registers (a refusal is a 409 naming the missing step, and an audit event).
 */
@QuarkusTest
class LinkedPublicationTest {

    static long interpretation(String title) {
        // no column named: the type's default column (政策解读, ZCJD)
        return Items.draft(Items.body("", title, null, "2026-10-12", "PUBLIC", "\"type\":\"INTERPRETATION\"," + Items.TEXT_INTERPRETATION)
                .replace("\"columnCode\":\"\",", ""));
    }

    static String state(long id) {
        return as("staff").get("/api/v1/items/" + id).then().statusCode(200).extract().path("item.state");
    }

    @Test
    void anInterpretationAndItsDocumentGoLiveTogetherOrNotAtAll() {
        Clock.today("2026-10-12");
        String docTitle = "关于2026年义务教育学校划片招生的实施意见" + System.nanoTime();
        long doc = Items.draft(Items.body("YWJYZS", docTitle, "临教发〔2026〕31号", "2026-10-12", "PUBLIC", null));
        long interp = interpretation("《" + docTitle + "》政策解读");
        as("staff").get("/api/v1/items/" + interp).then().body("item.type", equalTo("INTERPRETATION")).body("item.columnCode", equalTo("ZCJD"));
        // only an interpretation interprets; links are made once
        as("staff").body(Map.of("itemId", interp, "relation", "INTERPRETS")).post("/api/v1/items/" + doc + "/links").then().statusCode(400)
                .body("errors[0].field", equalTo("relation"));
        as("staff").body(Map.of("itemId", doc, "relation", "INTERPRETS", "together", true)).post("/api/v1/items/" + interp + "/links")
                .then().statusCode(201).body("[0].itemId", equalTo((int) doc)).body("[0].direction", equalTo("INTERPRETS"));
        as("staff").body(Map.of("itemId", interp, "relation", "RELATED")).post("/api/v1/items/" + doc + "/links").then().statusCode(409);
        as("zcfghead").body(Map.of("itemId", doc, "relation", "RELATED")).post("/api/v1/items/" + interp + "/links").then().statusCode(404);
        as("staff").get("/api/v1/items/" + doc).then().body("links[0].itemId", equalTo((int) interp))
                .body("links[0].direction", equalTo("INTERPRETED_BY")).body("links[0].together", equalTo(true));

        // the document is ready, its interpretation is not: nothing goes live
        Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 200);
        Items.move("depthead", doc, "approval", Map.of("opinion", "同意"), 200);
        org.junit.jupiter.api.Assertions.assertTrue(Items.move("officehead", doc, "approval", Map.of("opinion", "同意发布"), 409)
                .getString("type").contains("publish-together"));
        assertEquals("DEPT_APPROVED", state(doc), "rolled back: the document is still waiting");
        as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(404);

        // both ready: one approval publishes both, in one transaction
        Items.move("staff", interp, "submission", Map.of("opinion", "经审查不涉密"), 200);
        Items.move("depthead", interp, "approval", Map.of("opinion", "同意"), 200);
        Items.move("officehead", doc, "approval", Map.of("opinion", "同意发布"), 200);
        assertEquals("PUBLISHED", state(doc));
        assertEquals("PUBLISHED", state(interp));
        as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(200).body("type", equalTo("DOCUMENT"))
                .body("links[0].id", equalTo((int) interp)).body("links[0].direction", equalTo("INTERPRETED_BY"));
        as("anonymous").get("/api/v1/portal/items/" + interp).then().statusCode(200).body("type", equalTo("INTERPRETATION"))
                .body("links[0].id", equalTo((int) doc)).body("links[0].direction", equalTo("INTERPRETS"));
        as("staff").get("/api/v1/items/" + interp + "/opinions").then().body("opinion", hasItem(containsString("同步发布")));

        // withdrawing the document asks what happens to its interpretation
        as("officehead").body(Map.of("reason", "政策调整")).post("/api/v1/items/" + doc + "/withdrawal").then().statusCode(409)
                .body("type", containsString("linked-items")).body("detail", containsString(String.valueOf(interp)));
        as("officehead").queryParam("linked", "SOMETIMES").body(Map.of("reason", "政策调整")).post("/api/v1/items/" + doc + "/withdrawal")
                .then().statusCode(400).body("errors[0].field", equalTo("linked"));
        as("officehead").queryParam("linked", "WITHDRAW").body(Map.of("reason", "政策调整")).post("/api/v1/items/" + doc + "/withdrawal")
                .then().statusCode(200);
        assertEquals("WITHDRAWN", state(doc));
        assertEquals("WITHDRAWN", state(interp));
        as("anonymous").get("/api/v1/portal/items/" + interp).then().statusCode(404);
    }

    @Test
    void aRegisteredGateRefusesAMoveNamingTheMissingStepAndTheRefusalIsAudited() throws Exception {
        Clock.today("2026-10-12");
        // the gate R24 registers (issue 11): a major decision goes for review only with its interpretation
        String title = "关于规范校外培训的通知" + System.nanoTime();
        long doc = Items.draft(Items.body("YWJYZS", title, null, "2026-10-12", "PUBLIC", "\"majorDecision\":true"));
        as("staff").body(Map.of("opinion", "经审查不涉密")).post("/api/v1/items/" + doc + "/submission").then().statusCode(409)
                .body("type", containsString("gate")).body("detail", containsString("routed only with its interpretation"))
                .body("detail", containsString("同步报审"));
        assertEquals("DRAFT", state(doc));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select after_state from audit_event where action = 'publication.gate.refused' "
                    + "and subject_type = 'item' and subject_id = '" + doc + "'");
            org.junit.jupiter.api.Assertions.assertTrue(rs.next(), "the refusal is an audit event");
            org.junit.jupiter.api.Assertions.assertTrue(rs.getString(1).contains("\"R24\""), rs.getString(1));
        }
        long interp = interpretation("解读：" + title);
        // linked, but not to be published with it: still refused
        as("staff").body(Map.of("itemId", doc, "relation", "INTERPRETS")).post("/api/v1/items/" + interp + "/links").then().statusCode(201);
        Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 409);
        as("staff").delete("/api/v1/items/" + interp + "/links/" + doc).then().statusCode(204);
        as("staff").body(Map.of("itemId", doc, "relation", "INTERPRETS", "together", true)).post("/api/v1/items/" + interp + "/links").then().statusCode(201);
        Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 200);
        assertEquals("SUBMITTED", state(doc));
    }
}
