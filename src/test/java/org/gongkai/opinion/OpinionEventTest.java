package org.gongkai.opinion;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.junit.jupiter.api.Test;

/**
 * Issue 11, public-opinion events (舆情, R27): logged with the unit involved; the 48-hour clock across a weekend and the
 * 24-hour press clock of a 重大 event, on fixed clocks; reminders at their shares reach the unit and the office, and
 * the leaders from 80 %; responses meet the clocks; closure with an assessment; internal notes never in the audit
 * trail; the unit sees its own events only.
 */
@QuarkusTest
class OpinionEventTest {

    static Map<String, Object> event(String title, String category, String level, String firstSeenAt) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("source", "SOCIAL_MEDIA");
        m.put("sourceUrl", "https://weibo.com/1234567890/AbCdEf");
        m.put("captureText", "网传：今年划片范围大幅调整。");
        m.put("firstSeenAt", firstSeenAt);
        m.put("category", category);
        m.put("level", level);
        m.put("departmentCode", "JCJY");
        m.put("internalNotes", "舆情专班：家长群转发量大，联系网信办。");
        return m;
    }

    static JsonPath sweep() {
        return as("admin").post("/api/v1/obligations/sweep").then().statusCode(200).extract().jsonPath();
    }

    /** Every page of the user's notices (the whole suite's tests leave the office more than one page of them). */
    static List<String> notices(String user, long obligationId) {
        List<String> out = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var j = as(user).queryParam("size", "100").queryParam("page", page).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
            out.addAll(j.getList("items.findAll { it.subjectType == 'obligation' && it.subjectId == '" + obligationId + "' }.titleZh"));
            if (j.getList("items").size() < 100) break;
        }
        return out;
    }

    @Test
    void aMajorEventRunsTheFortyEightAndTwentyFourHourClocksAcrossAWeekendAndIsAnsweredAndClosed() throws Exception {
        // Friday 20:00 in Shanghai: first seen at 19:30
        Clock.at("2026-10-16T20:00");
        String title = "网传中心城区小学划片大调整" + System.nanoTime();
        // bad input: every failing field named
        as("office").body(Map.of("title", "")).post("/api/v1/opinion-events").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("title", "source", "firstSeenAt", "category", "level", "departmentCode"));
        as("office").body(event(title, "MISREAD_POLICY", "MAJOR", "2026-10-16T21:00:00+08:00")).post("/api/v1/opinion-events").then()
                .statusCode(400).body("errors[0].field", equalTo("firstSeenAt"));
        as("office").body(event(title, "MISREAD_POLICY", "HUGE", "2026-10-16T19:30:00+08:00")).post("/api/v1/opinion-events").then()
                .statusCode(400);
        // only the office logs
        as("staff").body(event(title, "MISREAD_POLICY", "MAJOR", "2026-10-16T19:30:00+08:00")).post("/api/v1/opinion-events").then().statusCode(403);

        JsonPath e = as("office").body(event(title, "MISREAD_POLICY", "MAJOR", "2026-10-16T19:30:00+08:00")).post("/api/v1/opinion-events")
                .then().statusCode(201).body("refNo", containsString("YQ2026-")).body("state", equalTo("OPEN"))
                // 48 hours across the weekend: Sunday 19:30; the press conference within 24: Saturday 19:30
                .body("response.ruleId", equalTo("R27")).body("response.dueAt", equalTo("2026-10-18T11:30:00Z")).body("response.minutesLeft", equalTo(2850))
                .body("press.ruleId", equalTo("R27-PRESS")).body("press.dueAt", equalTo("2026-10-17T11:30:00Z"))
                .extract().jsonPath();
        long id = e.getLong("id");
        long response = e.getLong("response.id");
        long press = e.getLong("press.id");
        // the clocks move only through this workflow
        as("office").body("{}").post("/api/v1/obligations/" + response + "/completion").then().statusCode(409);
        // the unit was told
        as("depthead").queryParam("size", "100").get("/api/v1/notifications").then().statusCode(200)
                .body("items.titleZh", hasItem(containsString(title)));

        // the unit sees its own events; another unit does not
        as("staff").get("/api/v1/opinion-events/" + id).then().statusCode(200).body("event.title", equalTo(title))
                .body("internalNotes", containsString("舆情专班"));
        as("zcfghead").get("/api/v1/opinion-events/" + id).then().statusCode(404);
        as("zcfghead").queryParam("size", "100").get("/api/v1/opinion-events").then().statusCode(200).body("items.id", not(hasItem((int) id)));

        // Saturday 08:00 (12.5 of 24 hours: past half): the sweep reminds the unit and the office
        Clock.at("2026-10-17T08:00");
        sweep();
        assertTrue(notices("depthead", press).stream().anyMatch(t -> t.contains(title)), "the unit is reminded");
        assertTrue(notices("office", press).stream().anyMatch(t -> t.contains(title)), "the office is reminded");
        assertTrue(notices("leader", press).isEmpty(), "the leaders not yet");
        // Saturday 15:00 (19.5 of 24, past 80 %): escalated to the leaders
        Clock.at("2026-10-17T15:00");
        sweep();
        assertTrue(notices("leader", press).stream().anyMatch(t -> t.contains(title)), "escalated to the leaders at 80 %");
        assertTrue(notices("leader", response).isEmpty(), "the 48-hour clock is not at 80 % yet");

        // Saturday 20:00: the press clock ran out — overdue, in the list filter
        Clock.at("2026-10-17T20:00");
        as("office").queryParam("due", "OVERDUE").queryParam("size", "100").get("/api/v1/opinion-events").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as("office").queryParam("due", "SOMETIMES").get("/api/v1/opinion-events").then().statusCode(400).body("errors[0].field", equalTo("due"));

        // the unit answers on its WeChat account on Sunday 10:00 (in time for 48 hours, late for the press conference)
        Clock.at("2026-10-18T10:00");
        as("staff").body(Map.of("form", "FOLLOW_UP", "channel", "微信公众号", "summary", "x")).post("/api/v1/opinion-events/" + id + "/responses")
                .then().statusCode(400).body("errors[0].field", equalTo("form"));
        as("zcfghead").body(Map.of("form", "PLATFORM_REPLY", "channel", "微博", "summary", "x")).post("/api/v1/opinion-events/" + id + "/responses")
                .then().statusCode(404);
        as("staff").body(Map.of("form", "AUTHORITATIVE_RELEASE", "respondedAt", "2026-10-18T09:30:00+08:00", "channel", "市教育局微信公众号",
                        "link", "https://mp.weixin.qq.com/s/abc", "summary", "发布情况说明：今年中心城区小学划片范围总体稳定。"))
                .post("/api/v1/opinion-events/" + id + "/responses").then().statusCode(201)
                .body("event.state", equalTo("RESPONDED")).body("event.response.status", equalTo("MET"))
                .body("event.press.status", equalTo("OVERDUE")).body("responses[0].channel", equalTo("市教育局微信公众号"));
        // the press conference, held late: met late (the violation R45(6) stays visible)
        as("office").body(Map.of("form", "PRESS_CONFERENCE", "channel", "市政府新闻办", "summary", "召开新闻发布会回应关切。"))
                .post("/api/v1/opinion-events/" + id + "/responses").then().statusCode(201).body("event.press.status", equalTo("MET_LATE"));
        as("office").get("/api/v1/opinion-events/summary").then().statusCode(200)
                .body("find { it.departmentCode == 'JCJY' && it.category == 'MISREAD_POLICY' }.overdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        // internal notes: changed by the office, never in the audit trail
        as("office").body(Map.of("internalNotes", "已协调网信部门，舆情平稳。身份证号 370000199001011234 不应出现在审计里。"))
                .put("/api/v1/opinion-events/" + id + "/notes").then().statusCode(200).body("internalNotes", containsString("已协调"));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select coalesce(before_state, '') || coalesce(after_state, '') from audit_event "
                    + "where subject_type = 'opinion-event' and subject_id = '" + id + "'");
            int n = 0;
            while (rs.next()) {
                n++;
                assertFalse(rs.getString(1).contains("舆情专班") || rs.getString(1).contains("370000199001011234"), rs.getString(1));
            }
            assertTrue(n >= 4, "logged, two responses, notes: " + n);
        }

        // closure with an assessment, by the office, after a response
        as("staff").body(Map.of("assessment", "RESOLVED", "note", "已平息")).post("/api/v1/opinion-events/" + id + "/closure").then().statusCode(403);
        as("office").body(Map.of("note", "已平息")).post("/api/v1/opinion-events/" + id + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("assessment"));
        as("office").body(Map.of("assessment", "RESOLVED", "note", "舆情已平息，家长关切已回应。")).post("/api/v1/opinion-events/" + id + "/closure")
                .then().statusCode(200).body("event.state", equalTo("CLOSED")).body("event.assessment", equalTo("RESOLVED"));
        as("office").body(Map.of("assessment", "RESOLVED", "note", "再次")).post("/api/v1/opinion-events/" + id + "/closure").then().statusCode(409);
        as("staff").body(Map.of("form", "FOLLOW_UP", "channel", "微信", "summary", "后续")).post("/api/v1/opinion-events/" + id + "/responses")
                .then().statusCode(409);
    }

    @Test
    void anOrdinaryEventHasOnlyTheFortyEightHourClockAndOneOutsideTheFiveHasNone() {
        Clock.at("2026-10-19T09:00");
        JsonPath e = as("office").body(event("家长反映校车接送时间" + System.nanoTime(), "LIVELIHOOD", "GENERAL", "2026-10-19T08:00:00+08:00"))
                .post("/api/v1/opinion-events").then().statusCode(201).body("press", nullValue())
                .body("response.dueAt", equalTo("2026-10-21T00:00:00Z")).extract().jsonPath();
        long id = e.getLong("id");
        // not answered yet: not closed
        as("office").body(Map.of("assessment", "RESOLVED", "note", "x")).post("/api/v1/opinion-events/" + id + "/closure").then().statusCode(409);
        as("office").body(event("其他舆情" + System.nanoTime(), "OTHER", "GENERAL", "2026-10-19T08:00:00+08:00")).post("/api/v1/opinion-events")
                .then().statusCode(201).body("response", nullValue()).body("press", nullValue());
        // the capture: a screenshot kept with the event
        byte[] png = org.gongkai.testsupport.Items.PNG;
        long file = org.gongkai.testsupport.Users.upload("office").multiPart("file", "截图.png", png, "image/png")
                .post("/api/v1/opinion-events/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        as("office").get("/api/v1/opinion-events/" + id).then().statusCode(200).body("attachments[0].id", equalTo((int) file))
                .body("captureText", containsString("网传"));
        as("zcfghead").get("/api/v1/opinion-events/" + id + "/attachments/" + file).then().statusCode(404);
        // a public response statement is an item of this event, published through the review
        long other = org.gongkai.testsupport.Items.draft(org.gongkai.testsupport.Items.body("TZGG", "无关的通知" + System.nanoTime(), null, "2026-10-19", "PUBLIC", null));
        as("office").body(Map.of("form", "AUTHORITATIVE_RELEASE", "channel", "门户网站", "summary", "情况说明", "itemId", other))
                .post("/api/v1/opinion-events/" + id + "/responses").then().statusCode(400).body("errors[0].field", equalTo("itemId"));
        long statement = org.gongkai.testsupport.Items.draft(org.gongkai.testsupport.Items.body("TZGG", "关于校车接送时间的情况说明" + System.nanoTime(), null,
                "2026-10-19", "PUBLIC", "\"featureType\":\"opinion-event\",\"featureId\":\"" + id + "\""));
        as("office").body(Map.of("form", "AUTHORITATIVE_RELEASE", "channel", "门户网站", "summary", "情况说明", "itemId", statement))
                .post("/api/v1/opinion-events/" + id + "/responses").then().statusCode(201).body("responses[0].itemId", equalTo((int) statement))
                .body("event.response.status", equalTo("MET"));
        assertEquals(200, as("staff").get("/api/v1/opinion-events/" + id + "/attachments/" + file).then().extract().statusCode());
    }
}
