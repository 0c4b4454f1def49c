package org.gongkai.common.worker;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;

/**
 * CPU-heavy work (segmentation, HTML parsing, file typing, hashing) off the event loop (issue 9). The result
 * comes back on the caller's Vert.x context, so a Hibernate Reactive session or transaction opened after it
 * works as usual. Call it <em>before</em> opening the transaction: a transaction must never wait for a worker.
 */
@ApplicationScoped
public class Workers {
    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    public <T> Uni<T> run(Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work), false);
    }
}
