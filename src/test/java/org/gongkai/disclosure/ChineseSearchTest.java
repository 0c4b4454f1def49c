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

    /**
     * Issue 16, through items published by the pipeline: the demo's complaints. A phrase cut differently by the
     * segmenter, a wrong character, the document number in its usual forms (an item with a number first, not the ones
     * without), the summary once in the snippet, the tag never above the title, the same answers on both search paths.
     */
    @Test
    void whatPeopleTypeFindsIt() {
        String mark = "甲" + Long.toString(System.nanoTime() % 100000, 36).replaceAll("[0-9]", "");
        long zoning = Items.draft(Items.body("YWJYZS", "关于公布2026年中心城区小学学区划分的通知" + mark, null, "2026-10-12", "PUBLIC", null));
        Items.publish(zoning);
        long numbered = Items.draft(Items.body("YWJYZS", "义务教育阶段学校招生入学工作方案" + mark, "临教发〔2026〕912号", "2026-10-12", "PUBLIC", null));
        Items.publish(numbered);
        for (String q : List.of("学区划分", "学区划份")) {
            as("anonymous").queryParam("q", q).get("/api/v1/portal/search").then().statusCode(200).body("items[0].id", equalTo((int) zoning));
            as("anonymous").queryParam("q", q).queryParam("kind", "ITEM").get("/api/v1/search").then().statusCode(200)
                    .body("items[0].refId", equalTo(String.valueOf(zoning)));
        }
        for (String q : List.of("临教发〔2026〕912号", "临教发[2026]912号", "临教发（2026）912号", "临教发 2026 912号", "2026年912号")) {
            as("anonymous").queryParam("q", q).get("/api/v1/portal/search").then().statusCode(200).body("items[0].id", equalTo((int) numbered));
        }
        // the summary (…的主要内容。) once in the snippet, though the body repeats the title
        String snippet = String.join("", as("anonymous").queryParam("q", "学区划分" + mark).get("/api/v1/portal/search").then().statusCode(200)
                .extract().jsonPath().getList("items[0].snippet.text", String.class));
        org.junit.jupiter.api.Assertions.assertEquals(1, snippet.split("的主要内容", -1).length - 1, snippet);
        // every item here is tagged 招生: the ones with 招生 in the title come first
        List<String> titles = as("anonymous").queryParam("q", "招生").queryParam("year", "2026").queryParam("size", "50").get("/api/v1/portal/search")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
        int firstWithout = titles.indexOf(titles.stream().filter(t -> !t.contains("招生")).findFirst().orElse(null));
        org.junit.jupiter.api.Assertions.assertTrue(firstWithout > 0, "both kinds on the page, a title with 招生 first: " + titles);
        org.junit.jupiter.api.Assertions.assertTrue(titles.subList(firstWithout, titles.size()).stream().noneMatch(t -> t.contains("招生")),
                "titles with 招生 first: " + titles);
        // a department by its name: 基础教育科 is JCJY, the department of every item this class publishes (others' items
        // may name it in their text: the data catalogue lists it as a resource's provider)
        as("anonymous").queryParam("q", "基础教育科").queryParam("size", 50).get("/api/v1/portal/search").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2)).body("items.issuingDepartment", org.hamcrest.Matchers.hasItem("JCJY"))
                .body("items.findAll { it.issuingDepartment == 'JCJY' }.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }
}
