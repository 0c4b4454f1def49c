package org.gongkai.opinion;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** open → responded (and further responses, follow-ups) → closed with an assessment. "Overdue" is read from the ledger. */
public enum OpinionState {
    OPEN, RESPONDED, CLOSED;

    public enum Action { RESPOND, CLOSE, NOTE }

    static final Map<Action, Set<OpinionState>> FROM = Map.of(
            Action.RESPOND, EnumSet.of(OPEN, RESPONDED),
            Action.CLOSE, EnumSet.of(RESPONDED),
            Action.NOTE, EnumSet.of(OPEN, RESPONDED, CLOSED));

    static final Map<Action, OpinionState> TO = Map.of(Action.RESPOND, RESPONDED, Action.CLOSE, CLOSED);

    public boolean allows(Action a) {
        return FROM.get(a).contains(this);
    }

    /** Where the action leads; null when the state stays. */
    public static OpinionState target(Action a) {
        return TO.get(a);
    }
}
