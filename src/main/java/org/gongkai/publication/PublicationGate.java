package org.gongkai.publication;

import io.smallrye.mutiny.Uni;

/**
 * A precondition a feature registers with the pipeline (issue 10): "a normative document goes to the office only with
 * its interpretation" (R24), "… only after a closed consultation and a published adoption report" (R30). Every gate
 * bean is asked before a submission or an approval; a refusal is a 409 problem naming the missing step, and an audit
 * event {@code publication.gate.refused} (what R45 counts).
 */
public interface PublicationGate {
    /** Why a move may not happen yet: which gate, and the missing step in Chinese and English. */
    record Refusal(String gate, String missingZh, String missingEn) {}

    /** A refusal, or null when the move may go ahead. Runs in a session, before the move's transaction. */
    Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action);
}
