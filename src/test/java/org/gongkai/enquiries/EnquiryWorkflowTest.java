package org.gongkai.enquiries;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.RecordingHotlinePlatform;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Enquiries and 12345 tickets through the API with real tokens, on a fixed clock across the 2026 National Day
 * holiday: the workflow (R21), transfers and extensions on the ledger (R22), every item closed with a category (R23),
 * the public seeing only answered, publishable items and never contact details, and the spam defences.
 */
@QuarkusTest
class EnquiryWorkflowTest {

    static String title(String base) {
        return base + UUID.randomUUID().toString().substring(0, 6);
    }

    static long idOf(String trackingNo) {
        return as("office").queryParam("q", trackingNo).get("/api/v1/enquiries").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    /** Issue 9: keys are UUIDs bound to the caller and the body; a replay with another body never gets the first receipt. */
    @Test
    void concurrentSubmissionsEachGetTheirOwnNumberWithoutWaiting() throws Exception {
        // issue 17: numbers from a sequence, not a counter row every submission of the year waited on
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int k = i;
                got.add(pool.submit(() -> org.gongkai.testsupport.Enquiries.submit("anonymous", "198.19.7." + k, UUID.randomUUID().toString(),
                        "同时提交的咨询" + k, false).then().statusCode(201).extract().path("trackingNo")));
            }
            java.util.Set<String> numbers = new java.util.TreeSet<>();
            for (var f : got) numbers.add(f.get());
            assertEquals(16, numbers.size(), "all different: " + numbers);
            assertTrue(numbers.stream().allMatch(n -> n.matches("ZX\\d{4}-\\d{6}")), numbers.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void idempotencyKeysAreBoundToTheRequest() {
        Clock.today("2026-09-28");
        String key = UUID.randomUUID().toString();
        String title = title("幼儿园报名时间");
        String code = Enquiries.submit("anonymous", "203.0.113.60", key, title, false).then().statusCode(201).extract().path("queryCode");
        // someone who learnt the key sends their own body under it
        Map<String, Object> other = Enquiries.answeredChallenge("anonymous");
        other.put("category", "ENROLMENT");
        other.put("title", "别人的留言");
        other.put("question", "别人的问题：报名需要什么材料？");
        other.put("contactPhone", "13900000000");
        other.put("publishable", false);
        String replay = as("anonymous").header("X-Forwarded-For", "203.0.113.61").header("Idempotency-Key", key).body(other)
                .post("/api/v1/enquiries").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key")).extract().asString();
        assertFalse(replay.contains(code), "the first submission's query code is not in the refusal");
        // not a UUID
        as("anonymous").header("X-Forwarded-For", "203.0.113.62").header("Idempotency-Key", "retry-1").body(other)
                .post("/api/v1/enquiries").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        // the same request again: the same receipt
        Enquiries.submit("anonymous", "203.0.113.60", key, title, false).then().statusCode(200).body("queryCode", equalTo(code));
    }

    @Test
    void fromOnlineSubmissionToAPublicAnswer() throws Exception {
        Clock.today("2026-09-28");
        String title = title("小学入学材料咨询");
        String key = UUID.randomUUID().toString();
        JsonPath receipt = Enquiries.submit("anonymous", "203.0.113.10", key, title, true).then().statusCode(201)
                .body("trackingNo", org.hamcrest.Matchers.matchesPattern("ZX2026-\\d{6}")).extract().jsonPath();
        String tracking = receipt.getString("trackingNo");
        String code = receipt.getString("queryCode");
        // issue 9: the receipt and the tracking page say by when the office replies (R21: 15 working days, across National Day)
        org.junit.jupiter.api.Assertions.assertEquals("2026-10-23", receipt.getString("dueDate"));
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", code).get("/api/v1/enquiries/track").then()
                .statusCode(200).body("dueDate", equalTo("2026-10-23")).body("dueDateProvisional", equalTo(false));
        // a retry from a phone on a bad network: the same receipt, no second enquiry
        Enquiries.submit("anonymous", "203.0.113.10", key, title, true).then().statusCode(200)
                .body("trackingNo", equalTo(tracking)).body("queryCode", equalTo(code));
        as("office").queryParam("q", title).get("/api/v1/enquiries").then().body("total", equalTo(1));

        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", code).get("/api/v1/enquiries/track").then().statusCode(200)
                .body("state", equalTo("REGISTERED")).body(not(containsString("13812345678"))).body(not(containsString("张三丰")));
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", "WRONG123").get("/api/v1/enquiries/track").then().statusCode(404);
        as("anonymous").get("/api/v1/enquiries").then().statusCode(401);

        long id = idOf(tracking);
        as("office").get("/api/v1/enquiries/" + id).then().statusCode(200)
                .body("enquiry.contactPhone", equalTo("138****5678"))
                .body("enquiry.contactName", equalTo("张**"))
                .body("obligations.find { it.ruleId == 'R21' }.dueDate", equalTo("2026-10-23"));

        as("office").body(Map.of("departmentCode", "JCJY", "instructions", "请基础教育科答复入学材料要求")).post("/api/v1/enquiries/" + id + "/transfer")
                .then().statusCode(200).body("state", equalTo("TRANSFERRED"))
                // five working days: 9/29, 9/30, (10/1–10/7 off), 10/8, 10/9, 10/10 (make-up day)
                .body("clock.ruleId", equalTo("R22")).body("clock.dueDate", equalTo("2026-10-10"));
        as("zcfghead").get("/api/v1/enquiries/" + id).then().statusCode(404);
        as("staff").get("/api/v1/enquiries/" + id).then().statusCode(200)
                .body("obligations.find { it.ruleId == 'R22' }.dueDate", equalTo("2026-10-10"));
        as("staff").get("/api/v1/enquiries").then().statusCode(200).body("items.departmentCode", not(hasItem("ZCFG")));

        as("staff").body(Map.of("text", "需准备户口簿、房产证明和预防接种证。")).post("/api/v1/enquiries/" + id + "/answer")
                .then().statusCode(200).body("state", equalTo("ANSWERED"));
        as("office").body(Map.of("category", "ANSWERED", "answer", "您好：需准备户口簿、房产证明和预防接种证，详见招生方案。"))
                .post("/api/v1/enquiries/" + id + "/closure").then().statusCode(200).body("state", equalTo("CLOSED"));
        as("office").get("/api/v1/enquiries/" + id).then()
                .body("obligations.find { it.ruleId == 'R22' }.status", equalTo("MET"))
                .body("obligations.find { it.ruleId == 'R21' }.status", equalTo("MET"))
                .body("history.action", hasItem("enquiry.close"));

        as("anonymous").queryParam("q", "入学材料").get("/api/v1/enquiries/answered").then().statusCode(200)
                .body("items.trackingNo", hasItem(tracking)).body(not(containsString("13812345678")));
        as("anonymous").get("/api/v1/enquiries/answered/" + tracking).then().statusCode(200)
                .body("answer", containsString("户口簿")).body("departmentCode", equalTo("JCJY"));
        as("anonymous").body(Map.of("trackingNo", tracking, "code", code, "rating", 5, "comment", "很及时"))
                .post("/api/v1/enquiries/track/rating").then().statusCode(200).body("rating", equalTo(5));
        as("anonymous").body(Map.of("trackingNo", tracking, "code", code, "rating", 1))
                .post("/api/v1/enquiries/track/rating").then().statusCode(409);

        // contact details: encrypted at rest, opened only on purpose, and that is audited
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select contact_phone_enc, contact_name_enc from enquiry where tracking_no = '" + tracking + "'");
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("13812345678"));
            assertFalse(rs.getString(2).contains("张三丰"));
            ResultSet audit = c.createStatement().executeQuery("select count(*) from audit_event where before_state like '%13812345678%' or after_state like '%13812345678%'");
            audit.next();
            assertEquals(0, audit.getInt(1), "no phone number in the audit trail");
        }
        as("office").post("/api/v1/enquiries/" + id + "/contact").then().statusCode(200)
                .body("phone", equalTo("13812345678")).body("name", equalTo("张三丰"));
        as("office").get("/api/v1/enquiries/" + id).then().body("history.action", hasItem("enquiry.contact.viewed"));
    }

