package org.gongkai.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.repository.ObligationRepository;
import org.gongkai.violation.ViolationKind;
import org.gongkai.violation.ViolationService;

/**
 * The console dashboard (issue 15): a year of openness work in figures, each counted in the database in one grouped
 * statement over indexed columns — on-time rates by month and department, the open and overdue clocks by rule now,
 * the violations by kind, the applications by outcome, the enquiries' response times by month. Derived, never stored.
 */
@ApplicationScoped
public class DashboardService {
    @Inject
    Pool pool;
    @Inject
    TimeSource time;
    @Inject
    ViolationService violations;

    @Schema(name = "DashboardRate")
    public record Rate(@Schema(description = "a month (2026-03) or a department code") String key, long due, long kept,
                       @Schema(description = "kept / due × 100, one decimal; null when nothing came due") Double percent) {}

    @Schema(name = "DashboardRule")
    public record RuleCount(String ruleId, long open, long overdue) {}

    @Schema(name = "DashboardKind")
    public record KindCount(ViolationKind kind, String kindZh, long pending, long confirmed) {}

    @Schema(name = "DashboardCount")
    public record Count(String key, long count) {}

    @Schema(name = "DashboardResponse")
    public record Response(String month, long answered, @Schema(description = "calendar days from receipt to answer") Double medianDays, Double meanDays) {}

    @Schema(name = "Dashboard")
    public record Dashboard(int year, List<Rate> onTimeByMonth, List<Rate> onTimeByDepartment, List<RuleCount> openByRule, List<KindCount> violationsByKind,
                            @Schema(description = "applications received in the year by outcome; IN_PROGRESS: not yet concluded") List<Count> applicationsByOutcome,
                            List<Response> enquiryResponseByMonth) {}

    /** A clock due in the year that has come due (completed, or open past its due) and whether it was kept. */
    static final String COME_DUE = "o.due_date >= $3 and o.due_date < $4 and (o.state = 'COMPLETED' or " + ObligationRepository.NATIVE_NOT_KEPT + ")";

    public Uni<Dashboard> dashboard(int year) {
        LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year + 1, 1, 1);
        Tuple clocks = Tuple.of(time.today(), time.now().atOffset(ZoneOffset.UTC), from, to);
        Uni<List<Rate>> byMonth = pool.preparedQuery("select to_char(o.due_date, 'YYYY-MM') k, count(*) due, count(*) filter (where not " + ObligationRepository.NATIVE_NOT_KEPT
                + ") kept from obligation o where " + COME_DUE + " group by 1 order by 1").execute(clocks).map(DashboardService::rates);
        Uni<List<Rate>> byDept = pool.preparedQuery("select o.department_code k, count(*) due, count(*) filter (where not " + ObligationRepository.NATIVE_NOT_KEPT
                + ") kept from obligation o join department d on d.code = o.department_code where " + COME_DUE + " group by o.department_code, d.sort_order order by d.sort_order")
                .execute(clocks).map(DashboardService::rates);
        Uni<List<RuleCount>> open = pool.preparedQuery("select o.rule_id, count(*) n, count(*) filter (where " + ObligationRepository.NATIVE_NOT_KEPT + ") overdue "
                + "from obligation o where o.state = 'OPEN' group by 1 order by 3 desc, 2 desc, 1 limit 30").execute(Tuple.of(time.today(), time.now().atOffset(ZoneOffset.UTC)))
                .map(rs -> {
                    List<RuleCount> out = new ArrayList<>();
                    for (Row r : rs) out.add(new RuleCount(r.getString("rule_id"), r.getLong("n"), r.getLong("overdue")));
                    return out;
                });
        Uni<List<KindCount>> kinds = violations.summary(year).map(cs -> {
            Map<ViolationKind, long[]> by = new TreeMap<>();
            for (ViolationKind k : ViolationKind.values()) by.put(k, new long[2]);
            for (ViolationService.Count c : cs) {
                by.get(c.kind())[0] += c.pending();
                by.get(c.kind())[1] += c.confirmed();
            }
            List<KindCount> out = new ArrayList<>();
            by.forEach((k, n) -> out.add(new KindCount(k, k.zh, n[0], n[1])));
            return out;
        });
        Uni<List<Count>> outcomes = pool.preparedQuery("select coalesce(outcome, 'IN_PROGRESS') k, count(*) n from disclosure_application "
                + "where received_on >= $1 and received_on < $2 group by 1 order by 2 desc, 1").execute(Tuple.of(from, to)).map(rs -> {
            List<Count> out = new ArrayList<>();
            for (Row r : rs) out.add(new Count(r.getString("k"), r.getLong("n")));
            return out;
        });
        Uni<List<Response>> enquiries = pool.preparedQuery("select to_char(answered_on, 'YYYY-MM') m, count(*) n, "
                + "percentile_cont(0.5) within group (order by answered_on - received_on) median, avg(answered_on - received_on)::float8 mean "
                + "from enquiry where answered_on >= $1 and answered_on < $2 group by 1 order by 1").execute(Tuple.of(from, to)).map(rs -> {
            List<Response> out = new ArrayList<>();
            for (Row r : rs) out.add(new Response(r.getString("m"), r.getLong("n"), round(r.getDouble("median")), round(r.getDouble("mean"))));
            return out;
        });
        return Uni.combine().all().unis(byMonth, byDept, open, kinds, outcomes, enquiries).asTuple()
                .map(t -> new Dashboard(year, t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(), t.getItem5(), t.getItem6()));
    }

    static List<Rate> rates(RowSet<Row> rs) {
        List<Rate> out = new ArrayList<>();
        for (Row r : rs) {
            long due = r.getLong("due"), kept = r.getLong("kept");
            out.add(new Rate(r.getString("k"), due, kept, due == 0 ? null : round(kept * 100.0 / due)));
        }
        return out;
    }

    static Double round(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }
}
