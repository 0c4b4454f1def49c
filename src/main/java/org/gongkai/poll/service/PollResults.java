package org.gongkai.poll.service;

import static org.gongkai.search.HtmlText.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.poll.Poll;
import org.gongkai.poll.PollForm;

/**
 * A poll's counts (R36): per question, how many answered it, and per option the count and its share of those who
 * answered (a multiple choice counts each option, so its shares may add up to more than 100 %); a scale's mean; a
 * ranking's mean place per option; a matrix per row and column. Free texts are not counted: staff enter their themes.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollResults")
public record PollResults(long responses, int sampleSize, List<QuestionResult> questions) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollOptionResult")
    public record OptionResult(String key, String label, long count, double share, Double meanRank) {}

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollRowResult")
    public record RowResult(String key, String label, List<OptionResult> columns) {}

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollQuestionResult")
    public record QuestionResult(String key, PollForm.Type type, String text, long answered, List<OptionResult> options, Double mean,
                                 List<RowResult> rows) {}

    public double responseRatePercent() {
        return sampleSize == 0 ? 0 : Math.round(responses * 1000.0 / sampleSize) / 10.0;
    }

    static double share(long count, long of) {
        return of == 0 ? 0 : Math.round(count * 1000.0 / of) / 10.0;
    }

    /** From the grouped cells (question, row, option, count, mean rank) and the respondents per question. */
    static PollResults of(Poll p, long total, List<Object[]> cells, List<Object[]> answered) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Double> ranks = new HashMap<>();
        for (Object[] c : cells) {
            String k = c[0] + "|" + (c[1] == null ? "" : c[1]) + "|" + c[2];
            counts.put(k, ((Number) c[3]).longValue());
            if (c[4] != null) ranks.put(k, ((Number) c[4]).doubleValue());
        }
        Map<String, Long> by = new HashMap<>();
        for (Object[] a : answered) by.put((String) a[0], ((Number) a[1]).longValue());
        List<QuestionResult> out = new ArrayList<>();
        for (PollForm.Question q : p.questionnaire().qs()) {
            long n = by.getOrDefault(q.key(), 0L);
            switch (q.type()) {
                case SINGLE, MULTIPLE, RANKING -> {
                    List<OptionResult> opts = q.opts().stream().map(o -> {
                        long c = counts.getOrDefault(q.key() + "||" + o.key(), 0L);
                        Double r = ranks.get(q.key() + "||" + o.key());
                        return new OptionResult(o.key(), o.label(), c, share(c, n), r == null ? null : Math.round(r * 100) / 100.0);
                    }).toList();
                    out.add(new QuestionResult(q.key(), q.type(), q.text(), n, opts, null, List.of()));
                }
                case SCALE -> {
                    List<OptionResult> opts = new ArrayList<>();
                    double sum = 0;
                    for (int v = 1; v <= 5; v++) {
                        long c = counts.getOrDefault(q.key() + "||" + v, 0L);
                        sum += c * v;
                        opts.add(new OptionResult(String.valueOf(v), v + " " + q.scaleLabels().get(v - 1), c, share(c, n), null));
                    }
                    out.add(new QuestionResult(q.key(), q.type(), q.text(), n, opts, n == 0 ? null : Math.round(sum * 100.0 / n) / 100.0, List.of()));
                }
                case MATRIX -> {
                    List<RowResult> rows = q.opts().stream().map(row -> {
                        List<OptionResult> cols = q.cols().stream().map(col -> {
                            long c = counts.getOrDefault(q.key() + "|" + row.key() + "|" + col.key(), 0L);
                            return new OptionResult(col.key(), col.label(), c, share(c, n), null);
                        }).toList();
                        return new RowResult(row.key(), row.label(), cols);
                    }).toList();
                    out.add(new QuestionResult(q.key(), q.type(), q.text(), n, List.of(), null, rows));
                }
                case TEXT -> out.add(new QuestionResult(q.key(), q.type(), q.text(), n, List.of(), null, List.of()));
            }
        }
        return new PollResults(total, p.sampleSize, out);
    }

    /** The results as CSV (open data): question, row, option, count, share; UTF-8 with a BOM so that spreadsheets read the Chinese. */
    public String csv() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (QuestionResult q : questions) {
            for (OptionResult o : q.options()) rows.add(List.of(q.key(), "", o.key(), o.label(), String.valueOf(o.count()), String.valueOf(o.share())));
            for (RowResult r : q.rows()) {
                for (OptionResult o : r.columns()) rows.add(List.of(q.key(), r.key(), o.key(), r.label() + "：" + o.label(), String.valueOf(o.count()), String.valueOf(o.share())));
            }
        }
        return org.gongkai.common.csv.Csv.write(List.of("question", "row", "option", "label", "count", "share_percent"), rows);
    }

    /** The report (调查结果): method, sample, response rate, each question's table, the free-text themes, conclusions and use. */
    static String reportHtml(Poll p, PollResults r, String method, String conclusions, String use, List<PollService.Theme> themes) {
        StringBuilder b = new StringBuilder();
        b.append("<h2>调查方法</h2><p>").append(escape(method)).append("</p><p>调查对象：").append(escape(p.targetGroups)).append("；抽样方案：")
                .append(escape(p.samplePlan)).append("；调查时间：").append(p.opensOn).append("至").append(p.closesOn).append("。</p>");
        b.append("<p>计划样本").append(p.sampleSize).append("份，回收有效问卷").append(r.responses()).append("份，回收率").append(r.responseRatePercent()).append("%。</p>");
        b.append("<h2>调查结果</h2>");
        int i = 1;
        for (QuestionResult q : r.questions()) {
            if (q.type() == PollForm.Type.TEXT) continue;
            b.append("<table><caption>").append(i++).append(". ").append(escape(q.text())).append("（回答").append(q.answered()).append("人")
                    .append(q.mean() == null ? "" : "，平均" + q.mean()).append("）</caption>");
            if (q.type() == PollForm.Type.MATRIX) {
                b.append("<thead><tr><th scope=\"col\">项目</th>");
                if (!q.rows().isEmpty()) q.rows().get(0).columns().forEach(c -> b.append("<th scope=\"col\">").append(escape(c.label())).append("</th>"));
                b.append("</tr></thead><tbody>");
                for (RowResult row : q.rows()) {
                    b.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th>");
                    row.columns().forEach(c -> b.append("<td>").append(c.count()).append("（").append(c.share()).append("%）</td>"));
                    b.append("</tr>");
                }
            } else {
                boolean ranking = q.type() == PollForm.Type.RANKING;
                b.append("<thead><tr><th scope=\"col\">选项</th><th scope=\"col\">").append(ranking ? "平均排序" : "人数").append("</th><th scope=\"col\">")
                        .append(ranking ? "人数" : "比例").append("</th></tr></thead><tbody>");
                for (OptionResult o : q.options()) {
                    b.append("<tr><td>").append(escape(o.label())).append("</td><td>").append(ranking ? String.valueOf(o.meanRank()) : String.valueOf(o.count()))
                            .append("</td><td>").append(ranking ? String.valueOf(o.count()) : o.share() + "%").append("</td></tr>");
                }
            }
            b.append("</tbody></table>");
        }
        if (!themes.isEmpty()) {
            b.append("<table><caption>开放式意见主要观点</caption><thead><tr><th scope=\"col\">观点</th><th scope=\"col\">提及人数</th></tr></thead><tbody>");
            themes.forEach(t -> b.append("<tr><td>").append(escape(t.theme())).append("</td><td>").append(t.count()).append("</td></tr>"));
            b.append("</tbody></table>");
        }
        b.append("<h2>调查结论</h2><p>").append(escape(conclusions)).append("</p><h2>结果运用</h2><p>").append(escape(use)).append("</p>");
        return b.toString();
    }
}
