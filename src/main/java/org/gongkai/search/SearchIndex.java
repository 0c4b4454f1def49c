package org.gongkai.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import org.gongkai.common.web.NamedParameters;
import io.smallrye.mutiny.Uni;

/**
 * One search across every kind of public thing (issue 10): the features put a document here when something becomes
 * public (with its words segmented on a worker, like the query) and remove it when it leaves; the portal searches them
 * all at once, paged, ranked, highlighted, with facets by kind, column, department and year.
 */
@ApplicationScoped
public class SearchIndex {

    /**
     * What a feature puts in: the public thing's fields as shown. {@code text} is plain text (no HTML), {@code link}
     * the portal page.
     */
    public record Source(String kind, String refId, String title, String summary, String text, String docNumber, List<String> subjects,
                         String columnCode, String departmentCode, int year, String status, String link) {}

    /** A source with its words segmented and its bigrams built: made by {@link #prepare} on a worker, stored by {@link #put}. */
    public record Document(Source source, String titleWords, String summaryWords, String textWords, String subjectWords, String phrases,
                           String docNumberNorm) {}

    /** The version of what {@link #prepare} makes; rows of an older version are rebuilt at start-up ({@link SearchRefresh}). */
    public static final int INDEX_VERSION = 2;

    /** Segments and builds the bigrams: CPU work for a worker thread, never the event loop. */
    public static Document prepare(ChineseSegmenter segmenter, Source s) {
        String text = s.text() == null ? "" : s.text();
        String summary = s.summary() == null ? "" : s.summary();
        String subjects = s.subjects() == null ? "" : String.join(" ", s.subjects());
        return new Document(s, segmenter.segment(s.title()), segmenter.segment(summary), segmenter.segment(text), segmenter.segment(subjects),
                SearchText.vector(List.of(s.title(), summary), List.of('A', 'B')), SearchText.docNumber(s.docNumber()));
    }

    /** Filters; null means any. */
    public record Filter(List<String> kinds, List<String> columns, String departmentCode, Integer year, String status) {
        public Filter(List<String> kinds, List<String> columns, String departmentCode, Integer year) {
            this(kinds, columns, departmentCode, year, null);
        }
    }

    public record Row(String kind, String refId, String title, String text, String columnCode, String departmentCode, int year,
                      Instant publishedAt, String link) {}

    public record Facets(Map<String, Long> kind, Map<String, Long> column, Map<String, Long> department, Map<String, Long> year) {}

    /**
     * How the query matched: ALL (every word, the phrase, the document number or the department), WITHOUT_QUESTION_WORDS
     * (a question, matched without 哪些, 如何, 需要…), MOST (most of its words or characters: a wrong character, a word too
     * many), or NONE.
     */
    public enum Match { ALL, WITHOUT_QUESTION_WORDS, MOST, NONE }

    public record Result(List<Row> rows, long total, Facets facets, Match match) {}

    /** Upserts, in the caller's transaction. */
    public Uni<Void> put(Document d, Instant publishedAt) {
        Source s = d.source();
        String text = s.text() == null ? "" : s.text().length() > 20_000 ? s.text().substring(0, 20_000) : s.text();
        return Panache.getSession().flatMap(x -> x.createNativeQuery("insert into search_document (kind, ref_id, title, summary, body_text, "
                        + "search_vector, phrase_vector, doc_number, doc_number_norm, column_code, department_code, year, status, published_at, link, index_version) "
                        + "values (:kind, :ref, :title, :summary, :text, " + VECTOR + ", cast(:phrases as tsvector), :doc, :docNorm, :col, :dept, :year, :status, :at, :link, "
                        + INDEX_VERSION + ") on conflict (kind, ref_id) do update set title = excluded.title, summary = excluded.summary, "
                        + "body_text = excluded.body_text, search_vector = excluded.search_vector, phrase_vector = excluded.phrase_vector, "
                        + "doc_number = excluded.doc_number, doc_number_norm = excluded.doc_number_norm, column_code = excluded.column_code, "
                        + "department_code = excluded.department_code, year = excluded.year, status = excluded.status, published_at = excluded.published_at, link = excluded.link, "
                        + "index_version = excluded.index_version")
                .setParameter("kind", s.kind()).setParameter("ref", s.refId()).setParameter("title", s.title()).setParameter("summary", s.summary())
                .setParameter("text", text).setParameter("tw", d.titleWords()).setParameter("sw", d.summaryWords()).setParameter("bw", d.textWords())
                .setParameter("kw", d.subjectWords()).setParameter("phrases", d.phrases()).setParameter("doc", s.docNumber())
                .setParameter("docNorm", d.docNumberNorm()).setParameter("col", s.columnCode()).setParameter("dept", s.departmentCode())
                .setParameter("year", s.year()).setParameter("status", s.status()).setParameter("at", publishedAt).setParameter("link", s.link()).executeUpdate()).replaceWithVoid();
    }

