package org.gongkai.common.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers of public reads kept in memory for as long as nothing public changed (issue 17): in enrolment season
 * thousands of parents search the same few words within hours, and each answer is the same until the next
 * publication moves the public epoch — then every entry is dropped at once. The same holds for a column's list and an
 * item. Bounded by {@code gongkai.cache.entries} answers (0: off) and {@code gongkai.cache.max-chars} characters of
 * text held (an item with a long body weighs its length); when full it starts again empty (the popular answers come
 * back within a second). Only for answers that depend on nothing but what is published and the request's parameters.
 */
@ApplicationScoped
public class PublicCache {
    @Inject
    PublicEpoch epoch;
    @ConfigProperty(name = "gongkai.cache.entries", defaultValue = "5000")
    int maxEntries;
    @ConfigProperty(name = "gongkai.cache.max-chars", defaultValue = "16000000")
    long maxChars;

    /** What an answer weighs, in characters of text, about (an answer of a page of items: 20 × 400). */
    public static final int PAGE_WEIGHT = 8000;
    private final java.util.concurrent.atomic.AtomicLong chars = new java.util.concurrent.atomic.AtomicLong();

    private final ConcurrentHashMap<Object, Object> entries = new ConcurrentHashMap<>();
    private volatile long entriesEpoch = -1;

    /** The answer for {@code key} as of the current epoch, computed (once per epoch, about) when not held. */
    @SuppressWarnings("unchecked")
    public <V> Uni<V> get(Object key, Supplier<Uni<V>> compute) {
        return get(key, compute, v -> PAGE_WEIGHT);
    }

    /** The same, {@code weight} saying how many characters of text an answer holds. */
    public <V> Uni<V> get(Object key, Supplier<Uni<V>> compute, java.util.function.ToLongFunction<V> weight) {
        PublicEpoch.State s = epoch.now();
        if (maxEntries <= 0 || s == null || !epoch.settled()) return compute.get();
        long n = s.n();
        if (n != entriesEpoch) {
            synchronized (this) {
                if (n != entriesEpoch) {
                    clear();
                    entriesEpoch = n;
                }
            }
        }
        Object held = entries.get(key);
        if (held instanceof Pending p) return await(p);
        if (held != null) return Uni.createFrom().item((V) held);
        // one computation per question: whoever asks the same while it is computed waits for that answer (a popular
        // search arriving 200 times a second is computed once, not 200 times over a queue of connections)
        Pending mine = new Pending(new java.util.concurrent.CompletableFuture<>());
        Object raced = entries.putIfAbsent(key, mine);
        if (raced instanceof Pending p) return await(p);
        if (raced != null) return Uni.createFrom().item((V) raced);
        return compute.get().onItemOrFailure().invoke((v, err) -> {
            if (err != null || v == null || entriesEpoch != n || epoch.now().n() != n || !epoch.settled()) {
                entries.remove(key, mine);
            } else {
                long w = weight.applyAsLong(v);
                if (w > maxChars / 10) {
                    entries.remove(key, mine);
                } else {
                    if (entries.size() >= maxEntries || chars.get() + w > maxChars) clear();
                    if (entries.replace(key, mine, v)) chars.addAndGet(w);
                }
            }
            if (err != null) mine.future.completeExceptionally(err);
            else mine.future.complete(v);
        });
    }

    /** The answer of a computation under way, delivered on the waiting request's own context. */
    @SuppressWarnings("unchecked")
    private static <V> Uni<V> await(Pending p) {
        io.vertx.core.Context ctx = io.vertx.core.Vertx.currentContext();
        Uni<V> u = Uni.createFrom().completionStage(() -> (java.util.concurrent.CompletionStage<V>) (Object) p.future);
        return ctx == null ? u : u.emitOn(run -> ctx.runOnContext(x -> run.run()));
    }

    /** A computation under way. */
    private record Pending(java.util.concurrent.CompletableFuture<Object> future) {}

    private synchronized void clear() {
        entries.clear();
        chars.set(0);
    }

    /** Entries held now (tests, metrics). */
    public int size() {
        return entries.size();
    }
}
