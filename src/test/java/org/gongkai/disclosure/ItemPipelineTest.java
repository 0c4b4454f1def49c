package org.gongkai.disclosure;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * The publication pipeline on items, with real Keycloak users: staff (基础教育科) drafts, depthead (基础教育科)
 * approves, officehead (办公室) approves and publishes (R12); the attribute rule (R13, R4); the R8 clock.
 */
@QuarkusTest
class ItemPipelineTest {

    static String title(String base) {
        return base + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void draftReviewPublishAppearsOnThePortalAndClosesTheR8Clock() {
        Clock.today("2026-09-28");
        String title = title("临沂市2026年义务教育招生入学工作方案");
        long id = as("staff").body(Items.body("YWJYZS", title, "临教发〔2026〕12号", "2026-09-28", "PUBLIC", null))
                .post("/api/v1/items").then().statusCode(201)
                .body("indexNo", matchesPattern("11371300004324186X/2026-\\d{5}"))
                .body("state", equalTo("DRAFT"))
                .body("body", not(containsString("script")))
                .extract().jsonPath().getLong("id");
        // R8: publish within 20 working days of creation, across the National Day holiday
        as("staff").get("/api/v1/items/" + id).then().statusCode(200)
                .body("obligations.find { it.ruleId == 'R8' }.dueDate", equalTo("2026-10-30"));
        // not on the portal before the review
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(404);

        Items.move("staff", id, "submission", Map.of("opinion", "经保密审查，不涉及国家秘密、商业秘密、个人隐私，同意主动公开"), 200);
        // the office head cannot skip the department head
        as("officehead").body(Map.of("opinion", "同意")).post("/api/v1/items/" + id + "/approval").then().statusCode(403);
        // another department's head cannot approve: for them the item does not exist
        as("zcfghead").body(Map.of("opinion", "同意")).post("/api/v1/items/" + id + "/approval").then().statusCode(404);
        Items.move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        as("depthead").get("/api/v1/items/review-queue").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as("officehead").get("/api/v1/items/review-queue").then().statusCode(200).body("items.id", hasItem((int) id));

        Clock.today("2026-10-12");
        Items.move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
        as("staff").get("/api/v1/items/" + id).then().statusCode(200)
                .body("item.state", equalTo("PUBLISHED"))
                .body("item.publishedVersion", equalTo(1))
                .body("opinions.step", equalTo(java.util.List.of("DRAFTER", "DEPARTMENT_HEAD", "OFFICE_HEAD")))
                .body("opinions.actor", equalTo(java.util.List.of("staff", "depthead", "officehead")))
                .body("obligations.find { it.ruleId == 'R8' }.status", equalTo("MET"));

        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200)
                .body("title", equalTo(title))
                .body("docNumber", equalTo("临教发〔2026〕12号"))
                .body("issuingDepartment", equalTo("JCJY"))
                .body("createdDate", equalTo("2026-09-28"))
                .body("versionNo", equalTo(1));
        as("anonymous").queryParam("column", "ZSKS").get("/api/v1/portal/items").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as("anonymous").queryParam("column", "GHJH").get("/api/v1/portal/items").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        as("anonymous").get("/api/v1/feeds/latest.json").then().statusCode(200).body("items.title", hasItem(title));
        as("anonymous").get("/api/v1/feeds/latest.rss").then().statusCode(200)
                .contentType(containsString("application/rss+xml")).body(containsString("<title>" + title + "</title>"));
    }

    @Test
    void aDrafterCannotApproveTheirOwnItem() {
        Clock.today("2026-10-12");
        long id = as("depthead").body(Items.body("YWJYZS", title("课后服务通知"), null, "2026-10-12", "PUBLIC", null))
                .post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
        Items.move("depthead", id, "submission", Map.of("opinion", "不涉密"), 200);
        as("depthead").body(Map.of("opinion", "同意")).post("/api/v1/items/" + id + "/approval").then().statusCode(403)
                .body("detail", containsString("drafter"));
        as("staff").body(Map.of("opinion", "同意")).post("/api/v1/items/" + id + "/approval").then().statusCode(403);
    }

