package org.gongkai.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One search across every kind of public thing (issue 10): the features put a document here when something becomes
 * public (with its words segmented on a worker, like the query) and remove it when it leaves; the portal searches them
 * all at once, paged, ranked, highlighted, with facets by kind, column, department and year.
 */
@ApplicationScoped
public class SearchIndex {

    /** What a feature puts in: {@code words} are the segmented title and text (ChineseSegmenter.segment). */
    public record Document(String kind, String refId, String title, String text, String words, String columnCode, String departmentCode,
                           int year, Instant publishedAt, String link) {}

    /** Filters; null means any. */
    public record Filter(List<String> kinds, List<String> columns, String departmentCode, Integer year) {}

    public record Row(String kind, String refId, String title, String text, String columnCode, String departmentCode, int year,
                      Instant publishedAt, String link) {}

    public record Facets(Map<String, Long> kind, Map<String, Long> column, Map<String, Long> department, Map<String, Long> year) {}

    public record Result(List<Row> rows, long total, Facets facets) {}

    /** Upserts, in the caller's transaction. */
    public Uni<Void> put(Document d) {
        String text = d.text() == null ? "" : d.text().length() > 20_000 ? d.text().substring(0, 20_000) : d.text();
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into search_document (kind, ref_id, title, body_text, search_vector, "
                        + "column_code, department_code, year, published_at, link) values (:kind, :ref, :title, :text, to_tsvector('simple', :words), "
                        + ":col, :dept, :year, :at, :link) on conflict (kind, ref_id) do update set title = excluded.title, body_text = excluded.body_text, "
                        + "search_vector = excluded.search_vector, column_code = excluded.column_code, department_code = excluded.department_code, "
                        + "year = excluded.year, published_at = excluded.published_at, link = excluded.link")
                .setParameter("kind", d.kind()).setParameter("ref", d.refId()).setParameter("title", d.title()).setParameter("text", text)
                .setParameter("words", d.words() == null ? "" : d.words()).setParameter("col", d.columnCode()).setParameter("dept", d.departmentCode())
                .setParameter("year", d.year()).setParameter("at", d.publishedAt()).setParameter("link", d.link()).executeUpdate()).replaceWithVoid();
    }

    /** Takes a thing out of the search (withdrawn, no longer public), in the caller's transaction. */
    public Uni<Void> remove(String kind, String refId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("delete from search_document where kind = :kind and ref_id = :ref")
                .setParameter("kind", kind).setParameter("ref", refId).executeUpdate()).replaceWithVoid();
    }

    /** The SQL of a search, pure (the benchmark runs it too). */
    public record Sql(String select, String count, String facets, Map<String, Object> params) {}

    public static Sql sql(String tokens, String raw, Filter f, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        boolean words = tokens != null && !tokens.isBlank();
        // the title's words are in the vector: the substring match on titles only when the query has no words at all
        String match = words ? "d.search_vector @@ plainto_tsquery('simple', :tokens)" : "d.title ilike :like";
        if (words) p.put("tokens", tokens);
        p.put("like", "%" + raw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        StringBuilder where = new StringBuilder(" from search_document d where ").append(match);
        if (f.kinds() != null && !f.kinds().isEmpty()) { where.append(" and d.kind in (:kinds)"); p.put("kinds", f.kinds()); }
        if (f.columns() != null && !f.columns().isEmpty()) { where.append(" and d.column_code in (:cols)"); p.put("cols", f.columns()); }
        if (f.departmentCode() != null) { where.append(" and d.department_code = :dept"); p.put("dept", f.departmentCode()); }
        if (f.year() != null) { where.append(" and d.year = :year"); p.put("year", f.year()); }
        String rank = words ? "ts_rank(d.search_vector, plainto_tsquery('simple', :tokens))" : "0";
        String select = "select d.kind, d.ref_id, d.title, d.body_text, d.column_code, d.department_code, d.year, d.published_at, d.link" + where
                + " order by (d.title ilike :like) desc, " + rank + " desc, d.published_at desc, d.ref_id limit :limit offset :offset";
        // facets over everything the words match (not narrowed by the facets themselves): one scan, four groupings
        String facets = "select case when grouping(d.kind) = 0 then 'kind' when grouping(d.column_code) = 0 then 'column' "
                + "when grouping(d.department_code) = 0 then 'department' else 'year' end, "
                + "coalesce(d.kind, d.column_code, d.department_code, cast(d.year as text)), count(*) from search_document d where " + match
                + " group by grouping sets ((d.kind), (d.column_code), (d.department_code), (d.year))";
        p.put("limit", size);
        p.put("offset", page * size);
        return new Sql(select, "select count(*)" + where, facets, p);
    }

    public Uni<Result> search(String tokens, String raw, Filter f, int page, int size) {
        Sql q = sql(tokens, raw, f, page, size);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            var select = s.createNativeQuery(q.select(), Object[].class);
            var count = s.createNativeQuery(q.count(), Long.class);
            var facets = s.createNativeQuery(q.facets(), Object[].class);
            // each query binds the parameters it names
            q.params().forEach((k, v) -> {
                if (q.select().contains(":" + k)) select.setParameter(k, v);
                if (q.count().contains(":" + k)) count.setParameter(k, v);
                if (q.facets().contains(":" + k)) facets.setParameter(k, v);
            });
            return select.getResultList().flatMap(rows -> count.getSingleResult().flatMap(total -> facets.getResultList().map(fs -> {
                List<Row> out = new ArrayList<>();
                for (Object[] r : rows) {
                    Object at = r[7];
                    Instant when = at instanceof Instant i ? i : at instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) at).toInstant();
                    out.add(new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), when, (String) r[8]));
                }
                Map<String, Map<String, Long>> by = new LinkedHashMap<>();
                for (String k : List.of("kind", "column", "department", "year")) by.put(k, new LinkedHashMap<>());
                for (Object[] r : fs) if (r[1] != null) by.get((String) r[0]).put((String) r[1], ((Number) r[2]).longValue());
                return new Result(out, total, new Facets(by.get("kind"), by.get("column"), by.get("department"), by.get("year")));
            })));
        }));
    }
}
