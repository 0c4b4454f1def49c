package org.gongkai.catalogue;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.junit.jupiter.api.Test;

/** The catalogue: a versioned tree (R6); a change of duties opens R7, publishing a new version meets it. */
@QuarkusTest
class CatalogueTest {

    @Test
    void theCurrentCatalogueIsATreeWithResponsibleDepartments() {
        as("anonymous").get("/api/v1/catalogue").then().statusCode(200)
                .body("state", equalTo("PUBLISHED"))
                .body("columns.find { it.code == 'ZSKS' }.children.find { it.code == 'YWJYZS' }.nameZh", equalTo("义务教育招生入学"))
                .body("columns.find { it.code == 'ZSKS' }.children.find { it.code == 'YWJYZS' }.departmentCode", equalTo("JCJY"))
                .body("columns.find { it.code == 'GZDT' }.updateDays", equalTo(14));
    }

    @Test
    void aChangeOfDutiesIsMetByPublishingANewVersion() {
        Clock.today("2026-09-28");
        int before = as("anonymous").get("/api/v1/catalogue").then().extract().jsonPath().getInt("versionNo");
        long obligation = as("office").body(Map.of("description", "新设督导室，承接教育督导信息公开", "effective", "2026-09-28"))
                .post("/api/v1/catalogue/duty-changes").then().statusCode(201)
                .body("ruleId", equalTo("R7")).body("dueDate", equalTo("2026-10-30"))
                .extract().jsonPath().getLong("id");
        as("staff").body(Map.of("reason", "x")).post("/api/v1/catalogue/draft").then().statusCode(403);
        as("office").body(Map.of("reason", "督导室职责调整")).post("/api/v1/catalogue/draft").then().statusCode(201)
                .body("state", equalTo("DRAFT")).body("versionNo", equalTo(before + 1));
        as("office").body(Map.of("reason", "again")).post("/api/v1/catalogue/draft").then().statusCode(409);
        as("office").body(Map.of("code", "DDBG", "parentCode", "YWJY", "nameZh", "督导报告", "nameEn", "Inspection reports",
                        "departmentCode", "DDS", "responsiblePerson", "周洁", "updateDays", 180))
                .post("/api/v1/catalogue/draft/columns").then().statusCode(201);
        as("office").body(Map.of("code", "X1", "parentCode", "NOPE", "nameZh", "x", "nameEn", "x", "departmentCode", "NOPE"))
                .post("/api/v1/catalogue/draft/columns").then().statusCode(400);
        as("office").delete("/api/v1/catalogue/draft/columns/YWJY").then().statusCode(409);
        // not yet public
        as("anonymous").get("/api/v1/catalogue").then().body("versionNo", equalTo(before));
        Clock.today("2026-10-12");
        as("office").post("/api/v1/catalogue/draft/publication").then().statusCode(200).body("versionNo", equalTo(before + 1));
        as("anonymous").get("/api/v1/catalogue").then().statusCode(200)
                .body("versionNo", equalTo(before + 1))
                .body("columns.find { it.code == 'YWJY' }.children.code", hasItem("DDBG"));
        // the earlier version stays readable
        as("anonymous").get("/api/v1/catalogue/versions/" + before).then().statusCode(200).body("state", equalTo("SUPERSEDED"));
        as("anonymous").get("/api/v1/catalogue/versions").then().statusCode(200).body("size()", greaterThanOrEqualTo(2));
        as("office").get("/api/v1/obligations/" + obligation).then().statusCode(200)
                .body("obligation.status", equalTo("MET")).body("obligation.completedOn", notNullValue());
        as("office").post("/api/v1/catalogue/draft/publication").then().statusCode(404);
    }
}
