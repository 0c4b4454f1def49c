package org.gongkai.consultation;

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

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, public consultation on drafts (R30): the phase from the dates, the 15- and 30-day minimums, comments on an
 * article or a passage, moderation, every comment's fate drafted and approved and released only with the published
 * adoption report (due 30 calendar days after the close, a holiday moving it), the R30 gate on routing the document,
 * exemptions; no contact detail in any public response.
 */
@QuarkusTest
class ConsultationTest {
    static final String DRAFT = "<p>第一条　为规范义务教育学校招生入学工作，制定本办法。</p><p>第二条　学校实行划片招生，不得举行任何形式的入学考试。</p>"
            + "<p>第三条　随迁子女凭居住证入学。</p>";

    static long normativeDocument(String title) {
        return Items.draft("""
                {"columnCode":"GFXWJ","title":"%s","issuingDepartment":"JCJY","createdDate":"2026-08-14","subjects":["招生"],
                 "summary":"招生入学管理。","body":"%s","attribute":"PUBLIC","normative":true,"validity":"VALID"}""".formatted(title, DRAFT));
    }

    static Map<String, Object> setUp(long doc, String kind, String opens, String closes) {
        Map<String, Object> m = new HashMap<>();
        m.put("documentId", doc);
        m.put("kind", kind);
        m.put("opensOn", opens);
        m.put("closesOn", closes);
        m.put("explanation", "根据《义务教育法》起草，征求社会公众意见。");
        return m;
    }

    static JsonPath detail(long k) {
        return as("staff").get("/api/v1/consultations/" + k).then().statusCode(200).extract().jsonPath();
    }

    static String address() {
        return org.gongkai.testsupport.Addresses.fresh();
    }

    /** A comment from the portal, anonymous, with the challenge answered. */
    static io.restassured.response.Response comment(long k, Map<String, Object> fields) {
        Map<String, Object> body = Enquiries.answeredChallenge("anonymous");
        body.putAll(fields);
        return as("anonymous").header("X-Forwarded-For", address()).body(body).post("/api/v1/portal/consultations/" + k + "/comments");
    }

