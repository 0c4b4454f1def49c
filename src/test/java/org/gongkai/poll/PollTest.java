package org.gongkai.poll;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, opinion polls (R36): topics selected by the office, a questionnaire of every type with a condition, one
 * response per person across the portal (account or verified phone), paper and telephone; multiple choice counted per
 * option; the report through the pipeline releases the results (JSON, CSV) and meets the year's quota.
 */
@QuarkusTest
class PollTest {
    static final String FORM = """
            {"questions":[
             {"key":"q1","type":"SINGLE","text":"您对课后服务是否满意？","required":true,"options":[{"key":"yes","label":"满意"},{"key":"no","label":"不满意"},{"key":"other","label":"其他","other":true}]},
             {"key":"q2","type":"MULTIPLE","text":"您希望增加哪些课后活动？（最多选两项）","required":true,"maxChoices":2,"options":[{"key":"a","label":"体育"},{"key":"b","label":"艺术"},{"key":"c","label":"科技"}]},
             {"key":"q3","type":"SCALE","text":"课后服务时间安排是否合理？","required":true,"scaleLabels":["很不合理","不合理","一般","合理","很合理"]},
             {"key":"q4","type":"RANKING","text":"请按重要程度排序","required":false,"options":[{"key":"x","label":"安全"},{"key":"y","label":"质量"},{"key":"z","label":"费用"}]},
             {"key":"q5","type":"MATRIX","text":"请评价以下方面","required":false,"options":[{"key":"r1","label":"师资"},{"key":"r2","label":"场地"}],"columns":[{"key":"good","label":"好"},{"key":"bad","label":"差"}]},
             {"key":"q6","type":"TEXT","text":"不满意的原因","required":true,"showIf":{"question":"q1","option":"no"}}
            ]}""";

    static String submission(String answers) {
        return "{\"answers\":" + answers + "}";
    }

    static String answers(String q2, String extra) {
        return "{\"q1\":{\"option\":\"yes\"},\"q2\":{\"options\":" + q2 + "},\"q3\":{\"scale\":4}" + (extra == null ? "" : "," + extra) + "}";
    }

