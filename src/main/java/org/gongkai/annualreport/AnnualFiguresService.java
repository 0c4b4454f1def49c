package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Outcome;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;

/**
 * Reads the annual report's figures for a calendar year from the platform's own records (R11): applications and their
 * outcomes (table III), reconsiderations and suits (table IV), normative documents and administrative decisions
 * (table II), information-processing fees (section VI). Each cell can be opened on the records it counts
 * ({@link #records}): the same conditions, never a second definition.
 */
@ApplicationScoped
public class AnnualFiguresService {
    @Inject
    Pool pool;

    /** The condition of each table III row over disclosure_application, with $1 the year's first day and $2 its last. */
    static String threeCondition(String row) {
        return switch (row) {
            case AnnualFigures.NEW -> "received_on between $1 and $2";
            case AnnualFigures.CARRIED_IN -> "received_on < $1 and (concluded_on is null or concluded_on >= $1)";
            case AnnualFigures.CARRIED_OUT -> "received_on <= $2 and (concluded_on is null or concluded_on > $2)";
            case AnnualFigures.OUTCOME_TOTAL -> "concluded_on between $1 and $2";
            default -> {
                Outcome.valueOf(row);
                yield "concluded_on between $1 and $2 and outcome = '" + row + "'";
            }
        };
    }

    static final String NORMATIVE = "from info_item where normative and state in ('PUBLISHED', 'WITHDRAWN') and ";
    static final String ISSUED = "created_date between $1 and $2";
    static final String REPEALED = "coalesce(validity, 'VALID') in ('REPEALED', 'INVALID') and valid_to between $1 and $2";
    static final String IN_FORCE = "created_date <= $2 and ((valid_to is null and coalesce(validity, 'VALID') in ('VALID', 'AMENDED')) or valid_to > $2)";
    static final String REVIEW_RESULT = "case when result <> 'PENDING' and decided_on is not null and decided_on <= $2 then result else 'PENDING' end";

    public Uni<AnnualFigures> figures(int year) {
        Tuple t = Tuple.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String apps = "select 'NEW' r, applicant_type a, count(*) n from disclosure_application where " + threeCondition(AnnualFigures.NEW) + " group by 2"
                + " union all select 'CARRIED_IN', applicant_type, count(*) from disclosure_application where " + threeCondition(AnnualFigures.CARRIED_IN) + " group by 2"
                + " union all select outcome, applicant_type, count(*) from disclosure_application where " + threeCondition(AnnualFigures.OUTCOME_TOTAL) + " group by 1, 2"
                + " union all select 'CARRIED_OUT', applicant_type, count(*) from disclosure_application where " + threeCondition(AnnualFigures.CARRIED_OUT) + " group by 2";
        String two = "select (select count(*) " + NORMATIVE + ISSUED + ") issued, (select count(*) " + NORMATIVE + REPEALED + ") repealed, "
                + "(select count(*) " + NORMATIVE + IN_FORCE + ") in_force, "
                + "(select count(*) from admin_decision where kind = 'LICENSING' and decision_date between $1 and $2) licensing, "
                + "(select count(*) from admin_decision where kind = 'PENALTY' and decision_date between $1 and $2) penalties, "
                + "(select count(*) from disclosure_application where fee_amount > 0 and fee_due between $1 and $2) fee_notices, "
                + "(select coalesce(sum(fee_amount), 0) from disclosure_application where fee_paid_on between $1 and $2) fees, "
                + "(select enforcement_decisions from annual_report where year = extract(year from $1::date)) enforcement, "
                + "(select administrative_fees from annual_report where year = extract(year from $2::date)) administrative_fees";
        String reviews = "select kind, " + REVIEW_RESULT + " r, count(*) n from application_review where filed_on between $1 and $2 group by 1, 2";
        return pool.preparedQuery(apps).execute(t).flatMap(a -> pool.preparedQuery(two).execute(t).flatMap(b -> pool.preparedQuery(reviews).execute(t).map(c -> {
            List<AnnualFigures.Count> counts = new ArrayList<>();
            for (Row r : a) counts.add(new AnnualFigures.Count(r.getString("r"), ApplicantType.valueOf(r.getString("a")), r.getLong("n")));
            Row x = b.iterator().next();
            // the bureau makes no 规章 (rules need a people's government); 行政强制 and the administrative fees have no records here: as the office entered them
            Integer enforcement = x.getInteger("enforcement");
            AnnualFigures.TableTwo t2 = new AnnualFigures.TableTwo(0, 0, 0, x.getLong("issued"), x.getLong("repealed"), x.getLong("in_force"),
                    x.getLong("licensing"), x.getLong("penalties"), enforcement == null ? 0 : enforcement, x.getBigDecimal("administrative_fees"));
            List<AnnualFigures.ReviewCount> rc = new ArrayList<>();
            for (Row r : c) rc.add(new AnnualFigures.ReviewCount(r.getString("kind"), r.getString("r"), r.getLong("n")));
            BigDecimal fees = x.getBigDecimal("fees");
            return AnnualFigures.of(year, t2, counts, rc, new AnnualFigures.SectionSix(x.getLong("fee_notices"), fees == null ? BigDecimal.ZERO : fees));
        })));
    }

