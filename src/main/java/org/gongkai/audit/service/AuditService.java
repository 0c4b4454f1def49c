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
 * Appends events and verifies the chain. {@link #record} joins the caller's transaction: the event is written
 * with the change it describes, or not at all — and takes no lock, so audited transactions never wait for each
 * other (issue 9: a global advisory lock serialised every audited write of every copy of the application).
 * {@link AuditChainer} seals committed events into the SM3 chain shortly after, one appender at a time.
 */
@ApplicationScoped
public class AuditService {
    static final int VERIFY_BATCH = 1000;

    @Inject
    AuditRepository repository;
    @Inject
    AuditChainer chainer;
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
        // on the session's connection, not as a native query (issue 17: those never find their plan in Hibernate's cache)
        return Panache.getSession().flatMap(s -> org.gongkai.common.sql.SessionSql.number(s, "select nextval('audit_event_seq')")
                .flatMap(id -> {
                    e.id = id;
                    return s.persist(e).call(s::flush);
                })
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

    /** Result of a chain verification; {@code pending} events were committed but not sealed yet. */
    public record Verification(boolean intact, long checked, Long firstBrokenId, String reason, long pending) {}

    /** Seals what is committed, then walks the whole chain in chain order and reports the first event that does not fit. */
    public Uni<Verification> verify() {
        return chainer.sealAll().chain(() -> verifyFrom(0L, AuditHasher.GENESIS, 0L, null))
                .flatMap(v -> repository.countUnsealed().map(p ->
                        new Verification(v.intact(), v.checked(), v.firstBrokenId(), v.reason(), p)));
    }

    private Uni<Verification> verifyFrom(long afterChainNo, String prevHash, long checked, Long lastId) {
        return repository.sealedBatchAfter(afterChainNo, VERIFY_BATCH).flatMap(batch -> {
            String prev = prevHash;
            long n = checked;
            Long last = lastId;
            for (AuditEvent e : batch) {
                if (!prev.equals(e.prevHash.trim())) {
                    return Uni.createFrom().item(new Verification(false, n, e.id,
                            "previous-hash mismatch: an event before it was changed or deleted", 0));
                }
                String expect = AuditHasher.hash(e);
                if (!expect.equals(e.hash.trim())) {
                    return Uni.createFrom().item(new Verification(false, n, e.id, "content does not match its hash: the event was changed", 0));
                }
                prev = e.hash.trim();
                n++;
                last = e.id;
            }
            if (batch.size() == VERIFY_BATCH) {
                return verifyFrom(batch.get(batch.size() - 1).chainNo, prev, n, last);
            }
            final String lastHash = prev;
            final long total = n;
            final Long lastEvent = last;
            return repository.head().map(head -> {
                if (head == null && lastEvent == null) return new Verification(true, 0, null, null, 0);
                if (head == null || !head.equals(lastHash)) {
                    return new Verification(false, total, lastEvent, "chain head mismatch: the newest events were deleted", 0);
                }
                return new Verification(true, total, null, null, 0);
            });
        });
    }

    public Uni<List<AuditEvent>> forSubject(String subjectType, String subjectId) {
        return repository.forSubject(subjectType, subjectId).map(ArrayList::new);
    }
}
