package org.gongkai.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.error.FieldError;
import org.gongkai.violation.ViolationKind;

/**
 * A year's assessment scheme (R44): how many of a department's 100 yearly assessment points the openness work carries
 * (never fewer than 4) and the indicators that share them, each with its formula over the records and its window.
 * Pure: the checks and the legal default, nothing stored.
 */
@Schema(name = "AssessmentScheme")
public record AssessmentScheme(int year, @Schema(description = "points of the department's 100 that openness carries: at least 4 (R44)") double totalPoints,
                               String note, List<Indicator> indicators,
                               @Schema(description = "false: not yet set for the year, this is the default proposal") boolean stored,
                               @Schema(description = "give it back when saving: another change in between is a 409") int version) {

    /** The minimum share of openness in a department's yearly assessment (R44: 不低于4%). */
    public static final double FLOOR = 4.0;

    public enum Formula {
        /** points × the share of the rules' clocks due in the window that were kept (none due: full points). */
        ON_TIME_RATE,
        /** points less the deduction for every violation of the kind (pending or confirmed), never below 0. */
        VIOLATIONS,
        /** points × the share of the department's interpretations published in the window in more than text form (R25). */
        INTERPRETATION_FORMS,
        /** the annual report (R11) published on time and adding up: full points to the office that owns it. */
        ANNUAL_REPORT,
        /** entered by the office per department, with a reason. */
        MANUAL
    }

    @Schema(name = "AssessmentIndicator")
    public record Indicator(@Schema(examples = "PUB_ON_TIME") String code, @Schema(examples = "主动公开按时率") String name, double points, Formula formula,
                            @Schema(description = "ON_TIME_RATE: the rules whose clocks count", examples = "[\"R8\", \"R9\"]") List<String> rules,
                            @Schema(description = "VIOLATIONS: one of the seven kinds; empty: all") ViolationKind violationKind,
                            @Schema(description = "VIOLATIONS: the points one violation costs") Double deduction,
                            @Schema(description = "default: 1 January of the year") LocalDate windowFrom,
                            @Schema(description = "default: 31 December of the year") LocalDate windowTo) {
        public List<String> rules() {
            return rules == null ? List.of() : rules;
        }
    }

    /** The default proposal for a year: the legal floor plus one point, shared by the indicators outside assessors check. */
    public static AssessmentScheme proposal(int year) {
        LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year, 12, 31);
        return new AssessmentScheme(year, 5.0, "默认方案：政务公开工作占年度绩效考核 5 分", List.of(
                new Indicator("PUB_ON_TIME", "主动公开按时率", 1.0, Formula.ON_TIME_RATE, List.of("R8", "R8-EXP", "R9", "R14"), null, null, from, to),
                new Indicator("RESPONSE_ON_TIME", "依申请公开、留言和12345工单按时办结率", 1.0, Formula.ON_TIME_RATE,
                        List.of("OGI-33", "OGI-30-7", "OGI-32", "R17", "R21", "R22"), null, null, from, to),
                new Indicator("INTERPRETATION", "政策解读多元化（图解、问答、音视频等）", 0.5, Formula.INTERPRETATION_FORMS, List.of(), null, null, from, to),
                new Indicator("CONSULTATION", "征求意见及采纳情况按时公布", 0.5, Formula.ON_TIME_RATE, List.of("R30", "R30-MIN"), null, null, from, to),
                new Indicator("DATA_ON_TIME", "数据资源按时更新", 0.5, Formula.ON_TIME_RATE, List.of("R39", "R40", "R40-RPT"), null, null, from, to),
                new Indicator("ANNUAL_REPORT", "年度报告按时发布且数据核对无误", 0.5, Formula.ANNUAL_REPORT, List.of(), null, null, from, to),
                new Indicator("VIOLATIONS", "违规情形扣分（每项 0.25 分）", 1.0, Formula.VIOLATIONS, List.of(), null, 0.25, from, to)), false, 0);
    }

    /** Every failing field named: the floor, the points adding up, each indicator's formula and window. */
    public List<FieldError> problems() {
        List<FieldError> e = new ArrayList<>();
        if (!(totalPoints >= FLOOR) || totalPoints > 100)
            e.add(new FieldError("totalPoints", "the openness part is at least 4 and at most 100 of the department's 100 points (R44)"));
        if (note != null && note.length() > 500) e.add(new FieldError("note", "at most 500 characters"));
        if (indicators == null || indicators.isEmpty()) {
            e.add(new FieldError("indicators", "at least one indicator"));
            return e;
        }
        if (indicators.size() > 40) e.add(new FieldError("indicators", "at most 40 indicators"));
        Set<String> codes = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator x = indicators.get(i);
            String f = "indicators[" + i + "].";
            if (x == null) {
                e.add(new FieldError("indicators[" + i + "]", "is required"));
                continue;
            }
            if (x.code() == null || !x.code().matches("[A-Z][A-Z0-9_]{0,31}")) e.add(new FieldError(f + "code", "capital letters, digits and _, at most 32"));
            else if (!codes.add(x.code())) e.add(new FieldError(f + "code", "appears twice"));
            if (x.name() == null || x.name().isBlank() || x.name().length() > 200) e.add(new FieldError(f + "name", "is required, at most 200 characters"));
            if (!(x.points() > 0) || x.points() > 100) e.add(new FieldError(f + "points", "more than 0, at most 100"));
            else sum += x.points();
            if (x.formula() == null) e.add(new FieldError(f + "formula", "is required"));
            else {
                if (x.formula() == Formula.ON_TIME_RATE) {
                    if (x.rules().isEmpty() || x.rules().size() > 30) e.add(new FieldError(f + "rules", "1 to 30 rules for an on-time rate"));
                    else if (x.rules().stream().anyMatch(r -> r == null || !r.matches("[A-Z0-9-]{1,16}"))) e.add(new FieldError(f + "rules", "rule ids such as R8 or OGI-33"));
                } else if (!x.rules().isEmpty()) e.add(new FieldError(f + "rules", "only an on-time rate has rules"));
                if (x.formula() == Formula.VIOLATIONS) {
                    if (x.deduction() == null || !(x.deduction() > 0) || x.deduction() > x.points()) e.add(new FieldError(f + "deduction", "more than 0, at most the indicator's points"));
                } else if (x.deduction() != null || x.violationKind() != null) e.add(new FieldError(f + "deduction", "only the violations indicator has a deduction and a kind"));
            }
            if (x.windowFrom() != null && x.windowTo() != null && x.windowFrom().isAfter(x.windowTo())) e.add(new FieldError(f + "windowTo", "is not before windowFrom"));
            LocalDate lo = LocalDate.of(year - 1, 1, 1), hi = LocalDate.of(year + 1, 12, 31);
            for (LocalDate d : new LocalDate[] {x.windowFrom(), x.windowTo()})
                if (d != null && (d.isBefore(lo) || d.isAfter(hi))) e.add(new FieldError(f + (d == x.windowFrom() ? "windowFrom" : "windowTo"), "within a year of the assessed year"));
        }
        if (e.isEmpty() && Math.abs(sum - totalPoints) > 0.001)
            e.add(new FieldError("indicators", "the indicators' points add up to " + round(sum) + ", not to the total of " + round(totalPoints)));
        return e;
    }

    /** With the windows filled in (the calendar year where not given). */
    public AssessmentScheme withDefaults() {
        LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year, 12, 31);
        return new AssessmentScheme(year, totalPoints, note, indicators.stream().map(x -> new Indicator(x.code(), x.name().strip(), x.points(), x.formula(), x.rules(),
                x.violationKind(), x.deduction(), x.windowFrom() == null ? from : x.windowFrom(), x.windowTo() == null ? to : x.windowTo())).toList(), stored, version);
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
