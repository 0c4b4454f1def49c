package org.gongkai.search;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: one search across kinds — a published item and an answered enquiry found by the same words, with facets
 * by kind, column, department and year, filters, highlighting, and nothing that left the portal.
 */
@QuarkusTest
class CrossSearchTest {

    @Test
    void oneSearchFindsItemsAndAnsweredEnquiriesWithFacets() {
        Clock.today("2026-10-12");
        String token = "kw" + Long.toString(System.nanoTime(), 36);
        long item = Items.draft(Items.body("YWJYZS", "学区划分调整方案" + token, null, "2026-10-12", "PUBLIC", null));
        Items.publish(item);
        String tracking = Enquiries.submit("anonymous", "198.51.100.60", null, "学区划分什么时候公布" + token, true).then().statusCode(201)
                .extract().jsonPath().getString("trackingNo");
        long enquiry = as("office").queryParam("q", tracking).get("/api/v1/enquiries").then().extract().jsonPath().getLong("items[0].id");
        as("office").body(Map.of("category", "ANSWERED", "answer", "学区划分方案已在门户网站公布，请查阅招生入学栏目。"))
                .post("/api/v1/enquiries/" + enquiry + "/closure").then().statusCode(200);
        // a private enquiry on the same words is not found
        String hidden = Enquiries.submit("anonymous", "198.51.100.61", null, "学区划分的私人问题" + token, false).then().statusCode(201)
                .extract().jsonPath().getString("trackingNo");
        long hiddenId = as("office").queryParam("q", hidden).get("/api/v1/enquiries").then().extract().jsonPath().getLong("items[0].id");
        as("office").body(Map.of("category", "ANSWERED", "answer", "已电话答复。")).post("/api/v1/enquiries/" + hiddenId + "/closure").then().statusCode(200);

        String q = "学区划分 " + token;
        as("anonymous").queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", hasItems("ITEM", "ENQUIRY"))
                .body("items.refId", hasItems(String.valueOf(item), tracking))
                .body("items.refId", not(hasItem(hidden)))
                .body("items.find { it.kind == 'ITEM' }.link", equalTo("/items/" + item))
                .body("items.find { it.kind == 'ITEM' }.titleSegments.findAll { it.hit }", not(org.hamcrest.Matchers.empty()))
                .body("facets.kind.ITEM", equalTo(1)).body("facets.kind.ENQUIRY", equalTo(1))
                .body("facets.column.YWJYZS", equalTo(1))
                .body("facets.year.'2026'", equalTo(2));
        // filters: by kind, by column (items only carry one), by department, by year
        as("anonymous").queryParam("q", q).queryParam("kind", "ENQUIRY").get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items.kind", everyItem(equalTo("ENQUIRY")))
                // facets describe the whole match, so a reader can widen the search again
                .body("facets.kind.ITEM", equalTo(1));
        as("anonymous").queryParam("q", q).queryParam("column", "ZSKS").get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("ITEM"));
        as("anonymous").queryParam("q", q).queryParam("department", "JCJY").get("/api/v1/search").then().statusCode(200)
                .body("items.kind", hasItem("ITEM"));
        as("anonymous").queryParam("q", q).queryParam("year", "2025").get("/api/v1/search").then().statusCode(200).body("total", equalTo(0));
        // bad input names its field
        as("anonymous").get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        as("anonymous").queryParam("q", q).queryParam("kind", "items;drop").get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as("anonymous").queryParam("q", q).queryParam("column", "NOPE").get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("column"));
        as("anonymous").queryParam("q", q).queryParam("size", "500").get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("size"));
        // withdrawn: out of the search too
        as("officehead").body(Map.of("reason", "方案调整")).post("/api/v1/items/" + item + "/withdrawal").then().statusCode(200);
        as("anonymous").queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items.kind", everyItem(equalTo("ENQUIRY")))
                .body("facets.kind.ENQUIRY", greaterThanOrEqualTo(1));
    }
}