    /**
     * Rebuilds an older row in place — an update, never an insert, and only while the row is still of an older version,
     * so that a thing withdrawn or republished meanwhile is not brought back as it was.
     */
    Uni<Void> rebuild(Document d) {
        Source s = d.source();
        return Panache.getSession().flatMap(x -> x.createNativeQuery("update search_document set search_vector = " + VECTOR
                        + ", phrase_vector = cast(:phrases as tsvector), doc_number_norm = :docNorm, index_version = " + INDEX_VERSION
                        + " where kind = :kind and ref_id = :ref and index_version < " + INDEX_VERSION)
                .setParameter("kind", s.kind()).setParameter("ref", s.refId()).setParameter("tw", d.titleWords()).setParameter("sw", d.summaryWords())
                .setParameter("bw", d.textWords()).setParameter("kw", d.subjectWords()).setParameter("phrases", d.phrases())
                .setParameter("docNorm", d.docNumberNorm()).executeUpdate()).replaceWithVoid();
    }

    /** The words, weighted: title above summary above text above subjects (tags never outrank a title). */
    static final String VECTOR = "setweight(to_tsvector('simple', :tw), 'A') || setweight(to_tsvector('simple', :sw), 'B') "
            + "|| setweight(to_tsvector('simple', :bw), 'C') || setweight(to_tsvector('simple', :kw), 'D')";