    @Test
    void theMinimumPeriodIsNeverShortenedAndOnlyDraftsThatNeedOneAreConsultedOn() {
        Clock.today("2026-08-14");
        long doc = normativeDocument("临沂市义务教育招生办法（最短期限）" + System.nanoTime());
        // 14 days: refused, naming closesOn and the first allowed day
        as("staff").body(setUp(doc, "ORDINARY", "2026-08-18", "2026-08-31")).post("/api/v1/consultations").then().statusCode(400)
                .body("errors.field", hasItem("closesOn")).body("errors.find { it.field == 'closesOn' }.message", containsString("2026-09-01"));
        // a major administrative decision: 30 days
        as("staff").body(setUp(doc, "MAJOR", "2026-08-18", "2026-09-01")).post("/api/v1/consultations").then().statusCode(400)
                .body("errors.find { it.field == 'closesOn' }.message", containsString("at least 30"));
        as("staff").body(setUp(doc, "ORDINARY", "2026-08-13", "2026-09-01")).post("/api/v1/consultations").then().statusCode(400)
                .body("errors.field", hasItem("opensOn"));
        Map<String, Object> empty = new HashMap<>();
        as("staff").body(empty).post("/api/v1/consultations").then().statusCode(400)
                .body("errors.field", hasItems("documentId", "kind", "opensOn", "closesOn", "explanation"));
        // an ordinary notice is not consulted on
        long notice = Items.draft(Items.body("TZGG", "普通通知" + System.nanoTime(), null, "2026-08-14", "PUBLIC", null));
        as("staff").body(setUp(notice, "ORDINARY", "2026-08-18", "2026-09-01")).post("/api/v1/consultations").then().statusCode(400)
                .body("errors.field", hasItem("documentId"));
        // another department's document is not found
        as("zcfghead").body(setUp(doc, "ORDINARY", "2026-08-18", "2026-09-01")).post("/api/v1/consultations").then().statusCode(404);

        // published late: it opens on the day it is published and still runs its 15 days
        long k = as("staff").body(setUp(doc, "ORDINARY", "2026-08-18", "2026-09-01")).post("/api/v1/consultations").then().statusCode(201)
                .body("consultation.phase", equalTo("DRAFT")).body("consultation.articleCount", equalTo(3)).extract().jsonPath().getLong("consultation.id");
        as("staff").body(setUp(doc, "ORDINARY", "2026-08-18", "2026-09-01")).post("/api/v1/consultations").then().statusCode(409);
        long draft = detail(k).getLong("consultation.draftItemId");
        as("staff").get("/api/v1/items/" + draft).then().body("item.type", equalTo("CONSULTATION_DRAFT")).body("item.columnCode", equalTo("YJZJ"));
        // the draft may carry its interpretation (解读), drafted for it and published together with it (R24's mechanism)
        long interp = Items.draft("""
                {"title":"征求意见稿解读","issuingDepartment":"JCJY","summary":"解读。","body":"<p>问答。</p>","attribute":"PUBLIC",%s}"""
                .formatted(Items.interpretationOf(draft)));
        Items.move("staff", interp, "submission", Map.of("opinion", "不涉密"), 200);
        Items.move("depthead", interp, "approval", Map.of("opinion", "同意"), 200);
        Clock.today("2026-08-20");
        Items.publish(draft);
        as("anonymous").get("/api/v1/portal/items/" + draft).then().statusCode(200)
                .body("links.find { it.id == " + interp + " }.direction", equalTo("INTERPRETED_BY"));
        JsonPath d = detail(k);
        assertEquals("2026-08-20", d.getString("consultation.opensOn"));
        assertEquals("2026-09-03", d.getString("consultation.closesOn"));
        assertEquals("OPEN", d.getString("consultation.phase"));
        assertEquals("2026-09-03", d.getString("clocks.find { it.ruleId == 'R30-MIN' }.dueDate"), "the minimum ends on the earliest close");
        // extended, never shortened; the report's clock moves with the close
        as("staff").body(Map.of("closesOn", "2026-09-02", "reason", "缩短")).post("/api/v1/consultations/" + k + "/extension").then().statusCode(400)
                .body("errors.field", hasItem("closesOn"));
        as("staff").body(Map.of("closesOn", "2026-09-10", "reason", "应公众要求延长")).post("/api/v1/consultations/" + k + "/extension").then().statusCode(200)
                .body("consultation.closesOn", equalTo("2026-09-10")).body("consultation.report.dueDate", equalTo("2026-10-10"));
    }

