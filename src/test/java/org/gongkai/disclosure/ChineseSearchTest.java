package org.gongkai.disclosure;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portal search in Chinese: two-character words, document numbers, filters, highlighting; drafts never found. */
@QuarkusTest
class ChineseSearchTest {
    static long enrolment;
    static long docNumbered;
    static long draft;
    static boolean ready;

    @BeforeEach
    void publishSome() {
        Clock.today("2026-10-12");
        if (ready) return;
        ready = true;
        enrolment = Items.draft(Items.body("YWJYZS", "关于做好2026年秋季小学一年级招生工作的通知", null, "2026-10-12", "PUBLIC", null));
        Items.publish(enrolment);
        docNumbered = Items.draft(Items.body("QTWJ", "关于进一步规范中小学办学行为的意见", "临教办字〔2018〕62号", "2018-06-01", "PUBLIC", null));
        Items.publish(docNumbered);
        draft = Items.draft(Items.body("YWJYZS", "尚未发布的招生草稿", null, "2026-10-12", "PUBLIC", null));
    }

    JsonPath search(Map<String, ?> params) {
        return as("anonymous").queryParams(params).get("/api/v1/portal/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aTwoCharacterWordFindsTheItemAndIsHighlighted() {
        JsonPath r = search(Map.of("q", "招生"));
        List<Integer> ids = r.getList("items.id", Integer.class);
        org.junit.jupiter.api.Assertions.assertTrue(ids.contains((int) enrolment), "found: " + ids);
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains((int) draft), "a draft is never found");
        as("anonymous").queryParam("q", "招生").get("/api/v1/portal/search").then()
                .body("words", hasItem("招生"))
                .body("items.find { it.id == " + enrolment + " }.titleSegments.findAll { it.hit }.text", hasItem("招生"));
    }

    @Test
    void aSentenceIsSegmentedIntoWords() {
        as("anonymous").queryParam("q", "小学招生通知").get("/api/v1/portal/search").then().statusCode(200)
                .body("items.id", hasItem((int) enrolment))
                .body("items.id", not(hasItem((int) docNumbered)));
    }

    @Test
    void aDocumentNumberFindsItsDocumentFirst() {
        as("anonymous").queryParam("q", "临教办字〔2018〕62号").get("/api/v1/portal/search").then().statusCode(200)
                .body("items[0].id", equalTo((int) docNumbered))
                .body("items[0].docNumberSegments.findAll { it.hit }.text", hasItem("临教办字〔2018〕62号"));
        as("anonymous").queryParam("q", "〔2018〕62").get("/api/v1/portal/search").then().statusCode(200)
                .body("items.id", hasItem((int) docNumbered));
    }

    @Test
    void filtersNarrowTheResults() {
        as("anonymous").queryParams(Map.of("q", "办学行为", "year", "2018")).get("/api/v1/portal/search").then()
                .body("items.id", hasItem((int) docNumbered));
        as("anonymous").queryParams(Map.of("q", "办学行为", "year", "2019")).get("/api/v1/portal/search").then()
                .body("items.id", not(hasItem((int) docNumbered)));
        as("anonymous").queryParams(Map.of("q", "招生", "column", "ZSKS")).get("/api/v1/portal/search").then()
                .body("items.id", hasItem((int) enrolment));
        as("anonymous").queryParams(Map.of("q", "招生", "column", "CZZJ")).get("/api/v1/portal/search").then()
                .body("items.id", not(hasItem((int) enrolment)));
        as("anonymous").queryParams(Map.of("q", "招生", "department", "ZCFG")).get("/api/v1/portal/search").then()
                .body("items.id", not(hasItem((int) enrolment)));
    }

    @Test
    void badQueriesAre400() {
        as("anonymous").get("/api/v1/portal/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        as("anonymous").queryParams(Map.of("q", "招生", "year", "abc")).get("/api/v1/portal/search").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("anonymous").queryParams(Map.of("q", "招生", "column", "NOPE")).get("/api/v1/portal/search").then().statusCode(404);
    }
}
