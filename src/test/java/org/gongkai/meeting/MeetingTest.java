package org.gongkai.meeting;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
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
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, meetings (R31, R32): the materials are due at the office 1 working day after the meeting ends (across a
 * weekend), met on time or late as the ledger derives it; notice and materials reach the portal only through the
 * review; a director's meeting's topics are opened to attendance by the office and agreed or declined by their
 * departments; attendees' names are masked everywhere public and absent from the audit trail; role rules.
 */
@QuarkusTest
class MeetingTest {
    static Map<String, Object> meeting(String title, String category, String format, String starts, String ends) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("category", category);
        m.put("format", format);
        m.put("startsAt", starts);
        m.put("endsAt", ends);
        m.put("venue", "市教育局三楼会议室");
        m.put("liveUrl", "https://live.example.gov.cn/jyj/" + System.nanoTime());
        m.put("agenda", "一、通报2027年招生政策\n二、答复家长代表提问");
        m.put("channels", List.of("WECHAT"));
        return m;
    }

    static JsonPath detail(String user, long id) {
        return as(user).get("/api/v1/meetings/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/meetings").then().statusCode(201).extract().jsonPath().getLong("meeting.id");
    }

    static void material(String user, long id, String kind, String title) {
        as(user).body(Map.of("kind", kind, "title", title, "content", "会议通报了2027年招生政策。\n家长代表提出意见三条。")).post("/api/v1/meetings/" + id + "/materials")
                .then().statusCode(201);
    }

    @Test
    void materialsAreDueOneWorkingDayAfterTheMeetingAcrossAWeekendAndPublishedThroughTheReview() {
        // Thursday 10 December 2026; the meetings are on Friday the 11th: their materials are due on Monday the 14th
        Clock.at("2026-12-10T09:00");
        String title = "2027年义务教育招生政策通报会" + System.nanoTime();
        long onTime = create("staff", meeting(title, "PUBLIC_INTEREST", "HYBRID", "2026-12-11T09:00:00+08:00", "2026-12-11T11:30:00+08:00"));
        long late = create("staff", meeting(title + "（二）", "PUBLIC_INTEREST", "IN_PERSON", "2026-12-11T14:00:00+08:00", "2026-12-11T16:00:00+08:00"));
        JsonPath d = detail("staff", onTime);
        assertEquals("R31", d.getString("obligations[0].ruleId"));
        assertEquals("2026-12-14", d.getString("obligations[0].dueDate"));
        assertEquals("JCJY", d.getString("meeting.departmentCode"));
        assertTrue(d.getString("meeting.refNo").startsWith("HYGK2026-"));

        // bad input: every failing field named
        Map<String, Object> bad = meeting("x", "PUBLIC_INTEREST", "ONLINE", "2026-12-11T09:00:00+08:00", "2026-12-11T08:00:00+08:00");
        bad.remove("liveUrl");
        as("staff").body(bad).post("/api/v1/meetings").then().statusCode(400).body("errors.field", hasItems("endsAt", "liveUrl"));
        as("staff").body(meeting("x", "DIRECTORS", "IN_PERSON", "2026-12-11T09:00:00+08:00", "2026-12-11T10:00:00+08:00")).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", hasItem("topics"));
        as("staff").body(meeting("x", "PUBLIC_INTEREST", "IN_PERSON", "2026-12-01T09:00:00+08:00", "2026-12-01T10:00:00+08:00")).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", hasItem("startsAt"));
        as("staff").body(Map.of("kind", "MINUTES", "title", "")).post("/api/v1/meetings/" + onTime + "/materials").then().statusCode(400)
                .body("errors.field", hasItems("title", "content"));
        // another department neither sees nor works on it; citizens are refused
        as("infosection").get("/api/v1/meetings/" + onTime).then().statusCode(404);
        as("infosection").body(Map.of("kind", "MINUTES", "title", "x", "content", "x")).post("/api/v1/meetings/" + onTime + "/materials").then().statusCode(404);
        as("citizen").get("/api/v1/meetings/" + onTime).then().statusCode(403);

        // the notice through the review: the portal then lists it as upcoming with its live stream
        long notice = as("staff").post("/api/v1/meetings/" + onTime + "/notice").then().statusCode(200).extract().jsonPath().getLong("id");
        as("anonymous").get("/api/v1/portal/meetings/" + onTime).then().statusCode(404);
        Items.publish(notice);
        as("anonymous").get("/api/v1/portal/meetings?upcoming=true&size=100").then().statusCode(200)
                .body("items.find { it.id == " + onTime + " }.liveUrl", containsString("https://live.example.gov.cn/"))
                .body("items.find { it.id == " + onTime + " }.noticeItemId", equalTo((int) notice));
        as("anonymous").get("/api/v1/portal/meetings/" + late).then().statusCode(404);

        // before it ends, and without materials, nothing is handed over
        material("staff", onTime, "AGENDA", "会议议程");
        as("staff").post("/api/v1/meetings/" + onTime + "/handover").then().statusCode(409).body("detail", containsString("ends at"));
        Clock.at("2026-12-11T17:00");
        as("staff").post("/api/v1/meetings/" + late + "/handover").then().statusCode(409).body("detail", containsString("no materials"));
        as("office").post("/api/v1/meetings/" + onTime + "/materials-item").then().statusCode(409);

        // Monday: the first on time; the second still owed
        Clock.at("2026-12-14T16:00");
        material("staff", onTime, "MINUTES", "会议纪要");
        as("staff").post("/api/v1/meetings/" + onTime + "/handover").then().statusCode(200)
                .body("obligations[0].status", equalTo("MET")).body("meeting.state", equalTo("HELD"));
        as("staff").post("/api/v1/meetings/" + onTime + "/handover").then().statusCode(409);
        assertEquals("DUE_SOON", detail("staff", late).getString("obligations[0].status"));
        // Tuesday: overdue, then handed over late
        Clock.at("2026-12-15T10:00");
        assertEquals("OVERDUE", detail("office", late).getString("obligations[0].status"));
        material("staff", late, "MINUTES", "会议纪要");
        as("staff").post("/api/v1/meetings/" + late + "/handover").then().statusCode(200).body("obligations[0].status", equalTo("MET_LATE"));

        // the office drafts the materials item; the department may not; published, it is on the portal with the replay
        as("staff").post("/api/v1/meetings/" + onTime + "/materials-item").then().statusCode(403);
        JsonPath item = as("office").post("/api/v1/meetings/" + onTime + "/materials-item").then().statusCode(200).extract().jsonPath();
        assertEquals("MEETING_MATERIALS", item.getString("type"));
        assertEquals("HYGK", item.getString("columnCode"));
        assertTrue(item.getString("body").contains("会议纪要"), item.getString("body"));
        assertTrue(item.getList("channels").contains("WECHAT"));
        // once drafted, the materials are final here (further files go on the item)
        as("staff").body(Map.of("kind", "SPEECH", "title", "x", "content", "x")).post("/api/v1/meetings/" + onTime + "/materials").then().statusCode(409);
        Items.publishByOffice(item.getLong("id"));   // the office's item: it publishes the materials (R31)
        as("anonymous").get("/api/v1/portal/meetings/" + onTime).then().statusCode(200)
                .body("meeting.materialsItemId", equalTo(item.getInt("id"))).body("meeting.upcoming", equalTo(false)).body("meeting.liveUrl", nullValue());
        as("anonymous").get("/api/v1/portal/meetings?upcoming=false&size=100").then().statusCode(200).body("items.id", hasItem((int) onTime));
        as("anonymous").get("/api/v1/portal/meetings?upcoming=true&size=100").then().statusCode(200).body("items.id", not(hasItem((int) onTime)));
        assertEquals(item.getString("id"), detail("staff", onTime).getString("meeting.materialsItemId"));
        assertFalse(detail("staff", onTime).getString("meeting.materialsPublishedOn") == null);
    }

    @Test
    void aCancelledMeetingCancelsItsClock() {
        Clock.at("2026-12-10T09:00");
        long id = create("staff", meeting("校园安全工作座谈会" + System.nanoTime(), "PUBLIC_INTEREST", "IN_PERSON", "2026-12-18T09:00:00+08:00", "2026-12-18T10:00:00+08:00"));
        as("staff").body(Map.of("reason", "")).post("/api/v1/meetings/" + id + "/cancellation").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("staff").body(Map.of("reason", "因故延期")).post("/api/v1/meetings/" + id + "/cancellation").then().statusCode(200)
                .body("meeting.state", equalTo("CANCELLED")).body("obligations[0].status", equalTo("CANCELLED"));
        as("staff").body(Map.of("reason", "再次")).post("/api/v1/meetings/" + id + "/cancellation").then().statusCode(409);
    }

    @Test
    void aPlannedMeetingMovedToAnotherDayMovesItsClock() {
        // Thursday 10 December 2026: a meeting on Friday the 11th (materials due Monday the 14th), moved to Thursday the 17th (due Friday the 18th)
        Clock.at("2026-12-10T09:00");
        String title = "家长委员会座谈会" + System.nanoTime();
        long id = create("staff", meeting(title, "PUBLIC_INTEREST", "IN_PERSON", "2026-12-11T09:00:00+08:00", "2026-12-11T10:00:00+08:00"));
        assertEquals("2026-12-14", detail("staff", id).getString("obligations[0].dueDate"));
        Map<String, Object> moved = meeting(title + "（改期）", "PUBLIC_INTEREST", "ONLINE", "2026-12-17T15:00:00+08:00", "2026-12-17T16:00:00+08:00");
        moved.remove("liveUrl");
        as("staff").body(moved).put("/api/v1/meetings/" + id).then().statusCode(400).body("errors.field", hasItem("liveUrl"));
        moved.put("liveUrl", "https://live.example.gov.cn/jyj/20261217");
        as("infosection").body(moved).put("/api/v1/meetings/" + id).then().statusCode(404);
        Map<String, Object> recategorised = new java.util.HashMap<>(moved);
        recategorised.put("category", "LEADING_GROUP");
        as("staff").body(recategorised).put("/api/v1/meetings/" + id).then().statusCode(400).body("errors.field", hasItem("category"));
        as("staff").body(moved).put("/api/v1/meetings/" + id).then().statusCode(200)
                .body("meeting.title", equalTo(title + "（改期）")).body("meeting.format", equalTo("ONLINE"))
                .body("obligations[0].status", org.hamcrest.Matchers.not(equalTo("CANCELLED"))).body("obligations[0].dueDate", equalTo("2026-12-18"));
        as("admin").queryParam("subjectType", "meeting").queryParam("subjectId", id).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItem("meeting.changed"));
        // once cancelled, it does not change
        as("staff").body(Map.of("reason", "因故取消")).post("/api/v1/meetings/" + id + "/cancellation").then().statusCode(200);
        as("staff").body(moved).put("/api/v1/meetings/" + id).then().statusCode(409);
    }

    @Test
    void theOfficeOpensTopicsToAttendanceTheirDepartmentsAgreeAndAttendeesArePublishedMasked() throws Exception {
        Clock.at("2026-12-10T09:00");
        String topic1 = "2027年义务教育招生工作方案" + System.nanoTime();
        String topic2 = "规范性文件清理情况" + System.nanoTime();
        Map<String, Object> body = meeting("局长办公会（2026年第12次）", "DIRECTORS", "IN_PERSON", "2026-12-11T09:00:00+08:00", "2026-12-11T11:00:00+08:00");
        body.put("topics", List.of(Map.of("title", topic1, "departmentCode", "JCJY"), Map.of("title", topic2, "departmentCode", "ZCFG", "opennessReport", true)));
        as("staff").body(body).post("/api/v1/meetings").then().statusCode(201);   // its own department's: allowed
        long id = create("office", body);
        JsonPath d = detail("office", id);
        assertEquals("BGS", d.getString("meeting.departmentCode"));
        long t1 = d.getLong("topics[0].id");
        long t2 = d.getLong("topics[1].id");
        // the departments reporting a topic see the meeting; another does not
        detail("staff", id);
        detail("legal", id);
        as("infosection").get("/api/v1/meetings/" + id).then().statusCode(404);

        // the office opens topics to attendance; a department cannot
        as("staff").body(Map.of("open", true)).post("/api/v1/meetings/" + id + "/topics/" + t1 + "/attendance").then().statusCode(403);
        as("office").body(Map.of("open", true)).post("/api/v1/meetings/" + id + "/topics/" + t1 + "/attendance").then().statusCode(200);
        as("office").body(Map.of("open", true)).post("/api/v1/meetings/" + id + "/topics/" + t2 + "/attendance").then().statusCode(200);
        Map<String, Object> invitation = Map.of("topicId", t1, "category", "NPC_DEPUTY", "name", "李明华", "affiliation", "市人大代表、兰山区第一实验小学校长");
        as("office").body(invitation).post("/api/v1/meetings/" + id + "/attendees").then().statusCode(409).body("detail", containsString("not answered"));
        // each department answers for its own topic only; a refusal gives its reason
        as("staff").body(Map.of("agree", true)).post("/api/v1/meetings/" + id + "/topics/" + t2 + "/answer").then().statusCode(404);
        as("staff").body(Map.of("agree", true)).post("/api/v1/meetings/" + id + "/topics/" + t1 + "/answer").then().statusCode(200).body("answer", equalTo("AGREED"));
        as("legal").body(Map.of("agree", false)).post("/api/v1/meetings/" + id + "/topics/" + t2 + "/answer").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("legal").body(Map.of("agree", false, "reason", "涉及内部审议事项")).post("/api/v1/meetings/" + id + "/topics/" + t2 + "/answer").then().statusCode(200)
                .body("answer", equalTo("DECLINED"));
        as("office").body(Map.of("topicId", t2, "category", "PUBLIC", "name", "王五")).post("/api/v1/meetings/" + id + "/attendees").then().statusCode(409);
        as("office").body(Map.of("category", "PUBLIC", "name", "王五")).post("/api/v1/meetings/" + id + "/attendees").then().statusCode(400)
                .body("errors.field", hasItem("topicId"));
        as("staff").body(invitation).post("/api/v1/meetings/" + id + "/attendees").then().statusCode(403);
        long attendee = as("office").body(invitation).post("/api/v1/meetings/" + id + "/attendees").then().statusCode(201)
                .body("name", equalTo("李**")).extract().jsonPath().getLong("id");
        // the notice names the topic open to attendance, not the declined one
        String notice = as("office").post("/api/v1/meetings/" + id + "/notice").then().statusCode(200).extract().jsonPath().getString("body");
        assertTrue(notice.contains(topic1) && !notice.contains(topic2), notice);

        as("office").body(Map.of("attended", true)).post("/api/v1/meetings/" + id + "/attendees/" + attendee).then().statusCode(409);
        Clock.at("2026-12-11T10:00");
        as("office").body(Map.of("attended", true, "remarks", "建议扩大优质学校招生计划。")).post("/api/v1/meetings/" + id + "/attendees/" + attendee)
                .then().statusCode(200).body("state", equalTo("ATTENDED"));
        Clock.at("2026-12-11T15:00");
        material("office", id, "DECISION", "会议决定事项");
        as("office").post("/api/v1/meetings/" + id + "/handover").then().statusCode(200).body("obligations[0].status", equalTo("MET"));
        String materials = as("office").post("/api/v1/meetings/" + id + "/materials-item").then().statusCode(200).extract().jsonPath().getString("body");
        assertTrue(materials.contains("李**") && materials.contains("建议扩大优质学校招生计划") && !materials.contains("李明华"), materials);
        long item = detail("office", id).getLong("meeting.materialsItemId");
        Items.publishByOffice(item);

        String portal = as("anonymous").get("/api/v1/portal/meetings/" + id).then().statusCode(200)
                .body("topics", hasSize(1)).body("topics[0].title", equalTo(topic1))
                .body("topics[0].attendees[0].name", equalTo("李**")).body("topics[0].attendees[0].category", equalTo("NPC_DEPUTY"))
                .extract().asString();
        assertFalse(portal.contains("李明华"), portal);
        assertFalse(as("anonymous").get("/api/v1/portal/meetings?size=100").then().statusCode(200).extract().asString().contains("李明华"));
        assertFalse(as("office").get("/api/v1/meetings/" + id).then().extract().asString().contains("李明华"));
        // the name is stored encrypted, and never in the audit trail
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery("select name_enc, name_masked from meeting_attendee where id = " + attendee);
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("李明华"));
            assertEquals("李**", rs.getString(2));
            ResultSet a = c.createStatement().executeQuery("select count(*) from audit_event where after_state like '%李明华%' or before_state like '%李明华%'");
            a.next();
            assertEquals(0, a.getInt(1));
            // the leading group's yearly report was heard (topic 2): the R2 quota counts the meeting
            ResultSet quota = c.createStatement().executeQuery("select count(*) from obligation_event e join obligation o on o.id = e.obligation_id "
                    + "where o.rule_id = 'R2' and e.reference like '%" + d.getString("meeting.refNo") + "%'");
            quota.next();
            assertEquals(1, quota.getInt(1));
            ResultSet actions = c.createStatement().executeQuery("select string_agg(action, ',') from audit_event where subject_type = 'meeting' and subject_id = '" + id + "'");
            actions.next();
            String trail = actions.getString(1);
            for (String action : List.of("meeting.created", "meeting.topic.marked", "meeting.topic.answered", "meeting.attendee.invited", "meeting.attendance.recorded",
                    "meeting.materials.handed-over", "meeting.materials.drafted", "meeting.materials.published")) {
                assertTrue(trail.contains(action), action + " in " + trail);
            }
        }
        as("anonymous").get("/api/v1/portal/meetings?size=100").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void decisionsOfTheLeadingGroupAreFollowedUpOnTheLedger() {
        Clock.at("2026-12-10T09:00");
        long id = create("office", meeting("政务公开工作领导小组会议" + System.nanoTime(), "LEADING_GROUP", "IN_PERSON", "2026-12-10T10:00:00+08:00", "2026-12-10T11:00:00+08:00"));
        Map<String, Object> decision = Map.of("text", "完善校外培训机构监管信息公开办法。", "departmentCode", "JCJY", "dueOn", "2026-12-18");
        as("office").body(decision).post("/api/v1/meetings/" + id + "/decisions").then().statusCode(409).body("detail", containsString("not begun"));
        Clock.at("2026-12-10T12:00");
        as("staff").body(decision).post("/api/v1/meetings/" + id + "/decisions").then().statusCode(403);
        as("office").body(Map.of("text", "", "departmentCode", "NOPE", "dueOn", "2026-12-01")).post("/api/v1/meetings/" + id + "/decisions").then().statusCode(400)
                .body("errors.field", hasItems("text", "dueOn"));
        JsonPath d = as("office").body(decision).post("/api/v1/meetings/" + id + "/decisions").then().statusCode(201).extract().jsonPath();
        assertEquals("2026-12-18", d.getString("decisions[0].obligation.dueDate"));
        assertEquals("R2-DB", d.getString("decisions[0].obligation.ruleId"));
        assertEquals("JCJY", d.getString("decisions[0].obligation.departmentCode"));
        long first = d.getLong("decisions[0].id");
        long second = as("office").body(Map.of("text", "按季度通报督办事项进展。", "departmentCode", "JCJY", "dueOn", "2026-12-15"))
                .post("/api/v1/meetings/" + id + "/decisions").then().statusCode(201).extract().jsonPath().getLong("decisions[1].id");
        // due on a Saturday: the ledger moves it to Monday, and the task says Monday too
        JsonPath weekend = as("office").body(Map.of("text", "整理督办台账。", "departmentCode", "JCJY", "dueOn", "2026-12-19"))
                .post("/api/v1/meetings/" + id + "/decisions").then().statusCode(201).extract().jsonPath();
        assertEquals("2026-12-21", weekend.getString("decisions[2].obligation.dueDate"));
        assertEquals("2026-12-21", weekend.getString("decisions[2].dueOn"));
        // the department carrying it out sees the meeting; another does not, and cannot complete it
        detail("staff", id);
        as("infosection").get("/api/v1/meetings/" + id).then().statusCode(404);
        as("legal").body(Map.of("evidence", "x")).post("/api/v1/meetings/" + id + "/decisions/" + first + "/completion").then().statusCode(404);
        as("staff").body(Map.of("evidence", "")).post("/api/v1/meetings/" + id + "/decisions/" + first + "/completion").then().statusCode(400)
                .body("errors.field", hasItem("evidence"));
        as("staff").body(Map.of("evidence", "已印发《校外培训机构监管信息公开办法》。")).post("/api/v1/meetings/" + id + "/decisions/" + first + "/completion").then().statusCode(200)
                .body("decisions[0].state", equalTo("DONE")).body("decisions[0].obligation.status", equalTo("MET"));
        as("staff").body(Map.of("evidence", "again")).post("/api/v1/meetings/" + id + "/decisions/" + first + "/completion").then().statusCode(409);
        Clock.at("2026-12-16T09:00");
        assertEquals("OVERDUE", detail("office", id).getString("decisions[1].obligation.status"));
        as("staff").body(Map.of("evidence", "已通报。")).post("/api/v1/meetings/" + id + "/decisions/" + second + "/completion").then().statusCode(200)
                .body("decisions[1].obligation.status", equalTo("MET_LATE"));
        // a meeting of public interest has no decisions to follow up
        long open = create("staff", meeting("家长座谈会" + System.nanoTime(), "PUBLIC_INTEREST", "IN_PERSON", "2026-12-16T09:30:00+08:00", "2026-12-16T10:00:00+08:00"));
        Clock.at("2026-12-16T11:00");
        as("office").body(Map.of("text", "x", "departmentCode", "JCJY", "dueOn", "2026-12-30")).post("/api/v1/meetings/" + open + "/decisions").then().statusCode(409);
    }
}
