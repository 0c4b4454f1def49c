package org.gongkai.publicity.service;

import java.util.Map;

import io.smallrye.mutiny.Uni;
import org.gongkai.publicity.AdminDecision;

/**
 * The boundary with the city's credit information platform (信用信息共享平台): each decision published, shared only,
 * corrected or revoked goes there in its exchange format (field codes). The default implementation queues it in the
 * {@code credit_outbox} table inside the deciding transaction; tests put a recording double here, and only here.
 */
public interface CreditPlatform {
    enum Action { ADD, UPDATE, REVOKE }

    Uni<Void> send(AdminDecision d, Action action, Map<String, Object> fields);
}