    /** The public state of a thing changed without a new version (an item's validity decided), in the caller's transaction. */
    public Uni<Void> status(String kind, String refId, String status) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("update search_document set status = :status where kind = :kind and ref_id = :ref")
                .setParameter("status", status).setParameter("kind", kind).setParameter("ref", refId).executeUpdate()).replaceWithVoid();
    }

    /** Takes a thing out of the search (withdrawn, no longer public), in the caller's transaction. */
    public Uni<Void> remove(String kind, String refId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("delete from search_document where kind = :kind and ref_id = :ref")
                .setParameter("kind", kind).setParameter("ref", refId).executeUpdate()).replaceWithVoid();
    }

    /** A query taken apart: computed once, on a worker (segmentation). */
    public record Query(String raw, List<String> words, String stripped, List<String> strippedWords) {
        /** {@code words} are every distinct word, single characters too: all must match (the phrase arm covers other cuts). */
        public static Query of(ChineseSegmenter segmenter, String raw) {
            String q = raw.strip();
            String stripped = SearchText.withoutQuestionWords(q);
            return new Query(q, segmenter.queryWords(q), stripped, segmenter.queryWords(stripped));
        }
    }

    /** The SQL of a search, pure (the benchmark runs it too). */
    public record Sql(String select, String facets, Map<String, Object> params) {}

    /** How many of the newest matches are ranked: a setting, issue 17. */
    public static final int CANDIDATES = 1000;
    /** Up to this many times the candidates, matches are counted exactly (beyond: "at least"). */
    static final int PROBE_FACTOR = 5;

    /** Share of a query's words or characters that must be there for MOST. */
    static final double MOST = 0.6;

    /**
     * One tier of the search as SQL. ALL: every word (segmented), or the phrase (character bigrams of title and
     * summary), or the document number (normalised, for queries that look like one), or a department's name. MOST:
     * at least 60 % of the distinct bigrams (in title or summary) or of the words (anywhere). Ranked: the document
     * number, the phrase in the title, then the weighted text rank, then the newest. Null when the tier does not
     * apply (MOST for a query of one word).
     */
    public static Sql sql(Match tier, String raw, List<String> words, Filter f, int page, int size) {
        return sql(tier, raw, words, f, page, size, CANDIDATES);
    }

    public static Sql sql(Match tier, String raw, List<String> words, Filter f, int page, int size, int cap) {
        Map<String, Object> p = new HashMap<>();
        List<String> order = new ArrayList<>();
        String match;
        String phraseAny = SearchText.phrase(raw, null);
        if (tier == Match.MOST) {
            List<String> terms = SearchText.distinctTerms(raw);
            List<String> any = new ArrayList<>();
            List<String> termHits = new ArrayList<>();
            List<String> titleHits = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                p.put("term" + i + "x", SearchText.term(terms.get(i)));
                p.put("title" + i + "x", SearchText.term(terms.get(i)) + ":A");
                titleHits.add("(case when d.phrase_vector @@ cast(:title" + i + "x as tsquery) then 1 else 0 end)");
                termHits.add("(case when d.phrase_vector @@ cast(:term" + i + "x as tsquery) then 1 else 0 end)");
                any.add("d.phrase_vector @@ cast(:term" + i + "x as tsquery)");
            }
            List<String> wordHits = new ArrayList<>();
            words = SearchText.significant(words);
            for (int i = 0; i < words.size(); i++) {
                p.put("word" + i + "x", words.get(i));
                wordHits.add("(case when d.search_vector @@ plainto_tsquery('simple', :word" + i + "x) then 1 else 0 end)");
                any.add("d.search_vector @@ plainto_tsquery('simple', :word" + i + "x)");
            }
            int needTerms = (int) Math.ceil(MOST * terms.size());
            int needWords = (int) Math.ceil(MOST * words.size());
            List<String> enough = new ArrayList<>();
            if (terms.size() >= 2) enough.add(String.join(" + ", termHits) + " >= " + needTerms);
            if (words.size() >= 2) enough.add(String.join(" + ", wordHits) + " >= " + needWords);
            if (enough.isEmpty()) return null;
            match = "(" + String.join(" or ", any) + ") and (" + String.join(" or ", enough) + ")";
            // the characters found, in the title counting twice; then the words
            String n = String.valueOf(Math.max(1, terms.size()));
            order.add("((" + (termHits.isEmpty() ? "0" : String.join(" + ", termHits)) + ") + (" + (titleHits.isEmpty() ? "0" : String.join(" + ", titleHits))
                    + ")) * 1.0 / " + n + " desc");
            if (!wordHits.isEmpty()) order.add("(" + String.join(" + ", wordHits) + ") desc");
        } else {
            List<String> arms = new ArrayList<>();
            boolean hasWords = !words.isEmpty();
            if (hasWords) {
                arms.add("d.search_vector @@ plainto_tsquery('simple', :tokens)");
                p.put("tokens", String.join(" ", words));
            }
            if (phraseAny != null) {
                arms.add("d.phrase_vector @@ cast(:phrase as tsquery)");
                p.put("phrase", phraseAny);
            }
            String allWords = words.size() > 1 ? SearchText.allWords(words) : null;
            if (allWords != null) {
                arms.add("d.phrase_vector @@ cast(:allWords as tsquery)");
                p.put("allWords", allWords);
            }
            String doc = SearchText.looksLikeDocNumber(raw) ? SearchText.docNumber(raw) : null;
            if (doc != null) {
                arms.add("d.doc_number_norm like :docLike");
                p.put("docLike", "%" + likeEscape(doc) + "%");
                p.put("docNorm", doc);
                order.add("coalesce(d.doc_number_norm like :docLike, false) desc");
                order.add("coalesce(d.doc_number_norm = :docNorm, false) desc");
            }
            if (raw.codePointCount(0, raw.length()) >= 3) {
                // a department by its name (基础教育科, Basic Education): the department table is small, read in full
                arms.add("d.department_code in (select dep.code from department dep where position(:rawLower in lower(dep.name_zh)) > 0 "
                        + "or position(:rawLower in lower(dep.name_en)) > 0)");
                p.put("rawLower", raw.toLowerCase(java.util.Locale.ROOT));
            }
            if (!hasWords && phraseAny == null) {
                arms.add("d.title ilike :like");
                p.put("like", "%" + likeEscape(raw) + "%");
            }
            match = "(" + String.join(" or ", arms) + ")";
            if (phraseAny != null) {
                p.put("phraseTitle", SearchText.phrase(raw, "A"));
                order.add("(d.phrase_vector @@ cast(:phraseTitle as tsquery)) desc");
            }
            String rank = (hasWords ? "ts_rank(d.search_vector, plainto_tsquery('simple', :tokens))" : "0")
                    + (phraseAny != null ? " + 2 * ts_rank(d.phrase_vector, cast(:phrase as tsquery))" : "")
                    + (allWords != null ? " + ts_rank(d.phrase_vector, cast(:allWords as tsquery))" : "");
            order.add(rank + " desc");
        }
        StringBuilder where = new StringBuilder(" from search_document d where ").append(match);
        StringBuilder narrowed = new StringBuilder(where);
        if (f.kinds() != null && !f.kinds().isEmpty()) { narrowed.append(" and d.kind in (:kinds)"); p.put("kinds", f.kinds()); }
        if (f.columns() != null && !f.columns().isEmpty()) { narrowed.append(" and d.column_code in (:cols)"); p.put("cols", f.columns()); }
        if (f.departmentCode() != null) { narrowed.append(" and d.department_code = :dept"); p.put("dept", f.departmentCode()); }
        if (f.year() != null) { narrowed.append(" and d.year = :year"); p.put("year", f.year()); }
        if (f.status() != null) { narrowed.append(" and d.status = :status"); p.put("status", f.status()); }
        order.add("d.published_at desc");
        order.add("d.ref_id");
        // Issue 17: bounded work at any size. A probe reads up to :probe matches in whatever order the word index gives
        // them. Fewer than that: they are every match (the total is exact) and the newest :cap of them are ranked. As
        // many: the word is common, and the newest :cap matches are read from the publication index backwards (a few
        // times :cap rows for a common word); the total says "at least :probe". Only the candidates are ranked, and the
        // page's rows are read in full only for the page: one statement for the page and its total.
        String select = "with p as materialized (select d.kind, d.ref_id, d.published_at" + narrowed + " limit :probe), "
                + "n as materialized (select count(*) as n from p), "
                + "c as materialized ((select p.kind, p.ref_id from p where (select n.n from n) < :probe order by p.published_at desc, p.ref_id limit :cap) "
                + "union all (select d.kind, d.ref_id" + narrowed + " and (select n.n from n) >= :probe order by d.published_at desc, d.ref_id limit :cap)), "
                + "r as (select d.kind, d.ref_id, d.published_at, d.search_vector, d.phrase_vector, d.doc_number_norm "
                + "from c join search_document d on d.kind = c.kind and d.ref_id = c.ref_id), "
                + "pg as (select d.kind, d.ref_id, row_number() over () as no from (select * from r d order by " + String.join(", ", order)
                + " limit :limit offset :offset) d) "
                + "select t.n, s.kind, s.ref_id, s.title, s.body_text, s.column_code, s.department_code, s.year, s.published_at, s.link "
                + "from n t left join (pg join search_document s on s.kind = pg.kind and s.ref_id = pg.ref_id) on true "
                + "order by pg.no";
        // facets over the query's matches, up to :probe of them (not narrowed by the facets themselves): one scan, four groupings
        String facets = "with c as materialized (select d.kind, d.column_code, d.department_code, d.year" + where + " limit :probe) "
                + "select case when grouping(d.kind) = 0 then 'kind' when grouping(d.column_code) = 0 then 'column' "
                + "when grouping(d.department_code) = 0 then 'department' else 'year' end, "
                + "coalesce(d.kind, d.column_code, d.department_code, cast(d.year as text)), count(*) from c d"
                + " group by grouping sets ((d.kind), (d.column_code), (d.department_code), (d.year))";
        p.put("limit", size);
        p.put("offset", page * size);
        p.put("cap", cap);
        p.put("probe", PROBE_FACTOR * cap);
        return new Sql(select, facets, p);
    }

    static String likeEscape(String s) {
        return org.gongkai.common.paging.Where.escapeLike(s);
    }

    /**
     * Searches, relaxing until something is found: ALL on the query as typed; then, for a question, ALL without its
     * question words; then MOST. A query that nothing is relevant to still finds nothing (NONE).
     */
    public Uni<Result> search(Query q, Filter f, int page, int size) {
        return search(q, f, page, size, true);
    }

    /** The same, with the facets only when asked for (the portal does not show them: one statement per tier). */
    public Uni<Result> search(Query q, Filter f, int page, int size, boolean withFacets) {
        List<Sql> tiers = new ArrayList<>();
        List<Match> names = new ArrayList<>();
        tiers.add(sql(Match.ALL, q.raw(), q.words(), f, page, size, candidates));
        names.add(Match.ALL);
        if (!q.stripped().equals(q.raw())) {
            tiers.add(sql(Match.ALL, q.stripped(), q.strippedWords(), f, page, size, candidates));
            names.add(Match.WITHOUT_QUESTION_WORDS);
        }
        Sql most = sql(Match.MOST, q.stripped(), q.strippedWords(), f, page, size, candidates);
        if (most != null) {
            tiers.add(most);
            names.add(Match.MOST);
        }
        // published content only: the replica may answer when it is as fresh as the primary (issue 18); a few at once
        // (issue 17: past capacity the rest are refused at once, not queued on the connections)
        return searches.run(() -> reads.read(db -> tier(db, tiers, names, 0, withFacets)));
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gongkai.search.max-concurrent", defaultValue = "4")
    int maxConcurrent;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gongkai.search.max-queued", defaultValue = "16")
    int maxQueued;
    private org.gongkai.common.web.Bulkhead searches;

    @jakarta.annotation.PostConstruct
    void init() {
        searches = new org.gongkai.common.web.Bulkhead("searches", maxConcurrent, maxQueued);
    }

    /** The bound on searches at once (for its test). */
    org.gongkai.common.web.Bulkhead searches() {
        return searches;
    }

    @jakarta.inject.Inject
    org.gongkai.common.web.PublicReadPool reads;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gongkai.search.candidates", defaultValue = "" + CANDIDATES)
    int candidates;

    private static final Facets NO_FACETS = new Facets(Map.of(), Map.of(), Map.of(), Map.of());

    private Uni<Result> tier(io.vertx.mutiny.sqlclient.Pool db, List<Sql> tiers, List<Match> names, int i, boolean withFacets) {
        Sql q = tiers.get(i);
        NamedParameters.Positional select = NamedParameters.of(q.select(), q.params());
        return db.preparedQuery(select.sql()).execute(select.tuple()).flatMap(rows -> {
            long total = 0;
            List<Row> out = new ArrayList<>();
            for (io.vertx.mutiny.sqlclient.Row r : rows) {
                total = r.getLong(0);
                if (r.getString(1) == null) continue;
                out.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getInteger(7),
                        r.getOffsetDateTime(8).toInstant(), r.getString(9)));
            }
            if (total == 0 && i + 1 < tiers.size()) return tier(db, tiers, names, i + 1, withFacets);
            if (total == 0) return Uni.createFrom().item(new Result(List.of(), 0, NO_FACETS, Match.NONE));
            long found = total;
            if (!withFacets) return Uni.createFrom().item(new Result(out, found, NO_FACETS, names.get(i)));
            return facets(db, q).map(f -> new Result(out, found, f, names.get(i)));
        });
    }

    private Uni<Facets> facets(io.vertx.mutiny.sqlclient.Pool db, Sql q) {
        NamedParameters.Positional facets = NamedParameters.of(q.facets(), q.params());
        return db.preparedQuery(facets.sql()).execute(facets.tuple()).map(fs -> {
            Map<String, Map<String, Long>> by = new LinkedHashMap<>();
            for (String k : List.of("kind", "column", "department", "year")) by.put(k, new LinkedHashMap<>());
            for (io.vertx.mutiny.sqlclient.Row r : fs) if (r.getString(1) != null) by.get(r.getString(0)).put(r.getString(1), r.getLong(2));
            return new Facets(by.get("kind"), by.get("column"), by.get("department"), by.get("year"));
        });
    }
}
