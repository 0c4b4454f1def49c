package org.gongkai.publicity;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.publicity.service.CreditPlatform;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.RecordingCreditPlatform;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, double publicity (R35): published within 7 working days of the decision (on time and late), natural
 * persons' names masked and ID numbers never in any public JSON or in the audit trail, a decision shared only never
 * published but sent to the credit platform, corrections as new versions through the review, revocation, a penalty's
 * publicity ended at its end date (item withdrawn, archive kept), the exchange file with the field codes, role rules.
 */
@QuarkusTest
class PublicityTest {
    static final String PERSON = "张三丰";
    static final String ID_NUMBER = "371302199001011233";

    @Inject
    RecordingCreditPlatform platform;

    static Map<String, Object> licence(String number, String decided) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "LICENSING");
        m.put("partyCategory", "NATURAL_PERSON");
        m.put("partyName", PERSON);
        m.put("idNumber", ID_NUMBER);
        m.put("documentName", "教师资格认定决定书");
        m.put("documentNumber", number);
        m.put("licenceCategory", "认可");
        m.put("certificateName", "教师资格证书");
        m.put("certificateNumber", "20263713021000" + (System.nanoTime() % 1000));
        m.put("content", "认定为初级中学教师资格（数学）。");
        m.put("validFrom", decided);
        m.put("decisionDate", decided);
        return m;
    }

    static Map<String, Object> penalty(String number, String decided, String ends) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "PENALTY");
        m.put("partyCategory", "LEGAL_PERSON");
        m.put("partyName", "临沂市启航培训学校有限公司");
        m.put("creditCode", "91350100M000100Y43");
        m.put("legalRepresentative", "王建国");
        m.put("documentName", "行政处罚决定书");
        m.put("documentNumber", number);
        m.put("offenceType", "未经批准擅自举办学科类校外培训");
        m.put("facts", "当事人未取得办学许可证开展学科类培训。");
        m.put("legalBasis", "《中华人民共和国民办教育促进法》第六十四条");
        m.put("penaltyCategory", "警告；罚款");
        m.put("content", "给予警告，并处罚款人民币贰万元。");
        m.put("fineAmount", 2.0);
        m.put("decisionDate", decided);
        if (ends != null) m.put("publicityEndsOn", ends);
        return m;
    }

    static JsonPath record(Map<String, Object> body) {
        return as("staff").body(body).post("/api/v1/double-publicity").then().statusCode(201).extract().jsonPath();
    }

    static long publish(long id) {
        long item = as("staff").post("/api/v1/double-publicity/" + id + "/publication").then().statusCode(200).extract().jsonPath().getLong("id");
        Items.publish(item);
        return item;
    }

    @Test
    void publishedWithinSevenWorkingDaysMaskedAndSentToTheCreditPlatform() throws Exception {
        // Thursday 10 December 2026: seven working days end on Monday the 21st
        Clock.today("2026-12-10");
        String number = "临教师认〔2026〕" + System.nanoTime();
        JsonPath d = record(licence(number, "2026-12-10"));
        long id = d.getLong("decision.id");
        assertEquals("R35", d.getString("obligations[0].ruleId"));
        assertEquals("2026-12-21", d.getString("obligations[0].dueDate"));
        assertEquals("张**", d.getString("decision.partyName"));
        assertTrue(d.getBoolean("decision.idNumberRecorded"));
        assertFalse(as("staff").get("/api/v1/double-publicity/" + id).then().extract().asString().contains(ID_NUMBER));
        // bad input: each field named
        Map<String, Object> bad = licence("x" + System.nanoTime(), "2026-12-11");
        bad.put("idNumber", "371302199001011234");
        bad.remove("validFrom");
        bad.put("licenceCategory", "随便");
        as("staff").body(bad).post("/api/v1/double-publicity").then().statusCode(400)
                .body("errors.field", hasItems("idNumber", "validFrom", "licenceCategory", "decisionDate"));
        Map<String, Object> org = penalty("y" + System.nanoTime(), "2026-12-10", null);
        org.put("creditCode", "91350100M000100Y44");
        org.remove("facts");
        as("staff").body(org).post("/api/v1/double-publicity").then().statusCode(400).body("errors.field", hasItems("creditCode", "facts"));
        as("staff").body(licence(number, "2026-12-10")).post("/api/v1/double-publicity").then().statusCode(409);
        // who may: another department neither sees nor works on it; the legal section sees every department's; citizens never
        as("infosection").get("/api/v1/double-publicity/" + id).then().statusCode(404);
        as("legal").get("/api/v1/double-publicity/" + id).then().statusCode(200);
        as("legal").post("/api/v1/double-publicity/" + id + "/publication").then().statusCode(403);
        as("citizen").get("/api/v1/double-publicity").then().statusCode(403);

        // the item shows the public fields only; published through the review, it meets the clock and goes to the platform
        long item = as("staff").post("/api/v1/double-publicity/" + id + "/publication").then().statusCode(200).extract().jsonPath().getLong("id");
        String body = as("staff").get("/api/v1/items/" + item).then().statusCode(200).extract().asString();
        assertTrue(body.contains("张**") && !body.contains(PERSON) && !body.contains(ID_NUMBER), body);
        as("anonymous").get("/api/v1/portal/double-publicity/" + id).then().statusCode(404);
        Items.publish(item);
        as("staff").get("/api/v1/double-publicity/" + id).then().statusCode(200)
                .body("decision.state", equalTo("PUBLISHED")).body("obligations[0].status", equalTo("MET"));
        String portal = as("anonymous").get("/api/v1/portal/double-publicity?kind=LICENSING&q=" + number).then().statusCode(200)
                .body("items[0].id", equalTo((int) id)).body("items[0].partyName", equalTo("张**"))
                .body("items[0].fields.'许可类别'", equalTo("认可")).extract().asString();
        assertFalse(portal.contains(PERSON) || portal.contains(ID_NUMBER), portal);
        String page = as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(200).extract().asString();
        assertFalse(page.contains(PERSON) || page.contains(ID_NUMBER), page);
        RecordingCreditPlatform.Sent sent = platform.sent().stream().filter(s -> s.decisionId() == id).findFirst().orElseThrow();
        assertEquals(CreditPlatform.Action.ADD, sent.action());
        assertEquals("张**", sent.fields().get("XK_XDR_MC"));
        assertEquals("自然人", sent.fields().get("XK_XDR_LB"));
        assertFalse(sent.fields().toString().contains(ID_NUMBER));
        // encrypted at rest, and never in the audit trail
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select party_name_enc, id_number_enc from admin_decision where id = " + id);
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains(PERSON) || rs.getString(2).contains(ID_NUMBER));
            ResultSet a = c.createStatement().executeQuery("select count(*) from audit_event where after_state like '%" + PERSON + "%' or after_state like '%" + ID_NUMBER
                    + "%' or before_state like '%" + PERSON + "%'");
            a.next();
            assertEquals(0, a.getInt(1));
            ResultSet out = c.createStatement().executeQuery("select action from credit_outbox where decision_id = " + id);
            assertTrue(out.next());
            assertEquals("ADD", out.getString(1));
        }

        // a penalty decided on 1 December is due on the 10th; published on the 11th it is late
        Clock.today("2026-12-01");
        long late = record(penalty("临教罚字〔2026〕" + System.nanoTime(), "2026-12-01", null)).getLong("decision.id");
        Clock.today("2026-12-11");
        assertEquals("OVERDUE", as("staff").get("/api/v1/double-publicity/" + late).then().extract().jsonPath().getString("obligations[0].status"));
        publish(late);
        as("staff").get("/api/v1/double-publicity/" + late).then().body("obligations[0].status", equalTo("MET_LATE"))
                .body("obligations[0].dueDate", equalTo("2026-12-10")).body("decision.publicityEndsOn", equalTo("2027-12-01"));
    }

    @Test
    void sharedOnlyIsNeverPublishedAndCorrectionsAndRevocationsReachThePortalAndThePlatform() {
        Clock.today("2026-12-10");
        Map<String, Object> shared = penalty("临教罚字〔2026〕共享" + System.nanoTime(), "2026-12-09", null);
        shared.put("shareOnly", true);
        JsonPath s = record(shared);
        long sharedId = s.getLong("decision.id");
        assertEquals(0, s.getList("obligations").size());
        assertTrue(platform.sent().stream().anyMatch(x -> x.decisionId() == sharedId && x.action() == CreditPlatform.Action.ADD));
        as("staff").post("/api/v1/double-publicity/" + sharedId + "/publication").then().statusCode(409).body("detail", containsString("shared only"));
        as("anonymous").get("/api/v1/portal/double-publicity/" + sharedId).then().statusCode(404);

        // a published penalty corrected: the item is revised into a new version, which the review publishes again
        String number = "临教罚字〔2026〕" + System.nanoTime();
        long id = record(penalty(number, "2026-12-10", "2027-06-30")).getLong("decision.id");
        long item = publish(id);
        Map<String, Object> corrected = penalty(number, "2026-12-10", "2027-06-30");
        corrected.put("fineAmount", 3.0);
        corrected.put("content", "给予警告，并处罚款人民币叁万元。");
        as("staff").body(Map.of("decision", corrected)).post("/api/v1/double-publicity/" + id + "/correction").then().statusCode(400).body("errors.field", hasItem("reason"));
        corrected.put("kind", "LICENSING");
        as("staff").body(Map.of("decision", corrected, "reason", "罚款金额录入错误")).post("/api/v1/double-publicity/" + id + "/correction").then().statusCode(400);
        corrected.put("kind", "PENALTY");
        as("staff").body(Map.of("decision", corrected, "reason", "罚款金额录入错误")).post("/api/v1/double-publicity/" + id + "/correction").then().statusCode(200)
                .body("decision.fineAmount", equalTo(3.0f)).body("decision.correctionReason", equalTo("罚款金额录入错误"));
        // the portal keeps the published version until the review publishes the corrected one
        as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(200).body("body", containsString("贰万元"));
        Items.move("staff", item, "submission", Map.of("opinion", "更正后重新公开"), 200);
        Items.move("depthead", item, "approval", Map.of("opinion", "同意"), 200);
        Items.move("officehead", item, "approval", Map.of("opinion", "同意发布"), 200);
        as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(200).body("body", containsString("叁万元"));
        assertTrue(platform.sent().stream().anyMatch(x -> x.decisionId() == id && x.action() == CreditPlatform.Action.UPDATE
                && "3".equals(x.fields().get("CF_NR_FK"))));

        // the exchange file: the field codes, shared-only included
        JsonPath ex = as("legal").get("/api/v1/double-publicity/exchange?kind=PENALTY&from=2026-12-01&to=2026-12-31").then().statusCode(200).extract().jsonPath();
        assertTrue(ex.getList("fields").contains("CF_WSH"));
        assertTrue(ex.getList("records.CF_WSH").containsAll(List.of(number, shared.get("documentNumber"))));
        String csv = as("legal").get("/api/v1/double-publicity/exchange?kind=PENALTY&from=2026-12-01&to=2026-12-31&format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF\"CF_XDR_MC\",") && csv.contains(number), csv);
        as("legal").get("/api/v1/double-publicity/exchange?kind=X&from=2026-12-31&to=2026-12-01").then().statusCode(400).body("errors.field", hasItems("kind"));

        // revoked: off the portal, the platform told
        as("staff").body(Map.of("reason", "")).post("/api/v1/double-publicity/" + id + "/revocation").then().statusCode(400);
        as("staff").body(Map.of("reason", "经行政复议撤销")).post("/api/v1/double-publicity/" + id + "/revocation").then().statusCode(200)
                .body("decision.state", equalTo("REVOKED"));
        as("anonymous").get("/api/v1/portal/double-publicity/" + id).then().statusCode(404);
        as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(404);
        assertTrue(platform.sent().stream().anyMatch(x -> x.decisionId() == id && x.action() == CreditPlatform.Action.REVOKE));
        as("staff").body(Map.of("reason", "again")).post("/api/v1/double-publicity/" + id + "/revocation").then().statusCode(409);
    }

    @Test
    void aPenaltysPublicityEndsOnItsDayAndItsItemIsWithdrawnWithTheArchiveKept() {
        Clock.today("2026-12-10");
        long id = record(penalty("临教罚字〔2026〕期满" + System.nanoTime(), "2026-12-10", "2026-12-20")).getLong("decision.id");
        long item = publish(id);
        as("anonymous").get("/api/v1/portal/double-publicity?kind=PENALTY&size=100").then().statusCode(200).body("items.id", hasItem((int) id));
        // on its last day it is still public
        Clock.today("2026-12-20");
        as("admin").post("/api/v1/double-publicity/sweep").then().statusCode(200);
        as("anonymous").get("/api/v1/portal/double-publicity/" + id).then().statusCode(200);
        // the day after, the sweep ends it
        Clock.today("2026-12-21");
        as("staff").post("/api/v1/double-publicity/sweep").then().statusCode(403);
        int ended = as("admin").post("/api/v1/double-publicity/sweep").then().statusCode(200).extract().jsonPath().getInt("ended");
        assertTrue(ended >= 1);
        as("anonymous").get("/api/v1/portal/double-publicity/" + id).then().statusCode(404);
        as("anonymous").get("/api/v1/portal/double-publicity?kind=PENALTY&size=100").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(404);
        // the archive is kept: the decision and its item stay for the staff
        as("staff").get("/api/v1/double-publicity/" + id).then().statusCode(200).body("decision.state", equalTo("ENDED")).body("decision.endedOn", equalTo("2026-12-21"));
        as("staff").get("/api/v1/items/" + item).then().statusCode(200).body("item.state", equalTo("WITHDRAWN"));
        // the exchange file says its publicity has ended (not "有效")
        JsonPath ex = as("legal").get("/api/v1/double-publicity/exchange?kind=PENALTY&from=2026-12-10&to=2026-12-10").then().statusCode(200).extract().jsonPath();
        int at = ex.getList("records.CF_WSH").indexOf(as("staff").get("/api/v1/double-publicity/" + id).then().extract().jsonPath().getString("decision.documentNumber"));
        assertTrue(at >= 0);
        assertEquals("公示期满", ex.getString("records[" + at + "].CF_ZT"));
        // a second sweep finds nothing left to end
        assertEquals(0, as("admin").post("/api/v1/double-publicity/sweep").then().statusCode(200).extract().jsonPath().getInt("ended"));
    }
}
