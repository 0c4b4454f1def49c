package org.gongkai.consultation;

import java.time.LocalDate;

/**
 * Where a consultation stands, from its dates and its publications (R30, issue 12): no flag anyone must remember to
 * flip. The same derivation as {@link #sql(ConsultationPhase)} for the lists.
 */
public enum ConsultationPhase {
    /** Being prepared: its draft is not on the portal yet. */
    DRAFT,
    /** The draft is on the portal; comments open on the opening day. */
    UPCOMING,
    /** Open for comment, the opening and closing days included. */
    OPEN,
    /** Closed; the adoption report is not drafted yet. */
    CLOSED,
    /** Its adoption report is being drafted or reviewed. */
    REPORTING,
    /** Its adoption report is on the portal. */
    REPORTED;

    public static ConsultationPhase of(Consultation c, LocalDate today) {
        return of(c.draftPublishedOn, c.opensOn, c.closesOn, c.reportItemId, c.reportPublishedOn, today);
    }

    /** The same for anything announced, open for a period and reported on (an opinion poll, R36). */
    public static ConsultationPhase of(LocalDate announcedOn, LocalDate opensOn, LocalDate closesOn, Long reportItemId, LocalDate reportedOn, LocalDate today) {
        if (reportedOn != null) return REPORTED;
        if (announcedOn == null) return DRAFT;
        if (today.isBefore(opensOn)) return UPCOMING;
        if (!today.isAfter(closesOn)) return OPEN;
        return reportItemId == null ? CLOSED : REPORTING;
    }

    /** The condition on a {@code Consultation} (HQL, alias-free) for this phase, with the parameter {@code :today}. */
    public static String sql(ConsultationPhase p) {
        return switch (p) {
            case REPORTED -> "reportPublishedOn is not null";
            case DRAFT -> "reportPublishedOn is null and draftPublishedOn is null";
            case UPCOMING -> "reportPublishedOn is null and draftPublishedOn is not null and opensOn > :today";
            case OPEN -> "reportPublishedOn is null and draftPublishedOn is not null and opensOn <= :today and closesOn >= :today";
            case CLOSED -> "reportPublishedOn is null and draftPublishedOn is not null and closesOn < :today and reportItemId is null";
            case REPORTING -> "reportPublishedOn is null and draftPublishedOn is not null and closesOn < :today and reportItemId is not null";
        };
    }

    /** Whether comments can still change (moderation, dispositions): not once the report is on the portal. */
    public boolean settled() {
        return this == REPORTED;
    }
}
