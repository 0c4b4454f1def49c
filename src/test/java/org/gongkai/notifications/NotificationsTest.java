package org.gongkai.notifications;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Db;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.SmtpResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: notifications reach people — in the console per user (assigned to you, awaiting your approval, returned
 * to you, due soon), by e-mail through a real SMTP server (GreenMail, started by the suite) to a department's mailbox
 * and, with consent only, to the enquirer; by text message through the SMS boundary. No personal data beyond the
 * addressee's own.
 */
@QuarkusTest
class NotificationsTest {

    /** Every title the user has, newest first (all pages: other test classes' clocks may have put theirs above). */
    static List<String> titles(String user) {
        List<String> all = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var p = as(user).queryParam("size", 100).queryParam("page", page).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
            all.addAll(p.getList("items.titleZh"));
            if (page + 1 >= p.getInt("totalPages")) break;
        }
        return all;
    }

    static long unread(String user) {
        return as(user).get("/api/v1/notifications/unread-count").then().statusCode(200).extract().jsonPath().getLong("unread");
    }

    static long idOf(String user, String titlePart) {
        JsonPath p = as(user).queryParam("size", 100).get("/api/v1/notifications").then().extract().jsonPath();
        List<Map<String, Object>> items = p.getList("items");
        return items.stream().filter(m -> String.valueOf(m.get("titleZh")).contains(titlePart)).mapToLong(m -> ((Number) m.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no notification about " + titlePart + " for " + user + ": " + items));
    }

    /** Mails that reached {@code to}, waiting up to 15 s for the outbox's sender. */
    static List<MimeMessage> mailsTo(String to, int atLeast) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> got = List.of();
        while (System.nanoTime() < end) {
            got = java.util.Arrays.stream(SmtpResource.server().getReceivedMessages()).filter(m -> {
                try {
                    return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (got.size() >= atLeast) return got;
            Thread.sleep(200);
        }
        return got;
    }

    static String text(MimeMessage m) throws Exception {
        Object c = m.getContent();
        return c instanceof String s ? s : new String(m.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anEnquiryTransferredReachesTheDepartmentAndOnlyIt() {
        Clock.today("2026-10-12");
        String title = "通知测试：转交的留言" + System.nanoTime();
        String tracking = Enquiries.submit("anonymous", "198.51.100.20", null, title, false).then().statusCode(201).extract().jsonPath().getString("trackingNo");
        long id = as("office").queryParam("q", tracking).get("/api/v1/enquiries").then().extract().jsonPath().getLong("items[0].id");
        long before = unread("staff");
        as("office").body(Map.of("departmentCode", "JCJY")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200);
        // JCJY's staff and head see it; another department does not
        org.hamcrest.MatcherAssert.assertThat(titles("staff"), hasItem(org.hamcrest.Matchers.containsString(tracking)));
        org.hamcrest.MatcherAssert.assertThat(titles("depthead"), hasItem(org.hamcrest.Matchers.containsString(tracking)));
        org.hamcrest.MatcherAssert.assertThat(titles("zcfghead"), not(hasItem(org.hamcrest.Matchers.containsString(tracking))));
        assertEquals(before + 1, unread("staff"));
        long n = idOf("staff", tracking);
        as("staff").get("/api/v1/notifications?unread=true&size=100").then().body("items.id", hasItem((int) n)).body("items.find { it.id == " + n + " }.link",
                equalTo("/console/enquiries/" + id)).body("items.find { it.id == " + n + " }.kind", equalTo("ASSIGNED"));
        // read by one person of the department, still unread for the others
        as("staff").post("/api/v1/notifications/" + n + "/read").then().statusCode(204);
        assertEquals(before, unread("staff"));
        as("depthead").get("/api/v1/notifications?unread=true&size=100").then().body("items.id", hasItem((int) n));
        // not theirs: as if it did not exist
        as("zcfghead").post("/api/v1/notifications/" + n + "/read").then().statusCode(404);
        as("citizen").get("/api/v1/notifications").then().statusCode(403);
        // sent back: the office hears of it
        as("staff").body(Map.of("text", "不属于本科室职责")).post("/api/v1/enquiries/" + id + "/send-back").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(titles("office"), hasItem(org.hamcrest.Matchers.containsString("留言被退回办公室：" + tracking)));
    }

    @Test
    void theReviewTellsTheNextPersonAndReturnsToTheDrafter() {
        Clock.today("2026-10-12");
        String title = "通知测试：待审核的信息" + System.nanoTime();
        long id = Items.draft(Items.body("YWJYZS", title, null, "2026-10-12", "PUBLIC", null));
        Items.move("staff", id, "submission", Map.of("opinion", "经审查不涉密"), 200);
        org.hamcrest.MatcherAssert.assertThat(titles("depthead"), hasItem("待审核：" + title));
        // the drafter is not a head: awaiting approval is not for them
        org.hamcrest.MatcherAssert.assertThat(titles("staff"), not(hasItem("待审核：" + title)));
        Items.move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        org.hamcrest.MatcherAssert.assertThat(titles("officehead"), hasItem("待办公室审核：" + title));
        Items.move("officehead", id, "return", Map.of("reason", "请补充政策依据"), 200);
        org.hamcrest.MatcherAssert.assertThat(titles("staff"), hasItem("被退回修改：" + title + "（请补充政策依据）"));
        org.hamcrest.MatcherAssert.assertThat(titles("depthead"), not(hasItem(org.hamcrest.Matchers.startsWith("被退回修改：" + title))));
    }

    @Test
    void theSweepsRemindersReachTheConsoleAndTheDepartmentsMailbox() throws Exception {
        String mailbox = "jcjy-" + System.nanoTime() + "@example.cn";
        try (Connection c = Db.connect()) {
            c.createStatement().executeUpdate("update department set email = '" + mailbox + "' where code = 'JCJY'");
        }
        String rule = org.gongkai.testsupport.Obligations.rule();
        Clock.today("2026-10-12");
        long due = as("office").body(Map.of("subjectType", "test", "subjectId", rule, "ruleId", rule, "title", "通知测试：即将到期的事项",
                        "departmentCode", "JCJY", "start", "2026-10-09", "days", 3, "unit", "WORKING"))   // 10/10 (a make-up Saturday), 10/12, 10/13
                .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").post("/api/v1/obligations/sweep").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(titles("staff"), hasItem("即将到期：通知测试：即将到期的事项（2026-10-13）"));
        // once: a second sweep the same day announces nothing new
        as("admin").post("/api/v1/obligations/sweep").then().statusCode(200);
        assertEquals(1, titles("staff").stream().filter(t -> t.contains("通知测试：即将到期的事项")).count());
        List<MimeMessage> mails = mailsTo(mailbox, 1);
        assertEquals(1, mails.size(), "one digest for the department's mailbox");
        String body = text(mails.get(0));
        assertTrue(body.contains("【即将到期】通知测试：即将到期的事项，截止 2026-10-13"), body);
        assertTrue(body.contains("[due soon] 通知测试：即将到期的事项, due 2026-10-13"), "English too: " + body);
        assertTrue(mails.get(0).getSubject().contains("基础教育科"), mails.get(0).getSubject());
        try (Connection c = Db.connect()) {
            var rs = c.createStatement().executeQuery("select to_address from message_outbox where purpose like 'mail:digest:JCJY:2026-10-12'");
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("@"), "the address is stored encrypted");
            c.createStatement().executeUpdate("update department set email = null where code = 'JCJY'");
        }
        // the reminder is the ledger's own: the obligation it announces is due soon there too
        as("office").get("/api/v1/obligations/" + due).then().statusCode(200).body("obligation.status", equalTo("DUE_SOON"));
    }

    @Test
    void theEnquirerIsToldOnlyWithConsentAndOnlyTheTrackingNumber() throws Exception {
        Clock.today("2026-10-12");
        String email = "asker-" + System.nanoTime() + "@example.cn";
        String withConsent = submit("通知测试：同意通知", email, "13912345678", true);
        String without = submit("通知测试：未同意通知", "no-" + email, "13912345679", false);
        for (String tracking : List.of(withConsent, without)) {
            long id = as("office").queryParam("q", tracking).get("/api/v1/enquiries").then().extract().jsonPath().getLong("items[0].id");
            as("office").body(Map.of("category", "ANSWERED", "answer", "请携带户口簿和房产证明到学校报名。"))
                    .post("/api/v1/enquiries/" + id + "/closure").then().statusCode(200);
        }
        List<MimeMessage> mails = mailsTo(email, 1);
        assertEquals(1, mails.size());
        String body = text(mails.get(0));
        assertTrue(body.contains(withConsent) && body.contains("已经答复") && body.contains("has answered your enquiry"), body);
        assertFalse(body.contains("张三丰") || body.contains("13912345678") || body.contains("户口簿"), "no name, phone or answer text in the mail: " + body);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (RecordingBoundaries.SMS.stream().noneMatch(s -> s.mobile().equals("13912345678")) && System.nanoTime() < deadline) Thread.sleep(200);
        assertTrue(RecordingBoundaries.SMS.stream().anyMatch(s -> s.mobile().equals("13912345678") && s.text().contains(withConsent)));
        Thread.sleep(1500);
        assertEquals(0, mailsTo("no-" + email, 0).size(), "no consent, no mail");
        assertTrue(RecordingBoundaries.SMS.stream().noneMatch(s -> s.mobile().equals("13912345679")), "no consent, no text");
    }

    /** Issue 10: staff whose address the console saw (the token's e-mail, remembered at /me) are mailed what is for them. */
    @Test
    void staffAreMailedWhatIsForThem() throws Exception {
        as("depthead").get("/api/v1/me").then().statusCode(200);
        as("staff").get("/api/v1/me").then().statusCode(200);
        Clock.today("2026-10-12");
        String title = "通知测试：邮件提醒的信息" + System.nanoTime();
        long id = Items.draft(Items.body("YWJYZS", title, null, "2026-10-12", "PUBLIC", null));
        Items.move("staff", id, "submission", Map.of("opinion", "经审查不涉密"), 200);
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> forHead = List.of();
        while (System.nanoTime() < end && forHead.isEmpty()) {
            forHead = mailsTo("depthead@gongkai.example.cn", 0).stream().filter(m -> subject(m).contains(title)).toList();
            Thread.sleep(200);
        }
        assertEquals(1, forHead.size(), "the department head is mailed the submission awaiting them");
        String body = text(forHead.get(0));
        assertTrue(body.contains("/console/review") && body.contains("Awaiting your approval"), body);
        // the drafter, who holds no head's role, is not
        assertTrue(mailsTo("staff@gongkai.example.cn", 0).stream().noneMatch(m -> subject(m).contains(title)));
        try (Connection c = Db.connect()) {
            var rs = c.createStatement().executeQuery("select email from staff_contact where username = 'depthead'");
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("@"), "the address is stored encrypted");
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    static String submit(String title, String email, String phone, boolean consent) {
        Map<String, Object> body = new HashMap<>(Enquiries.answeredChallenge("anonymous"));
        body.put("category", "ENROLMENT");
        body.put("title", title);
        body.put("question", title + "：孩子入学需要哪些材料？");
        body.put("contactName", "张三丰");
        body.put("contactPhone", phone);
        body.put("contactEmail", email);
        body.put("publishable", false);
        body.put("notifyMe", consent);
        return as("anonymous").header("X-Forwarded-For", "198.51.100." + (consent ? 31 : 32)).body(body).post("/api/v1/enquiries")
                .then().statusCode(201).extract().jsonPath().getString("trackingNo");
    }
}
