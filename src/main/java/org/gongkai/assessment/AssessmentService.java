package org.gongkai.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.annualreport.AnnualReportService;
import org.gongkai.assessment.AssessmentScheme.Formula;
import org.gongkai.assessment.AssessmentScheme.Indicator;
import org.gongkai.assessment.AssessmentScoring.DepartmentScore;
import org.gongkai.assessment.AssessmentScoring.Facts;
import org.gongkai.assessment.AssessmentScoring.Line;
import org.gongkai.assessment.AssessmentScoring.Ref;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.repository.ObligationRepository;
import org.gongkai.violation.ViolationKind;

/**
 * The yearly assessment of openness work (R44): the scheme the office sets with the personnel section (stored per
 * year; the default proposal until then), the manual items' points with their reasons, and every department's score
 * computed from the ledger and the records when read — one statement per indicator for all departments — explained
 * line by line with the records that cost points.
 */
@ApplicationScoped
public class AssessmentService {
    public static final String SUBJECT = "assessment";
    /** At most this many records are named per line; the counts are always whole. */
    static final int NAMED = 20;

    @Inject
    Pool pool;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;

    // ------------------------------------------------------------------------------------------ the scheme

    public Uni<AssessmentScheme> scheme(int year) {
        return pool.preparedQuery("select s.total_points, s.note, s.version, i.code, i.name, i.points, i.formula, i.rules, i.violation_kind, i.deduction, i.window_from, i.window_to "
                        + "from assessment_scheme s left join assessment_indicator i on i.year = s.year where s.year = $1 order by i.sort_order, i.id")
                .execute(Tuple.of(year)).map(rs -> {
                    if (rs.size() == 0) return AssessmentScheme.proposal(year);
                    List<Indicator> xs = new ArrayList<>();
                    double total = 0;
                    String note = null;
                    int version = 0;
                    for (Row r : rs) {
                        total = r.getBigDecimal("total_points").doubleValue();
                        note = r.getString("note");
                        version = r.getInteger("version");
                        if (r.getString("code") == null) continue;
                        String rules = r.getString("rules"), kind = r.getString("violation_kind");
                        xs.add(new Indicator(r.getString("code"), r.getString("name"), r.getBigDecimal("points").doubleValue(), Formula.valueOf(r.getString("formula")),
                                rules == null || rules.isEmpty() ? List.of() : List.of(rules.split(",")), kind == null ? null : ViolationKind.valueOf(kind),
                                r.getBigDecimal("deduction") == null ? null : r.getBigDecimal("deduction").doubleValue(), r.getLocalDate("window_from"), r.getLocalDate("window_to")));
                    }
                    return new AssessmentScheme(year, total, note, xs, true, version);
                });
    }

