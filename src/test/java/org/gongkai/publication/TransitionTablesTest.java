package org.gongkai.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.compliance.ObligationState;
import org.gongkai.enquiries.EnquiryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the transition tables: which action is allowed from which state (everything else is a 409) and where it leads. */
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

    @ParameterizedTest(name = "enquiry {0}: allowed from {1}, leads to {2}")
    @CsvSource(delimiter = '|', value = {
            "TRANSFER          | REGISTERED          | TRANSFERRED",
            "SEND_BACK         | TRANSFERRED         | REGISTERED",
            "ANSWER            | TRANSFERRED         | ANSWERED",
            "REQUEST_EXTENSION | TRANSFERRED         | -",
            "CLOSE             | REGISTERED ANSWERED | CLOSED",
            "RATE              | CLOSED              | -",
    })
    void enquiry(EnquiryState.Action action, String from, String to) {
        assertEquals(target(to, EnquiryState.class), EnquiryState.target(action));
        Set<EnquiryState> expected = EnumSet.noneOf(EnquiryState.class);
        for (String s : from.trim().split("\\s+")) expected.add(EnquiryState.valueOf(s));
        for (EnquiryState s : EnquiryState.values()) {
            assertEquals(expected.contains(s), s.allows(action), action + " from " + s);
        }
    }

    @ParameterizedTest(name = "application {0}: allowed from {1}, leads to {2}")
    @CsvSource(delimiter = '|', value = {
            "CORRECTION       | RECEIVED             | IN_CORRECTION",
            "CORRECTED        | IN_CORRECTION        | RECEIVED",
            "ABANDON          | IN_CORRECTION        | CLOSED",
            "THIRD_PARTY      | RECEIVED             | THIRD_PARTY",
            "THIRD_PARTY_DONE | THIRD_PARTY          | RECEIVED",
            "EXTEND           | RECEIVED             | -",
            "ASSIGN           | RECEIVED THIRD_PARTY | -",
            "DECIDE           | RECEIVED             | DECIDED",
            "DELIVER          | DECIDED              | DELIVERED",
            "FEE              | RECEIVED             | FEE_PENDING",
            "FEE_PAID         | FEE_PENDING          | RECEIVED",
            "FEE_LAPSED       | FEE_PENDING          | CLOSED",
    })
    void application(org.gongkai.applications.ApplicationEnums.State.Action action, String from, String to) {
        assertEquals(target(to, org.gongkai.applications.ApplicationEnums.State.class), org.gongkai.applications.ApplicationEnums.State.target(action));
        var expected = EnumSet.noneOf(org.gongkai.applications.ApplicationEnums.State.class);
        for (String s : from.trim().split("\\s+")) expected.add(org.gongkai.applications.ApplicationEnums.State.valueOf(s));
        for (var s : org.gongkai.applications.ApplicationEnums.State.values()) {
            assertEquals(expected.contains(s), s.allows(action), action + " from " + s);
        }
    }

    @ParameterizedTest(name = "letter {0}: allowed from {1}, leads to {2}")
    @CsvSource(delimiter = '|', value = {
            "EDIT    | DRAFT           | -",
            "SUBMIT  | DRAFT           | IN_LEGAL_REVIEW",
            "APPROVE | IN_LEGAL_REVIEW | LEGAL_APPROVED",
            "RETURN  | IN_LEGAL_REVIEW | DRAFT",
            "SIGN    | LEGAL_APPROVED  | SIGNED",
    })
    void letter(org.gongkai.applications.Letter.State.Action action, org.gongkai.applications.Letter.State from, String to) {
        for (var s : org.gongkai.applications.Letter.State.values()) {
            assertEquals(s == from, s.allows(action), action + " from " + s);
        }
        assertEquals(target(to, org.gongkai.applications.Letter.State.class), org.gongkai.applications.Letter.State.target(action));
    }

    /** "-" means the action leaves the state as it is. */
    static <S extends Enum<S>> S target(String name, Class<S> type) {
        return "-".equals(name.trim()) ? null : Enum.valueOf(type, name.trim());
    }
}
