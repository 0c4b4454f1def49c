package org.gongkai.assessment;

import static org.gongkai.assessment.AssessmentScheme.round;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.assessment.AssessmentScheme.Indicator;

/**
 * How one indicator scores one department (R44), explained point by point: which records cost which points. Pure:
 * the facts come from the ledger and the records, counted by {@link AssessmentService}.
 */
public final class AssessmentScoring {
    private AssessmentScoring() {}

    /** A record that cost points: an obligation (the clock not kept, the violation) or an item (an interpretation in text only). */
    @Schema(name = "AssessmentRecord")
    public record Ref(@Schema(description = "OBLIGATION or ITEM") String type, long id, String title, String date) {}

    /**
     * What was counted for one department and one indicator: {@code due} records of which {@code good} count in its
     * favour (kept on time, in more than text form); the others, at most 20 named, in {@code costs}. For violations
     * {@code due} is the number found; for the annual report, {@code due} 0 = not the owner, else {@code good} 1 = done.
     * For a manual item, {@code manual} (null: not yet entered) and its reason.
     */
    public record Facts(long due, long good, List<Ref> costs, Double manual, String reason) {
        public static Facts none() {
            return new Facts(0, 0, List.of(), null, null);
        }
    }

    @Schema(name = "AssessmentLine")
    public record Line(String code, String name, AssessmentScheme.Formula formula, double points, double score,
                       @Schema(description = "false: a manual item not yet entered (counted as 0)") boolean entered,
                       @Schema(description = "why this score, in Chinese") String explanation, List<Ref> costs) {}

    public static Line line(Indicator x, Facts f) {
        double p = x.points();
        return switch (x.formula()) {
            case ON_TIME_RATE -> {
                if (f.due() == 0) yield new Line(x.code(), x.name(), x.formula(), p, p, true, "考核期内无到期事项，得满分 " + round(p) + " 分", List.of());
                double rate = (double) f.good() / f.due();
                yield new Line(x.code(), x.name(), x.formula(), p, round(p * rate), true, "到期 " + f.due() + " 项，按时办结 " + f.good() + " 项，逾期或超时 "
                        + (f.due() - f.good()) + " 项，按时率 " + percent(rate) + "：得 " + round(p * rate) + " 分（" + round(p) + " × " + percent(rate) + "）", f.costs());
            }
            case VIOLATIONS -> {
                double d = x.deduction() == null ? 0 : x.deduction();
                double score = Math.max(0, p - d * f.due());
                String kind = x.violationKind() == null ? "违规情形" : "“" + x.violationKind().zh + "”";
                yield new Line(x.code(), x.name(), x.formula(), p, round(score), true, f.due() == 0 ? "考核期内无" + kind + "，得满分 " + round(p) + " 分"
                        : kind + " " + f.due() + " 项（未排除的），每项扣 " + round(d) + " 分，共扣 " + round(Math.min(p, d * f.due())) + " 分：得 " + round(score) + " 分", f.costs());
            }
            case INTERPRETATION_FORMS -> {
                if (f.due() == 0) yield new Line(x.code(), x.name(), x.formula(), p, p, true, "考核期内未发布政策解读，不涉及，得满分 " + round(p) + " 分", List.of());
                double rate = (double) f.good() / f.due();
                yield new Line(x.code(), x.name(), x.formula(), p, round(p * rate), true, "发布政策解读 " + f.due() + " 篇，其中采用图解、问答、音视频等文字以外形式的 "
                        + f.good() + " 篇，占 " + percent(rate) + "：得 " + round(p * rate) + " 分", f.costs());
            }
            case ANNUAL_REPORT -> {
                if (f.due() == 0) yield new Line(x.code(), x.name(), x.formula(), p, p, true, "本单位不承担年度报告编制，不涉及，得满分 " + round(p) + " 分", List.of());
                yield f.good() > 0 ? new Line(x.code(), x.name(), x.formula(), p, p, true, "年度报告按时发布，数据核对无误：得满分 " + round(p) + " 分", List.of())
                        : new Line(x.code(), x.name(), x.formula(), p, 0, true, "年度报告未按时发布或数据核对未通过：得 0 分", f.costs());
            }
            case MANUAL -> f.manual() == null
                    ? new Line(x.code(), x.name(), x.formula(), p, 0, false, "人工评分项，尚未录入（暂计 0 分）", List.of())
                    : new Line(x.code(), x.name(), x.formula(), p, round(Math.min(p, f.manual())), true, "人工评分 " + round(Math.min(p, f.manual())) + " 分：" + f.reason(), List.of());
        };
    }

    /** A department's whole score: the sum of its lines, of the scheme's total, and as a share of it. */
    @Schema(name = "DepartmentAssessment")
    public record DepartmentScore(String departmentCode, String departmentName, double score, double outOf,
                                  @Schema(description = "score / outOf × 100") double percent, boolean complete, List<Line> lines) {}

    public static DepartmentScore total(String code, String name, double outOf, List<Line> lines) {
        double s = 0;
        boolean complete = true;
        for (Line l : lines) {
            s += l.score();
            complete &= l.entered();
        }
        return new DepartmentScore(code, name, round(s), outOf, outOf == 0 ? 0 : round(s / outOf * 100), complete, new ArrayList<>(lines));
    }

    static String percent(double rate) {
        return String.format("%.1f%%", rate * 100);
    }
}
