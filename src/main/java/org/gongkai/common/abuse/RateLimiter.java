package org.gongkai.common.abuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.error.ProblemException;

/**
 * Limits per client address and per account, counted in PostgreSQL so that every copy of the application sees
 * the same count. One atomic upsert per hit into a fixed window (issue 9: the old count-then-insert let
 * concurrent requests past the limit). Buckets are hashed: no address is stored. Shared by every public intake.
 */
@ApplicationScoped
public class RateLimiter {

    /** Thrown as a 429 problem, with the seconds after which to retry. */
    public static class Limited extends ProblemException {
        private final int retryAfter;

        Limited(String detail, int retryAfter) {
            super(429, "rate-limited", "Too many requests", detail, null);
            this.retryAfter = retryAfter;
        }

        @Override
        public int retryAfterSeconds() {
            return retryAfter;
        }
    }

    /** Counts the hit and refuses when the bucket's window already had {@code limit} hits. Joins the caller's transaction. */
    public Uni<Void> hit(String bucket, int limit, int windowSeconds) {
        return count(bucket, windowSeconds).map(c -> {
            if (c.hits() > limit) throw limited(limit, windowSeconds, c.retryAfter());
            return null;
        }).replaceWithVoid();
    }

    /** A bucket's hits in the current window, this one included, and the seconds until the window ends. */
    public record Count(int hits, int retryAfter) {}

    /** Counts the hit without refusing: for policies that step up before they refuse (IntakeLimits). */
    public Uni<Count> count(String bucket, int windowSeconds) {
        String key = hash(bucket);
        // on the session's connection, not as a native query (issue 17, see SessionSql)
        return Panache.getSession().flatMap(s -> org.gongkai.common.sql.SessionSql.first(s,
                        "insert into rate_limit_window (bucket, window_start, hits) "
                                + "values ($1, to_timestamp(floor(extract(epoch from now()) / $2) * $2), 1) "
                                + "on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1 "
                                + "returning hits, cast(ceil(extract(epoch from window_start) + $2 - extract(epoch from now())) as int)",
                        key, windowSeconds)
                .map(r -> new Count(((Number) r[0]).intValue(), Math.max(1, ((Number) r[1]).intValue()))));
    }

    public static Limited limited(int limit, int windowSeconds, int retryAfter) {
        return new Limited("at most " + limit + " per " + describe(windowSeconds) + ": please try again later", retryAfter);
    }

    /** A refusal in words of its own (a shared resource's daily quota, say), retried after the seconds given. */
    public static Limited limited(String detail, int retryAfter) {
        return new Limited(detail, Math.max(1, retryAfter));
    }

    static String describe(int seconds) {
        return seconds % 3600 == 0 ? (seconds / 3600) + " h" : seconds + " s";
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("gongkai-rl:" + s).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 20);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
