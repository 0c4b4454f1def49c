package org.gongkai.dataresource.sharing;

import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * The boundary with the city's unified sharing platform (R41: the only channel between government bodies). The exchange
 * itself is outside this application; the default implementation ({@link OutboxCityDataPlatform}) queues each message
 * in {@code city_platform_outbox} in the transaction that decided it, where the platform's adapter collects it and the
 * info section sees it. Both calls run inside the caller's transaction.
 */
public interface CityDataPlatform {
    /** R42: a department's approved request goes out; the platform's reference for it comes back. */
    Uni<String> submitRequest(long requestId, Map<String, Object> request);

    /** R43: the decision on another body's request goes back to it, with the reasons of a refusal. */
    Uni<Void> answer(String platformRef, boolean granted, String reasons, Map<String, Object> grant);
}
