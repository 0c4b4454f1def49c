package org.gongkai.enquiries.hotline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Queues each reply for the 12345 exchange in the same transaction as the closing: none is lost, none sent twice. */
@ApplicationScoped
public class OutboxHotlinePlatform implements HotlinePlatform {
    @Inject
    ObjectMapper mapper;

    @Override
    public Uni<Void> reportReply(String ticketNo, String category, String answer, LocalDate closedOn) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ticketNo", ticketNo);
        payload.put("result", category);
        payload.put("reply", answer);
        payload.put("closedOn", closedOn.toString());
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "insert into hotline_outbox (ticket_no, payload, created_at) values (:t, :p, now())")
                .setParameter("t", ticketNo).setParameter("p", json).executeUpdate()).replaceWithVoid();
    }
}
