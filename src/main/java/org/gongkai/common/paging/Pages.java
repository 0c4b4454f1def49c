package org.gongkai.common.paging;

import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The ways a list is paged: a Panache query, or native SQL returning ids in rank order (here); filtered HQL over a plain
 * entity: {@link Where#page}.
 */
public final class Pages {
    private Pages() {}

    public static <T> Uni<Page<T>> of(PanacheQuery<T> query, PageRequest.Checked page) {
        return query.count().flatMap(total -> query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list()
                .map(list -> Page.of(list, page, total)));
    }

    /**
     * {@code select} returns ids and ends with {@code limit :limit offset :offset}; {@code count} counts the same rows.
     * Parameters the count does not use are not bound to it.
     */
    public static Uni<Page<Long>> ids(Mutiny.Session s, String select, String count, Map<String, Object> params, int pageNo, int size) {
        var cq = s.createNativeQuery(count, Long.class);
        var sq = s.createNativeQuery(select, Long.class);
        params.forEach((k, v) -> {
            if (count.contains(":" + k)) cq.setParameter(k, v);
            if (select.contains(":" + k)) sq.setParameter(k, v);
        });
        sq.setParameter("limit", size).setParameter("offset", pageNo * size);
        return cq.getSingleResult().flatMap(total -> sq.getResultList()
                .map((List<Long> ids) -> new Page<>(ids, pageNo, size, total, (int) ((total + size - 1) / size))));
    }
}