    @Test
    void everyCommentGetsAFateReleasedOnlyWithTheReportAndTheDocumentIsRoutedOnlyAfterIt() throws Exception {
        Clock.today("2026-08-14");
        String title = "临沂市义务教育学校招生入学管理办法" + System.nanoTime();
        long doc = normativeDocument(title);
        long k = as("staff").body(setUp(doc, "ORDINARY", "2026-08-18", "2026-09-01")).post("/api/v1/consultations").then().statusCode(201)
                .extract().jsonPath().getLong("consultation.id");
        long draft = detail(k).getLong("consultation.draftItemId");
        as("anonymous").get("/api/v1/portal/consultations/" + k).then().statusCode(404);
        Clock.today("2026-08-17");
        Items.publish(draft);
        assertEquals("UPCOMING", detail(k).getString("consultation.phase"));
        comment(k, Map.of("body", "太早了")).then().statusCode(409).body("type", containsString("consultation-not-open"));

        Clock.today("2026-08-18");
        as("anonymous").queryParam("status", "open").get("/api/v1/portal/consultations").then().statusCode(200)
                .body("items.find { it.id == " + k + " }.daysLeft", equalTo(15)).body("items.find { it.id == " + k + " }.phase", equalTo("OPEN"));
        // on an article, on a passage, with contact details (never public)
        String first = comment(k, Map.of("article", 2, "body", "建议明确划片范围的公布时间。", "name", "王小明", "email", "wangxm@example.cn", "phone", "13912345678"))
                .then().statusCode(201).extract().path("refNo");
        String second = comment(k, Map.of("quote", "随迁子女凭居住证入学", "body", "建议同时接受居住登记凭证。")).then().statusCode(201).extract().path("refNo");
        comment(k, Map.of("quote", "草案中没有的话", "body", "x")).then().statusCode(400).body("errors.field", hasItem("quote"));
        comment(k, Map.of("article", 9, "body", "x")).then().statusCode(400).body("errors.field", hasItem("article"));
        as("anonymous").header("X-Forwarded-For", address()).body(Map.of("body", "无验证")).post("/api/v1/portal/consultations/" + k + "/comments")
                .then().statusCode(400).body("errors.field", hasItem("challengeAnswer"));
        // a logged-in citizen needs no challenge; a retry with the same key gets the first receipt
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> same = Map.of("body", "建议划片范围同时在学校门口张贴。");
        String third = as("citizen").header("Idempotency-Key", key).body(same).post("/api/v1/portal/consultations/" + k + "/comments").then().statusCode(201)
                .extract().path("refNo");
        as("citizen").header("Idempotency-Key", key).body(same).post("/api/v1/portal/consultations/" + k + "/comments").then().statusCode(200)
                .body("refNo", equalTo(third));
        // a letter entered by staff
        String letter = as("staff").body(Map.of("channel", "LETTER", "receivedOn", "2026-08-18", "body", "建议划片范围在学校门口张贴。", "name", "李四"))
                .post("/api/v1/consultations/" + k + "/comments").then().statusCode(201).body("name", equalTo("李*")).extract().path("refNo");

        // while open: pending ones not shown; published ones shown without a fate, never a name or a contact
        JsonPath queue = as("staff").queryParam("state", "PENDING").get("/api/v1/consultations/" + k + "/comments").then().statusCode(200).extract().jsonPath();
        assertEquals(4, queue.getList("items").size());
        assertFalse(queue.prettify().contains("13912345678"), "masked in the console");
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, Object> c : queue.<Map<String, Object>>getList("items")) ids.put((String) c.get("refNo"), ((Number) c.get("id")).longValue());
        as("anonymous").get("/api/v1/portal/consultations/" + k + "/comments").then().statusCode(200).body("total", equalTo(0));
        for (String r : List.of(first, second, third)) moderate(k, ids.get(r), Map.of("action", "PUBLISH"));
        moderate(k, ids.get(letter), Map.of("action", "MERGE", "duplicateOf", ids.get(third)));
        as("staff").body(Map.of("action", "HIDE")).post("/api/v1/consultations/" + k + "/comments/" + ids.get(first) + "/moderation").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        String open = as("anonymous").get("/api/v1/portal/consultations/" + k + "/comments").then().statusCode(200).body("total", equalTo(4))
                .body("items.find { it.refNo == '" + first + "' }.article", equalTo(2))
                .body("items.find { it.refNo == '" + letter + "' }.duplicateOf", equalTo(third))
                .body("items.fate", not(hasItem("ADOPTED"))).extract().asString();
        for (String personal : List.of("王小明", "wangxm", "13912345678", "李四")) assertFalse(open.contains(personal), "no personal data in public: " + personal);

