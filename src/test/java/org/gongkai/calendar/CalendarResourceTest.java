package org.gongkai.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The public calendar endpoints for integrators and the admin import (R-calendar of legal-rules.md). */
@QuarkusTest
class CalendarResourceTest {

    @Test
    void dueDateAcrossNationalDayAnswersAsSpecified() {
        given().queryParam("start", "2026-09-28").queryParam("days", 5).queryParam("unit", "WORKING")
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(200)
                .body("dueDate", equalTo("2026-10-10"))
                .body("provisional", equalTo(false))
                .body("skippedDays", equalTo(7))
                .body("explanation.findAll { it.role == 'SKIPPED' }.holidayName", hasItem("国庆节"))
                // issue 16: the English portal shows the holiday in English
                .body("explanation.findAll { it.role == 'SKIPPED' }.holidayNameEn", hasItem("National Day"))
                .body("explanation.find { it.date == '2026-10-10' }.kind", equalTo("MAKEUP_WORKDAY"))
                .body("explanation.find { it.date == '2026-10-10' }.ordinal", equalTo(5));
    }

    @Test
    void startDayCountedWhenAsked() {
        given().queryParam("start", "2026-09-28").queryParam("days", 15).queryParam("countStartDay", true)
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(200).body("dueDate", equalTo("2026-10-22"))
                .body("explanation[0].role", equalTo("COUNTED"));
    }

    @Test
    void calendarDaysMoveOffADayOff() {
        given().queryParam("start", "2026-09-22").queryParam("days", 15).queryParam("unit", "calendar")
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(200).body("dueDate", equalTo("2026-10-08")).body("unit", equalTo("CALENDAR"));
    }

