package org.gongkai.applications;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.gongkai.testsupport.Clock;
import org.junit.jupiter.api.Test;

/** With fees switched on: an unpaid fee stops the clock; paying restarts it; not paying in time ends in 六-2. */
@QuarkusTest
@TestProfile(org.gongkai.testsupport.NonDefaultSettings.class)
class FeesSwitchedOnTest {

    @Test
    void anUnpaidFeeStopsTheClock() {
        Clock.today("2026-09-28");
        long paid = ApplicationClockTest.idOf(ApplicationClockTest.apply("anonymous", "192.0.2.90", null, "大量复印件", "POST", 201).getString("trackingNo"));
        as("office").body(Map.of("mode", "PAGES", "quantity", 20)).post("/api/v1/applications/" + paid + "/fee").then().statusCode(400);
        Clock.today("2026-09-30");
        as("office").body(Map.of("mode", "PAGES", "quantity", 120)).post("/api/v1/applications/" + paid + "/fee").then().statusCode(200)
                .body("state", equalTo("FEE_PENDING")).body("reply.state", equalTo("PAUSED"));
        Clock.today("2026-10-12");
        // 2 working days used before the notice; 18 from the payment on 10/12
        as("office").post("/api/v1/applications/" + paid + "/fee/paid").then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("reply.dueDate", equalTo("2026-11-05"));

        Clock.today("2026-09-28");
        long unpaid = ApplicationClockTest.idOf(ApplicationClockTest.apply("anonymous", "192.0.2.91", null, "未缴费的申请", "POST", 201).getString("trackingNo"));
        as("office").body(Map.of("mode", "ITEMS", "quantity", 12)).post("/api/v1/applications/" + unpaid + "/fee").then().statusCode(200);
        as("office").post("/api/v1/applications/" + unpaid + "/fee/lapsed").then().statusCode(409);
        Clock.today("2026-12-01");
        as("office").post("/api/v1/applications/" + unpaid + "/fee/lapsed").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("OTHER_UNPAID_FEE"));
    }
}