    @Test
    void aDepartmentAsksForMoreTimeAndTheGrantMovesTheDueDate() {
        Clock.today("2026-09-28");
        String tracking = Enquiries.submit("anonymous", "203.0.113.11", null, title("学区咨询"), false).then().statusCode(201)
                .extract().jsonPath().getString("trackingNo");
        long id = idOf(tracking);
        as("office").body(Map.of("departmentCode", "JCJY", "days", 3)).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200)
                .body("clock.dueDate", equalTo("2026-10-08"));
        long req = as("staff").body(Map.of("days", 2, "reason", "需向区县核实学区范围")).post("/api/v1/enquiries/" + id + "/extension-requests")
                .then().statusCode(201).body("state", equalTo("REQUESTED")).extract().jsonPath().getLong("id");
        as("staff").body(Map.of("days", 1, "reason", "again")).post("/api/v1/enquiries/" + id + "/extension-requests").then().statusCode(409);
        as("staff").body(Map.of("grant", true, "note", "x")).post("/api/v1/enquiries/" + id + "/extension-requests/" + req + "/decision").then().statusCode(403);
        as("office").body(Map.of("grant", true, "note", "同意延期2个工作日")).post("/api/v1/enquiries/" + id + "/extension-requests/" + req + "/decision")
                .then().statusCode(200).body("state", equalTo("GRANTED"));
        as("staff").get("/api/v1/enquiries/" + id).then()
                .body("obligations.find { it.ruleId == 'R22' }.dueDate", equalTo("2026-10-10"))
                .body("extensions[0].state", equalTo("GRANTED"))
                .body("history.action", hasItem("enquiry.extension.granted"));
        // overdue comes from the ledger
        Clock.today("2026-10-12");
        as("office").queryParam("due", "OVERDUE").queryParam("q", tracking).get("/api/v1/enquiries").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aWrongTransferGoesBackAndIsReRouted() {
        Clock.today("2026-09-28");
        String tracking = Enquiries.submit("anonymous", "203.0.113.12", null, title("转错部门"), false).then().statusCode(201)
                .extract().jsonPath().getString("trackingNo");
        long id = idOf(tracking);
        as("office").body(Map.of("departmentCode", "ZCFG")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200);
        as("staff").body(Map.of("text", "不属本科")).post("/api/v1/enquiries/" + id + "/send-back").then().statusCode(404);
        as("zcfghead").body(Map.of("text", "入学事项属基础教育科职责")).post("/api/v1/enquiries/" + id + "/send-back").then().statusCode(200)
                .body("state", equalTo("REGISTERED"));
        as("office").get("/api/v1/enquiries/" + id).then().body("obligations.find { it.ruleId == 'R22' }.status", equalTo("CANCELLED"));
        as("office").body(Map.of("departmentCode", "JCJY")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200)
                .body("departmentCode", equalTo("JCJY"));
        as("office").body(Map.of("departmentCode", "JCJY")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(409);
    }

    @Test
    void everyItemIsClosedWithACategoryAndOutOfScopeOnesNameWhoToAsk() {
        Clock.today("2026-09-28");
        String tracking = Enquiries.submit("anonymous", "203.0.113.13", null, title("社保咨询"), false).then().statusCode(201)
                .extract().jsonPath().getString("trackingNo");
        long id = idOf(tracking);
        as("office").body(Map.of("answer", "x")).post("/api/v1/enquiries/" + id + "/closure").then().statusCode(400)
                .body("errors.field", hasItem("category"));
        as("office").body(Map.of("category", "NOT_OUR_DUTY", "answer", "社保缴费不属教育系统职责。")).post("/api/v1/enquiries/" + id + "/closure")
                .then().statusCode(400).body("errors.field", hasItem("referTo"));
        as("office").body(Map.of("category", "NOT_OUR_DUTY", "answer", "社保缴费不属教育系统职责，请咨询。", "referTo", "市人力资源和社会保障局 12333"))
                .post("/api/v1/enquiries/" + id + "/closure").then().statusCode(200)
                .body("closingCategory", equalTo("NOT_OUR_DUTY")).body("referTo", containsString("12333"));
        // not publishable: never on the public list
        as("anonymous").get("/api/v1/enquiries/answered/" + tracking).then().statusCode(404);
    }

    @Inject
    RecordingHotlinePlatform platform;

    @Test
    void aHotlineTicketRunsToThePlatformsDueDateAndItsReplyGoesBack() {
        Clock.today("2026-09-28");
        String ticket = "12345-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("ticketNo", ticket, "type", "COMPLAINT", "category", "FEES", "title", "课后服务收费投诉",
                "request", "市民反映某小学课后服务收费过高。", "callerName", "李四", "callerPhone", "13900001111", "platformDueDate", "2026-10-12");
        long id = as("office").body(body).post("/api/v1/enquiries/tickets").then().statusCode(201)
                .body("channel", equalTo("HOTLINE")).body("trackingNo", org.hamcrest.Matchers.startsWith("RX2026-"))
                .body("contactPhone", equalTo("139****1111"))
                .body("clock.dueDate", equalTo("2026-10-12")).extract().jsonPath().getLong("id");
        as("office").body(body).post("/api/v1/enquiries/tickets").then().statusCode(409);
        as("staff").body(body).post("/api/v1/enquiries/tickets").then().statusCode(403);
        as("office").body(Map.of("departmentCode", "JCJY")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200);
        as("staff").get("/api/v1/enquiries/" + id).then().body("obligations.find { it.ruleId == 'R22' }.dueDate", equalTo("2026-10-12"));
        as("staff").body(Map.of("text", "经核实，该校收费符合标准。")).post("/api/v1/enquiries/" + id + "/answer").then().statusCode(200);
        as("office").body(Map.of("category", "NOT_TRUE", "answer", "经核实，该校课后服务收费符合市定标准，反映情况不属实。"))
                .post("/api/v1/enquiries/" + id + "/closure").then().statusCode(200);
        assertEquals(List.of(ticket + "|NOT_TRUE|2026-09-28"), platform.replies().stream().filter(r -> r.startsWith(ticket)).toList());
    }

