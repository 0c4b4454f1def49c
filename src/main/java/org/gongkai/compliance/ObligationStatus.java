package org.gongkai.compliance;

import java.time.LocalDate;

/**
 * What an obligation is now, derived from its stored state, its due date and today — never stored
 * (architecture.md: "Overdue is never a stored state").
 */
public enum ObligationStatus {
    /** Open, due later than the due-soon window. */
    OPEN,
    /** Open, due within the due-soon window (today included). */
    DUE_SOON,
    /** Open, due date passed. */
    OVERDUE,
    /** The clock is stopped (correction, third-party opinion, unpaid fee). */
    PAUSED,
    /** Completed on or before the due date. */
    MET,
    /** Completed after the due date. */
    MET_LATE,
    /** A minimum duration (a comment period) ended before it had run (issue 10). */
    CUT_SHORT,
    CANCELLED;

    /** The derivation for date clocks (DEADLINE, QUOTA). */
    public static ObligationStatus of(ObligationState state, LocalDate due, LocalDate completedOn, LocalDate today, LocalDate dueSoonLimit) {
        return switch (state) {
            case PAUSED -> PAUSED;
            case CANCELLED -> CANCELLED;
            case COMPLETED -> completedOn != null && completedOn.isAfter(due) ? MET_LATE : MET;
            case OPEN -> due.isBefore(today) ? OVERDUE : (!due.isAfter(dueSoonLimit) ? DUE_SOON : OPEN);
        };
    }

    /**
     * Every kind: hour clocks compare instants ("due soon" from their first reminder on); a minimum duration is never
     * due soon or overdue, and is cut short when it ended before its day. The same derivation as the ledger's SQL.
     */
    public static ObligationStatus of(Obligation o, LocalDate today, LocalDate dueSoonLimit, java.time.Instant now) {
        return switch (o.kind) {
            case DEADLINE, QUOTA -> of(o.state, o.dueDate, o.completedOn, today, dueSoonLimit);
            case MINIMUM -> switch (o.state) {
                case COMPLETED -> o.completedOn != null && o.completedOn.isBefore(o.dueDate) ? CUT_SHORT : MET;
                case OPEN -> OPEN;
                case PAUSED -> PAUSED;
                case CANCELLED -> CANCELLED;
            };
            case HOURS -> switch (o.state) {
                case COMPLETED -> o.completedAt != null && o.completedAt.isAfter(o.dueAt) ? MET_LATE : MET;
                case OPEN -> now.isAfter(o.dueAt) ? OVERDUE : (!now.isBefore(o.soonAt) ? DUE_SOON : OPEN);
                case PAUSED -> PAUSED;
                case CANCELLED -> CANCELLED;
            };
        };
    }
}
