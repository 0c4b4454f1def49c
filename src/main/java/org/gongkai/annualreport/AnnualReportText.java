package org.gongkai.annualreport;

import static org.gongkai.search.HtmlText.escape;

import java.util.List;
import java.util.Map;

import org.gongkai.annualreport.AnnualFigures.Row;

/**
 * The annual report as the national template lays it out (国办公开办函〔2021〕30号): sections 一 to 六, the office's text
 * in each, tables 二, 三 and 四 with the figures as computed. HTML of tables and paragraphs only (the item's body,
 * printable as it is). Pure.
 */
public final class AnnualReportText {
    private AnnualReportText() {}

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AnnualReportSections")
    public record Sections(String overview, String proactive, String applications, String reviews, String problems, String other) {}

    static final Map<String, String> APPLICANTS = Map.of("NATURAL_PERSON", "自然人", "COMMERCIAL", "商业企业", "RESEARCH", "科研机构", "NON_PROFIT", "社会公益组织",
            "LEGAL_SERVICE", "法律服务机构", "OTHER_ORG", "其他", "TOTAL", "总计");

    public static String title(String bureau, int year) {
        return bureau + year + "年政府信息公开工作年度报告";
    }

    private static void para(StringBuilder b, String text) {
        if (text == null || text.isBlank()) return;
        for (String p : text.strip().split("\\n\\s*\\n|\\n")) if (!p.isBlank()) b.append("<p>").append(escape(p.strip())).append("</p>");
    }

    public static String body(int year, Sections s, AnnualFigures f) {
        StringBuilder b = new StringBuilder();
        b.append("<p>本报告依据《中华人民共和国政府信息公开条例》第五十条和国务院办公厅政府信息与政务公开办公室有关要求编制，统计期限为").append(year)
                .append("年1月1日至12月31日。</p>");
        b.append("<h2>一、总体情况</h2>");
        para(b, s.overview());
        b.append("<h2>二、主动公开政府信息情况</h2>");
        para(b, s.proactive());
        AnnualFigures.TableTwo t = f.two();
        b.append("<table><thead><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr></thead><tbody>")
                .append("<tr><td>规章</td><td>").append(t.rulesIssued()).append("</td><td>").append(t.rulesRepealed()).append("</td><td>").append(t.rulesInForce()).append("</td></tr>")
                .append("<tr><td>行政规范性文件</td><td>").append(t.normativeIssued()).append("</td><td>").append(t.normativeRepealed()).append("</td><td>")
                .append(t.normativeInForce()).append("</td></tr></tbody></table>");
        b.append("<table><thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead><tbody>")
                .append("<tr><td>行政许可</td><td>").append(t.licensing()).append("</td></tr>")
                .append("<tr><td>行政处罚</td><td>").append(t.penalties()).append("</td></tr>")
                .append("<tr><td>行政强制</td><td>").append(t.enforcement()).append("</td></tr></tbody></table>");
        b.append("<table><thead><tr><th>信息内容</th><th>本年收费金额（单位：万元）</th></tr></thead><tbody><tr><td>行政事业性收费</td><td>")
                .append(t.feesTenThousandYuan() == null ? "0" : t.feesTenThousandYuan().toPlainString()).append("</td></tr></tbody></table>");
        b.append("<h2>三、收到和处理政府信息公开申请情况</h2>");
        para(b, s.applications());
        b.append("<table><thead><tr><th rowspan=\"2\">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</th><th rowspan=\"2\">自然人</th>")
                .append("<th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr><tr>");
        for (String c : AnnualFigures.COLUMNS.subList(1, 6)) b.append("<th>").append(APPLICANTS.get(c)).append("</th>");
        b.append("</tr></thead><tbody>");
        for (Row r : f.three().rows()) {
            b.append("<tr><td>").append(escape(r.label())).append("</td>");
            for (String c : AnnualFigures.COLUMNS) b.append("<td>").append(r.cells().get(c)).append("</td>");
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        b.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
        para(b, s.reviews());
        b.append("<table><thead><tr><th colspan=\"5\">行政复议</th><th colspan=\"5\">行政诉讼：未经复议直接起诉</th><th colspan=\"5\">行政诉讼：复议后起诉</th></tr><tr>");
        List<String> heads = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (int i = 0; i < 3; i++) for (String h : heads) b.append("<th>").append(h).append("</th>");
        b.append("</tr></thead><tbody><tr>");
        for (Row r : f.four().rows()) for (String c : AnnualFigures.RESULTS) b.append("<td>").append(r.cells().get(c)).append("</td>");
        b.append("</tr></tbody></table>");
        b.append("<h2>五、存在的主要问题及改进情况</h2>");
        para(b, s.problems());
        b.append("<h2>六、其他需要报告的事项</h2>");
        b.append("<p>本年度发出信息处理费缴费通知").append(f.six().feeNotices()).append("件，收取信息处理费").append(f.six().feesCharged().toPlainString()).append("元。</p>");
        para(b, s.other());
        return b.toString();
    }
}
