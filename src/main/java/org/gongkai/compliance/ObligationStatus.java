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
    CANCELLED;

    public static ObligationStatus of(ObligationState state, LocalDate due, LocalDate completedOn, LocalDate today, LocalDate dueSoonLimit) {
        return switch (state) {
            case PAUSED -> PAUSED;
            case CANCELLED -> CANCELLED;
            case COMPLETED -> completedOn != null && completedOn.isAfter(due) ? MET_LATE : MET;
            case OPEN -> due.isBefore(today) ? OVERDUE : (!due.isAfter(dueSoonLimit) ? DUE_SOON : OPEN);
        };
    }
}
