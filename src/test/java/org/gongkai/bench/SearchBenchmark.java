package org.gongkai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.gongkai.search.ChineseSegmenter;
import org.gongkai.search.SearchIndex;
import org.gongkai.testsupport.EmbeddedDatabase;

/**
 * The portal's search and list queries at 100 000 published items (deploy/bench.sh): seeds the items straight into
 * the schema the migrations make, then runs each query many times through the repository's own SQL and prints
 * the latency percentiles and the plan (which index answered). A benchmark, not a test: nothing here fails a build.
 */
public final class SearchBenchmark {
    static final String[] WORDS = {"招生", "入学", "学区", "义务教育", "课后服务", "资助", "学籍", "教师", "招聘", "督导", "安全", "食堂",
            "收费", "预算", "决算", "规划", "年度", "工作", "方案", "通知", "公告", "意见", "办法", "细则", "中小学", "幼儿园", "高中",
            "职业教育", "考试", "成绩", "名单", "公示", "评估", "报告", "政策", "解读", "寒假", "暑假", "校车", "体育"};
    static final String[] COLUMNS = {"YWJYZS", "ZKGK", "XXML", "XSZZ", "JYDD", "GFXWJ", "QTWJ", "ZCJD", "GHJH", "CZZJ", "RSXX", "TZGG", "GZDT"};
    static final String[] DEPTS = {"BGS", "ZCFG", "JCJY", "ZYJY", "RSK", "CWK", "JSGZ", "DDS", "ZSKS"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(0)) {
            String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/" + EmbeddedDatabase.DB;
            Flyway.configure().dataSource(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD).locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                long t0 = System.nanoTime();
                seed(c, n);
                System.out.printf("seeded %,d published items in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
                ChineseSegmenter seg = new ChineseSegmenter();
                long ti = System.nanoTime();
                int indexed = seedSearch(c, seg);
                System.out.printf("indexed %,d items for search in %.1f s%n", indexed, (System.nanoTime() - ti) / 1e9);
                SearchIndex.Filter none = new SearchIndex.Filter(List.of("ITEM"), null, null, null);
                run(c, "search: one word (招生)", search(seg, "招生", none), runs);
                String phrase = phrase(c);
                run(c, "search: a phrase (" + phrase + ")", search(seg, phrase, none), runs);
                run(c, "search: a document number (临教发〔2022〕1236号)", search(seg, "临教发〔2022〕1236号", none), runs);
                run(c, "search: word + column + year filters", search(seg, "招生", new SearchIndex.Filter(List.of("ITEM"), List.of("YWJYZS"), null, 2024)), runs);
                run(c, "list: one column, newest first (page 1)", list("YWJYZS", 0), runs);
                run(c, "list: one column, page 200", list("TZGG", 199), runs);
                explain(c, search(seg, "招生", none));
                explain(c, search(seg, "临教发〔2022〕1236号", none));
                // issue 10: one search across kinds (items and answered enquiries), with its facets
                long t1 = System.nanoTime();
                int docs = indexed + seedCrossKind(c, n / 5);
                System.out.printf("indexed %,d documents of two kinds for the cross-kind search in %.1f s%n", docs, (System.nanoTime() - t1) / 1e9);
                SearchIndex.Filter any = new SearchIndex.Filter(null, null, null, null);
                run(c, "cross-kind: one word (招生)", cross(seg, "招生", any, false), runs);
                run(c, "cross-kind: facets of one word (招生)", cross(seg, "招生", any, true), runs);
                run(c, "cross-kind: a phrase (" + phrase + ")", cross(seg, phrase, any, false), runs);
                run(c, "cross-kind: word + kind ENQUIRY + year", cross(seg, "招生", new SearchIndex.Filter(List.of("ENQUIRY"), null, null, 2024), false), runs);
                run(c, "cross-kind: word + department", cross(seg, "招生", new SearchIndex.Filter(null, null, "JCJY", null), false), runs);
                explain(c, cross(seg, "招生", any, false));
            }
        }
    }

    static void seed(Connection c, int n) throws Exception {
        seed(c, 0, n);
    }

    /**
     * Adds {@code n} published items numbered after the {@code from} already there (BENCH/from+1 …): a database seeded
     * with 100,000 items grows to 1,000,000 by adding the rest.
     */
    static void seed(Connection c, int from, int n) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create temp table w(i int, word text)");
            try (PreparedStatement ps = c.prepareStatement("insert into w values (?, ?)")) {
                for (int i = 0; i < WORDS.length; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, WORDS[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String cols = "array['" + String.join("','", COLUMNS) + "']";
            String depts = "array['" + String.join("','", DEPTS) + "']";
            s.execute("""
                    insert into info_item (index_no, kind, column_code, title, doc_number, issuing_department, created_date, subjects,
                        summary, body, attribute, department_code, drafter, state, round, published_version, created_at, updated_at)
                    select 'BENCH/' || g, 'ITEM', (%s)[1 + g %% %d],
                        (select string_agg(word, '' order by k) from (select word, k from w, generate_series(1, 4) k
                            where w.i = (g * 7 + k * 13) %% %d) x) || '（第' || g || '号）',
                        case when g %% 3 = 0 then '临教发〔' || (2018 + g %% 8) || '〕' || g || '号' end,
                        (%s)[1 + g %% %d], date '2018-01-01' + (g %% 3000), '', '', '', 'PUBLIC', 'JCJY', 'bench', 'PUBLISHED', 1, 1, now(), now()
                    from generate_series(%d, %d) g""".formatted(cols, COLUMNS.length, WORDS.length, depts, DEPTS.length, from + 1, from + n));
            s.execute("""
                    insert into info_item_version (item_id, version_no, current, index_no, kind, column_code, title, doc_number,
                        issuing_department, created_date, subjects, summary, body, normative, channels, published_at, published_by, search_text)
                    select id, 1, true, index_no, kind, column_code, title, doc_number, issuing_department, created_date, '', title,
                        '<p>' || title || '</p>', false, '', created_date + time '09:00', 'bench', title from info_item i where drafter = 'bench'
                        and not exists (select 1 from info_item_version v where v.item_id = i.id)""");
            // the titles are made of known words: segment them as the application does, a batch at a time
            ChineseSegmenter seg = new ChineseSegmenter();
            try (ResultSet rs = c.createStatement().executeQuery("select id, title, coalesce(doc_number, '') from info_item_version where published_by = 'bench' and search_vector is null");
                 PreparedStatement up = c.prepareStatement("update info_item_version set search_text = ? where id = ?")) {
                int k = 0;
                while (rs.next()) {
                    up.setString(1, seg.segment(rs.getString(2) + " " + rs.getString(3)));
                    up.setLong(2, rs.getLong(1));
                    up.addBatch();
                    if (++k % 5000 == 0) up.executeBatch();
                }
                up.executeBatch();
            }
            s.execute("update info_item_version set search_vector = to_tsvector('simple', search_text) where published_by = 'bench' and search_vector is null");
            s.execute("vacuum analyze info_item_version");
        }
    }

    /** A phrase as people type it: the first words of an existing title, run together. */
    static String phrase(Connection c) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("select title from info_item_version where index_no = 'BENCH/4321'")) {
            rs.next();
            String t = rs.getString(1);
            return t.substring(0, t.indexOf('（'));
        }
    }

    record Q(String sql, List<Object> params) {}

    /** Every current item into the one search, prepared as the application prepares it (words, weights, bigrams). */
    static int seedSearch(Connection c, ChineseSegmenter seg) throws Exception {
        String insert = "insert into search_document (kind, ref_id, title, summary, body_text, search_vector, phrase_vector, doc_number, doc_number_norm, "
                + "column_code, department_code, year, published_at, link, index_version) values ('ITEM', ?, ?, ?, ?, "
                + "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C') "
                + "|| setweight(to_tsvector('simple', ?), 'D'), cast(? as tsvector), ?, ?, ?, ?, ?, ?, ?, " + SearchIndex.INDEX_VERSION + ")";
        int k = 0;
        try (ResultSet rs = c.createStatement().executeQuery("select item_id, title, summary, doc_number, column_code, issuing_department, "
                + "cast(extract(year from created_date) as int), published_at from info_item_version v where current and kind = 'ITEM' "
                + "and not exists (select 1 from search_document d where d.kind = 'ITEM' and d.ref_id = cast(v.item_id as text))");
             PreparedStatement ps = c.prepareStatement(insert)) {
            while (rs.next()) {
                String id = String.valueOf(rs.getLong(1));
                var d = SearchIndex.prepare(seg, new SearchIndex.Source("ITEM", id, rs.getString(2), rs.getString(3), rs.getString(3), rs.getString(4),
                        List.of(), rs.getString(5), rs.getString(6), rs.getInt(7), null, "/items/" + id));
                Object[] v = {id, d.source().title(), d.source().summary(), d.source().text(), d.titleWords(), d.summaryWords(), d.textWords(),
                        d.subjectWords(), d.phrases(), d.source().docNumber(), d.docNumberNorm(), d.source().columnCode(), d.source().departmentCode(),
                        d.source().year(), rs.getTimestamp(8), d.source().link()};
                for (int i = 0; i < v.length; i++) ps.setObject(i + 1, v[i]);
                ps.addBatch();
                if (++k % 2000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("vacuum analyze search_document");
        }
        return k;
    }

    /** Answered enquiries for the cross-kind search: {@code enquiries} of them, made from item texts. */
    static int seedCrossKind(Connection c, int enquiries) throws Exception {
        try (Statement s = c.createStatement()) {
            int asked = s.executeUpdate("insert into search_document (kind, ref_id, title, body_text, search_vector, phrase_vector, column_code, "
                    + "department_code, year, published_at, link, index_version) select 'ENQUIRY', 'ZX-BENCH-' || ref_id, '请问' || title, "
                    + "coalesce(summary, ''), search_vector, phrase_vector, null, department_code, year, published_at, '/enquiries', index_version "
                    + "from search_document where kind = 'ITEM' order by ref_id limit " + enquiries + " on conflict do nothing");
            s.execute("vacuum analyze search_document");
            return asked;
        }
    }

    static Q cross(ChineseSegmenter seg, String q, SearchIndex.Filter f, boolean facets) {
        var parsed = SearchIndex.Query.of(seg, q);
        var sql = SearchIndex.sql(SearchIndex.Match.ALL, parsed.raw(), parsed.words(), f, 0, 20);
        if (!facets) return positional(sql.select(), sql.params());
        return positional(sql.facets(), sql.params());
    }

    /** The portal's item search: the one search narrowed to items. */
    static Q search(ChineseSegmenter seg, String q, SearchIndex.Filter f) {
        return cross(seg, q, f, false);
    }

    static Q list(String column, int page) {
        return new Q("select id from info_item_version where current and kind = 'ITEM' and column_code = ? "
                + "order by published_at desc, id desc limit 20 offset ?", List.of(column, page * 20));
    }

    /** :name → ? in order, lists expanded (the application's own conversion). */
    static Q positional(String sql, Map<String, Object> params) {
        var p = org.gongkai.common.web.NamedParameters.jdbc(sql, params);
        return new Q(p.sql(), p.values());
    }

    static void run(Connection c, String name, Q q, int runs) throws Exception {
        long[] ms = new long[runs];
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            for (int i = 0; i < q.params().size(); i++) ps.setObject(i + 1, q.params().get(i));
            for (int r = 0; r < 10; r++) try (ResultSet rs = ps.executeQuery()) { while (rs.next()) { } }
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    rows = 0;
                    while (rs.next()) rows++;
                }
                ms[r] = System.nanoTime() - t;
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-52s rows %3d  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms%n", name, rows,
                ms[runs / 2] / 1e6, ms[(int) (runs * 0.95)] / 1e6, ms[runs - 1] / 1e6);
    }

    static void explain(Connection c, Q q) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off) " + q.sql())) {
            for (int i = 0; i < q.params().size(); i++) ps.setObject(i + 1, q.params().get(i));
            try (ResultSet rs = ps.executeQuery()) {
                System.out.println("plan:");
                while (rs.next()) System.out.println("  " + rs.getString(1));
            }
        }
    }
}
