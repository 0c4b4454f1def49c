package org.gongkai.common;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: public reads can be kept by a proxy or CDN for max-age and revalidated for nothing (304 from the public
 * epoch, no database); a publication changes the ETag within a second; personal and staff answers are no-store.
 */
@QuarkusTest
class PublicCachingTest {

    @Test
    void publicReadsAreCachedAndRevalidatedUntilSomethingIsPublished() throws InterruptedException {
        Clock.today("2026-11-20");
        String list = "/api/v1/portal/items?column=YWJYZS&size=5";
        Response first = as("anonymous").get(list).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", startsWith("W/\"p")).header("Last-Modified", notNullValue()).extract().response();
        String etag = first.header("ETag");
        // the same copy: 304, no body; by date too
        as("anonymous").header("If-None-Match", etag).get(list).then().statusCode(304).body(emptyString()).header("ETag", equalTo(etag));
        as("anonymous").header("If-Modified-Since", first.header("Last-Modified")).get(list).then().statusCode(304);
        as("anonymous").header("If-None-Match", "W/\"p0\"").get(list).then().statusCode(200);
        for (String path : new String[] {"/api/v1/feeds/latest.json", "/api/v1/feeds/latest.rss", "/api/v1/portal/search?q=招生", "/api/v1/search?q=招生"}) {
            as("anonymous").get(path).then().statusCode(200).header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=60"));
        }

        String title = "缓存测试通知" + System.nanoTime();
        // a search answered from memory until something is published
        String search = "/api/v1/portal/search?q=" + title;
        as("anonymous").get(search).then().statusCode(200).body("total", equalTo(0));
        as("anonymous").get("/api/v1/search?q=" + title).then().statusCode(200).body("total", equalTo(0));
        long id = Items.draft(Items.body("YWJYZS", title, null, "2026-11-20", "PUBLIC", null));
        Items.publish(id);
        // whoever published sees it at once (this copy does not answer from memory while its own change is unseen)
        as("anonymous").get(list).then().statusCode(200).body("items.title", hasItem(title));
        as("anonymous").get(search).then().statusCode(200).body("total", equalTo(1));
        String now = etag;
        for (int i = 0; i < 40 && now.equals(etag); i++) {
            Thread.sleep(50);
            now = as("anonymous").get(list).header("ETag");
        }
        assertNotEquals(etag, now, "a publication changes the ETag within two seconds");
        as("anonymous").header("If-None-Match", etag).get(list).then().statusCode(200).body("items.title", hasItem(title));
        as("anonymous").header("If-None-Match", now).get("/api/v1/portal/items/" + id).then().statusCode(304);
        // the answers kept from before the publication are gone
        as("anonymous").get(search).then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        as("anonymous").get("/api/v1/search?q=" + title).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void personalStaffAndFailedAnswersAreNotStored() {
        as("staff").get("/api/v1/items").then().statusCode(200).header("Cache-Control", equalTo("no-store")).header("ETag", org.hamcrest.Matchers.nullValue());
        as("anonymous").get("/api/v1/portal/items/99999999").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        as("citizen").get("/api/v1/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        // a staff token on a public read changes nothing in the answer: still public
        as("staff").get("/api/v1/portal/items?size=1").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }
}
