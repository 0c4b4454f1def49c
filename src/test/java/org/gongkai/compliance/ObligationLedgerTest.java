package org.gongkai.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Obligations;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The obligation ledger through its API, with a fixed "today" across the 2026 National Day holiday
 * (10/1–10/7 off, 10/10 a make-up working day).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestSecurity(user = "office", roles = {"office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "BGS"))
class ObligationLedgerTest {

    static String rule() {
        return Obligations.rule();
    }

    static long open(String rule, String dept, String start, int days, String unit) {
        return Obligations.open(rule, dept, start, days, unit);
    }

    @Test
    void openComputesTheDueDateThroughTheCalendar() {
        Clock.today("2026-09-28");
        String rule = rule();
        given().contentType(ContentType.JSON).body("""
                        {"subjectType":"test","subjectId":"A-1","ruleId":"%s","title":"答复政府信息公开申请",
                         "departmentCode":"BGS","start":"2026-09-28","days":20,"unit":"WORKING"}""".formatted(rule))
                .when().post("/api/v1/obligations")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/obligations/"))
                .body("dueDate", equalTo("2026-10-30"))
                .body("state", equalTo("OPEN"))
                .body("status", equalTo("OPEN"))
                .body("workingDaysLeft", equalTo(20));
    }

    @Test
    void pauseAndResumeDoNotCountThePausedDays() {
        Clock.today("2026-09-28");
        long id = open(rule(), "BGS", "2026-09-28", 20, "WORKING");
        Clock.today("2026-09-30");
        given().contentType(ContentType.JSON).body("{\"reason\":\"征求第三方意见（条例第三十二条）\",\"on\":\"2026-09-30\"}")
                .when().post("/api/v1/obligations/" + id + "/pause")
                .then().statusCode(200).body("state", equalTo("PAUSED")).body("status", equalTo("PAUSED"));
        // 2 working days used (9/29, 9/30); 18 remain from 10/12
        Clock.today("2026-10-12");
        given().contentType(ContentType.JSON).body("{\"on\":\"2026-10-12\"}")
                .when().post("/api/v1/obligations/" + id + "/resume")
                .then().statusCode(200).body("state", equalTo("OPEN")).body("dueDate", equalTo("2026-11-05"));
        given().when().get("/api/v1/obligations/" + id)
                .then().statusCode(200)
                .body("pauses", hasSize(1))
                .body("pauses[0].pausedOn", equalTo("2026-09-30"))
                .body("pauses[0].resumedOn", equalTo("2026-10-12"))
                .body("pauses[0].addedDays", equalTo(4))
                .body("history.action", hasItems("obligation.opened", "obligation.pause", "obligation.resume"));
    }

    @Test
    @TestSecurity(user = "officehead", roles = {"office-head", "office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "BGS"))
    void extensionAddsWorkingDays() {
        Clock.today("2026-09-28");
        long id = open(rule(), "BGS", "2026-09-28", 20, "WORKING");
        given().contentType(ContentType.JSON).body("{\"days\":20,\"reason\":\"情形复杂\"}")
                .when().post("/api/v1/obligations/" + id + "/extension")
                .then().statusCode(200).body("dueDate", equalTo("2026-11-27")).body("days", equalTo(40));
    }

    @Test
    void onlyTheOfficeHeadExtends() {
        Clock.today("2026-09-28");
        long id = open(rule(), "BGS", "2026-09-28", 20, "WORKING");
        given().contentType(ContentType.JSON).body("{\"days\":20,\"reason\":\"情形复杂\"}")
                .when().post("/api/v1/obligations/" + id + "/extension")
                .then().statusCode(403);
    }

    @Test
    void overdueIsDerivedFromTodayNeverStored() {
        Clock.today("2026-09-28");
        String rule = rule();
        long id = open(rule, "BGS", "2026-09-28", 20, "WORKING");
        Clock.today("2026-10-30");
        given().when().get("/api/v1/obligations/" + id).then().body("obligation.status", equalTo("DUE_SOON"))
                .body("obligation.workingDaysLeft", equalTo(0));
        Clock.today("2026-11-02");
        given().when().get("/api/v1/obligations/" + id)
                .then().body("obligation.status", equalTo("OVERDUE"))
                .body("obligation.state", equalTo("OPEN"))
                .body("obligation.workingDaysLeft", equalTo(-1));
        given().queryParam("rule", rule).queryParam("status", "OVERDUE")
                .when().get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        given().queryParam("rule", rule).queryParam("status", "OPEN")
                .when().get("/api/v1/obligations").then().body("total", equalTo(0));
        // completed late
        given().contentType(ContentType.JSON).body("{\"on\":\"2026-11-02\"}")
                .when().post("/api/v1/obligations/" + id + "/completion")
                .then().statusCode(200).body("status", equalTo("MET_LATE")).body("workingDaysLeft", nullValue());
    }

    @Test
    void completedInTimeIsMet() {
        Clock.today("2026-10-12");
        long id = open(rule(), "BGS", "2026-10-12", 5, "WORKING");
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/obligations/" + id + "/completion")
                .then().statusCode(200).body("status", equalTo("MET")).body("completedOn", equalTo("2026-10-12"));
    }

    @Test
    void restartCountsTheWholePeriodAgain() {
        Clock.today("2026-09-28");
        long id = open(rule(), "BGS", "2026-09-28", 20, "WORKING");
        Clock.today("2026-09-30");
        given().contentType(ContentType.JSON).body("{\"reason\":\"补正\",\"on\":\"2026-09-30\"}")
                .when().post("/api/v1/obligations/" + id + "/pause").then().statusCode(200);
        Clock.today("2026-10-12");
        // the corrected application arrived on 10/12: the full 20 working days count again from there (Art. 30)
        given().contentType(ContentType.JSON).body("{\"start\":\"2026-10-12\",\"reason\":\"补正后重新起算\"}")
                .when().post("/api/v1/obligations/" + id + "/restart")
                .then().statusCode(200).body("state", equalTo("OPEN")).body("startDate", equalTo("2026-10-12"))
                .body("dueDate", equalTo("2026-11-09"));
    }

    @Test
    void illegalTransitionsAre409() {
        Clock.today("2026-09-28");
        long id = open(rule(), "BGS", "2026-09-28", 5, "WORKING");
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/obligations/" + id + "/resume")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gongkai.org/problems/illegal-transition"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"重复登记\"}")
                .when().post("/api/v1/obligations/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/obligations/" + id + "/completion")
                .then().statusCode(409);
    }

    /** Issue 9: no back-dating, nothing in the future, no extension once the period has run out. */
    @Test
    void eventDaysCannotBeRewritten() {
        Clock.today("2026-10-12");
        long id = open(rule(), "BGS", "2026-10-12", 20, "WORKING");
        given().contentType(ContentType.JSON).body("{\"reason\":\"补正\",\"on\":\"2026-10-13\"}")
                .when().post("/api/v1/obligations/" + id + "/pause")
                .then().statusCode(400).body("errors[0].field", equalTo("on")).body("errors[0].message", containsString("future"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"补正\",\"on\":\"2026-10-09\"}")
                .when().post("/api/v1/obligations/" + id + "/pause")
                .then().statusCode(400).body("errors[0].message", containsString("before the clock's last recorded event"));
        Clock.today("2026-10-15");
        given().contentType(ContentType.JSON).body("{\"reason\":\"补正\",\"on\":\"2026-10-14\"}")
                .when().post("/api/v1/obligations/" + id + "/pause").then().statusCode(200);
        // resumed "before" it was paused: refused
        given().contentType(ContentType.JSON).body("{\"on\":\"2026-10-13\"}")
                .when().post("/api/v1/obligations/" + id + "/resume").then().statusCode(400).body("errors[0].field", equalTo("on"));
        given().contentType(ContentType.JSON).body("{\"on\":\"2026-10-15\"}")
                .when().post("/api/v1/obligations/" + id + "/resume").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"on\":\"2026-10-14\"}")
                .when().post("/api/v1/obligations/" + id + "/completion").then().statusCode(400).body("errors[0].field", equalTo("on"));
        given().contentType(ContentType.JSON).body("{\"on\":\"2026-10-16\"}")
                .when().post("/api/v1/obligations/" + id + "/completion").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"start\":\"2026-10-20\",\"reason\":\"x\"}")
                .when().post("/api/v1/obligations/" + id + "/restart").then().statusCode(400).body("errors[0].field", equalTo("start"));
        given().when().get("/api/v1/obligations/" + id).then().body("obligation.state", equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "officehead", roles = {"office-head", "office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "BGS"))
    void anOverdueClockIsNotExtended() {
        Clock.today("2026-10-12");
        long id = open(rule(), "BGS", "2026-10-12", 2, "WORKING");
        Clock.today("2026-10-15");
        given().contentType(ContentType.JSON).body("{\"days\":5,\"reason\":\"情形复杂\"}")
                .when().post("/api/v1/obligations/" + id + "/extension")
                .then().statusCode(409).body("detail", containsString("ran out on 2026-10-14"));
    }

    /** Issue 9: a feature's clock (here an application's OGI-33 reply clock) moves only through its own workflow. */
    @Test
    @TestSecurity(user = "officehead", roles = {"office-head", "office", "staff", "admin"}, attributes = @SecurityAttribute(key = "department", value = "BGS"))
    void aFeaturesClockRefusesTheGenericActions() {
        Clock.today("2026-10-12");
        String tracking = org.gongkai.testsupport.Users.as("anonymous").header("X-Forwarded-For", "198.51.100.77")
                .body(java.util.Map.of("applicantType", "NATURAL_PERSON", "name", "王小明", "idType", "居民身份证",
                        "idNumber", "371302199001011234", "phone", "13700001111", "address", "临沂市兰山区某路1号",
                        "description", "2026年学区划分文件", "deliveryForm", "EMAIL", "email", "w@example.cn"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("trackingNo");
        long appId = org.gongkai.testsupport.Users.as("office").queryParam("q", tracking).get("/api/v1/applications")
                .then().extract().jsonPath().getLong("items[0].id");
        int ob = given().queryParam("subjectType", "application").queryParam("subjectId", appId).queryParam("rule", "OGI-33")
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        for (String[] a : new String[][] {{"extension", "{\"days\":300,\"reason\":\"x\"}"}, {"pause", "{\"reason\":\"x\"}"},
                {"completion", "{}"}, {"cancellation", "{\"reason\":\"x\"}"}, {"restart", "{\"start\":\"2026-10-12\",\"reason\":\"x\"}"}}) {
            given().contentType(ContentType.JSON).body(a[1]).when().post("/api/v1/obligations/" + ob + "/" + a[0])
                    .then().statusCode(409).body("type", equalTo("https://gongkai.org/problems/owned-clock"))
                    .body("detail", containsString("OGI-33"));
        }
        given().when().get("/api/v1/obligations/" + ob).then().body("obligation.state", equalTo("OPEN"))
                .body("obligation.days", equalTo(20));
        given().contentType(ContentType.JSON).body("""
                        {"subjectType":"application","subjectId":"%d","ruleId":"OGI-33","title":"x","departmentCode":"BGS",
                         "start":"2026-10-12","days":5,"unit":"WORKING"}""".formatted(appId))
                .when().post("/api/v1/obligations").then().statusCode(400).body("errors[0].field", equalTo("subjectType"));
    }

    @Test
    void unknownObligationIs404() {
        given().when().get("/api/v1/obligations/987654321")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badBodiesAre400WithTheFields() {
        given().contentType(ContentType.JSON).body("{\"subjectType\":\"t\",\"days\":0,\"unit\":\"WORKING\"}")
                .when().post("/api/v1/obligations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("days", "title", "ruleId", "start", "departmentCode", "subjectId"));
        given().contentType(ContentType.JSON).body("""
                        {"subjectType":"t","subjectId":"1","ruleId":"R8","title":"x","departmentCode":"NOPE",
                         "start":"2026-09-28","days":5,"unit":"WORKING"}""")
                .when().post("/api/v1/obligations")
                .then().statusCode(400).body("errors[0].field", equalTo("departmentCode"));
        given().contentType(ContentType.JSON).body("{\"subjectType\":")
                .when().post("/api/v1/obligations")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("status", "LATE").queryParam("size", 500).queryParam("sort", "title,up")
                .when().get("/api/v1/obligations")
                .then().statusCode(400).body("errors.field", hasItems("status", "size", "sort"));
    }

    @Test
    void listsArePagedAndSorted() {
        Clock.today("2026-09-28");
        String rule = rule();
        for (int i = 1; i <= 3; i++) open(rule, "BGS", "2026-09-28", i, "WORKING");
        given().queryParam("rule", rule).queryParam("size", 2).queryParam("sort", "dueDate,desc")
                .when().get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(3)).body("totalPages", equalTo(2))
                .body("items", hasSize(2)).body("items[0].dueDate", equalTo("2026-10-08"));
        given().queryParam("rule", rule).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "dueDate,desc")
                .when().get("/api/v1/obligations")
                .then().body("items", hasSize(1)).body("items[0].dueDate", equalTo("2026-09-29"));
        given().queryParam("rule", rule).queryParam("dueFrom", "2026-09-30").queryParam("dueTo", "2026-10-31")
                .when().get("/api/v1/obligations").then().body("total", equalTo(2));
    }

    static String sharedRule;

    @Test
    @Order(1)
    void officeSeesEveryDepartment() {
        Clock.today("2026-09-28");
        sharedRule = rule();
        open(sharedRule, "BGS", "2026-09-28", 5, "WORKING");
        open(sharedRule, "JCJY", "2026-09-28", 5, "WORKING");
        given().queryParam("rule", sharedRule).when().get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(2));
        given().queryParam("rule", sharedRule).queryParam("department", "JCJY").when().get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "staff", roles = {"staff"}, attributes = @SecurityAttribute(key = "department", value = "JCJY"))
    void staffSeeOnlyTheirOwnDepartment() {
        // its own obligations, opened by the office with a real token: no dependence on another test's order
        Clock.today("2026-09-28");
        String own = rule();
        for (String dept : new String[] {"BGS", "JCJY"}) {
            org.gongkai.testsupport.Users.as("office").body("""
                            {"subjectType":"test","subjectId":"%s","ruleId":"%s","title":"x","departmentCode":"%s",
                             "start":"2026-09-28","days":5,"unit":"WORKING"}""".formatted(java.util.UUID.randomUUID(), own, dept))
                    .post("/api/v1/obligations").then().statusCode(201);
        }
        given().queryParam("rule", own).when().get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].departmentCode", equalTo("JCJY"));
        given().queryParam("department", "BGS").when().get("/api/v1/obligations")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/obligations")
                .then().statusCode(200).body("items.departmentCode", everyItem(equalTo("JCJY")));
        var counts = given().when().get("/api/v1/obligations/summary").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(counts.getLong("open") + counts.getLong("dueSoon") + counts.getLong("overdue") >= 1,
                "the JCJY obligation opened above is counted as not yet met");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "citizen", roles = {"citizen"})
    void citizensDoNotSeeTheLedger() {
        given().when().get("/api/v1/obligations").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "nodept", roles = {"staff"})
    void staffWithoutADepartmentAreRefused() {
        given().when().get("/api/v1/obligations").then().statusCode(403)
                .body("detail", equalTo("your account has no department"));
    }
}
