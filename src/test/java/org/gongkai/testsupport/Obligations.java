package org.gongkai.testsupport;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;

/** Opens an obligation through the API as the current test identity (office or admin) and returns its id. */
public final class Obligations {
    private Obligations() {}

    public static long open(String rule, String dept, String start, int days, String unit) {
        return given().contentType(ContentType.JSON).body("""
                        {"subjectType":"test","subjectId":"%s","ruleId":"%s","title":"答复申请","departmentCode":"%s",
                         "responsiblePerson":"王芳","start":"%s","days":%d,"unit":"%s"}"""
                        .formatted(UUID.randomUUID(), rule, dept, start, days, unit))
                .when().post("/api/v1/obligations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String rule() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }
}
