package org.gongkai.search;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: past capacity a search that no cached answer covers is refused at once — a 503 problem with
 * Retry-After, never cached by a proxy — and answered again as soon as a place is free.
 */
@QuarkusTest
class SearchBulkheadTest {
    @Inject
    SearchIndex index;

    @Test
    void aSearchPastThePlacesAndTheQueueIsA503ProblemWithRetryAfterAndIsAnsweredOnceAPlaceIsFree() {
        var searches = index.searches();
        List<UniEmitter<? super String>> held = new ArrayList<>();
        // every place and every waiting slot taken by work that ends when this test says so
        for (int i = 0; i < 4 + 16; i++) searches.run(() -> Uni.createFrom().<String>emitter(held::add)).subscribe().with(x -> {}, x -> {});
        assertEquals(4, searches.active());
        assertEquals(16, searches.waiting());
        try {
            as("anonymous").queryParam("q", "招生" + System.nanoTime()).get("/api/v1/portal/search").then()
                    .statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .header("Retry-After", "1")
                    .header("Cache-Control", "no-store")
                    .body("status", equalTo(503))
                    .body("detail", startsWith("too many searches"));
        } finally {
            // each finished piece hands its place to a waiter, which then runs and is finished in turn
            while (!held.isEmpty()) held.remove(0).complete("done");
        }
        assertEquals(0, searches.active());
        assertEquals(0, searches.waiting());
        as("anonymous").queryParam("q", "招生" + System.nanoTime()).get("/api/v1/portal/search").then().statusCode(200);
    }
}