    static long setUpOpenPoll() {
        Clock.today("2026-11-02");
        long topic = as("staff").body(Map.of("year", 2026, "title", "课后服务满意度调查", "policy", "《临沂市中小学课后服务管理办法》",
                "targetGroups", "义务教育阶段学生家长", "method", "网上问卷和电话访问")).post("/api/v1/polls/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        String request = """
                {"topicId":%d,"title":"2026年课后服务满意度调查","description":"了解家长对课后服务的评价。","mode":"ANONYMOUS","form":%s,
                 "targetGroups":"义务教育阶段学生家长","samplePlan":"按学段分层抽样","sampleSize":10,"opensOn":"2026-11-02","closesOn":"2026-11-15"}""";
        // only a topic the office selected
        as("staff").body(request.formatted(topic, FORM)).post("/api/v1/polls").then().statusCode(400).body("errors.field", hasItem("topicId"));
        as("staff").body(Map.of("select", true)).post("/api/v1/polls/topics/" + topic + "/decision").then().statusCode(403);
        as("office").body(Map.of("select", true)).post("/api/v1/polls/topics/" + topic + "/decision").then().statusCode(200).body("state", equalTo("SELECTED"));
        JsonPath created = as("staff").body(request.formatted(topic, FORM)).post("/api/v1/polls").then().log().ifValidationFails().statusCode(201)
                .body("poll.phase", equalTo("DRAFT")).extract().jsonPath();
        long poll = created.getLong("poll.id");
        Items.publish(created.getLong("poll.announcementItemId"));
        as("anonymous").get("/api/v1/portal/polls/" + poll).then().statusCode(200).body("phase", equalTo("OPEN")).body("form.questions.key", hasItems("q1", "q6"));
        return poll;
    }

    @Test
    void aQuestionnaireNamesEveryFailingField() {
        Clock.today("2026-11-02");
        String bad = """
                {"topicId":1,"title":"x","description":"x","mode":"ANONYMOUS","targetGroups":"x","samplePlan":"x","sampleSize":0,"opensOn":"2026-11-02","closesOn":"2026-11-01",
                 "form":{"questions":[{"key":"q1","type":"SINGLE","text":"一","options":[{"key":"a","label":"甲"}]},
                   {"key":"q1","type":"SCALE","text":"二","scaleLabels":["1","2"]},
                   {"key":"q3","type":"TEXT","text":"三","showIf":{"question":"q9","option":"a"}},
                   {"key":"q4","type":"MULTIPLE","text":"四","maxChoices":5,"options":[{"key":"a","label":"甲"},{"key":"a","label":"乙"}]}]}}""";
        as("staff").body(bad).post("/api/v1/polls").then().statusCode(400)
                .body("errors.field", hasItems("form.questions[0].options", "form.questions[1].key", "form.questions[1].scaleLabels",
                        "form.questions[2].showIf.question", "form.questions[3].maxChoices", "form.questions[3].options[1].key", "sampleSize", "closesOn"));
    }

    @Test
    void onePersonAnswersOnceOnAnyChannelAndMultipleChoiceIsCountedPerOption() throws Exception {
        long poll = setUpOpenPoll();
        String url = "/api/v1/portal/polls/" + poll + "/responses";
        // a citizen, logged in
        as("citizen").body(submission(answers("[\"a\",\"b\"]", "\"q4\":{\"ranking\":[\"y\",\"x\",\"z\"]},\"q5\":{\"matrix\":{\"r1\":\"good\",\"r2\":\"bad\"}}"))).post(url).then().statusCode(201);
        as("citizen").body(submission(answers("[\"a\"]", null))).post(url).then().statusCode(409).body("type", containsString("already-answered"));
        // answers checked against the questions and their conditions
        as("anonymous").body(submission(answers("[\"a\",\"b\",\"c\"]", null))).post(url).then().statusCode(400)
                .body("errors.field", hasItems("answers.q2", "code"));
        as("anonymous").body(submission("{\"q1\":{\"option\":\"no\"},\"q2\":{\"options\":[\"a\"]},\"q3\":{\"scale\":2}}")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("answers.q6"));
        as("anonymous").body(submission(answers("[\"a\"]", "\"q6\":{\"text\":\"不该出现\"}"))).post(url).then().statusCode(400).body("errors.field", hasItem("answers.q6"));
        as("anonymous").body(submission("{\"q1\":{\"option\":\"other\"},\"q2\":{\"options\":[\"a\"]},\"q3\":{\"scale\":2}}")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("answers.q1.other"));

        // without an account: a phone verified by a code; the phone is kept only as a salted hash
        Map<String, Object> check = Enquiries.answeredChallenge("anonymous");
        check.put("phone", "13700001111");
        String checkId = as("anonymous").body(check).post("/api/v1/portal/polls/" + poll + "/phone-checks").then().statusCode(201).extract().path("checkId");
        String code;
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select body from message_outbox where purpose = 'sms:poll-code:" + checkId + "'");
            assertTrue(rs.next(), "the code went out by text message");
            Matcher m = Pattern.compile("(\\d{6})").matcher(rs.getString(1));
            assertTrue(m.find());
            code = m.group(1);
        }
        String wrong = code.equals("000000") ? "111111" : "000000";
        as("anonymous").body("{\"checkId\":\"" + checkId + "\",\"code\":\"" + wrong + "\",\"answers\":" + answers("[\"a\",\"c\"]", null) + "}").post(url)
                .then().statusCode(400).body("errors.field", hasItem("code"));
        // a wrong code used the check up: ask again
        check = Enquiries.answeredChallenge("anonymous");
        check.put("phone", "137 0000 1111");
        checkId = as("anonymous").body(check).post("/api/v1/portal/polls/" + poll + "/phone-checks").then().statusCode(201).extract().path("checkId");
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select body from message_outbox where purpose = 'sms:poll-code:" + checkId + "'");
            rs.next();
            Matcher m = Pattern.compile("(\\d{6})").matcher(rs.getString(1));
            m.find();
            code = m.group(1);
        }
        as("anonymous").body("{\"checkId\":\"" + checkId + "\",\"code\":\"" + code + "\",\"answers\":" + answers("[\"a\",\"c\"]", null) + "}").post(url).then().statusCode(201);
        // the same phone by telephone: refused across channels
        as("staff").body("{\"channel\":\"TELEPHONE\",\"phone\":\"13700001111\",\"answers\":" + answers("[\"a\"]", null) + "}")
                .post("/api/v1/polls/" + poll + "/responses").then().statusCode(409);
        as("staff").body("{\"channel\":\"TELEPHONE\",\"answers\":" + answers("[\"a\"]", null) + "}").post("/api/v1/polls/" + poll + "/responses")
                .then().statusCode(400).body("errors.field", hasItem("phone"));
        as("staff").body("{\"channel\":\"PAPER\",\"answers\":" + answers("[\"a\"]", null) + "}").post("/api/v1/polls/" + poll + "/responses").then().statusCode(201);
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select count(*) from poll_response where poll_id = " + poll
                    + " and (phone_enc is not null or name_enc is not null or answers like '%1370000%')");
            rs.next();
            assertEquals(0, rs.getInt(1), "an anonymous poll keeps no phone, no name");
        }

        // live counts for the office: q2 per option — a 3 times, b once, c once (never "a+b" as one)
        JsonPath live = as("office").get("/api/v1/polls/" + poll).then().statusCode(200).extract().jsonPath();
        assertEquals(3, live.getInt("results.responses"));
        assertEquals(3, live.getInt("results.questions.find { it.key == 'q2' }.options.find { it.key == 'a' }.count"));
        assertEquals(1, live.getInt("results.questions.find { it.key == 'q2' }.options.find { it.key == 'b' }.count"));
        assertEquals(1, live.getInt("results.questions.find { it.key == 'q2' }.options.find { it.key == 'c' }.count"));
        assertEquals(100.0, live.getDouble("results.questions.find { it.key == 'q2' }.options.find { it.key == 'a' }.share"), 0.01);
        assertEquals(4.0, live.getDouble("results.questions.find { it.key == 'q3' }.mean"), 0.01);
        assertEquals(1, live.getInt("results.questions.find { it.key == 'q5' }.rows.find { it.key == 'r1' }.columns.find { it.key == 'good' }.count"));
        as("anonymous").get("/api/v1/portal/polls/" + poll + "/results").then().statusCode(404);

        // closed: the report, through the review; then the results are public and the year's quota counts it
        as("staff").body(Map.of("method", "x", "conclusions", "x", "use", "x")).post("/api/v1/polls/" + poll + "/report").then().statusCode(409);
        Clock.today("2026-11-16");
        as("anonymous").body(submission(answers("[\"a\"]", null))).post(url).then().statusCode(409);
        // the decision the results fed, published: the report links to it
        long decision = Items.draft(Items.body("TZGG", "关于增加课后体育活动的通知" + System.nanoTime(), null, "2026-11-16", "PUBLIC", null));
        Items.publish(decision);
        long report = as("staff").body(Map.of("method", "网上问卷与电话访问相结合。", "conclusions", "家长总体满意，希望增加体育活动。",
                        "use", "已据此修订课后服务管理办法第三条。", "themes", List.of(Map.of("question", "q6", "theme", "收费偏高", "count", 1)),
                        "decisionItemIds", List.of(decision)))
                .post("/api/v1/polls/" + poll + "/report").then().statusCode(200).body("type", equalTo("POLL_REPORT")).extract().jsonPath().getLong("id");
        String body = as("staff").get("/api/v1/items/" + report).then().extract().path("item.body");
        assertTrue(body.contains("回收率30.0%") && body.contains("体育") && body.contains("收费偏高"), body);
        assertFalse(body.contains("13700001111"));
        Items.publish(report);
        as("anonymous").get("/api/v1/portal/items/" + report).then().statusCode(200).body("links.id", hasItem((int) decision));
        as("anonymous").get("/api/v1/portal/polls/" + poll + "/results").then().statusCode(200)
                .body("questions.find { it.key == 'q2' }.options.find { it.key == 'a' }.count", equalTo(3));
        String csv = as("anonymous").get("/api/v1/portal/polls/" + poll + "/results.csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("\"q2\",\"\",\"a\",\"体育\",\"3\",\"100.0\""), csv);
        as("anonymous").queryParam("status", "closed").get("/api/v1/portal/polls").then().statusCode(200)
                .body("items.find { it.id == " + poll + " }.reportItemId", equalTo((int) report));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select count(*) from obligation_event e join obligation o on o.id = e.obligation_id "
                    + "where o.rule_id = 'R36' and e.reference like '%2026年课后服务满意度调查%'");
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "the report counts towards the year's poll quota (R36)");
        }
    }
}
