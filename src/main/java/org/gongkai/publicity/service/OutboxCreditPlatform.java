package org.gongkai.publicity.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.publicity.AdminDecision;

/** Queues each record for the credit platform in the same transaction as the move: none lost, none sent twice. */
@ApplicationScoped
public class OutboxCreditPlatform implements CreditPlatform {
    @Inject
    ObjectMapper mapper;

    @Override
    public Uni<Void> send(AdminDecision d, Action action, Map<String, Object> fields) {
        String json;
        try {
            json = mapper.writeValueAsString(fields);
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into credit_outbox (decision_id, action, payload, created_at) values (:d, :a, :p, now())")
                .setParameter("d", d.id).setParameter("a", action.name()).setParameter("p", json).executeUpdate()).replaceWithVoid();
    }
}
