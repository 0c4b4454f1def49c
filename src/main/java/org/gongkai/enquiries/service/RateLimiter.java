package org.gongkai.enquiries.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.error.ProblemException;

/**
 * Submission limits per client address and per account, counted in PostgreSQL so that every copy of the
 * application sees the same count. Buckets are hashed: no address is stored.
 */
@ApplicationScoped
public class RateLimiter {

    /** Thrown as a 429 problem, with the seconds after which to retry. */
    public static class Limited extends ProblemException {
        private final int retryAfter;

        Limited(String detail, int retryAfter) {
            super(429, "rate-limited", "Too many submissions", detail, null);
            this.retryAfter = retryAfter;
        }

        @Override
        public int retryAfterSeconds() {
            return retryAfter;
        }
    }

    /** Counts the hit and refuses when the bucket has had {@code limit} hits in the window already. */
    public Uni<Void> hit(String bucket, int limit, int windowSeconds) {
        String key = hash(bucket);
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select count(*) from rate_limit_hit where bucket = :b and at > now() - make_interval(secs => :w)", Long.class)
                .setParameter("b", key).setParameter("w", windowSeconds).getSingleResult()
                .flatMap(n -> {
                    if (n >= limit) {
                        throw new Limited("at most " + limit + " submissions per " + (windowSeconds / 3600) + " h: please try again later", windowSeconds);
                    }
                    return s.createNativeQuery("insert into rate_limit_hit (bucket, at) values (:b, now())")
                            .setParameter("b", key).executeUpdate();
                })).replaceWithVoid();
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
