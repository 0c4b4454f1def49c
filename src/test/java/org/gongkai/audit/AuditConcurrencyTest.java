package org.gongkai.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.service.AuditService;
import org.gongkai.testsupport.Db;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: audited writers do not wait for each other. A transaction that recorded an event and is still open
 * does not hold up another audited transaction; the chain follows commit order and still verifies.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "office", "staff"})
class AuditConcurrencyTest {
    @Inject
    AuditService audit;

    private static final Actor ACTOR = new Actor("concurrency-test", java.util.Set.of("admin"), "XXK");

    private Uni<AuditEvent> recordIn(String subject, CompletableFuture<Void> holdOpen) {
        return Panache.withTransaction(() -> audit.record(ACTOR, "test.concurrent", "test", subject, null, "{}")
                .call(e -> {
                    if (holdOpen == null) return Uni.createFrom().voidItem();
                    // carry on on the session's own event loop whoever completes the future
                    io.vertx.core.Context ctx = io.vertx.core.Vertx.currentContext();
                    return Uni.createFrom().completionStage(holdOpen).emitOn(r -> ctx.runOnContext(x -> r.run()));
                }));
    }

    private static AuditEvent await(java.util.function.Supplier<Uni<AuditEvent>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Test
    void anOpenAuditedTransactionDoesNotBlockAnother() throws Exception {
        String slow = "slow-" + UUID.randomUUID();
        String quick = "quick-" + UUID.randomUUID();
        CompletableFuture<Void> release = new CompletableFuture<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var slowTx = pool.submit(() -> await(() -> recordIn(slow, release)));
            Thread.sleep(300); // the slow transaction has recorded its event and waits, still open
            var quickTx = pool.submit(() -> await(() -> recordIn(quick, null)));
            // with the old global lock this waited for the slow transaction to commit
            quickTx.get(10, TimeUnit.SECONDS);
            assertFalse(slowTx.isDone(), "the slow transaction is still open");
            release.complete(null);
            slowTx.get(10, TimeUnit.SECONDS);
        } finally {
            release.complete(null);
            pool.shutdownNow();
        }
        given().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery(
                    "select subject_id, chain_no, id from audit_event where subject_type = 'test' and subject_id in ('"
                            + slow + "','" + quick + "')");
            long slowChain = 0, quickChain = 0, slowId = 0, quickId = 0;
            while (rs.next()) {
                if (rs.getString(1).equals(slow)) { slowChain = rs.getLong(2); slowId = rs.getLong(3); }
                else { quickChain = rs.getLong(2); quickId = rs.getLong(3); }
            }
            assertTrue(slowId < quickId, "the slow one took its id first");
            // both sealed, each in its own place (ids are handed out before commit; the chain takes committed events)
            assertTrue(quickChain > 0 && slowChain > 0 && quickChain != slowChain, "quick " + quickChain + ", slow " + slowChain);
        }
    }

    @Test
    void manyConcurrentWritersAllLandInOneVerifiableChain() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<AuditEvent>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                String subject = "many-" + run + "-" + i;
                futures.add(pool.submit(() -> await(() -> recordIn(subject, null))));
            }
            for (var f : futures) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true)).body("pending", equalTo(0));
        try (Connection c = Db.connect()) {
            ResultSet rs = c.createStatement().executeQuery(
                    "select count(*), count(distinct chain_no) from audit_event where subject_type = 'test' and subject_id like 'many-" + run + "-%'");
            rs.next();
            assertEquals(40, rs.getInt(1));
            assertEquals(40, rs.getInt(2));
        }
    }
}