    /**
     * Sets a year's scheme (the office): every indicator replaced at once; {@code version} as read (0 for the first
     * time), another change in between is a 409. Manual points of indicators no longer in it go with them.
     */
    public Uni<AssessmentScheme> save(AssessmentScheme in, Actor actor) {
        var problems = in.problems();
        if (!problems.isEmpty()) throw ProblemException.badFields(problems);
        AssessmentScheme s = in.withDefaults();
        return scheme(s.year()).flatMap(before -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> {
            if (before.version() != s.version())
                throw ProblemException.conflict("the " + s.year() + " scheme was changed in between (version " + before.version() + "): read it again");
            var upsert = before.stored()
                    ? session.createNativeQuery("update assessment_scheme set total_points = :t, note = :n, updated_by = :b, updated_at = :at, version = version + 1 where year = :y and version = :v")
                            .setParameter("v", s.version())
                    : session.createNativeQuery("insert into assessment_scheme (year, total_points, note, updated_by, updated_at, version) values (:y, :t, :n, :b, :at, 1) on conflict (year) do nothing");
            return upsert.setParameter("y", s.year()).setParameter("t", s.totalPoints()).setParameter("n", s.note() == null || s.note().isBlank() ? null : s.note().strip())
                    .setParameter("b", actor.username()).setParameter("at", time.now()).executeUpdate().flatMap(n -> {
                        if (n == 0) throw ProblemException.conflict("the " + s.year() + " scheme was changed in between: read it again");
                        String keep = String.join(",", s.indicators().stream().map(Indicator::code).toList());
                        Uni<Integer> chain = session.createNativeQuery("delete from assessment_indicator where year = :y and not (code = any(string_to_array(:keep, ',')))")
                                .setParameter("y", s.year()).setParameter("keep", keep).executeUpdate();
                        for (int i = 0; i < s.indicators().size(); i++) {
                            Indicator x = s.indicators().get(i);
                            int order = i;
                            chain = chain.flatMap(z -> session.createNativeQuery("insert into assessment_indicator (year, code, name, points, formula, rules, violation_kind, deduction, "
                                            + "window_from, window_to, sort_order) values (:y, :c, :n, :p, :f, :r, :k, :d, :wf, :wt, :o) on conflict (year, code) do update set "
                                            + "name = excluded.name, points = excluded.points, formula = excluded.formula, rules = excluded.rules, violation_kind = excluded.violation_kind, "
                                            + "deduction = excluded.deduction, window_from = excluded.window_from, window_to = excluded.window_to, sort_order = excluded.sort_order")
                                    .setParameter("y", s.year()).setParameter("c", x.code()).setParameter("n", x.name()).setParameter("p", x.points())
                                    .setParameter("f", x.formula().name()).setParameter("r", x.rules().isEmpty() ? null : String.join(",", x.rules()))
                                    .setParameter("k", x.violationKind() == null ? null : x.violationKind().name()).setParameter("d", x.deduction())
                                    .setParameter("wf", x.windowFrom()).setParameter("wt", x.windowTo()).setParameter("o", order).executeUpdate());
                        }
                        return chain;
                    });
        }).call(() -> audit.record(actor, "assessment.scheme.saved", SUBJECT, s.year(), before.stored() ? Map.of("totalPoints", before.totalPoints(),
                "indicators", before.indicators().size(), "version", before.version()) : null, Map.of("totalPoints", s.totalPoints(), "indicators", s.indicators().size())))))
                .flatMap(x -> scheme(s.year()));
    }

    // ------------------------------------------------------------------------------------------ manual items

    @Schema(name = "AssessmentManualScore")
    public record Manual(String indicatorCode, String departmentCode, double points, String reason, String enteredBy, OffsetDateTime enteredAt) {}

    /** The office enters a manual item's points for a department (0 … the indicator's points), with the reason. */
    public Uni<Manual> enter(int year, String code, String department, Double points, String reason, Actor actor) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) throw ProblemException.badField("reason", "is required, at most 1000 characters");
        return scheme(year).flatMap(s -> {
            if (!s.stored()) throw ProblemException.conflict("the " + year + " scheme is not yet set: save it before entering manual points");
            Indicator x = s.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(() -> ProblemException.notFound("indicator", code));
            if (x.formula() != Formula.MANUAL) throw ProblemException.badField("indicatorCode", "is computed from the records, not entered: " + x.formula());
            if (points == null || points < 0 || points > x.points()) throw ProblemException.badField("points", "from 0 to the indicator's " + AssessmentScheme.round(x.points()));
            return departments().flatMap(ds -> {
                if (!ds.containsKey(department)) throw ProblemException.badField("departmentCode", "is not an assessed department");
                return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "insert into assessment_manual_score (year, indicator_code, department_code, points, reason, entered_by, entered_at) values (:y, :c, :d, :p, :r, :b, :t) "
                                        + "on conflict (year, indicator_code, department_code) do update set points = excluded.points, reason = excluded.reason, "
                                        + "entered_by = excluded.entered_by, entered_at = excluded.entered_at")
                        .setParameter("y", year).setParameter("c", code).setParameter("d", department).setParameter("p", points).setParameter("r", reason.strip())
                        .setParameter("b", actor.username()).setParameter("t", time.now()).executeUpdate())
                        .call(() -> audit.record(actor, "assessment.manual.entered", SUBJECT, year + "/" + code + "/" + department, null,
                                Map.of("indicator", code, "department", department, "points", points))))
                        .map(n -> new Manual(code, department, points, reason.strip(), actor.username(), time.now().atOffset(ZoneOffset.UTC)));
            });
        });
    }

    // ------------------------------------------------------------------------------------------ the scores

    /** The assessed departments (the office, the sections and the units; not the leadership), in their order. */
    Uni<Map<String, String>> departments() {
        return pool.query("select code, name_zh from department where active and kind in ('OFFICE', 'DEPARTMENT', 'UNIT') order by sort_order, code").execute().map(rs -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (Row r : rs) m.put(r.getString("code"), r.getString("name_zh"));
            return m;
        });
    }

    @Schema(name = "AssessmentScores")
    public record Scores(int year, double outOf, boolean schemeStored, List<DepartmentScore> departments) {}

    public Uni<Scores> scores(int year) {
        return scheme(year).flatMap(s -> departments().flatMap(ds -> {
            Uni<List<Map<String, Facts>>> facts = Uni.createFrom().item(new ArrayList<>());
            for (Indicator x : s.indicators()) facts = facts.flatMap(acc -> facts(year, x).map(f -> {
                acc.add(f);
                return acc;
            }));
            return facts.map(all -> {
                List<DepartmentScore> out = new ArrayList<>();
                ds.forEach((code, name) -> {
                    List<Line> lines = new ArrayList<>();
                    for (int i = 0; i < s.indicators().size(); i++) lines.add(AssessmentScoring.line(s.indicators().get(i), all.get(i).getOrDefault(code, none(s.indicators().get(i)))));
                    out.add(AssessmentScoring.total(code, name, s.totalPoints(), lines));
                });
                return new Scores(year, s.totalPoints(), s.stored(), out);
            });
        }));
    }

    /** A department with no record of the kind: nothing due; the annual report not its own; a manual item not entered. */
    static Facts none(Indicator x) {
        return Facts.none();
    }

    /** The facts of one indicator for every department, counted in one statement. */
    Uni<Map<String, Facts>> facts(int year, Indicator x) {
        return switch (x.formula()) {
            case ON_TIME_RATE -> clocks(x.rules(), x.windowFrom(), x.windowTo(), false);
            case VIOLATIONS -> clocks(x.violationKind() == null ? ViolationKind.allRules() : x.violationKind().rules, x.windowFrom(), x.windowTo(), true);
            case INTERPRETATION_FORMS -> interpretations(x.windowFrom(), x.windowTo());
            case ANNUAL_REPORT -> annualReport(year, x.windowFrom(), x.windowTo());
            case MANUAL -> manual(year, x.code());
        };
    }

    /**
     * The rules' clocks due in the window that have come due (completed, or open past their due): how many, how many
     * kept, and the ones not kept (overdue, met late, cut short) that the office has not dismissed. Only violations:
     * {@code due} is the number not kept and not dismissed.
     */
    Uni<Map<String, Facts>> clocks(List<String> rules, LocalDate from, LocalDate to, boolean onlyViolations) {
        String late = "(" + ObligationRepository.NATIVE_NOT_KEPT + " and (d.decision is null or d.decision <> 'DISMISSED'))";
        String sql = "select o.department_code, count(*) due, count(*) filter (where not " + late + ") good, "
                + "json_agg(json_build_object('id', o.id, 'title', o.title, 'date', o.due_date) order by o.due_date, o.id) filter (where " + late + ") costs "
                + "from obligation o left join violation_decision d on d.obligation_id = o.id "
                + "where o.rule_id = any($3) and o.due_date >= $4 and o.due_date <= $5 and (o.state = 'COMPLETED' or " + ObligationRepository.NATIVE_NOT_KEPT + ")"
                + (onlyViolations ? " and " + late : "") + " group by o.department_code";
        return pool.preparedQuery(sql).execute(Tuple.of(time.today(), time.now().atOffset(ZoneOffset.UTC), rules.toArray(String[]::new), from, to)).map(rs -> {
            Map<String, Facts> m = new HashMap<>();
            for (Row r : rs) m.put(r.getString("department_code"), new Facts(r.getLong("due"), r.getLong("good"), refs("OBLIGATION", r.getValue("costs")), null, null));
            return m;
        });
    }

    /** Interpretations first published in the window, by issuing department: how many, how many in more than text form; the text-only ones named. */
    Uni<Map<String, Facts>> interpretations(LocalDate from, LocalDate to) {
        String rich = "exists (select 1 from unnest(string_to_array(v.forms, ',')) f where f <> 'TEXT')";
        String sql = "select v.issuing_department, count(*) due, count(*) filter (where " + rich + ") good, "
                + "json_agg(json_build_object('id', v.item_id, 'title', v.title, 'date', (v.published_at at time zone 'Asia/Shanghai')::date) order by v.published_at) "
                + "filter (where not " + rich + ") costs from info_item_version v "
                + "where v.version_no = 1 and v.kind = 'ITEM' and v.item_type = 'INTERPRETATION' and v.published_at >= $1 and v.published_at < $2 group by 1";
        return pool.preparedQuery(sql).execute(Tuple.of(from.atStartOfDay(TimeSource.ZONE).toOffsetDateTime(), to.plusDays(1).atStartOfDay(TimeSource.ZONE).toOffsetDateTime()))
                .map(rs -> {
                    Map<String, Facts> m = new HashMap<>();
                    for (Row r : rs) m.put(r.getString("issuing_department"), new Facts(r.getLong("due"), r.getLong("good"), refs("ITEM", r.getValue("costs")), null, null));
                    return m;
                });
    }

    /**
     * The annual report the assessed year's 31 January deadline is for (that of the year before), owned by the office:
     * done when it is published (publication is refused unless its figures add up) and no R11 clock in the window was broken.
     */
    Uni<Map<String, Facts>> annualReport(int year, LocalDate from, LocalDate to) {
        int reported = year - 1;
        return clocks(List.of(AnnualReportService.RULE), from, to, true).flatMap(late -> pool.preparedQuery(
                "select published_figures is not null published from annual_report where year = $1").execute(Tuple.of(reported)).map(rs -> {
            boolean published = rs.size() > 0 && rs.iterator().next().getBoolean("published");
            List<Ref> costs = new ArrayList<>();
            late.values().forEach(f -> costs.addAll(f.costs()));
            if (!published) costs.add(0, new Ref("ANNUAL_REPORT", reported, reported + "年度政府信息公开工作年度报告未发布", null));
            Map<String, Facts> m = new HashMap<>();
            m.put(AnnualReportService.OFFICE, new Facts(1, published && costs.isEmpty() ? 1 : 0, costs, null, null));
            return m;
        }));
    }

    Uni<Map<String, Facts>> manual(int year, String code) {
        return pool.preparedQuery("select department_code, points, reason from assessment_manual_score where year = $1 and indicator_code = $2").execute(Tuple.of(year, code)).map(rs -> {
            Map<String, Facts> m = new HashMap<>();
            for (Row r : rs) m.put(r.getString("department_code"), new Facts(0, 0, List.of(), r.getBigDecimal("points").doubleValue(), r.getString("reason")));
            return m;
        });
    }

    static List<Ref> refs(String type, Object json) {
        if (json == null) return List.of();
        JsonArray a = json instanceof JsonArray j ? j : new JsonArray(json.toString());
        List<Ref> out = new ArrayList<>();
        for (int i = 0; i < a.size() && i < NAMED; i++) {
            JsonObject o = a.getJsonObject(i);
            out.add(new Ref(type, o.getLong("id"), o.getString("title"), o.getString("date")));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ year on year

    @Schema(name = "AssessmentComparison")
    public record Comparison(String departmentCode, String departmentName, Double lastYearPercent, double thisYearPercent,
                             @Schema(description = "this year's percent less last year's; null when last year had no score") Double change) {}

    /** Each department's share of its points this year against last year (the schemes may differ: compared in percent). */
    public Uni<List<Comparison>> comparison(int year) {
        return scores(year).flatMap(now -> scores(year - 1).map(before -> {
            Map<String, DepartmentScore> last = new HashMap<>();
            before.departments().forEach(d -> last.put(d.departmentCode(), d));
            return now.departments().stream().map(d -> {
                DepartmentScore l = last.get(d.departmentCode());
                Double lp = l == null ? null : l.percent();
                return new Comparison(d.departmentCode(), d.departmentName(), lp, d.percent(), lp == null ? null : AssessmentScheme.round(d.percent() - lp));
            }).toList();
        }));
    }
}
