package org.gongkai.dataresource.sharing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.time.TimeSource;

/** Queues what goes to the city platform with the decision that sends it: none is lost, none sent twice. */
@ApplicationScoped
public class OutboxCityDataPlatform implements CityDataPlatform {
    public static final String REQUEST = "data-request";
    public static final String ANSWER = "data-request-answer";

    @Inject
    ObjectMapper mapper;
    @Inject
    TimeSource time;

    @Override
    public Uni<String> submitRequest(long requestId, Map<String, Object> request) {
        String ref = "LYJY-SQ-" + requestId;
        return queue(REQUEST, ref, request).replaceWith(ref);
    }

    @Override
    public Uni<Void> answer(String platformRef, boolean granted, String reasons, Map<String, Object> grant) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reference", platformRef);
        p.put("granted", granted);
        if (reasons != null) p.put("reasons", reasons);
        if (grant != null) p.put("grant", grant);
        return queue(ANSWER, platformRef, p);
    }

    private Uni<Void> queue(String kind, String ref, Map<String, Object> payload) {
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "insert into city_platform_outbox (kind, reference, payload, created_at) values (:k, :r, :p, :t)")
                .setParameter("k", kind).setParameter("r", ref).setParameter("p", json).setParameter("t", time.now()).executeUpdate()).replaceWithVoid();
    }
}
