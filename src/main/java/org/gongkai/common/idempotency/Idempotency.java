package org.gongkai.common.idempotency;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.audit.AuditHasher;
import org.gongkai.common.error.ProblemException;

/**
 * The idempotent intake of public submissions (enquiries, applications), in one place (issue 9). A key is a UUID
 * made by the client; the first submission stores it with a fingerprint of the caller and the body. A retry with
 * the same key and the same request gets the first receipt (with its query code: only the one who sent that very
 * body — its one-time challenge answer, its personal data — can send it again); the same key with another
 * request is a 422, never someone else's receipt.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private Idempotency() {}

    /** The key as given, or null for none; anything but a UUID is a 400 naming the header. */
    public static String checkedKey(String key) {
        if (key == null) return null;
        String k = key.trim();
        try {
            if (k.length() != 36) throw new IllegalArgumentException();
            UUID.fromString(k);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(HEADER, "must be a UUID made by the client (crypto.randomUUID()), the same on retries");
        }
        return k.toLowerCase(java.util.Locale.ROOT);
    }

    /** SM3 of who asks (an account, or "anonymous") and what they sent. */
    public static String fingerprint(String caller, Object body) {
        try {
            return AuditHasher.sm3Hex((caller == null ? "anonymous" : caller) + "\n" + MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body is not serialisable", e);
        }
    }

    /** A stored submission met again under its key: the same request, or a 422. */
    public static void requireSameRequest(String storedFingerprint, String fingerprint) {
        if (storedFingerprint == null || !storedFingerprint.equals(fingerprint)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was already used for a different request: make a new key for a new submission",
                    java.util.List.of(new org.gongkai.common.error.FieldError(HEADER, "was used for a different request")));
        }
    }

    /**
     * The submission stored under this key (an entity with an {@code idempotencyKey} field: a comment, a poll response),
     * or null for none or no key; in a session of its own.
     */
    public static <T> io.smallrye.mutiny.Uni<T> previous(Class<T> entity, String key) {
        if (key == null) return io.smallrye.mutiny.Uni.createFrom().nullItem();
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .flatMap(s -> s.createQuery("from " + entity.getSimpleName() + " where idempotencyKey = :k", entity).setParameter("k", key).getResultList())
                .map(l -> l.isEmpty() ? null : l.get(0)));
    }
}
