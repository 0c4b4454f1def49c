package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Outcome;

/**
 * The figures of the annual report (R11, the national template of 国办公开办函〔2021〕30号), as the platform's records
 * give them for one calendar year. Pure: built from counts, it lays them out in the template's rows and columns, names
 * every cell (the key a drill-down asks for) and says what does not add up ({@link #problems}).
 *
 * <p>Table III counts an application in the year it was received (一), carries over those received earlier and not
 * concluded before the year (二), counts the outcomes of those concluded in the year (三), and carries to the next
 * year those not concluded by its end (四): per column 一 + 二 = 三(七) + 四; 总计 is the sum of the six applicant
 * columns; (七) the sum of the outcome rows. 部分公开 is one outcome, so counted once.
 */
public record AnnualFigures(int year, TableTwo two, TableThree three, TableFour four, SectionSix six, List<String> problems) {

    /** A row of a table: its key (part of the cell keys), its label in the template's words, the value of each column. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AnnualReportRow")
    public record Row(String key, String label, Map<String, Long> cells) {}

    // ------------------------------------------------------------------------------------------------ table II

    /** 规章 and 行政规范性文件: issued, repealed, in force; 行政许可, 行政处罚, 行政强制: decisions; 行政事业性收费: amount (万元). */
    public record TableTwo(long rulesIssued, long rulesRepealed, long rulesInForce, long normativeIssued, long normativeRepealed, long normativeInForce,
                           long licensing, long penalties, long enforcement, BigDecimal feesTenThousandYuan) {}

    // ------------------------------------------------------------------------------------------------ table III

