package org.gongkai.common.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A filtered, paged HQL list in one place: conditions added only when their filter is given, the same parameters bound
 * to the count and to the page, and "part of the text" escaped for LIKE. Written once for every paged register (it was
 * written out by hand in each resource: a count query, a row query and each parameter set twice).
 *
 * <pre>{@code
 * new Where("year = :y", "y", year).and(dept != null, "leadDepartmentCode = :d", "d", dept).contains("title", "q", text)
 *         .page(session, KeyTask.class, "order by id", page)
 * }</pre>
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where() {}

    public Where(String condition, String param, Object value) {
        and(true, condition, param, value);
    }

    /** A condition with no parameter, always. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition and its one parameter, when {@code when}. */
    public Where and(boolean when, String condition, String param, Object value) {
        if (when) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /** A condition with several parameters, when {@code when}. */
    public Where and(boolean when, String condition, Map<String, Object> parameters) {
        if (when) {
            conditions.add(condition);
            params.putAll(parameters);
        }
        return this;
    }

    /** {@code property} contains {@code text} (nothing when the text is null or blank); % and _ in it are literal. */
    public Where contains(String property, String param, String text) {
        if (text == null || text.isBlank()) return this;
        return and(true, property + " like :" + param, param, like(text.trim()));
    }

    /** Like {@link #contains} over several properties: any of them contains the text. */
    public Where containsAny(List<String> properties, String param, String text) {
        if (text == null || text.isBlank()) return this;
        return and(true, "(" + String.join(" or ", properties.stream().map(p -> p + " like :" + param).toList()) + ")", param, like(text.trim()));
    }

    public static String like(String text) {
        return "%" + escapeLike(text) + "%";
    }

    /** \, % and _ taken literally in a LIKE pattern (the one escape: search uses it too). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The conditions joined, "1 = 1" when there is none. */
    public String clause() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** An HQL "order by" of a checked sort (its properties whitelisted by {@link PageRequest#check}). */
    public static String orderBy(io.quarkus.panache.common.Sort sort) {
        return "order by " + String.join(", ", sort.getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == io.quarkus.panache.common.Sort.Direction.Descending ? " desc" : "")).toList());
    }

    /** The page of {@code type} matching, in {@code orderBy} (e.g. "order by id"), with the total. */
    public <T> Uni<Page<T>> page(Mutiny.Session s, Class<T> type, String orderBy, PageRequest.Checked page) {
        String entity = type.getSimpleName();
        var count = s.createQuery("select count(*) from " + entity + " where " + clause(), Long.class);
        var rows = s.createQuery("from " + entity + " where " + clause() + " " + orderBy, type).setFirstResult(page.offset()).setMaxResults(page.size());
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return count.getSingleResult().flatMap(total -> rows.getResultList().map(l -> Page.of(l, page, total)));
    }
}
