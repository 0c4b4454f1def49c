package org.gongkai.enquiries;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** registered → transferred → answered (the department's draft) → closed (checked and sent by the office). */
public enum EnquiryState {
    REGISTERED, TRANSFERRED, ANSWERED, CLOSED;

    public enum Action { TRANSFER, SEND_BACK, ANSWER, REQUEST_EXTENSION, CLOSE, RATE }

    static final Map<Action, Set<EnquiryState>> FROM = Map.of(
            Action.TRANSFER, EnumSet.of(REGISTERED),
            Action.SEND_BACK, EnumSet.of(TRANSFERRED),
            Action.ANSWER, EnumSet.of(TRANSFERRED),
            Action.REQUEST_EXTENSION, EnumSet.of(TRANSFERRED),
            Action.CLOSE, EnumSet.of(REGISTERED, ANSWERED),
            Action.RATE, EnumSet.of(CLOSED));

    /** Where each action leads; an action not listed (asking for more time, rating) leaves the state as it is. */
    static final Map<Action, EnquiryState> TO = Map.of(
            Action.TRANSFER, TRANSFERRED,
            Action.SEND_BACK, REGISTERED,
            Action.ANSWER, ANSWERED,
            Action.CLOSE, CLOSED);

    public boolean allows(Action a) {
        return FROM.get(a).contains(this);
    }

    /** The state the action leads to, or null when it stays where it is. */
    public static EnquiryState target(Action a) {
        return TO.get(a);
    }
}
