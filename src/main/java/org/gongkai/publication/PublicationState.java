package org.gongkai.publication;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** States of anything that is published through the pipeline, with the one transition table (R12). */
public enum PublicationState {
    /** Being written (a first draft or a revision of a published thing). */
    DRAFT,
    /** Submitted with the drafter's review opinion; waits for the department head. */
    SUBMITTED,
    /** Approved by the department head; waits for the head of the office. */
    DEPT_APPROVED,
    /** Sent back to the drafter with a reason. */
    RETURNED,
    /** Approved as public and on the portal. */
    PUBLISHED,
    /** Approved as not proactively public (依申请公开 / 不予公开): archived, not on the portal. */
    DECIDED,
    /** Taken off the portal; kept in the archive. */
    WITHDRAWN;

    public enum Action { SUBMIT, APPROVE, RETURN, REVISE, WITHDRAW }

    static final Map<Action, Set<PublicationState>> FROM = Map.of(
            Action.SUBMIT, EnumSet.of(DRAFT, RETURNED),
            Action.APPROVE, EnumSet.of(SUBMITTED, DEPT_APPROVED),
            Action.RETURN, EnumSet.of(SUBMITTED, DEPT_APPROVED),
            Action.REVISE, EnumSet.of(PUBLISHED, DECIDED, WITHDRAWN),
            Action.WITHDRAW, EnumSet.of(PUBLISHED, DRAFT, SUBMITTED, DEPT_APPROVED, RETURNED));

    public boolean allows(Action a) {
        return FROM.get(a).contains(this);
    }

    /** Submitted and waiting for an approval: what a feature drafted must not change under the reviewers. */
    public boolean inReview() {
        return this == SUBMITTED || this == DEPT_APPROVED;
    }

    /** States in which the working copy may be edited. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