    @Test
    void theRealBoundaryQueuesTheReplyInTheOutbox() throws Exception {
        Clock.today("2026-09-28");
        String ticket = "12345-" + UUID.randomUUID().toString().substring(0, 8);
        long id = as("office").body(Map.of("ticketNo", ticket, "type", "CONSULT", "category", "EXAMS", "title", "中考报名时间",
                        "request", "中考什么时候报名？", "platformDueDate", "2026-10-09"))
                .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
        as("office").body(Map.of("category", "ANSWERED", "answer", "中考报名时间以招生考试中心公告为准。")).post("/api/v1/enquiries/" + id + "/closure").then().statusCode(200);
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select payload from hotline_outbox where ticket_no = '" + ticket + "'");
            assertTrue(rs.next());
            assertTrue(rs.getString(1).contains("ANSWERED"));
        }
    }

    @Test
    void spamDefences() {
        Clock.today("2026-09-28");
        Map<String, Object> wrong = Enquiries.answeredChallenge("anonymous");
        wrong.put("challengeAnswer", "999");
        wrong.putAll(Map.of("category", "OTHER", "title", "测试", "question", "测试"));
        as("anonymous").header("X-Forwarded-For", "198.51.100.20").body(wrong).post("/api/v1/enquiries").then().statusCode(400)
                .body("errors[0].field", equalTo("challengeAnswer"));
        String address = org.gongkai.testsupport.Addresses.fresh();
        for (int i = 0; i < 5; i++) Enquiries.submit("anonymous", address, null, title("限流"), false).then().statusCode(201);
        Enquiries.submit("anonymous", address, null, title("限流"), false).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        // another address is not affected
        Enquiries.submit("anonymous", "198.51.100.250", null, title("另一地址"), false).then().statusCode(201);
    }

    @Test
    void aCitizenSeesTheirOwnEnquiries() {
        Clock.today("2026-09-28");
        String title = title("市民本人的留言");
        Enquiries.submit("citizen", "203.0.113.40", null, title, false).then().statusCode(201);
        as("citizen").get("/api/v1/enquiries/mine").then().statusCode(200).body("title", hasItem(title));
        as("staff").get("/api/v1/enquiries/mine").then().statusCode(403);
        // a second citizen does not see the first one's
        String theirs = title("第二位市民的留言");
        Enquiries.submit("citizen2", "203.0.113.41", null, theirs, false).then().statusCode(201);
        as("citizen2").get("/api/v1/enquiries/mine").then().statusCode(200).body("title", hasItem(theirs)).body("title", not(hasItem(title)));
        as("citizen").get("/api/v1/enquiries/mine").then().body("title", not(hasItem(theirs)));
    }

    @Test
    void monthlyFigures() {
        Clock.today("2026-09-28");
        JsonPath before = as("anonymous").queryParam("year", 2026).get("/api/v1/enquiries/statistics").then().statusCode(200)
                .body("$", hasSize(12)).extract().jsonPath();
        long id = as("office").body(Map.of("ticketNo", "12345-" + UUID.randomUUID().toString().substring(0, 8), "type", "CONSULT",
                        "category", "EXAMS", "title", title("月度统计"), "request", "九月份的一条留言", "platformDueDate", "2026-10-09"))
                .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
        as("office").body(Map.of("category", "ANSWERED", "answer", "已答复。")).post("/api/v1/enquiries/" + id + "/closure").then().statusCode(200);
        as("anonymous").queryParam("year", 2026).get("/api/v1/enquiries/statistics").then().statusCode(200)
                .body("find { it.month == 9 }.received", equalTo(before.getInt("find { it.month == 9 }.received") + 1))
                .body("find { it.month == 9 }.answered", equalTo(before.getInt("find { it.month == 9 }.answered") + 1))
                .body("find { it.month == 10 }.received", equalTo(before.getInt("find { it.month == 10 }.received")));
        as("anonymous").queryParam("year", "x").get("/api/v1/enquiries/statistics").then().statusCode(400);
    }

    /** Issue 9: on time means every clock of the enquiry met; a department answering late makes it late. */
    @Test
    void onTimeMeansEveryClockMet() {
        Clock.today("2025-06-03");
        long inTime = ticket("2025-06-20");
        as("office").body(Map.of("category", "ANSWERED", "answer", "已答复。")).post("/api/v1/enquiries/" + inTime + "/closure").then().statusCode(200);
        long late = ticket("2025-06-20");
        as("office").body(Map.of("departmentCode", "JCJY", "days", 1)).post("/api/v1/enquiries/" + late + "/transfer").then().statusCode(200);
        Clock.today("2025-06-09"); // the department's one working day ran out on 6/4
        as("staff").body(Map.of("text", "经核实，已答复。")).post("/api/v1/enquiries/" + late + "/answer").then().statusCode(200);
        as("office").body(Map.of("category", "ANSWERED", "answer", "已答复。")).post("/api/v1/enquiries/" + late + "/closure").then().statusCode(200);
        as("office").get("/api/v1/enquiries/" + late).then()
                .body("obligations.find { it.ruleId == 'R21' }.status", equalTo("MET"))
                .body("obligations.find { it.ruleId == 'R22' }.status", equalTo("MET_LATE"));
        as("anonymous").queryParam("year", 2025).get("/api/v1/enquiries/statistics").then().statusCode(200)
                .body("find { it.month == 6 }.answered", equalTo(2))
                .body("find { it.month == 6 }.onTimeRate", equalTo(0.5f))
                .body("find { it.month == 6 }.averageWorkingDays", equalTo(2.0f));
    }

    private static long ticket(String platformDue) {
        return as("office").body(Map.of("ticketNo", "12345-" + UUID.randomUUID().toString().substring(0, 8), "type", "CONSULT",
                        "category", "EXAMS", "title", title("准时率"), "request", "六月份的一条工单", "platformDueDate", platformDue))
                .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