    @Test
    void theAttributeIsRequiredFromTheStartAndANonPublicOneNeedsItsLegalReason() {
        Clock.today("2026-10-12");
        as("staff").body("{\"columnCode\":\"YWJYZS\",\"title\":\"无属性\",\"issuingDepartment\":\"JCJY\"}")
                .post("/api/v1/items").then().statusCode(400).body("errors.field", hasItem("attribute"));
        as("staff").body(Items.body("NOPE", "错误栏目", null, "2026-10-12", "PUBLIC", null))
                .post("/api/v1/items").then().statusCode(400).body("errors.field", hasItem("columnCode"));
        long id = Items.draft(Items.body("XSZZ", title("受助学生名单"), null, "2026-10-12", "NOT_PUBLIC", null));
        as("staff").body(Map.of("opinion", "涉及个人信息")).post("/api/v1/items/" + id + "/submission").then().statusCode(400)
                .body("errors.field", hasItems("attributeBasis", "attributeReason"));
        as("staff").body(Items.body("XSZZ", title("受助学生名单"), null, "2026-10-12", "NOT_PUBLIC",
                        "\"attributeBasis\":\"OGI-15\",\"attributeReason\":\"含学生个人信息\",\"reviewDate\":\"2026-11-02\""))
                .put("/api/v1/items/" + id).then().statusCode(200);
        Items.move("staff", id, "submission", Map.of("opinion", "涉及个人隐私，建议不予公开"), 200);
        Items.move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意不予公开"), 200);
        as("staff").get("/api/v1/items/" + id).then().statusCode(200)
                .body("item.state", equalTo("DECIDED"))
                .body("item.live", equalTo(false))
                .body("obligations.find { it.ruleId == 'R8' }.status", equalTo("CANCELLED"));
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(404);

        // R14: the review date brings a 20-working-day obligation to re-decide the attribute
        Clock.today("2026-11-02");
        as("admin").post("/api/v1/items/sweep").then().statusCode(200);
        as("staff").get("/api/v1/items/" + id).then()
                .body("obligations.find { it.ruleId == 'R14' }.startDate", equalTo("2026-11-02"))
                .body("obligations.find { it.ruleId == 'R14' }.dueDate", equalTo("2026-11-30"));
        // a second sweep opens nothing twice
        Clock.today("2026-11-03");
        as("admin").post("/api/v1/items/sweep").then().statusCode(200);
        as("staff").get("/api/v1/items/" + id).then().body("obligations.findAll { it.ruleId == 'R14' }", hasSize(1));
        // re-decided (still not public, the same review date kept): met, and the date brings no second one (issue 9)
        Items.move("staff", id, "revision", Map.of("note", "复审：仍含个人信息"), 200);
        Items.move("staff", id, "submission", Map.of("opinion", "复审后仍不予公开"), 200);
        Items.move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意"), 200);
        as("staff").get("/api/v1/items/" + id).then().body("obligations.find { it.ruleId == 'R14' }.status", equalTo("MET"));
        Clock.today("2026-11-04");
        as("admin").post("/api/v1/items/sweep").then().statusCode(200).body("opened", equalTo(0));
        as("staff").get("/api/v1/items/" + id).then().body("obligations.findAll { it.ruleId == 'R14' }", hasSize(1));
    }

    @Test
    void theOfficeReturnsAWrongAttributeAndTheDrafterResubmits() {
        Clock.today("2026-10-12");
        long id = Items.draft(Items.body("XSZZ", title("家庭经济困难学生认定结果"), null, "2026-10-12", "PUBLIC", null));
        Items.move("staff", id, "submission", Map.of("opinion", "不涉密"), 200);
        Items.move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        Items.move("office", id, "return", Map.of("reason", "公开属性有误：含学生个人信息，应为依申请公开"), 200);
        as("staff").get("/api/v1/items/" + id).then().body("item.state", equalTo("RETURNED"))
                .body("opinions[-1].decision", equalTo("RETURNED"))
                .body("opinions[-1].step", equalTo("OFFICE"));
        // under review nothing is editable; returned it is
        as("staff").body(Items.body("XSZZ", title("家庭经济困难学生认定结果"), null, "2026-10-12", "ON_REQUEST",
                        "\"attributeBasis\":\"OGI-13\",\"attributeReason\":\"仅向本人提供\""))
                .put("/api/v1/items/" + id).then().statusCode(200).body("attribute", equalTo("ON_REQUEST"));
        Items.move("staff", id, "submission", Map.of("opinion", "已改为依申请公开"), 200);
        as("staff").get("/api/v1/items/" + id).then().body("item.round", equalTo(2));
        as("staff").body(Items.body("XSZZ", "改标题", null, "2026-10-12", "PUBLIC", null))
                .put("/api/v1/items/" + id).then().statusCode(409);
    }

    /** Issue 9: the date of creation is never in the future, and correcting it moves the R8 clock. */
    @Test
    void theDateOfCreationDrivesTheR8Clock() {
        Clock.today("2026-10-12");
        as("staff").body(Items.body("YWJY", title("未来成文"), null, "2026-10-13", "PUBLIC", null))
                .post("/api/v1/items").then().statusCode(400).body("errors.field", hasItem("createdDate"));
        String t = title("成文日期更正");
        long id = Items.draft(Items.body("YWJY", t, null, "2026-10-12", "PUBLIC", null));
        as("staff").get("/api/v1/items/" + id).then().body("obligations.find { it.ruleId == 'R8' }.dueDate", equalTo("2026-11-09"));
        as("staff").body(Items.body("YWJY", t, null, "2026-09-28", "PUBLIC", null)).put("/api/v1/items/" + id).then().statusCode(200);
        as("staff").get("/api/v1/items/" + id).then()
                .body("obligations.findAll { it.ruleId == 'R8' }", hasSize(1))
                .body("obligations.find { it.ruleId == 'R8' }.startDate", equalTo("2026-09-28"))
                .body("obligations.find { it.ruleId == 'R8' }.dueDate", equalTo("2026-10-30"));
    }

