package org.gongkai.common.web;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.gongkai.common.error.ProblemException;

/**
 * At most {@code permits} pieces of expensive work at once, {@code queued} more waiting their turn, and past that a
 * 503 problem with {@code Retry-After} at once (issue 17: past capacity a search that nothing has answered before is
 * refused in milliseconds instead of queueing for seconds on the database's connections). Fewer queries at once on
 * two cores also finish sooner each. A waiter resumes on its own Vert.x context; a waiter that is cancelled leaves
 * the queue; a failed piece of work frees its place like a finished one.
 */
public final class Bulkhead {
    private final String what;
    private final int permits;
    private final int queued;
    private int active;
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

    private record Waiter(Context context, CompletableFuture<Void> turn) {
    }

    public Bulkhead(String what, int permits, int queued) {
        if (permits < 1 || queued < 0) throw new IllegalArgumentException("permits ≥ 1 and queued ≥ 0");
        this.what = what;
        this.permits = permits;
        this.queued = queued;
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Waiter w;
            synchronized (this) {
                if (active < permits) {
                    active++;
                    w = null;
                } else if (waiting.size() < queued) {
                    w = new Waiter(Vertx.currentContext(), new CompletableFuture<>());
                    waiting.add(w);
                } else {
                    throw ProblemException.busy("too many " + what + " at this moment: try again in a second");
                }
            }
            Uni<Void> turn = w == null ? Uni.createFrom().voidItem() : Uni.createFrom().completionStage(w.turn());
            return turn.flatMap(x -> work.get()).onTermination().invoke(() -> leave(w));
        });
    }

    /** Running now, and waiting (for tests and metrics). */
    public synchronized int active() {
        return active;
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private void leave(Waiter w) {
        if (w != null) {
            synchronized (this) {
                // cancelled while still waiting: it held no place
                if (waiting.remove(w)) return;
            }
        }
        Waiter next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) active--;
        }
        // the place passes to the next waiter, on its own context
        if (next != null) {
            Waiter n = next;
            if (n.context() == null) n.turn().complete(null);
            else n.context().runOnContext(v -> n.turn().complete(null));
        }
    }
}
