package org.gongkai.press;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, press conferences (R28–R29): topics proposed by departments and selected by the office into the yearly
 * plan, published as an item and adjusted as a new version with its reason; a regular conference from the plan with
 * its materials due on the ledger N working days before (across a weekend), announced by the head of the office,
 * held, its record published through the review and counted towards the head's yearly interpretation; an emergency
 * outside the plan at any time (R29).
 */
@QuarkusTest
class PressConferenceTest {

    static JsonPath portal() {
        return as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then().statusCode(200).extract().jsonPath();
    }

    static void publishOfficeItem(long id) {
        Items.publishByOffice(id);
    }

    @Test
    void fromTopicToPlanToConferenceToRecord() {
        Clock.today("2026-10-12");
        String t = String.valueOf(System.nanoTime() % 1_000_000);
        // departments propose; every failing field named
        as("staff").body(Map.of("year", 2020)).post("/api/v1/press/topics").then().statusCode(400)
                .body("errors.field", hasItems("year", "title", "reason"));
        long topic = as("staff").body(Map.of("year", 2026, "title", "秋季学期课后服务" + t, "reason", "家长关注课后服务收费和时间",
                        "speakers", "分管副局长", "materials", "新闻通稿、答问口径", "preferredMonth", 10))
                .post("/api/v1/press/topics").then().statusCode(201).body("state", equalTo("PROPOSED")).body("departmentCode", equalTo("JCJY"))
                .extract().jsonPath().getLong("id");
        long other = as("zcfghead").body(Map.of("year", 2026, "title", "规范性文件清理" + t, "reason", "年度清理结果"))
                .post("/api/v1/press/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        // a department sees its own proposals; the office all
        as("staff").queryParam("year", "2026").queryParam("size", "100").get("/api/v1/press/topics").then().statusCode(200)
                .body("items.id", hasItem((int) topic)).body("items.id", not(hasItem((int) other)));
        as("office").queryParam("year", "2026").queryParam("size", "100").get("/api/v1/press/topics").then().statusCode(200)
                .body("items.id", hasItems((int) topic, (int) other));

        // the office selects one into the plan and declines the other with its reason
        as("staff").body(Map.of("month", 10)).post("/api/v1/press/topics/" + topic + "/selection").then().statusCode(403);
        as("office").body(Map.of("month", 13)).post("/api/v1/press/topics/" + topic + "/selection").then().statusCode(400).body("errors[0].field", equalTo("month"));
        long entry = as("office").body(Map.of("month", 10)).post("/api/v1/press/topics/" + topic + "/selection").then().statusCode(200)
                .body("month", equalTo(10)).extract().jsonPath().getLong("id");
        as("office").body(Map.of("month", 11)).post("/api/v1/press/topics/" + topic + "/selection").then().statusCode(409);
        as("office").body(Map.of("note", "纳入年度总结发布")).post("/api/v1/press/topics/" + other + "/decline").then().statusCode(200)
                .body("state", equalTo("DECLINED"));

        // the plan is an item, published through the review
        JsonPath plan = as("office").get("/api/v1/press/plans/2026").then().statusCode(200).extract().jsonPath();
        long planItem;
        if (plan.get("itemId") == null) {
            planItem = as("office").body(Map.of()).post("/api/v1/press/plans/2026/draft").then().statusCode(200)
                    .body("type", equalTo("PRESS_PLAN")).body("columnCode", equalTo("GHJH")).body("body", containsString("秋季学期课后服务" + t))
                    .extract().jsonPath().getLong("id");
            publishOfficeItem(planItem);
        } else {
            planItem = plan.getLong("itemId");
        }
        assertEquals(planItem, portal().getLong("plan.itemId"));
        // an adjustment: a new version with its reason
        long extra = as("staff").body(Map.of("year", 2026, "title", "临时选题" + t, "reason", "补充")).post("/api/v1/press/topics").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long extraEntry = as("office").body(Map.of("month", 12)).post("/api/v1/press/topics/" + extra + "/selection").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        as("office").body(Map.of("reason", "")).post("/api/v1/press/plans/2026/entries/" + extraEntry + "/removal").then().statusCode(400);
        as("office").body(Map.of("reason", "并入秋季发布会")).post("/api/v1/press/plans/2026/entries/" + extraEntry + "/removal").then().statusCode(200)
                .body("removed", equalTo(true));
        as("office").body(Map.of()).post("/api/v1/press/plans/2026/draft").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("office").body(Map.of("reason", "临时选题并入秋季发布会")).post("/api/v1/press/plans/2026/draft").then().statusCode(200)
                .body("summary", containsString("调整：临时选题并入秋季发布会")).body("body", containsString("并入秋季发布会"));
        publishOfficeItem(planItem);
        int versions = as("anonymous").get("/api/v1/portal/items/" + planItem + "/history").then().statusCode(200).extract().jsonPath().getList("$").size();
        org.junit.jupiter.api.Assertions.assertTrue(versions >= 2, "the adjustment is a new version: " + versions);

        // a regular conference comes from the plan; an emergency never does
        long doc = Items.draft(Items.body("TZGG", "关于做好课后服务工作的通知" + t, null, "2026-10-12", "PUBLIC", null));
        Items.publish(doc);
        Map<String, Object> speakers = Map.of("name", "李华", "post", "市教育局局长", "departmentCode", "LDBZ", "head", true);
        as("office").body(Map.of("title", "x", "kind", "REGULAR", "startsAt", "2026-10-20T10:00:00+08:00", "venue", "v", "host", "h", "speakers", List.of(speakers)))
                .post("/api/v1/press/conferences").then().statusCode(400).body("errors.field", hasItem("planEntryId"));
        as("office").body(Map.of("title", "x", "kind", "EMERGENCY", "planEntryId", entry, "startsAt", "2026-10-20T10:00:00+08:00", "venue", "v", "host", "h",
                "speakers", List.of(speakers))).post("/api/v1/press/conferences").then().statusCode(400).body("errors.field", hasItem("planEntryId"));
        as("staff").body(Map.of()).post("/api/v1/press/conferences").then().statusCode(403);
        JsonPath c = as("office").body(Map.of("title", "秋季学期课后服务新闻发布会" + t, "kind", "REGULAR", "planEntryId", entry,
                        "startsAt", "2026-10-20T10:00:00+08:00", "venue", "市政府新闻发布厅", "host", "办公室主任王芳",
                        "speakers", List.of(speakers, Map.of("name", "张伟", "post", "基础教育科科长", "departmentCode", "JCJY", "head", false)),
                        "liveUrl", "https://live.linyi.gov.cn/2026/1020", "documentIds", List.of(doc),
                        "materials", List.of(Map.of("departmentCode", "JCJY", "kind", "PRESS_RELEASE"), Map.of("departmentCode", "JCJY", "kind", "QA"))))
                .post("/api/v1/press/conferences").then().statusCode(201)
                // 3 working days before Tuesday 10/20, across the weekend: Thursday 10/15
                .body("materials[0].dueDate", equalTo("2026-10-15")).body("obligations[0].dueDate", equalTo("2026-10-15"))
                .body("obligations[0].ruleId", equalTo("R28")).body("documentIds", hasItem((int) doc))
                .extract().jsonPath();
        long conf = c.getLong("conference.id");
        long material = c.getLong("materials.find { it.kind == 'PRESS_RELEASE' }.id");

        // announced through the review: the office drafts the notice, its head approves it; then it is upcoming on the
        // portal with its live link; the Q&A never shows
        as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then().body("upcoming.id", not(hasItem((int) conf)));
        as("staff").post("/api/v1/press/conferences/" + conf + "/announcement").then().statusCode(403);
        io.restassured.path.json.JsonPath notice = as("office").post("/api/v1/press/conferences/" + conf + "/announcement").then().statusCode(200)
                .body("type", equalTo("PRESS_NOTICE")).body("columnCode", equalTo("XWFB")).body("body", containsString("https://live.linyi.gov.cn/2026/1020"))
                .body("body", containsString("市教育局局长")).extract().jsonPath();
        long noticeItem = notice.getLong("id");
        // drafted again while in draft: the same item
        as("office").post("/api/v1/press/conferences/" + conf + "/announcement").then().statusCode(200).body("id", equalTo((int) noticeItem));
        as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then().body("upcoming.id", not(hasItem((int) conf)));
        org.gongkai.testsupport.Items.publishByOffice(noticeItem);
        as("office").get("/api/v1/press/conferences/" + conf).then().statusCode(200).body("conference.announced", equalTo(true));
        as("office").post("/api/v1/press/conferences/" + conf + "/announcement").then().statusCode(409);
        as("anonymous").get("/api/v1/portal/items/" + noticeItem).then().statusCode(200).body("body", not(containsString("答问口径")));
        as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then()
                .body("upcoming.find { it.id == " + conf + " }.liveUrl", equalTo("https://live.linyi.gov.cn/2026/1020"))
                .body("upcoming.find { it.id == " + conf + " }.speakers[0].post", equalTo("市教育局局长"))
                .body(not(containsString("答问口径")));

        // the department hands in its press release: its clock is met
        as("zcfghead").body(Map.of("content", "x")).post("/api/v1/press/conferences/" + conf + "/materials/" + material + "/submission").then().statusCode(403);
        as("staff").body(Map.of("content", "<p>新闻通稿</p>")).post("/api/v1/press/conferences/" + conf + "/materials/" + material + "/submission")
                .then().statusCode(200).body("materials.find { it.id == " + material + " }.submitted", equalTo(true))
                .body("obligations.find { it.title.contains('PRESS_RELEASE') }.status", equalTo("MET"));
        // the Q&A as a file: stored with the material, its clock met too; only the department asked (or the office) hands it in
        long qa = c.getLong("materials.find { it.kind == 'QA' }.id");
        String files = "/api/v1/press/conferences/" + conf + "/materials/" + qa + "/attachments";
        org.gongkai.testsupport.Users.upload("zcfghead").multiPart("file", "答问口径.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf").post(files).then().statusCode(403);
        long file = org.gongkai.testsupport.Users.upload("staff").multiPart("file", "答问口径.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf").post(files)
                .then().statusCode(201).body("contentType", equalTo("application/pdf")).extract().jsonPath().getLong("id");
        as("office").get("/api/v1/press/conferences/" + conf).then().statusCode(200)
                .body("materials.find { it.id == " + qa + " }.submitted", equalTo(true))
                .body("materials.find { it.id == " + qa + " }.files[0].fileName", equalTo("答问口径.pdf"))
                .body("obligations.find { it.title.contains('QA') }.status", equalTo("MET"));
        org.junit.jupiter.api.Assertions.assertTrue(as("office").get(files + "/" + file).then().statusCode(200).extract().asString().startsWith("%PDF"));

        // held only once it has started; then the record, through the review, linked to what it interpreted
        as("office").body(Map.of("replayUrl", "https://live.linyi.gov.cn/2026/1020/replay")).post("/api/v1/press/conferences/" + conf + "/held").then().statusCode(409);
        as("office").body(Map.of("transcript", "<p>x</p>")).post("/api/v1/press/conferences/" + conf + "/record").then().statusCode(409);
        Clock.at("2026-10-20T12:00");
        as("office").body(Map.of("replayUrl", "ftp://x")).post("/api/v1/press/conferences/" + conf + "/held").then().statusCode(400).body("errors[0].field", equalTo("replayUrl"));
        as("office").body(Map.of("replayUrl", "https://live.linyi.gov.cn/2026/1020/replay")).post("/api/v1/press/conferences/" + conf + "/held").then().statusCode(200)
                .body("conference.state", equalTo("HELD"));
        long record = as("office").body(Map.of("transcript", "<p>10:00 主持人：各位记者朋友，上午好。</p><p>10:05 李华：……</p>"))
                .post("/api/v1/press/conferences/" + conf + "/record").then().statusCode(201).body("type", equalTo("PRESS_RECORD"))
                .body("featureId", equalTo(String.valueOf(conf))).extract().jsonPath().getLong("id");
        as("office").body(Map.of("transcript", "<p>again</p>")).post("/api/v1/press/conferences/" + conf + "/record").then().statusCode(409);
        publishOfficeItem(record);
        as("anonymous").get("/api/v1/portal/items/" + record).then().statusCode(200).body("links.id", hasItems((int) doc, (int) planItem))
                .body("body", containsString("上午好")).body("body", containsString("replay"));
        as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then().statusCode(200)
                .body("past.find { it.id == " + conf + " }.recordItemId", equalTo((int) record)).body("upcoming.id", not(hasItem((int) conf)));

        // the head spoke: it counts towards the yearly interpretation (R26)
        JsonPath rows = as("office").queryParam("rule", "R26").get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
        long row = rows.getLong("items.find { it.periodStart == '2026-01-01' }.id");
        as("office").get("/api/v1/obligations/" + row).then().statusCode(200)
                .body("events.reference", hasItem(containsString("秋季学期课后服务新闻发布会" + t)));
    }

    @Test
    void anEmergencyConferenceIsCalledAtAnyTimeOutsideThePlan() {
        Clock.at("2026-10-17T09:00");
        JsonPath c = as("office").body(Map.of("title", "校园突发事件新闻发布会" + System.nanoTime(), "kind", "EMERGENCY",
                        "startsAt", "2026-10-17T11:00:00+08:00", "venue", "市教育局会议室", "host", "办公室主任王芳",
                        "speakers", List.of(Map.of("name", "刘洋", "post", "副局长", "departmentCode", "LDBZ", "head", false)),
                        "materials", List.of(Map.of("departmentCode", "JCJY", "kind", "PRESS_RELEASE"))))
                .post("/api/v1/press/conferences").then().statusCode(201).body("conference.kind", equalTo("EMERGENCY"))
                .body("conference.planEntryId", equalTo(null))
                // no working days to count on a Saturday two hours before: due at once, not on the ledger
                .body("materials[0].dueDate", equalTo("2026-10-17")).body("obligations", org.hamcrest.Matchers.empty())
                .extract().jsonPath();
        long conf = c.getLong("conference.id");
        // announced at once (R29): the office's notice, approved by its head
        long notice = as("office").post("/api/v1/press/conferences/" + conf + "/announcement").then().statusCode(200).extract().jsonPath().getLong("id");
        org.gongkai.testsupport.Items.publishByOffice(notice);
        as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then().body("upcoming.id", hasItem((int) conf));
        // cancelled: its notice leaves the portal with it
        as("office").body(Map.of("reason", "事件已平息，改为书面发布")).post("/api/v1/press/conferences/" + conf + "/cancellation").then().statusCode(200)
                .body("conference.state", equalTo("CANCELLED"));
        as("anonymous").get("/api/v1/portal/items/" + notice).then().statusCode(404);
        as("anonymous").queryParam("year", "2026").get("/api/v1/portal/press").then().body("upcoming.id", not(hasItem((int) conf)));
        as("office").body(Map.of("reason", "再次")).post("/api/v1/press/conferences/" + conf + "/cancellation").then().statusCode(409);
    }
}
