package org.gongkai.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.gongkai.common.error.ProblemException;
import org.junit.jupiter.api.Test;

/** The bulkhead of uncached searches (issue 17): a few at once, a bounded queue, then a 503 at once. */
class BulkheadTest {
    /** Work that ends when the test says so. */
    static final class Held {
        final List<UniEmitter<? super String>> emitters = new ArrayList<>();
        int started;

        Uni<String> work() {
            return Uni.createFrom().emitter(e -> {
                started++;
                emitters.add(e);
            });
        }
    }

    @Test
    void pastItsPlacesAndQueueAPieceOfWorkIsRefusedAtOnceWithRetryAfter() {
        Bulkhead b = new Bulkhead("searches", 2, 1);
        Held h = new Held();
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) b.run(h::work).subscribe().with(results::add, results::add);
        assertEquals(2, h.started, "two at once");
        assertEquals(2, b.active());
        assertEquals(1, b.waiting(), "one waits");
        assertEquals(1, results.size(), "the fourth is refused at once");
        ProblemException p = assertInstanceOf(ProblemException.class, results.get(0));
        assertEquals(503, p.status());
        assertEquals(1, p.retryAfterSeconds());

        h.emitters.get(0).complete("a");
        assertEquals(3, h.started, "a finished piece hands its place to the waiter");
        assertEquals(0, b.waiting());
        h.emitters.get(1).fail(new IllegalStateException("the database said no"));
        h.emitters.get(2).complete("c");
        assertEquals(0, b.active(), "failed work frees its place like finished work");
        assertTrue(results.contains("a") && results.contains("c"));
        assertInstanceOf(IllegalStateException.class, results.get(results.size() - 2));
    }

    @Test
    void aWaiterThatGivesUpLeavesTheQueueAndTakesNoPlace() {
        Bulkhead b = new Bulkhead("searches", 1, 2);
        Held h = new Held();
        b.run(h::work).subscribe().with(x -> {}, x -> {});
        AtomicReference<Object> second = new AtomicReference<>();
        Cancellable c = b.run(h::work).subscribe().with(second::set, second::set);
        assertEquals(1, b.waiting());
        c.cancel();
        assertEquals(0, b.waiting(), "cancelled: out of the queue");
        h.emitters.get(0).complete("done");
        assertEquals(1, h.started, "the cancelled waiter never ran");
        assertEquals(0, b.active(), "and the place is free again");
    }
}