        // the final text changes (the report shows how); the document is not routed before the report (R30), the refusal is evidence (R45(7))
        as("staff").body(Map.of("title", title, "columnCode", "GFXWJ", "issuingDepartment", "JCJY", "summary", "招生入学管理。", "attribute", "PUBLIC",
                "normative", true, "validity", "VALID", "createdDate", "2026-08-14",
                "body", DRAFT.replace("第三条　随迁子女凭居住证入学。", "第三条　随迁子女凭居住证或居住登记凭证入学。")))
                .put("/api/v1/items/" + doc).then().statusCode(200);
        long interp = Items.draft("""
                {"title":"《%s》政策解读","issuingDepartment":"JCJY","summary":"解读。","body":"<p>问答。</p>","attribute":"PUBLIC",%s}"""
                .formatted(title, Items.interpretationOf(doc)));
        Items.move("staff", interp, "submission", Map.of("opinion", "不涉密"), 200);
        Items.move("depthead", interp, "approval", Map.of("opinion", "同意"), 200);
        Items.move("staff", doc, "submission", Map.of("opinion", "不涉密"), 200);
        assertTrue(Items.move("depthead", doc, "approval", Map.of("opinion", "同意"), 409).getString("detail").contains("R30"));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select after_state from audit_event where action = 'publication.gate.refused' "
                    + "and subject_type = 'item' and subject_id = '" + doc + "' and after_state like '%R30%'");
            assertTrue(rs.next(), "the refusal is an audit event");
        }

        // closed: no more comments; fates drafted, a refusal needs its reason; nothing public before the report
        Clock.today("2026-09-02");
        assertEquals("CLOSED", detail(k).getString("consultation.phase"));
        comment(k, Map.of("body", "晚了")).then().statusCode(409);
        as("staff").post("/api/v1/consultations/" + k + "/report").then().statusCode(409).body("detail", containsString("no approved fate"));
        as("staff").body(Map.of("commentIds", List.of(ids.get(second)), "fate", "NOT_ADOPTED")).post("/api/v1/consultations/" + k + "/dispositions")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as("staff").body(Map.of("commentIds", List.of(ids.get(letter)), "fate", "ADOPTED")).post("/api/v1/consultations/" + k + "/dispositions")
                .then().statusCode(400).body("errors.field", hasItem("commentIds"));
        fate(k, List.of(ids.get(first), ids.get(third)), "ADOPTED", null);
        fate(k, List.of(ids.get(second)), "NOT_ADOPTED", "居住登记凭证的效力由省级规定，本办法不宜作出规定。");
        as("staff").body(Map.of()).post("/api/v1/consultations/" + k + "/dispositions/approval").then().statusCode(403);
        as("depthead").body(Map.of()).post("/api/v1/consultations/" + k + "/dispositions/approval").then().statusCode(200).body("approved", equalTo(2));
        as("anonymous").get("/api/v1/portal/consultations/" + k + "/comments").then().statusCode(200).body("items.fate", not(hasItem("ADOPTED")))
                .body("items.reason", not(hasItem(containsString("省级"))));
        as("anonymous").get("/api/v1/portal/consultations/comments/" + second).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("fate", nullValue());

        // the report: every comment, its fate and reason, what changed; then a change makes it stale
        long report = as("staff").post("/api/v1/consultations/" + k + "/report").then().statusCode(200).body("type", equalTo("ADOPTION_REPORT"))
                .extract().jsonPath().getLong("id");
        String body = as("staff").get("/api/v1/items/" + report).then().statusCode(200).extract().path("item.body");
        assertTrue(body.contains(first) && body.contains(second) && body.contains(third) && body.contains(letter), body);
        assertTrue(body.contains("不予采纳") && body.contains("居住登记凭证的效力由省级规定"), body);
        assertTrue(body.contains("与" + third + "意见相同"), "a duplicate names what it repeats");
        assertTrue(body.contains("<del>删去：第三条　随迁子女凭居住证入学。</del>") && body.contains("<ins>增加：第三条　随迁子女凭居住证或居住登记凭证入学。</ins>"), body);
        assertFalse(body.contains("王小明") || body.contains("13912345678") || body.contains("wangxm"), "no personal data in the report");
        fate(k, List.of(ids.get(second)), "PARTLY_ADOPTED", null);
        as("staff").body(Map.of("opinion", "不涉密")).post("/api/v1/items/" + report + "/submission").then().statusCode(409).body("detail", containsString("draft the report again"));
        as("staff").body(Map.of("opinion", "不涉密")).post("/api/v1/items/" + report + "/submission").then().statusCode(409);
        as("staff").post("/api/v1/consultations/" + k + "/report").then().statusCode(409);
        as("depthead").body(Map.of()).post("/api/v1/consultations/" + k + "/dispositions/approval").then().statusCode(200);
        as("staff").post("/api/v1/consultations/" + k + "/report").then().statusCode(200).body("id", equalTo((int) report));

        // due 30 days after the close: 2026-10-01 is National Day, the first working day after it 2026-10-08
        assertEquals("2026-10-08", detail(k).getString("consultation.report.dueDate"));
        Clock.today("2026-09-10");
        Items.publish(report);
        JsonPath d = detail(k);
        assertEquals("REPORTED", d.getString("consultation.phase"));
        assertEquals("MET", d.getString("consultation.report.status"));
        assertEquals("MET", d.getString("clocks.find { it.ruleId == 'R30-MIN' }.status"));
        // now every fate is public, at once
        as("anonymous").get("/api/v1/portal/consultations/" + k + "/comments").then().statusCode(200)
                .body("items.find { it.refNo == '" + first + "' }.fate", equalTo("ADOPTED"))
                .body("items.find { it.refNo == '" + second + "' }.fate", equalTo("PARTLY_ADOPTED"))
                .body("items.find { it.refNo == '" + letter + "' }.fate", equalTo("ADOPTED"));
        as("anonymous").get("/api/v1/portal/consultations/comments/" + first).then().statusCode(200).body("fate", equalTo("ADOPTED"))
                .body("reportItemId", equalTo((int) report));
        as("anonymous").queryParam("status", "closed").get("/api/v1/portal/consultations").then().statusCode(200)
                .body("items.find { it.id == " + k + " }.reportItemId", equalTo((int) report));
        // the contributor who left an address is told
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select count(*) from message_outbox where purpose like '%consultation-reported:" + ids.get(first) + "'");
            rs.next();
            assertEquals(2, rs.getInt(1), "an e-mail and a text message");
        }
        // finished: comments and fates are final; and the document may be routed
        moderate409(k, ids.get(first));
        Items.move("depthead", doc, "approval", Map.of("opinion", "同意"), 200);
    }

    static void moderate(long k, long commentId, Map<String, Object> body) {
        as("staff").body(body).post("/api/v1/consultations/" + k + "/comments/" + commentId + "/moderation").then().statusCode(200);
    }

    static void moderate409(long k, long commentId) {
        as("staff").body(Map.of("action", "HIDE", "reason", "x")).post("/api/v1/consultations/" + k + "/comments/" + commentId + "/moderation").then().statusCode(409);
    }

    static void fate(long k, List<Long> comments, String fate, String reason) {
        Map<String, Object> b = new HashMap<>();
        b.put("commentIds", comments);
        b.put("fate", fate);
        if (reason != null) b.put("reason", reason);
        as("staff").body(b).post("/api/v1/consultations/" + k + "/dispositions").then().statusCode(201);
    }

    @Test
    void anExemptionIsAskedByTheDepartmentAndDecidedByTheHeadOfTheOffice() {
        Clock.today("2026-08-14");
        long doc = normativeDocument("临沂市校车安全管理办法（紧急）" + System.nanoTime());
        as("staff").body(Map.of("documentId", doc, "ground", "EMERGENCY")).post("/api/v1/consultations/exemptions").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        long x = as("staff").body(Map.of("documentId", doc, "ground", "EMERGENCY", "reason", "校车事故后须立即出台"))
                .post("/api/v1/consultations/exemptions").then().statusCode(201).body("state", equalTo("REQUESTED")).extract().jsonPath().getLong("id");
        as("staff").body(Map.of("documentId", doc, "ground", "EMERGENCY", "reason", "再次")).post("/api/v1/consultations/exemptions").then().statusCode(409);
        as("office").body(Map.of("approve", true)).post("/api/v1/consultations/exemptions/" + x + "/decision").then().statusCode(403);
        as("officehead").body(Map.of("approve", false)).post("/api/v1/consultations/exemptions/" + x + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("note"));
        as("officehead").queryParam("state", "REQUESTED").get("/api/v1/consultations/exemptions").then().statusCode(200)
                .body("id", hasItem((int) x));
        as("officehead").body(Map.of("approve", true)).post("/api/v1/consultations/exemptions/" + x + "/decision").then().statusCode(200)
                .body("state", equalTo("APPROVED"));
        as("officehead").body(Map.of("approve", true)).post("/api/v1/consultations/exemptions/" + x + "/decision").then().statusCode(409);
        as("staff").queryParam("documentId", doc).get("/api/v1/consultations/exemptions").then().statusCode(200).body("[0].ground", equalTo("EMERGENCY"));
        Items.publishInterpreted(doc, "校车");
        as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(200);
    }
}
