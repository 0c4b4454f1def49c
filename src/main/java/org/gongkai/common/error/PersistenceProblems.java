package org.gongkai.common.error;

import java.util.concurrent.CompletionException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.pgclient.PgException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures of the database layer as problems a client can act on (issue 9), instead of Quarkus's bare 500:
 * a concurrent change (optimistic lock, unique key, serialisation failure, deadlock) is a 409 inviting a retry;
 * the database being unreachable or shutting down is a 503 with {@code Retry-After}. Anything else stays a
 * 500, as problem+json, logged by class and message only (never a request body).
 */
public class PersistenceProblems {
    private static final Logger LOG = Logger.getLogger(PersistenceProblems.class);
    static final int RETRY_AFTER_SECONDS = 5;

    enum Kind { CONFLICT, UNAVAILABLE, BUSY, OTHER }

    /** Seconds to wait when every database connection is busy and the queue for them is full (issue 17). */
    static final int BUSY_RETRY_AFTER_SECONDS = 1;

    /** Walks the cause chain for the first thing we recognise. */
    static Kind classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.ConnectionPoolTooBusyException) return Kind.BUSY;
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return Kind.CONFLICT;
            }
            String state = null;
            if (t instanceof PgException pg) state = pg.getSqlState();
            else if (t instanceof java.sql.SQLException sql) state = sql.getSQLState();
            else if (t instanceof org.hibernate.exception.ConstraintViolationException cv) state = cv.getSQLState();
            if (state != null) {
                if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) return Kind.CONFLICT;
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) return Kind.UNAVAILABLE;
            }
            if (t instanceof java.net.ConnectException || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof io.netty.channel.ConnectTimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return Kind.UNAVAILABLE;
            }
            String name = t.getClass().getName();
            String msg = String.valueOf(t.getMessage());
            // the pool's "Timeout" while waiting for a connection, and "Connection refused" wrapped by Vert.x
            if ((name.endsWith("NoStackTraceThrowable") || name.endsWith("NoStackTraceTimeoutException")) && msg.contains("Timeout")) {
                return Kind.UNAVAILABLE;
            }
            if (msg.contains("Connection refused")) return Kind.UNAVAILABLE;
        }
        return Kind.OTHER;
    }

    static Response toResponse(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) return new ProblemMappers().problem(p, uri);
        }
        return switch (classify(e)) {
            case CONFLICT -> ProblemMappers.problem(409, "concurrent-change", "Concurrent change",
                    "someone else changed this at the same moment: reload it and try again", uri, null);
            case UNAVAILABLE -> {
                LOG.warnf("database unavailable: %s", e.getClass().getName());
                Response r = ProblemMappers.problem(503, "unavailable", "Service unavailable",
                        "the database cannot be reached just now: nothing was changed; try again shortly", uri, null);
                r.getHeaders().putSingle("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                yield r;
            }
            case BUSY -> {
                // past capacity: shed at once rather than queue (the pool's wait queue is bounded)
                Response r = ProblemMappers.problem(503, "overloaded", "Service busy",
                        "too many requests at this moment: nothing was changed; try again in a second", uri, null);
                r.getHeaders().putSingle("Retry-After", String.valueOf(BUSY_RETRY_AFTER_SECONDS));
                yield r;
            }
            case OTHER -> {
                LOG.errorf("unexpected %s at %s", e.getClass().getName(), uri == null ? "" : uri.getPath());
                yield ProblemMappers.problem(500, "internal", "Internal error",
                        "the server failed to handle this request; nothing was changed", uri, null);
            }
        };
    }

    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response hibernate(org.hibernate.HibernateException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response database(io.vertx.sqlclient.DatabaseException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response closed(io.vertx.sqlclient.ClosedConnectionException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response connect(java.net.ConnectException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response completion(CompletionException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response busy(io.vertx.core.http.ConnectionPoolTooBusyException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response noStackTrace(io.vertx.core.impl.NoStackTraceThrowable e, UriInfo uri) {
        return toResponse(e, uri);
    }
}
