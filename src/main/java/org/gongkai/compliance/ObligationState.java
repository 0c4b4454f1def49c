package org.gongkai.compliance;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The stored life cycle of an obligation, with its one transition table. */
public enum ObligationState {
    OPEN, PAUSED, COMPLETED, CANCELLED;

    /** The actions of the ledger. */
    public enum Action { PAUSE, RESUME, COMPLETE, CANCEL, EXTEND, RESTART }

    /** Which action is allowed from which state, and where it leads (EXTEND and RESTART keep or reopen the clock). */
    static final Map<Action, Set<ObligationState>> ALLOWED_FROM = Map.of(
            Action.PAUSE, EnumSet.of(OPEN),
            Action.RESUME, EnumSet.of(PAUSED),
            Action.COMPLETE, EnumSet.of(OPEN, PAUSED),
            Action.CANCEL, EnumSet.of(OPEN, PAUSED),
            Action.EXTEND, EnumSet.of(OPEN),
            Action.RESTART, EnumSet.of(OPEN, PAUSED));

    public static final Map<Action, ObligationState> TARGET = Map.of(
            Action.PAUSE, PAUSED,
            Action.RESUME, OPEN,
            Action.COMPLETE, COMPLETED,
            Action.CANCEL, CANCELLED,
            Action.EXTEND, OPEN,
            Action.RESTART, OPEN);

    public boolean allows(Action action) {
        return ALLOWED_FROM.get(action).contains(this);
    }
}
