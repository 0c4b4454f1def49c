package org.gongkai.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.annualreport.AnnualReportService;
import org.gongkai.notifications.Notice;
import org.gongkai.notifications.NotificationService;

/**
 * Warnings before an inspection fails (政府网站发展指引 and the inspection indicators, legal-rules.md): the home page
 * not updated for 2 weeks, a column stale past its update frequency (news 14 days, policy 180: each column's own
 * setting in the published catalogue), an empty column, a message unanswered for 3 months — each with its days left,
 * listed for the office and sent once a day by the sweep to the column's department (naming its responsible person).
 * The limits and how far ahead to warn are settings with the indicators' defaults.
 */
@ApplicationScoped
public class PortalWarnings {
    @Inject
    Pool pool;
    @Inject
    NotificationService notices;
    @Inject
    org.gongkai.common.time.TimeSource time;

    static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PortalWarnings.class);

    @ConfigProperty(name = "gongkai.portal-warnings.home-days", defaultValue = "14")
    int homeDays;
    @ConfigProperty(name = "gongkai.portal-warnings.enquiry-months", defaultValue = "3")
    int enquiryMonths;
    @ConfigProperty(name = "gongkai.portal-warnings.ahead-days", defaultValue = "5")
    int aheadDays;

    public enum Type { HOME_STALE, COLUMN_STALE, COLUMN_EMPTY, ENQUIRY_UNANSWERED }

    public enum Level { WARNING, FAILED }

    @Schema(name = "PortalWarning")
    public record Warning(Type type, Level level, @Schema(description = "the column's code, the enquiry's tracking number; HOME for the home page") String subject,
                          String name, String departmentCode, String responsiblePerson,
                          @Schema(description = "the last publication (columns, home page) or the receipt (enquiries); null: never") LocalDate since,
                          @Schema(description = "the limit in days") int limitDays,
                          @Schema(description = "days until the limit; 0 or less: an inspection would fail now") long daysLeft, String link) {}

    public Uni<List<Warning>> warnings(LocalDate today) {
        String columns = "with cat as (select id from catalogue_version where state = 'PUBLISHED' order by version_no desc limit 1) "
                + "select c.code, c.name_zh, c.department_code, c.responsible_person, c.update_days, "
                + "exists (select 1 from catalogue_column k where k.version_id = c.version_id and k.parent_code = c.code) parent, "
                + "(select (max(v.published_at) at time zone 'Asia/Shanghai')::date from info_item_version v where v.column_code = c.code and v.current and v.kind = 'ITEM') last_on "
                + "from catalogue_column c where c.version_id = (select id from cat) order by c.sort_order, c.code";
        Uni<List<Warning>> cols = pool.query(columns).execute().map(rs -> {
            List<Warning> out = new ArrayList<>();
            for (Row r : rs) {
                LocalDate last = r.getLocalDate("last_on");
                Integer days = r.getInteger("update_days");
                String code = r.getString("code");
                String link = "/catalogue/" + code;
                if (last == null && !r.getBoolean("parent"))
                    out.add(new Warning(Type.COLUMN_EMPTY, Level.FAILED, code, r.getString("name_zh"), r.getString("department_code"), r.getString("responsible_person"),
                            null, days == null ? 0 : days, 0, link));
                else if (last != null && days != null) {
                    long left = days - ChronoUnit.DAYS.between(last, today);
                    if (left <= aheadDays) out.add(new Warning(Type.COLUMN_STALE, left <= 0 ? Level.FAILED : Level.WARNING, code, r.getString("name_zh"),
                            r.getString("department_code"), r.getString("responsible_person"), last, days, left, link));
                }
            }
            return out;
        });
        Uni<List<Warning>> home = pool.query("select (max(published_at) at time zone 'Asia/Shanghai')::date last_on from info_item_version where current and kind = 'ITEM'")
                .execute().map(rs -> {
                    LocalDate last = rs.iterator().next().getLocalDate("last_on");
                    long left = last == null ? 0 : homeDays - ChronoUnit.DAYS.between(last, today);
                    return left <= aheadDays ? List.of(new Warning(Type.HOME_STALE, left <= 0 ? Level.FAILED : Level.WARNING, "HOME", "门户网站首页", AnnualReportService.OFFICE,
                            null, last, homeDays, left, "/")) : List.<Warning>of();
                });
        // received on or before this day, a message reaches its limit within the warning window
        LocalDate receivedBy = today.plusDays(aheadDays).minusMonths(enquiryMonths);
        Uni<List<Warning>> enquiries = pool.preparedQuery("select tracking_no, title, coalesce(department_code, $2) department_code, received_on from enquiry "
                        + "where state in ('REGISTERED', 'TRANSFERRED') and received_on <= $1 order by received_on, id limit 200")
                .execute(Tuple.of(receivedBy, AnnualReportService.OFFICE)).map(rs -> {
                    List<Warning> out = new ArrayList<>();
                    for (Row r : rs) {
                        LocalDate received = r.getLocalDate("received_on");
                        long left = ChronoUnit.DAYS.between(today, received.plusMonths(enquiryMonths));
                        int limit = (int) ChronoUnit.DAYS.between(received, received.plusMonths(enquiryMonths));
                        out.add(new Warning(Type.ENQUIRY_UNANSWERED, left <= 0 ? Level.FAILED : Level.WARNING, r.getString("tracking_no"), r.getString("title"),
                                r.getString("department_code"), null, received, limit, left, "/console/enquiries"));
                    }
                    return out;
                });
        return Uni.combine().all().unis(home, cols, enquiries).asTuple().map(t -> {
            List<Warning> all = new ArrayList<>(t.getItem1());
            all.addAll(t.getItem2());
            all.addAll(t.getItem3());
            all.sort(Comparator.comparingLong(Warning::daysLeft).thenComparing(w -> w.type().ordinal()).thenComparing(Warning::subject));
            return all;
        });
    }

    @io.quarkus.scheduler.Scheduled(cron = "{gongkai.portal-warnings.cron}", identity = "portal-warnings", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> send(time.today()))
                .invoke(n -> LOG.infof("portal warnings: %d sent", n)).replaceWithVoid();
    }

    /**
     * Sends today's warnings (in the caller's transaction): one notice a day to each department that has any — how
     * many, and the most urgent named (the column's responsible person with it) — linking to the dashboard's list.
     */
    public Uni<Integer> send(LocalDate today) {
        return warnings(today).flatMap(ws -> {
            java.util.Map<String, List<Warning>> byDepartment = new java.util.TreeMap<>();
            for (Warning w : ws) byDepartment.computeIfAbsent(w.departmentCode(), d -> new ArrayList<>()).add(w);
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var e : byDepartment.entrySet()) {
                Warning first = e.getValue().get(0);
                int n = e.getValue().size();
                String zh = "检查预警：" + n + " 项即将或已经不符合政府网站检查要求，最紧急的是" + describeZh(first);
                String en = "Inspection warnings: " + n + " items about to fail (or failing) the website inspection; the most urgent: " + describeEn(first);
                chain = chain.call(() -> notices.notify(Notice.toDepartment(Notice.Kind.PORTAL_WARNING, e.getKey(), null, zh, en, "/console/dashboard", "portal-warning",
                        e.getKey() + ":" + today, "portal-warning:" + e.getKey() + ":" + today)));
            }
            return chain.replaceWith(ws.size());
        });
    }

    static String describeZh(Warning w) {
        String who = w.responsiblePerson() == null ? "" : "（责任人：" + w.responsiblePerson() + "）";
        return switch (w.type()) {
            case HOME_STALE -> "网站首页" + (w.daysLeft() <= 0 ? "已超过 " + w.limitDays() + " 天未更新" : w.daysLeft() + " 天后将超过 " + w.limitDays() + " 天未更新");
            case COLUMN_STALE -> "栏目「" + w.name() + "」" + (w.daysLeft() <= 0 ? "已超过更新周期 " + w.limitDays() + " 天" : "距更新期限还剩 " + w.daysLeft() + " 天") + who;
            case COLUMN_EMPTY -> "栏目「" + w.name() + "」为空栏目" + who;
            case ENQUIRY_UNANSWERED -> "留言 " + w.subject() + (w.daysLeft() <= 0 ? " 已超过 3 个月未回复" : " 还剩 " + w.daysLeft() + " 天即满 3 个月未回复");
        };
    }

    static String describeEn(Warning w) {
        return switch (w.type()) {
            case HOME_STALE -> "the home page, " + w.daysLeft() + " days left of " + w.limitDays();
            case COLUMN_STALE -> "column " + w.subject() + ", " + w.daysLeft() + " days left of its " + w.limitDays() + "-day cycle";
            case COLUMN_EMPTY -> "column " + w.subject() + " is empty";
            case ENQUIRY_UNANSWERED -> "message " + w.subject() + ", " + w.daysLeft() + " days left before 3 months unanswered";
        };
    }
}
