package org.gongkai.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletionException;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the database layer's failures as problems. A concurrent change is a 409 inviting a retry, the database
 * being away a 503 with Retry-After, however deeply Hibernate Reactive and Mutiny wrap them.
 */
class PersistenceProblemsTest {

    private static jakarta.ws.rs.core.Response answer(Throwable t) {
        return PersistenceProblems.toResponse(t, null);
    }

    @Test
    void optimisticLockAndUniqueKeysAre409() {
        assertEquals(409, answer(new jakarta.persistence.OptimisticLockException("row was updated")).getStatus());
        assertEquals(409, answer(new CompletionException(new org.hibernate.StaleObjectStateException("Item", 5L))).getStatus());
        PgException unique = new PgException("duplicate key value violates unique constraint", "ERROR", "23505", "Key (no)=(1) exists");
        assertEquals(409, answer(new jakarta.persistence.PersistenceException(new CompletionException(unique))).getStatus());
        assertEquals(409, answer(new PgException("could not serialize access", "ERROR", "40001", null)).getStatus());
        assertEquals(409, answer(new PgException("deadlock detected", "ERROR", "40P01", null)).getStatus());
    }

    @Test
    void pastCapacityTheAnswerIsAFast503() {
        // issue 17: every connection busy and the wait queue full
        var r = answer(new CompletionException(new io.vertx.core.http.ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 128")));
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        // more requests than gongkai.http.max-in-flight: refused until one is answered
        LoadShedding l = new LoadShedding();
        l.maxInFlight = 2;
        org.junit.jupiter.api.Assertions.assertTrue(l.tryAdmit());
        org.junit.jupiter.api.Assertions.assertTrue(l.tryAdmit());
        org.junit.jupiter.api.Assertions.assertFalse(l.tryAdmit());
        assertEquals(2, l.inFlight());
        // writes have a bound of their own, inside the bound of all requests
        LoadShedding w = new LoadShedding();
        w.maxInFlight = 10;
        w.maxWrites = 1;
        org.junit.jupiter.api.Assertions.assertTrue(w.tryAdmitWrite());
        org.junit.jupiter.api.Assertions.assertFalse(w.tryAdmitWrite(), "a second write waits for the first");
        org.junit.jupiter.api.Assertions.assertTrue(w.tryAdmit(), "reads still come in");
        assertEquals(2, w.inFlight());
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() {
        var r = answer(new CompletionException(new java.net.ConnectException("Connection refused: /127.0.0.1:5432")));
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        assertEquals(503, answer(io.vertx.sqlclient.ClosedConnectionException.INSTANCE).getStatus());
        assertEquals(503, answer(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)).getStatus());
        assertEquals(503, answer(new org.hibernate.HibernateException(new io.vertx.core.impl.NoStackTraceThrowable("Timeout"))).getStatus());
    }

    @Test
    void aProblemInsideTheWrappingKeepsItsOwnStatus() {
        assertEquals(404, answer(new CompletionException(ProblemException.notFound("item", 7))).getStatus());
    }

    @Test
    void anythingElseIsA500Problem() {
        var r = answer(new org.hibernate.HibernateException("something unforeseen"));
        assertEquals(500, r.getStatus());
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
    }
}
