package org.gongkai.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.compliance.ObligationState;
import org.gongkai.enquiries.EnquiryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the three transition tables: which action is allowed from which state (everything else is a 409). */
class TransitionTablesTest {

    @ParameterizedTest(name = "publication {0}: allowed from {1}")
    @CsvSource(delimiter = '|', value = {
            "SUBMIT   | DRAFT RETURNED",
            "APPROVE  | SUBMITTED DEPT_APPROVED",
            "RETURN   | SUBMITTED DEPT_APPROVED",
            "REVISE   | PUBLISHED DECIDED WITHDRAWN",
            "WITHDRAW | PUBLISHED DRAFT SUBMITTED DEPT_APPROVED RETURNED",
    })
    void publication(PublicationState.Action action, String from) {
        Set<PublicationState> expected = EnumSet.noneOf(PublicationState.class);
        for (String s : from.trim().split("\\s+")) expected.add(PublicationState.valueOf(s));
        for (PublicationState s : PublicationState.values()) {
            assertEquals(expected.contains(s), s.allows(action), action + " from " + s);
        }
    }

    @ParameterizedTest(name = "obligation {0}: allowed from {1}, leads to {2}")
    @CsvSource(delimiter = '|', value = {
            "PAUSE    | OPEN        | PAUSED",
            "RESUME   | PAUSED      | OPEN",
            "COMPLETE | OPEN PAUSED | COMPLETED",
            "CANCEL   | OPEN PAUSED | CANCELLED",
            "EXTEND   | OPEN        | OPEN",
            "RESTART  | OPEN PAUSED | OPEN",
    })
    void obligation(ObligationState.Action action, String from, ObligationState to) {
        Set<ObligationState> expected = EnumSet.noneOf(ObligationState.class);
        for (String s : from.trim().split("\\s+")) expected.add(ObligationState.valueOf(s));
        for (ObligationState s : ObligationState.values()) {
            assertEquals(expected.contains(s), s.allows(action), action + " from " + s);
        }
        assertEquals(to, ObligationState.TARGET.get(action));
    }

    @ParameterizedTest(name = "enquiry {0}: allowed from {1}")
    @CsvSource(delimiter = '|', value = {
            "TRANSFER          | REGISTERED",
            "SEND_BACK         | TRANSFERRED",
            "ANSWER            | TRANSFERRED",
            "REQUEST_EXTENSION | TRANSFERRED",
            "CLOSE             | REGISTERED ANSWERED",
            "RATE              | CLOSED",
    })
    void enquiry(EnquiryState.Action action, String from) {
        Set<EnquiryState> expected = EnumSet.noneOf(EnquiryState.class);
        for (String s : from.trim().split("\\s+")) expected.add(EnquiryState.valueOf(s));
        for (EnquiryState s : EnquiryState.values()) {
            assertEquals(expected.contains(s), s.allows(action), action + " from " + s);
        }
    }

    @ParameterizedTest(name = "application {0}: allowed from {1}")
    @CsvSource(delimiter = '|', value = {
            "CORRECTION       | RECEIVED",
            "CORRECTED        | IN_CORRECTION",
            "ABANDON          | IN_CORRECTION",
            "THIRD_PARTY      | RECEIVED",
            "THIRD_PARTY_DONE | THIRD_PARTY",
            "EXTEND           | RECEIVED",
            "ASSIGN           | RECEIVED THIRD_PARTY",
            "DECIDE           | RECEIVED",
            "DELIVER          | DECIDED",
            "FEE              | RECEIVED",
            "FEE_PAID         | FEE_PENDING",
            "FEE_LAPSED       | FEE_PENDING",
    })
    void application(org.gongkai.applications.ApplicationEnums.State.Action action, String from) {
        var expected = EnumSet.noneOf(org.gongkai.applications.ApplicationEnums.State.class);
        for (String s : from.trim().split("\\s+")) expected.add(org.gongkai.applications.ApplicationEnums.State.valueOf(s));
        for (var s : org.gongkai.applications.ApplicationEnums.State.values()) {
            assertEquals(expected.contains(s), s.allows(action), action + " from " + s);
        }
    }
}