    /** A record a cell counts: what it is, its reference, its day, and where the console shows it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AnnualReportRecord")
    public record Counted(String kind, long id, String reference, String title, LocalDate on, String detail, String link) {}

    static final Set<String> TWO = Set.of("normativeIssued", "normativeRepealed", "normativeInForce", "licensing", "penalties");

    /**
     * The records of one cell: {@code III.<row>.<column>} (a row key of table III, an applicant type or TOTAL),
     * {@code IV.<kind>.<result>}, {@code II.<figure>} (normativeIssued, normativeRepealed, normativeInForce, licensing,
     * penalties). A cell the table does not have is a 400 naming it.
     */
    public Uni<Page<Counted>> records(int year, String cell, PageRequest.Checked page) {
        String[] k = cell == null ? new String[0] : cell.split("\\.");
        Tuple t = Tuple.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String from;
        String select;
        String order;
        if (k.length == 3 && k[0].equals("III")) {
            String cond;
            try {
                cond = threeCondition(k[1]);
                if (!k[2].equals("TOTAL")) ApplicantType.valueOf(k[2]);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("cell", "III.<row>.<column>: a row of table III and an applicant type or TOTAL");
            }
            from = "from disclosure_application where " + cond + (k[2].equals("TOTAL") ? "" : " and applicant_type = '" + k[2] + "'");
            select = "select 'application' kind, id, tracking_no ref, applicant_type title, received_on on_day, coalesce(outcome, state) detail ";
            order = " order by received_on, id";
        } else if (k.length == 3 && k[0].equals("IV") && Set.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER").contains(k[1])
                && AnnualFigures.RESULTS.contains(k[2])) {
            from = "from application_review where filed_on between $1 and $2 and kind = '" + k[1] + "'" + (k[2].equals("TOTAL") ? "" : " and " + REVIEW_RESULT + " = '" + k[2] + "'");
            select = "select 'application-review' kind, application_id id, body ref, kind title, filed_on on_day, " + REVIEW_RESULT + " detail ";
            order = " order by filed_on, id";
        } else if (k.length == 2 && k[0].equals("II") && TWO.contains(k[1])) {
            switch (k[1]) {
                case "licensing", "penalties" -> {
                    from = "from admin_decision where kind = '" + (k[1].equals("licensing") ? "LICENSING" : "PENALTY") + "' and decision_date between $1 and $2";
                    select = "select 'admin-decision' kind, id, ref_no ref, document_name title, decision_date on_day, document_number detail ";
                    order = " order by decision_date, id";
                }
                default -> {
                    from = NORMATIVE + (k[1].equals("normativeIssued") ? ISSUED : k[1].equals("normativeRepealed") ? REPEALED : IN_FORCE);
                    select = "select 'item' kind, id, coalesce(doc_number, '') ref, title, created_date on_day, coalesce(validity, 'VALID') detail ";
                    order = " order by created_date, id";
                }
            }
        } else {
            throw ProblemException.badField("cell", "is III.<row>.<column>, IV.<kind>.<result> or II.<figure>");
        }
        // every statement names both days (a row's condition may use one only: the client sends both)
        String where = from + " and $1::date <= $2::date";
        String limit = " limit " + page.size() + " offset " + page.offset();
        return pool.preparedQuery("select count(*) n " + where).execute(t).flatMap(n -> pool.preparedQuery(select + where + order + limit).execute(t).map(rs -> {
            List<Counted> out = new ArrayList<>();
            for (Row r : rs) {
                String kind = r.getString("kind");
                long id = r.getLong("id");
                String link = switch (kind) {
                    case "application", "application-review" -> "/console/applications/" + id;
                    case "admin-decision" -> "/console/double-publicity/" + id;
                    default -> "/console/items/" + id;
                };
                out.add(new Counted(kind, id, r.getString("ref"), r.getString("title"), r.getLocalDate("on_day"), r.getString("detail"), link));
            }
            return Page.of(out, page, n.iterator().next().getLong("n"));
        }));
    }
}