    /** The template's applicant columns, then 总计. */
    public static final List<String> COLUMNS = List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "NON_PROFIT", "LEGAL_SERVICE", "OTHER_ORG", "TOTAL");
    public static final String NEW = "NEW";
    public static final String CARRIED_IN = "CARRIED_IN";
    public static final String OUTCOME_TOTAL = "OUTCOME_TOTAL";
    public static final String CARRIED_OUT = "CARRIED_OUT";

    /** One count from the records: a row (NEW, CARRIED_IN, CARRIED_OUT or an outcome's name) and an applicant type. */
    public record Count(String row, ApplicantType applicant, long n) {}

    public record TableThree(List<String> columns, List<Row> rows) {
        public Row row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException("no row " + key));
        }
    }

    static TableThree three(List<Count> counts) {
        Map<String, Map<ApplicantType, Long>> by = new LinkedHashMap<>();
        for (Count c : counts) by.computeIfAbsent(c.row(), k -> new EnumMap<>(ApplicantType.class)).merge(c.applicant(), c.n(), Long::sum);
        List<Row> rows = new ArrayList<>();
        rows.add(row(NEW, "一、本年新收政府信息公开申请数量", by.get(NEW)));
        rows.add(row(CARRIED_IN, "二、上年结转政府信息公开申请数量", by.get(CARRIED_IN)));
        Map<ApplicantType, Long> all = new EnumMap<>(ApplicantType.class);
        for (Outcome o : Outcome.values()) {
            Map<ApplicantType, Long> m = by.get(o.name());
            if (m != null) m.forEach((k, v) -> all.merge(k, v, Long::sum));
            rows.add(row(o.name(), "三、本年度办理结果 " + o.row + " " + o.zh, m));
        }
        rows.add(row(OUTCOME_TOTAL, "三、本年度办理结果（七）总计", all));
        rows.add(row(CARRIED_OUT, "四、结转下年度继续办理", by.get(CARRIED_OUT)));
        return new TableThree(COLUMNS, rows);
    }

    private static Row row(String key, String label, Map<ApplicantType, Long> m) {
        Map<String, Long> cells = new LinkedHashMap<>();
        long total = 0;
        for (ApplicantType t : ApplicantType.values()) {
            long n = m == null ? 0 : m.getOrDefault(t, 0L);
            cells.put(t.name(), n);
            total += n;
        }
        cells.put("TOTAL", total);
        return new Row(key, label, cells);
    }

    // ------------------------------------------------------------------------------------------------ table IV

    /** 行政复议, 行政诉讼 (未经复议直接起诉, 复议后起诉): each 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计. */
    public static final List<String> RESULTS = List.of("MAINTAINED", "CORRECTED", "OTHER", "PENDING", "TOTAL");

    public record TableFour(List<String> columns, List<Row> rows) {}

    /** One count of reviews: kind (RECONSIDERATION, LITIGATION_DIRECT, LITIGATION_AFTER) and result as at the year's end. */
    public record ReviewCount(String kind, String result, long n) {}

    static TableFour four(List<ReviewCount> counts) {
        List<Row> rows = new ArrayList<>();
        for (String[] k : new String[][] {{"RECONSIDERATION", "行政复议"}, {"LITIGATION_DIRECT", "行政诉讼：未经复议直接起诉"}, {"LITIGATION_AFTER", "行政诉讼：复议后起诉"}}) {
            Map<String, Long> cells = new LinkedHashMap<>();
            long total = 0;
            for (String r : RESULTS.subList(0, 4)) {
                long n = counts.stream().filter(c -> c.kind().equals(k[0]) && c.result().equals(r)).mapToLong(ReviewCount::n).sum();
                cells.put(r, n);
                total += n;
            }
            cells.put("TOTAL", total);
            rows.add(new Row(k[0], k[1], cells));
        }
        return new TableFour(RESULTS, rows);
    }

    // ------------------------------------------------------------------------------------------------ section VI

    /** 六 其他需要报告的事项: the information-processing fees charged in the year (国办函〔2020〕109号). */
    public record SectionSix(long feeNotices, BigDecimal feesCharged) {}

    // ------------------------------------------------------------------------------------------------ the whole

    public static AnnualFigures of(int year, TableTwo two, List<Count> applications, List<ReviewCount> reviews, SectionSix six) {
        TableThree three = three(applications);
        TableFour four = four(reviews);
        return new AnnualFigures(year, two, three, four, six, problems(three, four));
    }

    /** What does not add up, in words an officer reads; empty: the report may be submitted. */
    public static List<String> problems(TableThree three, TableFour four) {
        List<String> p = new ArrayList<>();
        for (String col : COLUMNS) {
            long in = three.row(NEW).cells().get(col) + three.row(CARRIED_IN).cells().get(col);
            long out = three.row(OUTCOME_TOTAL).cells().get(col) + three.row(CARRIED_OUT).cells().get(col);
            if (in != out) p.add("表三 " + col + " 列：一 + 二 = " + in + "，三（七）+ 四 = " + out + "，不相等");
        }
        long outcomes = 0;
        for (Outcome o : Outcome.values()) outcomes += three.row(o.name()).cells().get("TOTAL");
        if (outcomes != three.row(OUTCOME_TOTAL).cells().get("TOTAL")) p.add("表三 三（七）总计 " + three.row(OUTCOME_TOTAL).cells().get("TOTAL") + " 不等于各项办理结果之和 " + outcomes);
        for (Row r : three.rows()) {
            long parts = r.cells().entrySet().stream().filter(e -> !e.getKey().equals("TOTAL")).mapToLong(Map.Entry::getValue).sum();
            if (parts != r.cells().get("TOTAL")) p.add("表三 " + r.label() + "：总计 " + r.cells().get("TOTAL") + " 不等于各列之和 " + parts);
        }
        for (Row r : four.rows()) {
            long parts = r.cells().entrySet().stream().filter(e -> !e.getKey().equals("TOTAL")).mapToLong(Map.Entry::getValue).sum();
            if (parts != r.cells().get("TOTAL")) p.add("表四 " + r.label() + "：总计 " + r.cells().get("TOTAL") + " 不等于各项之和 " + parts);
        }
        return p;
    }
}
