package org.gongkai.audit;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Applications;
import org.gongkai.testsupport.Clock;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a case's timeline names people, not logins — the name and department the console remembered from the
 * token when the officer opened it — and keeps the action's code for the console to word.
 */
@QuarkusTest
class TimelineTest {

    @Test
    void theTimelineNamesThePersonAndTheirDepartment() {
        Clock.today("2026-09-28");
        // the office opens the console: who they are is remembered
        as("office").get("/api/v1/me").then().statusCode(200);
        Map<String, Object> letter = Map.of("applicant", Applications.body("时间线中的姓名", "POST"), "receiptRule", "REGISTERED_MAIL", "receivedOn", "2026-09-28");
        long id = as("office").body(letter).post("/api/v1/applications/letters").then().statusCode(201).extract().jsonPath().getLong("application.id");
        as("office").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("timeline[0].action", equalTo("application.received"))
                .body("timeline[0].actor", equalTo("office"))
                .body("timeline[0].actorName", containsString("王芳"))
                .body("timeline[0].actorDepartment", equalTo("BGS"));
    }
}
