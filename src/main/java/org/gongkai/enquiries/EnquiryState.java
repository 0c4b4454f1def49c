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

    public boolean allows(Action a) {
        return FROM.get(a).contains(this);
    }
}
