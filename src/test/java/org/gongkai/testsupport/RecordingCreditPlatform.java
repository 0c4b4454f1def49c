package org.gongkai.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.mutiny.Uni;
import org.gongkai.publicity.AdminDecision;
import org.gongkai.publicity.service.OutboxCreditPlatform;

/**
 * The test double at the credit platform's boundary (and only there): records each record sent, then lets the real
 * outbox queue it, so that both sides of the boundary are checked.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingCreditPlatform extends OutboxCreditPlatform {
    public record Sent(long decisionId, Action action, Map<String, Object> fields) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    public List<Sent> sent() {
        return sent;
    }

    @Override
    public Uni<Void> send(AdminDecision d, Action action, Map<String, Object> fields) {
        sent.add(new Sent(d.id, action, fields));
        return super.send(d, action, fields);
    }
}
