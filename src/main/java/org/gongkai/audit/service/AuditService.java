package org.gongkai.audit.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.AuditEvent;
import org.gongkai.audit.AuditHasher;
import org.gongkai.audit.repository.AuditRepository;
import org.gongkai.common.time.TimeSource;

/**
 * Appends events to the chain and verifies it. {@link #record} joins the caller's transaction: the event is
 * written with the change it describes, or not at all. Appends are serialised by a transaction-scoped advisory
 * lock, so several copies of the application extend one chain.
 */
@ApplicationScoped
public class AuditService {
    /** Advisory lock key of the audit chain ("audit" in ASCII). */
    static final long CHAIN_LOCK = 0x6175646974L;
    static final int VERIFY_BATCH = 1000;

    @Inject
    AuditRepository repository;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper mapper;

    /** Must run inside a transaction (a {@code @WithTransaction} service method). */
    public Uni<AuditEvent> record(Actor actor, String action, String subjectType, Object subjectId, Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = AuditHasher.storedPrecision(time.now());
        e.actor = actor.username();
        e.roles = actor.rolesText();
        e.department = actor.department();
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = String.valueOf(subjectId);
        e.beforeState = json(before);
        e.afterState = json(after);
        return Panache.getSession().flatMap(s -> s
                .createNativeQuery("select cast(pg_advisory_xact_lock(:k) as text)", String.class)
                .setParameter("k", CHAIN_LOCK).getSingleResult()
                .flatMap(x -> s.createNativeQuery("select last_hash from audit_head", String.class)
                        .getResultList())
                .flatMap(head -> {
                    e.prevHash = head.isEmpty() ? AuditHasher.GENESIS : head.get(0).trim();
                    return s.createNativeQuery("select nextval('audit_event_seq')", Long.class).getSingleResult();
                })
                .flatMap(id -> {
                    e.id = id;
                    e.hash = AuditHasher.hash(e);
                    return s.persist(e).call(s::flush);
                })
                .flatMap(x -> s.createNativeQuery("insert into audit_head (singleton, last_id, last_hash) values (true, :id, :h) "
                                + "on conflict (singleton) do update set last_id = excluded.last_id, last_hash = excluded.last_hash")
                        .setParameter("id", e.id).setParameter("h", e.hash).executeUpdate())
                .replaceWith(e));
    }

    private String json(Object o) {
        if (o == null) return null;
        if (o instanceof String s) return s;
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("audit state is not serialisable: " + o.getClass().getName(), ex);
        }
    }

    /** Result of a chain verification. */
    public record Verification(boolean intact, long checked, Long firstBrokenId, String reason) {}

    /** Walks the whole chain in id order, in batches, and reports the first event that does not fit. */
    public Uni<Verification> verify() {
        return verifyFrom(0L, AuditHasher.GENESIS, 0L);
    }

    private Uni<Verification> verifyFrom(long afterId, String prevHash, long checked) {
        return repository.batchAfter(afterId, VERIFY_BATCH).flatMap(batch -> {
            String prev = prevHash;
            long n = checked;
            for (AuditEvent e : batch) {
                if (!prev.equals(e.prevHash.trim())) {
                    return Uni.createFrom().item(new Verification(false, n, e.id,
                            "previous-hash mismatch: an event before it was changed or deleted"));
                }
                String expect = AuditHasher.hash(e);
                if (!expect.equals(e.hash.trim())) {
                    return Uni.createFrom().item(new Verification(false, n, e.id, "content does not match its hash: the event was changed"));
                }
                prev = e.hash.trim();
                n++;
            }
            if (batch.size() == VERIFY_BATCH) {
                return verifyFrom(batch.get(batch.size() - 1).id, prev, n);
            }
            final String last = prev;
            final long total = n;
            final Long lastId = batch.isEmpty() ? (afterId == 0 ? null : afterId) : batch.get(batch.size() - 1).id;
            return repository.head().map(head -> {
                if (head == null && lastId == null) return new Verification(true, 0, null, null);
                if (head == null || !head.equals(last)) {
                    return new Verification(false, total, lastId, "chain head mismatch: the newest events were deleted");
                }
                return new Verification(true, total, null, null);
            });
        });
    }

    public Uni<List<AuditEvent>> forSubject(String subjectType, String subjectId) {
        return repository.forSubject(subjectType, subjectId).map(ArrayList::new);
    }
}
