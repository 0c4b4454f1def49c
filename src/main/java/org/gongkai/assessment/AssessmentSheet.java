package org.gongkai.assessment;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.assessment.AssessmentScoring.DepartmentScore;
import org.gongkai.assessment.AssessmentScoring.Line;
import org.gongkai.assessment.AssessmentScoring.Ref;
import org.jsoup.nodes.Entities;

/**
 * The score sheet for the personnel section (R44): one row per department and indicator with its points, its score,
 * the explanation and the records that cost points; as XLSX rows and as the HTML the PDF writer lays out. Pure.
 */
public final class AssessmentSheet {
    private AssessmentSheet() {}

    public static final List<String> HEADER = List.of("单位", "指标代码", "指标", "分值", "得分", "说明", "扣分依据");

    public static String title(String bureau, int year) {
        return bureau + year + "年度政务公开工作绩效考核评分表";
    }

    static String records(List<Ref> costs) {
        List<String> out = new ArrayList<>();
        for (Ref r : costs) out.add((r.type().equals("ITEM") ? "信息" : r.type().equals("OBLIGATION") ? "事项" : "年报") + " " + r.id() + " " + r.title()
                + (r.date() == null ? "" : "（" + r.date() + "）"));
        return String.join("；", out);
    }

    public static List<List<String>> rows(AssessmentService.Scores s) {
        List<List<String>> rows = new ArrayList<>();
        for (DepartmentScore d : s.departments()) {
            for (Line l : d.lines())
                rows.add(List.of(d.departmentName(), l.code(), l.name(), num(l.points()), num(l.score()), l.explanation(), records(l.costs())));
            rows.add(List.of(d.departmentName(), "TOTAL", "合计", num(d.outOf()), num(d.score()), "得分率 " + num(d.percent()) + "%" + (d.complete() ? "" : "（人工评分项未录完）"), ""));
        }
        return rows;
    }

    public static String html(AssessmentService.Scores s) {
        StringBuilder b = new StringBuilder();
        b.append("<p>政务公开工作占各单位年度绩效考核 ").append(num(s.outOf())).append(" 分（不低于4分）").append(s.schemeStored() ? "" : "，本年度方案尚未设定，按默认方案计算").append("。</p>");
        b.append("<table><tr><th>单位</th><th>得分</th><th>满分</th><th>得分率</th></tr>");
        for (DepartmentScore d : s.departments())
            b.append("<tr><td>").append(e(d.departmentName())).append("</td><td>").append(num(d.score())).append("</td><td>").append(num(d.outOf()))
                    .append("</td><td>").append(num(d.percent())).append("%</td></tr>");
        b.append("</table>");
        for (DepartmentScore d : s.departments()) {
            b.append("<h2>").append(e(d.departmentName())).append("：").append(num(d.score())).append(" / ").append(num(d.outOf())).append("</h2>");
            b.append("<table><tr><th>指标</th><th>分值</th><th>得分</th><th>说明</th></tr>");
            for (Line l : d.lines()) {
                String why = l.explanation() + (l.costs().isEmpty() ? "" : "。扣分依据：" + records(l.costs()));
                b.append("<tr><td>").append(e(l.name())).append("</td><td>").append(num(l.points())).append("</td><td>").append(num(l.score())).append("</td><td>")
                        .append(e(why)).append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.toString();
    }

    static String num(double d) {
        double r = AssessmentScheme.round(d);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    static String e(String s) {
        return Entities.escape(s == null ? "" : s);
    }
}
