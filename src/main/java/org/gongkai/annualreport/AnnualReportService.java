package org.gongkai.annualreport;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.service.QuotaService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;

/**
 * The annual report itself (R11): the office writes the text sections; drafting puts them with the year's figures into
 * the ANNUAL_REPORT item for the review — refused while the figures do not add up, or while the year is not over; the
 * review refuses a report whose figures the records no longer give; its publication is the R11 event of the year (due
 * 31 January, a setting of the quota rule); a published report drafted again is a corrected report with its reason;
 * its filing with the city government's office (报备) is recorded.
 */
@ApplicationScoped
public class AnnualReportService {
    public static final String SUBJECT = "annual-report";
    public static final String RULE = "R11";
    public static final String OFFICE = "BGS";

    @Inject
    AnnualFiguresService figures;
    @Inject
    ItemService items;
    @Inject
    AuditService audit;
    @Inject
    QuotaService quotas;
    @Inject
    TimeSource time;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureau;

    static final int MAX_SECTION = 20_000;

    String json(AnnualFigures f) {
        try {
            // the tables only: what the review compares
            return mapper.writeValueAsString(Map.of("two", f.two(), "three", f.three(), "four", f.four(), "six", f.six()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Uni<AnnualReport> find(int year) {
        return Panache.getSession().flatMap(s -> s.find(AnnualReport.class, year));
    }

    public Uni<AnnualReport> get(int year) {
        return Panache.withSession(() -> find(year)).map(r -> {
            if (r != null) return r;
            AnnualReport blank = new AnnualReport();
            blank.year = year;
            return blank;
        });
    }

    /** The office's text of each section; not while the report is in the review. */
    public Uni<AnnualReport> write(int year, AnnualReportText.Sections in, Actor actor) {
        if (in == null) throw ProblemException.badField("overview", "is required");
        List<FieldError> e = new ArrayList<>();
        String[][] named = {{"overview", in.overview()}, {"proactive", in.proactive()}, {"applications", in.applications()}, {"reviews", in.reviews()},
                {"problems", in.problems()}, {"other", in.other()}};
        for (String[] n : named) if (n[1] != null && n[1].length() > MAX_SECTION) e.add(new FieldError(n[0], "is at most " + MAX_SECTION + " characters"));
        if (blank(in.overview())) e.add(new FieldError("overview", "is required: 一、总体情况"));
        if (blank(in.problems())) e.add(new FieldError("problems", "is required: 五、存在的主要问题及改进情况"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(year).flatMap(r -> (r == null || r.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : items.find(r.itemId))
                .flatMap(i -> {
                    if (i != null && i.state.inReview()) throw ProblemException.conflict("the " + year + " report is in the review: it cannot change now");
                    AnnualReport x = r == null ? new AnnualReport() : r;
                    x.year = year;
                    x.overview = in.overview().strip();
                    x.proactive = blank(in.proactive()) ? null : in.proactive().strip();
                    x.applications = blank(in.applications()) ? null : in.applications().strip();
                    x.reviews = blank(in.reviews()) ? null : in.reviews().strip();
                    x.problems = in.problems().strip();
                    x.other = blank(in.other()) ? null : in.other().strip();
                    x.updatedBy = actor.username();
                    x.updatedAt = time.now();
                    return (r == null ? Panache.getSession().flatMap(s -> s.persist(x).call(s::flush)) : Uni.createFrom().voidItem())
                            .call(() -> audit.record(actor, "annual-report.written", SUBJECT, year, null, Map.of("year", year)))
                            .replaceWith(x);
                })));
    }

    /**
     * The figures of table 二 that have no records on the platform (行政强制 decisions, 行政事业性收费 in 万元), as the
     * office enters them for the year; not while the report is in the review. Audited.
     */
    public Uni<Void> manualFigures(int year, Integer enforcement, java.math.BigDecimal fees, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (enforcement != null && (enforcement < 0 || enforcement > 1_000_000)) e.add(new FieldError("enforcementDecisions", "from 0 to 1000000"));
        if (fees != null && (fees.signum() < 0 || fees.scale() > 4 || fees.compareTo(new java.math.BigDecimal("10000000000")) >= 0))
            e.add(new FieldError("administrativeFees", "in 万元: not negative, at most 4 decimals"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(year).flatMap(r -> (r == null || r.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : items.find(r.itemId))
                .flatMap(i -> {
                    if (i != null && i.state.inReview()) throw ProblemException.conflict("the " + year + " report is in the review: its figures cannot change now");
                    return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into annual_report (year, enforcement_decisions, administrative_fees, updated_by, updated_at) "
                                    + "values (:y, :e, :f, :b, :t) on conflict (year) do update set enforcement_decisions = excluded.enforcement_decisions, "
                                    + "administrative_fees = excluded.administrative_fees, updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                            .setParameter("y", year).setParameter("e", enforcement).setParameter("f", fees).setParameter("b", actor.username()).setParameter("t", time.now())
                            .executeUpdate())
                            .call(() -> audit.record(actor, "annual-report.figures.entered", SUBJECT, year, null,
                                    Map.of("enforcementDecisions", String.valueOf(enforcement),
                                    "administrativeFees", String.valueOf(fees)))).replaceWithVoid();
                })));
    }

    /** Drafted as the year's ANNUAL_REPORT item with the figures as the records give them now. */
    public Uni<InfoItem> draft(int year, String reason, Actor actor) {
        if (year >= time.today().getYear()) throw ProblemException.conflict("the year " + year + " is not over: its report is drafted from January " + (year + 1));
        if (reason != null && reason.length() > 500) throw ProblemException.badField("reason", "is at most 500 characters");
        return figures.figures(year).flatMap(f -> {
            if (!f.problems().isEmpty()) throw ProblemException.conflict("the figures do not add up: " + String.join("；", f.problems()));
            return Panache.withSession(() -> find(year).flatMap(r -> (r == null || r.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : items.find(r.itemId))
                    .map(i -> new Object[] {r, i}))).flatMap(ri -> {
                AnnualReport r = (AnnualReport) ri[0];
                InfoItem i = (InfoItem) ri[1];
                if (r == null || blank(r.overview)) throw ProblemException.conflict("write the report's text first (一、总体情况 and 五、存在的主要问题及改进情况)");
                boolean published = i != null && !i.state.editable();
                if (published && blank(reason)) throw ProblemException.badField("reason", "the report is published: a corrected report says what was corrected");
                String title = AnnualReportText.title(bureau, year);
                ItemInput in = new ItemInput(null, null, title, null, OFFICE, time.today(), List.of("政府信息公开", "年度报告"),
                        year + "年度本机关政府信息公开工作情况：主动公开、依申请公开、行政复议和行政诉讼、存在的问题及改进情况。",
                        AnnualReportText.body(year, r.sections(), f), DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null,
                        List.of(), ItemType.ANNUAL_REPORT, SUBJECT, String.valueOf(year), null, null, null);
                String drafted = json(f);
                return items.redraft(i, in, published ? "更正：" + reason.trim() : null, actor)
                        .call(item -> Panache.withTransaction(() -> find(year).flatMap(x -> {
                            if (x.itemId != null && !x.itemId.equals(item.id)) throw ProblemException.conflict("the report was drafted at the same time: try again");
                            x.itemId = item.id;
                            x.draftedFigures = drafted;
                            return audit.record(actor, published ? "annual-report.corrected" : "annual-report.drafted", SUBJECT, year, null,
                                    Map.of("item", item.id, "reason", blank(reason) ? "" : reason.trim()));
                        })));
            });
        });
    }

    /** Whether the records still give the figures the report was drafted with (null: they do). */
    public Uni<String> changedSinceDrafted(int year, String drafted) {
        return figures.figures(year).map(f -> drafted == null || drafted.equals(json(f)) ? null : "the records changed since the report was drafted");
    }

    /** The report went live: the year's R11 event; audited. */
    public Uni<Void> published(InfoItem i, Actor actor) {
        int year = Integer.parseInt(i.featureId);
        return find(year).invoke(r -> { if (r != null) r.publishedFigures = r.draftedFigures; })
                .flatMap(r -> quotas.recordQualifying(RULE, OFFICE, time.today(), AnnualReportText.title(bureau, year), actor))
                .call(() -> audit.record(actor, "annual-report.published", SUBJECT, year, null, Map.of("item", i.id)))
                .replaceWithVoid();
    }

    /** 报备: filed with the city government's office after publication. */
    public Uni<AnnualReport> filed(int year, LocalDate on, String reference, Actor actor) {
        LocalDate day = on == null ? time.today() : on;
        if (day.isAfter(time.today())) throw ProblemException.badField("filedOn", "is in the future");
        if (blank(reference) || reference.trim().length() > 200) throw ProblemException.badField("reference", "is required: to whom and how (e.g. 报市政府办公室备案，文号), at most 200 characters");
        return Panache.withTransaction(() -> find(year).flatMap(r -> (r == null || r.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : items.find(r.itemId)).flatMap(i -> {
            if (i == null || i.publishedVersion == 0) throw ProblemException.conflict("the " + year + " report is not published yet: it is filed once published");
            r.filedOn = day;
            r.filedRef = reference.trim();
            r.filedBy = actor.username();
            return audit.record(actor, "annual-report.filed", SUBJECT, year, null, Map.of("filedOn", day.toString(), "reference", r.filedRef)).replaceWith(r);
        })));
    }
}
