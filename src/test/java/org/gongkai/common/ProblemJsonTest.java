package org.gongkai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** One mapper, RFC 9457 bodies: 401 with a Bearer challenge, never a 500 for bad input. */
@QuarkusTest
class ProblemJsonTest {

    @Test
    void unauthenticatedIs401WithABearerChallenge() {
        given().when().get("/api/v1/me")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().when().get("/api/v1/audit/verify").then().statusCode(401);
    }

    /** Issue 9: a real token of the realm, with real roles, but issued to another client: not for this API. */
    @Test
    void aTokenForAnotherClientIsRefused() {
        String other = new io.quarkus.test.keycloak.client.KeycloakTestClient()
                .getAccessToken("office", org.gongkai.testsupport.Users.PASSWORD, "other-app", "other-app-secret");
        given().auth().oauth2(other).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(org.gongkai.testsupport.Users.token("office")).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void badTokenIsRejected() {
        given().auth().oauth2("not-a-token").when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "admin", roles = {"admin"})
    void wrongMediaTypeIs415Problem() {
        given().contentType(ContentType.TEXT).body("x").when().post("/api/v1/calendar/years")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void unknownApiPathIsA404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().when().delete("/api/v1/calendar/due-date")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void clientConfigNamesTheOidcServer() {
        given().when().get("/api/v1/config")
                .then().statusCode(200)
                .body("bureauNameZh", equalTo("临沂市教育局"))
                .body("oidcClientId", equalTo("gongkai-web"))
                .body("oidcAuthority", org.hamcrest.Matchers.endsWith("/realms/gongkai"))
                // the legal periods an integrator relies on (issue 9)
                .body("periods.applicationReplyWorkingDays", equalTo(20))
                .body("periods.applicationCorrectionWindowWorkingDays", equalTo(7))
                .body("periods.enquiryDepartmentWorkingDays", equalTo(5))
                .body("periods.enquiryReplyWorkingDays", equalTo(15));
    }

    @Test
    void departmentsArePublic() {
        given().when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("find { it.code == 'BGS' }.nameZh", equalTo("办公室"))
                .body("find { it.code == 'ZSKS' }.kind", equalTo("UNIT"));
    }

    @Test
    void healthAndOpenApiAreUp() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Gongkai 政务公开平台 API"))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("tags.name", org.hamcrest.Matchers.hasItems("Calendar 工作日历", "Obligations 时限台账", "Audit 审计"))
                .body("paths.'/api/v1/calendar/due-date'.get.responses.'200'.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/obligations'.get.security", org.hamcrest.Matchers.notNullValue());
    }
}
