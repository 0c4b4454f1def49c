package org.gongkai.compliance;

/** What sort of clock an obligation is (issue 10). */
public enum ObligationKind {
    /** A period of working or calendar days; calendar days ending on a day off move to the next working day (Civil Code Art. 203). */
    DEADLINE,
    /** A duration that must pass before the thing may end (a comment period of at least 15 days): never moved, never overdue. */
    MINIMUM,
    /** Due at an instant, in calendar hours (舆情 48 hours; a press conference within 24 hours). */
    HOURS,
    /** At least N qualifying events in a period, or a fixed-date deadline (N = 1, due on a day of the period). */
    QUOTA
}
