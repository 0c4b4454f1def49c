package org.gongkai.applications;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/**
 * Applications on the statutory clock, with real tokens and a fixed clock across the 2026 National Day holiday:
 * Art. 33 (20 working days), Art. 30 (correction stops and restarts in full), Art. 32 (third party not counted),
 * one extension, R17 (15 working days counting both ends), outcomes, delivery, no personal data in public.
 */
@QuarkusTest
class ApplicationClockTest {

    static Map<String, Object> body(String description, String delivery) {
        return org.gongkai.testsupport.Applications.body(description, delivery);
    }

    static JsonPath apply(String user, String address, String key, String description, String delivery, int status) {
        var r = as(user).header("X-Forwarded-For", address).body(body(description, delivery));
        if (key != null) r = r.header("Idempotency-Key", key);
        return r.post("/api/v1/applications").then().statusCode(status).extract().jsonPath();
    }

    static long idOf(String tracking) {
        return as("office").queryParam("q", tracking).get("/api/v1/applications").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    static String reply(long id, String field) {
        return as("office").get("/api/v1/applications/" + id).then().statusCode(200).extract().path("application.reply." + field);
    }

    @Test
    void receiptTrackingAndNoPersonalDataInPublic() throws Exception {
        Clock.today("2026-09-28");
        String key = UUID.randomUUID().toString();
        JsonPath r = apply("anonymous", "192.0.2.10", key, "2026年兰山区小学学区划分的依据文件", "EMAIL", 201);
        String tracking = r.getString("trackingNo");
        String code = r.getString("queryCode");
        org.junit.jupiter.api.Assertions.assertEquals("2026-10-30", r.getString("dueDate"));
        apply("anonymous", "192.0.2.10", key, "2026年兰山区小学学区划分的依据文件", "EMAIL", 200);
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", code).get("/api/v1/applications/track").then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("dueDate", equalTo("2026-10-30"))
                .body(not(containsString("王小明"))).body(not(containsString("371302"))).body(not(containsString("13700001111")));
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", "WRONG000").get("/api/v1/applications/track").then().statusCode(404);
        // issue 9: the query code never travels in a URL; given there it is not read
        as("anonymous").queryParam("trackingNo", tracking).queryParam("code", code).get("/api/v1/applications/track").then().statusCode(400)
                .body("errors[0].field", equalTo("X-Query-Code"));
        long id = idOf(tracking);
        as("office").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("application.name", equalTo("王**")).body("application.idNumber", equalTo("3713**********1234"))
                .body("application.phone", equalTo("137****1111"));
        // one rule for "exists but not yours": the same 404 as for no such application (issue 9)
        as("citizen").get("/api/v1/applications/" + id).then().statusCode(404);
        as("office").post("/api/v1/applications/" + id + "/personal-data").then().statusCode(200).body("idNumber", equalTo("371302199001011234"));
        as("office").get("/api/v1/applications/" + id).then().body("timeline.action", hasItem("application.personal-data.viewed"));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select id_number_enc, name_enc from disclosure_application where tracking_no = '" + tracking + "'");
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("371302"));
            ResultSet a = c.createStatement().executeQuery("select count(*) from audit_event where after_state like '%371302%' or after_state like '%王小明%'");
            a.next();
            org.junit.jupiter.api.Assertions.assertEquals(0, a.getInt(1));
        }
        // bad input names the field
        Map<String, Object> bad = body("x", "POST");
        bad.remove("address");
        as("anonymous").header("X-Forwarded-For", "192.0.2.11").body(bad).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", hasItem("address"));
    }

    /** Issue 9: an application nobody examined within 7 working days is a missed clock the ledger counts. */
    @Test
    void anUnexaminedApplicationMissesTheCorrectionWindow() {
        Clock.today("2026-09-28");
        long id = idOf(apply("anonymous", "192.0.2.21", null, "无人审查的申请", "POST", 201).getString("trackingNo"));
        Clock.today("2026-10-14");
        as("office").get("/api/v1/applications/" + id).then()
                .body("obligations.find { it.ruleId == 'OGI-30-7' }.status", equalTo("OVERDUE"));
        as("office").body(Map.of("text", "太晚了")).post("/api/v1/applications/" + id + "/correction").then().statusCode(409);
        as("office").body(Map.of("outcome", "DISCLOSED", "note", "予以公开")).post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
        as("office").get("/api/v1/applications/" + id).then()
                .body("obligations.find { it.ruleId == 'OGI-30-7' }.status", equalTo("MET_LATE"));
    }

    @Test
    void aCorrectionStopsTheClockAndTheCorrectedApplicationRestartsItInFull() {
        Clock.today("2026-09-28");
        long id = idOf(apply("anonymous", "192.0.2.20", null, "教师招聘成绩", "UPLOAD", 201).getString("trackingNo"));
        Clock.today("2026-09-30");
        as("office").body(Map.of("text", "x".repeat(2001))).post("/api/v1/applications/" + id + "/correction").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        as("office").body(Map.of("text", "请明确所需信息的年份和岗位")).post("/api/v1/applications/" + id + "/correction").then().statusCode(200)
                .body("state", equalTo("IN_CORRECTION")).body("reply.state", equalTo("PAUSED"));
        // a 409 says in words which action is not allowed in which state (issue 9)
        as("office").body(Map.of("text", "again")).post("/api/v1/applications/" + id + "/correction").then().statusCode(409)
                .body("detail", equalTo("the action 'correction' is not allowed for application " + id + " while it is in state IN_CORRECTION"));
        // 400s name the request's own fields, with the limits of the OpenAPI document
        as("office").body(Map.of("on", "2026-10-13")).post("/api/v1/applications/" + id + "/correction/received").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        // issue 9: both periods are clocks in the ledger: the office's 7 days to ask (met), the applicant's to correct
        as("office").get("/api/v1/applications/" + id).then()
                .body("obligations.find { it.ruleId == 'OGI-30-7' }.status", equalTo("MET"))
                .body("obligations.find { it.ruleId == 'OGI-30-7' }.dueDate", equalTo("2026-10-13"))
                .body("obligations.find { it.ruleId == 'OGI-30-AP' }.status", equalTo("OPEN"))
                .body("application.correctionDue", equalTo(as("office").get("/api/v1/applications/" + id).then()
                        .extract().path("obligations.find { it.ruleId == 'OGI-30-AP' }.dueDate")));
        Clock.today("2026-10-12");
        as("office").body(Map.of("on", "2026-10-12")).post("/api/v1/applications/" + id + "/correction/received").then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("reply.startDate", equalTo("2026-10-12")).body("reply.dueDate", equalTo("2026-11-09"));
        as("office").body(Map.of("text", "again")).post("/api/v1/applications/" + id + "/correction").then().statusCode(409);
    }

    @Test
    void aCorrectionComesWithinSevenWorkingDaysOrNotAtAllAndLapses() {
        Clock.today("2026-09-28");
        long late = idOf(apply("anonymous", "192.0.2.21", null, "晚了的补正", "COLLECT", 201).getString("trackingNo"));
        long lapsing = idOf(apply("anonymous", "192.0.2.21", null, "逾期不补正", "COLLECT", 201).getString("trackingNo"));
        as("office").body(Map.of("text", "请补充")).post("/api/v1/applications/" + lapsing + "/correction").then().statusCode(200);
        Clock.today("2026-10-14");
        as("office").body(Map.of("text", "请补充")).post("/api/v1/applications/" + late + "/correction").then().statusCode(409)
                .body("detail", containsString("7 working days"));
        as("office").post("/api/v1/applications/" + lapsing + "/correction/lapsed").then().statusCode(409);
        Clock.today("2026-11-20");
        as("office").post("/api/v1/applications/" + lapsing + "/correction/lapsed").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("OTHER_NO_CORRECTION"));
    }

    @Test
    void theDailySweepClosesLapsedCorrections() {
        Clock.today("2026-09-28");
        long id = idOf(apply("anonymous", "192.0.2.22", null, "无人补正的申请", "COLLECT", 201).getString("trackingNo"));
        as("office").body(Map.of("text", "请补充")).post("/api/v1/applications/" + id + "/correction").then().statusCode(200);
        as("office").post("/api/v1/applications/sweep").then().statusCode(403);
        as("admin").post("/api/v1/applications/sweep").then().statusCode(200);
        as("office").get("/api/v1/applications/" + id).then().body("application.state", equalTo("IN_CORRECTION"));
        Clock.today("2026-11-20");
        as("admin").post("/api/v1/applications/sweep").then().statusCode(200);
        as("office").get("/api/v1/applications/" + id).then().body("application.state", equalTo("CLOSED"))
                .body("application.outcome", equalTo("OTHER_NO_CORRECTION"));
    }

    @Test
    void aThirdPartysTimeIsNotCounted() {
        Clock.today("2026-09-28");
        JsonPath receipt = apply("anonymous", "192.0.2.30", null, "某民办学校办学许可材料", "POST", 201);
        long id = idOf(receipt.getString("trackingNo"));
        Clock.today("2026-09-29");
        as("office").body(Map.of("text", "某民办学校")).post("/api/v1/applications/" + id + "/third-party").then().statusCode(200)
                .body("state", equalTo("THIRD_PARTY"));
        as("office").get("/api/v1/applications/" + id).then()
                .body("obligations.find { it.ruleId == 'OGI-32' }.dueDate", equalTo("2026-10-26"));
        // issue 9: while stopped the public page says so, by category; never the third party's name, no stale due date
        as("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", receipt.getString("queryCode"))
                .get("/api/v1/applications/track").then().statusCode(200)
                .body("clock", equalTo("PAUSED")).body("pauseCause", equalTo("THIRD_PARTY"))
                .body("pauseCauseLabel", containsString("征求第三方意见")).body("pausedSince", equalTo("2026-09-29"))
                .body("workingDaysRemaining", equalTo(19)).body("dueDate", org.hamcrest.Matchers.nullValue())
                .body(not(containsString("某民办学校")));
        Clock.today("2026-10-12");
        as("office").post("/api/v1/applications/" + id + "/third-party/answered").then().statusCode(200)
                // 1 working day used before the pause; 19 from 10/12
                .body("reply.dueDate", equalTo("2026-11-06"));
        as("office").get("/api/v1/applications/" + id).then()
                .body("obligations.find { it.ruleId == 'OGI-32' }.status", equalTo("MET"))
                .body("pauses", hasSize(1)).body("pauses[0].addedDays", equalTo(5)).body("pauses[0].reason", containsString("第三方"));
        // the applicant sees how the date was computed, pauses included
        as("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", receipt.getString("queryCode"))
                .get("/api/v1/applications/track").then().body("dueDate", equalTo("2026-11-06"))
                .body("clock", equalTo("RUNNING")).body("dueDateProvisional", equalTo(false))
                .body("dueExplanation", containsString("中止计时")).body("dueExplanation", containsString("顺延5个工作日"))
                .body(not(containsString("某民办学校")));
    }

    @Test
    void oneExtensionApprovedByTheHeadOfTheOffice() {
        Clock.today("2026-09-28");
        long id = idOf(apply("anonymous", "192.0.2.40", null, "延期的申请", "EMAIL", 201).getString("trackingNo"));
        as("office").body(Map.of("text", "情形复杂")).post("/api/v1/applications/" + id + "/extension").then().statusCode(403);
        as("officehead").body(Map.of("text", "涉及多个部门，情形复杂")).post("/api/v1/applications/" + id + "/extension").then().statusCode(200)
                .body("extended", equalTo(true)).body("reply.dueDate", equalTo("2026-11-27"));
        as("officehead").body(Map.of("text", "again")).post("/api/v1/applications/" + id + "/extension").then().statusCode(409);
    }

    @Test
    void departmentsHaveFifteenWorkingDaysCountingBothEnds() {
        Clock.today("2026-09-28");
        long id = idOf(apply("anonymous", "192.0.2.50", null, "学区划分文件", "EMAIL", 201).getString("trackingNo"));
        as("office").body(Map.of("departments", List.of("JCJY"), "instructions", "请检索学区划分文件")).post("/api/v1/applications/" + id + "/assignments")
                .then().statusCode(200);
        as("staff").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("obligations.find { it.ruleId == 'R17' }.dueDate", equalTo("2026-10-22"))
                .body("assignments[0].department", equalTo("JCJY"));
        as("zcfghead").get("/api/v1/applications/" + id).then().statusCode(404);
        as("staff").get("/api/v1/applications").then().statusCode(200).body("items.id", hasItem((int) id));
        as("zcfghead").get("/api/v1/applications").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as("staff").body(Map.of("text", "已检索到文件两份")).post("/api/v1/applications/" + id + "/assignments/answer").then().statusCode(200)
                .body("state", equalTo("ANSWERED"));
        as("office").get("/api/v1/applications/" + id).then().body("obligations.find { it.ruleId == 'R17' }.status", equalTo("MET"));
    }

    @Test
    void noDeliveryWithoutAnOutcomeAndDeliveryClosesTheClock() {
        Clock.today("2026-09-28");
        JsonPath receipt = apply("anonymous", "192.0.2.60", null, "2025年部门决算", "UPLOAD", 201);
        long id = idOf(receipt.getString("trackingNo"));
        as("office").body(Map.of("reference", "x")).post("/api/v1/applications/" + id + "/delivery").then().statusCode(409);
        // the applicant sends an identity proof with the tracking number and code; it stays apart from what is delivered
        Users.upload("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", receipt.getString("queryCode"))
                .multiPart("file", "身份证明.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/api/v1/applications/track/files").then().statusCode(201);
        Users.upload("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", "WRONG000")
                .multiPart("file", "x.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/api/v1/applications/track/files").then().statusCode(404);
        Users.upload("office").multiPart("file", "来信扫描件.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/api/v1/applications/" + id + "/applicant-files").then().statusCode(201);
        as("office").get("/api/v1/applications/" + id).then().body("applicantFiles", hasSize(2)).body("files", hasSize(0));
        as("office").body(Map.of("note", "x")).post("/api/v1/applications/" + id + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("outcome"));
        as("office").body(Map.of("outcome", "DISCLOSED", "note", "予以公开，见附件")).post("/api/v1/applications/" + id + "/decision").then().statusCode(200)
                .body("state", equalTo("DECIDED"));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long fileId = Users.upload("office").multiPart("file", "决算表.pdf", pdf, "application/pdf").post("/api/v1/applications/" + id + "/files")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Clock.today("2026-10-12");
        as("office").body(Map.of("reference", "上传至查询页面")).post("/api/v1/applications/" + id + "/delivery").then().statusCode(200)
                .body("state", equalTo("DELIVERED")).body("reply.status", equalTo("MET"));
        as("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", receipt.getString("queryCode"))
                .get("/api/v1/applications/track").then().body("outcomeLabel", equalTo("予以公开"))
                .body("outcomeArticle", equalTo("条例第三十六条第（一）项")).body("files", hasSize(1));
        as("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", receipt.getString("queryCode"))
                .get("/api/v1/applications/track/files/" + fileId).then().statusCode(200);
        as("anonymous").queryParam("trackingNo", receipt.getString("trackingNo")).header("X-Query-Code", "WRONG000")
                .get("/api/v1/applications/track/files/" + fileId).then().statusCode(404);

        // late: delivered after the due date
        Clock.today("2026-09-28");
        long late = idOf(apply("anonymous", "192.0.2.61", null, "迟到的答复", "COLLECT", 201).getString("trackingNo"));
        as("office").body(Map.of("outcome", "UNABLE_NOT_HELD", "note", "本机关不掌握")).post("/api/v1/applications/" + late + "/decision").then().statusCode(200);
        Clock.today("2026-11-02");
        as("office").body(Map.of()).post("/api/v1/applications/" + late + "/delivery").then().statusCode(200).body("reply.status", equalTo("MET_LATE"));
        // fees are off by default: the bureau's rule is "no fee"
        as("office").body(Map.of("mode", "PAGES", "quantity", 200)).post("/api/v1/applications/" + late + "/fee").then().statusCode(409);
        // Art. 44: only information delivered as disclosed becomes a proactive item, and only through the pipeline
        as("office").body(Map.of("columnCode", "CZZJ")).post("/api/v1/applications/" + late + "/proactive-item").then().statusCode(409);
        long item = as("office").body(Map.of("columnCode", "CZZJ")).post("/api/v1/applications/" + id + "/proactive-item").then().statusCode(201)
                .extract().jsonPath().getLong("itemId");
        as("office").get("/api/v1/items/" + item).then().statusCode(200).body("item.state", equalTo("DRAFT")).body("item.departmentCode", equalTo("BGS"));
        as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(404);
        as("legal").body(Map.of("kind", "RECONSIDERATION", "body", "临沂市人民政府", "filedOn", "2026-11-02", "result", "PENDING"))
                .post("/api/v1/applications/" + late + "/reviews").then().statusCode(201);
    }

    @Test
    void lettersAreReceivedOnTheDayArticle31Says() {
        Clock.today("2026-10-12");
        Map<String, Object> letter = Map.of("applicant", body("以挂号信申请的信息", "POST"), "receiptRule", "REGISTERED_MAIL", "receivedOn", "2026-09-28");
        JsonPath reg = as("office").body(letter).post("/api/v1/applications/letters").then().statusCode(201)
                .body("application.channel", equalTo("LETTER")).body("application.receivedOn", equalTo("2026-09-28"))
                .body("application.reply.dueDate", equalTo("2026-10-30"))
                .body("queryCode", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
        // the letter applicant can follow it online with what the office sends them (issue 9)
        as("anonymous").queryParam("trackingNo", reg.getString("trackingNo")).header("X-Query-Code", reg.getString("queryCode"))
                .get("/api/v1/applications/track").then().statusCode(200).body("receivedOn", equalTo("2026-09-28"));
        as("office").body(Map.of("applicant", body("x", "POST"), "receiptRule", "REGISTERED_MAIL", "receivedOn", "2026-12-01"))
                .post("/api/v1/applications/letters").then().statusCode(400).body("errors.field", hasItem("receivedOn"));
        as("staff").body(letter).post("/api/v1/applications/letters").then().statusCode(403);
    }

    @Test
    void aCitizenSeesOnlyTheirOwn() {
        Clock.today("2026-09-28");
        String mine = apply("citizen", "192.0.2.70", null, "市民本人的申请", "EMAIL", 201).getString("trackingNo");
        String other = apply("anonymous", "192.0.2.71", null, "别人的申请", "EMAIL", 201).getString("trackingNo");
        as("citizen").get("/api/v1/applications/mine").then().statusCode(200)
                .body("trackingNo", hasItem(mine)).body("trackingNo", not(hasItem(other)));
        // issue 9: a second citizen with a real account sees neither, and cannot open the first one's by id
        String second = apply("citizen2", "192.0.2.72", null, "第二位市民的申请", "EMAIL", 201).getString("trackingNo");
        as("citizen2").get("/api/v1/applications/mine").then().statusCode(200)
                .body("trackingNo", hasItem(second)).body("trackingNo", not(hasItem(mine))).body("trackingNo", not(hasItem(other)));
        as("citizen").get("/api/v1/applications/mine").then().body("trackingNo", not(hasItem(second)));
        as("citizen2").get("/api/v1/applications/" + idOf(mine)).then().statusCode(404);
    }
}