    /** Issue 9: re-decided as not public, an item leaves the portal at once; its old version is not served any more. */
    @Test
    void anItemRedecidedAsNotPublicLeavesThePortal() {
        Clock.today("2026-10-12");
        String title = title("学生资助对象名单");
        long id = Items.draft(Items.body("YWJY", title, null, "2026-10-12", "PUBLIC", null));
        Items.publish(id);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200);
        Items.move("staff", id, "revision", Map.of("note", "含学生个人信息，改为依申请公开"), 200);
        as("staff").body(Items.body("YWJY", title, null, "2026-10-12", "ON_REQUEST",
                        "\"attributeBasis\":\"OGI-13\",\"attributeReason\":\"含学生个人信息\""))
                .put("/api/v1/items/" + id).then().statusCode(200);
        Items.publish(id);
        as("office").get("/api/v1/items/" + id).then().body("item.state", equalTo("DECIDED")).body("item.live", equalTo(false));
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(404);
        as("anonymous").queryParam("q", title).get("/api/v1/portal/search").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aChangeMakesANewVersionAndWithdrawalKeepsTheArchive() {
        Clock.today("2026-10-12");
        String title = title("2026年秋季学期课后服务收费标准");
        long id = Items.draft(Items.body("YWJY", title, null, "2026-10-12", "PUBLIC", null));
        Items.publish(id);
        Items.move("staff", id, "revision", Map.of("note", "更正收费标准"), 200);
        // the portal keeps version 1 while the change is reviewed; the change has its own R8 clock
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200).body("versionNo", equalTo(1));
        as("staff").get("/api/v1/items/" + id).then()
                .body("obligations.findAll { it.ruleId == 'R8' }", hasSize(2));
        as("staff").body(Items.body("YWJY", title + "（修订）", null, "2026-10-12", "PUBLIC", null))
                .put("/api/v1/items/" + id).then().statusCode(200);
        Items.publish(id);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200)
                .body("versionNo", equalTo(2)).body("title", equalTo(title + "（修订）"));
        as("anonymous").get("/api/v1/portal/items/" + id + "/history").then().statusCode(200).body("$", hasSize(2));
        as("anonymous").get("/api/v1/portal/items/" + id + "/versions/1").then().statusCode(200).body("title", equalTo(title));

        as("staff").body(Map.of("reason", "x")).post("/api/v1/items/" + id + "/withdrawal").then().statusCode(403);
        Items.move("office", id, "withdrawal", Map.of("reason", "收费标准已停止执行"), 200);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(404);
        as("office").get("/api/v1/items/" + id).then().statusCode(200)
                .body("item.state", equalTo("WITHDRAWN")).body("versions", hasSize(2));
        Items.move("office", id, "withdrawal", Map.of("reason", "again"), 409);
    }

    @Test
    void departmentsSeeOnlyTheirOwnDraftsAndThePublicNever() {
        Clock.today("2026-10-12");
        long id = Items.draft(Items.body("YWJY", title("内部草稿"), null, "2026-10-12", "PUBLIC", null));
        as("zcfghead").get("/api/v1/items/" + id).then().statusCode(404);
        as("zcfghead").get("/api/v1/items").then().statusCode(200).body("items.departmentCode", not(hasItem("JCJY")));
        as("legal").get("/api/v1/items/" + id).then().statusCode(200);
        as("citizen").get("/api/v1/items").then().statusCode(403);
        as("anonymous").get("/api/v1/items").then().statusCode(401);
        as("zcfghead").body(Map.of("opinion", "x")).post("/api/v1/items/" + id + "/submission").then().statusCode(404);
    }

    @Test
    void theOfficePublishesTheDisclosureGuideWithOneApprovalOfItsHead() {
        Clock.today("2026-10-12");
        as("staff").body("{\"kind\":\"GUIDE\",\"title\":\"指南\",\"issuingDepartment\":\"BGS\",\"attribute\":\"PUBLIC\"}")
                .post("/api/v1/items").then().statusCode(403);
        long id = as("office").body("{\"kind\":\"GUIDE\",\"title\":\"临沂市教育局政府信息公开指南（2026年版）\",\"issuingDepartment\":\"BGS\","
                        + "\"attribute\":\"PUBLIC\",\"body\":\"<h3>一、公开范围</h3><p>……</p>\"}")
                .post("/api/v1/items").then().statusCode(201).body("columnCode", equalTo("GUIDE")).extract().jsonPath().getLong("id");
        Items.move("office", id, "submission", Map.of("opinion", "指南不涉密"), 200);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
        as("anonymous").get("/api/v1/portal/guide").then().statusCode(200)
                .body("title", equalTo("临沂市教育局政府信息公开指南（2026年版）"));
        // the guide is not an ordinary item of the catalogue
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(404);
    }
}