    @Test
    void badParametersAreA400NamingEachField() {
        given().queryParam("start", "2026-13-01").queryParam("days", "abc").queryParam("unit", "HOURS")
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", startsWith("https://gongkai.org/problems/"))
                .body("errors.field", containsInAnyOrder("start", "days", "unit"));
        given().queryParam("start", "2026-09-28").queryParam("days", 0)
                .when().get("/api/v1/calendar/due-date")
                .then().statusCode(400).body("errors[0].field", equalTo("days"));
        given().when().get("/api/v1/calendar/due-date")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("start", "days"));
    }

    @Test
    void daysInARangeWithReasons() {
        given().queryParam("from", "2026-09-25").queryParam("to", "2026-10-11")
                .when().get("/api/v1/calendar/days")
                .then().statusCode(200).body("$", hasSize(17))
                .body("find { it.date == '2026-10-01' }.working", equalTo(false))
                .body("find { it.date == '2026-10-01' }.kind", equalTo("HOLIDAY"))
                .body("find { it.date == '2026-10-10' }.working", equalTo(true))
                .body("find { it.date == '2026-10-11' }.kind", equalTo("WEEKEND"))
                .body("find { it.date == '2026-09-25' }.name", equalTo("中秋节"));
        given().queryParam("from", "2026-10-11").queryParam("to", "2026-10-01")
                .when().get("/api/v1/calendar/days").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", "2024-01-01").queryParam("to", "2026-01-01")
                .when().get("/api/v1/calendar/days").then().statusCode(400);
    }

    @Test
    void bundledYearsAreLoaded() {
        given().when().get("/api/v1/calendar/years")
                .then().statusCode(200)
                .body("year", hasItems(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026))
                .body("find { it.year == 2026 }.source", equalTo("BUNDLED"))
                .body("find { it.year == 2026 }.offDays", equalTo(33));
    }

    static final String YEAR_2030 = """
            {"year":2030,"papers":["https://www.gov.cn/example"],"days":[
              {"name":"元旦","date":"2030-01-01","isOffDay":true},
              {"name":"春节","date":"2030-02-04","isOffDay":true},
              {"name":"春节","date":"2030-02-09","isOffDay":false}]}""";

    @Test
    @TestSecurity(user = "admin", roles = {"admin"}, attributes = @SecurityAttribute(key = "department", value = "XXK"))
    void adminImportsAYearAndItStopsBeingProvisional() {
        given().queryParam("start", "2030-01-31").queryParam("days", 3)
                .when().get("/api/v1/calendar/due-date").then().statusCode(200)
                .body("provisional", equalTo(true)).body("dueDate", equalTo("2030-02-05"));
        given().contentType(ContentType.JSON).body(YEAR_2030)
                .when().post("/api/v1/calendar/years")
                .then().statusCode(200).body("year", equalTo(2030)).body("source", equalTo("IMPORTED"))
                .body("offDays", equalTo(2)).body("makeupDays", equalTo(1)).body("loadedBy", equalTo("admin"));
        // 2/1 Fri (1), 2/4 Mon off, 2/5 Tue (2), 2/6 Wed (3)
        given().queryParam("start", "2030-01-31").queryParam("days", 3)
                .when().get("/api/v1/calendar/due-date").then().statusCode(200)
                .body("provisional", equalTo(false)).body("dueDate", equalTo("2030-02-06"));
        // importing again replaces, it does not duplicate
        given().contentType(ContentType.JSON).body(YEAR_2030).when().post("/api/v1/calendar/years").then().statusCode(200);
        given().queryParam("from", "2030-02-09").queryParam("to", "2030-02-09").when().get("/api/v1/calendar/days")
                .then().statusCode(200).body("[0].kind", equalTo("MAKEUP_WORKDAY"));
    }

    /** Issue 9: a provisional due date becomes the law's date when the year's notice is loaded, with an audit event. */
    @Test
    @TestSecurity(user = "admin", roles = {"admin", "office", "staff"}, attributes = @SecurityAttribute(key = "department", value = "XXK"))
    void loadingAYearRecomputesTheDueDatesThatDependOnIt() {
        org.gongkai.testsupport.Clock.today("2026-12-01");
        String rule = org.gongkai.testsupport.Obligations.rule();
        long id = org.gongkai.testsupport.Obligations.open(rule, "BGS", "2029-01-02", 10, "WORKING");
        // weekends only, until 2029's notice is in: 1/3 … 1/16
        given().when().get("/api/v1/obligations/" + id).then().statusCode(200)
                .body("obligation.dueDate", equalTo("2029-01-16")).body("obligation.provisional", equalTo(true));
        given().contentType(ContentType.JSON).body("""
                        {"year":2029,"papers":["https://www.gov.cn/example"],"days":[
                          {"name":"假想假日","date":"2029-01-08","isOffDay":true},{"name":"假想假日","date":"2029-01-09","isOffDay":true},
                          {"name":"假想假日","date":"2029-01-10","isOffDay":true},{"name":"假想假日","date":"2029-01-11","isOffDay":true},
                          {"name":"假想假日","date":"2029-01-12","isOffDay":true}]}""")
                .when().post("/api/v1/calendar/years").then().statusCode(200);
        given().when().get("/api/v1/obligations/" + id).then().statusCode(200)
                .body("obligation.dueDate", equalTo("2029-01-23")).body("obligation.provisional", equalTo(false))
                .body("history.action", hasItem("obligation.rescheduled"));
    }

    @Test
    @TestSecurity(user = "admin", roles = {"admin"})
    void invalidYearFileIsA400AndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body("{\"year\":2031,\"days\":[{\"name\":\"元旦\",\"date\":\"2031-02-30\",\"isOffDay\":true}]}")
                .when().post("/api/v1/calendar/years")
                .then().statusCode(400).body("errors[0].field", equalTo("days[0].date"));
        given().contentType(ContentType.JSON).body("{\"year\":1900,\"days\":[]}")
                .when().post("/api/v1/calendar/years")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("year", "days"));
        given().contentType(ContentType.JSON).body("{\"year\":\"twenty\"}")
                .when().post("/api/v1/calendar/years")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/calendar/years").then().body("year", org.hamcrest.Matchers.not(hasItem(2031)));
    }

    @Test
    @TestSecurity(user = "office", roles = {"office", "staff"})
    void onlyAnAdminImports() {
        given().contentType(ContentType.JSON).body(YEAR_2030).when().post("/api/v1/calendar/years")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousCannotImport() {
        given().contentType(ContentType.JSON).body(YEAR_2030).when().post("/api/v1/calendar/years")
                .then().statusCode(401);
    }
}
