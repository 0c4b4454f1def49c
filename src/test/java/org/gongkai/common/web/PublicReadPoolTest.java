package org.gongkai.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The read replica's freshness rule (issue 18): public reads go there only while it has what this copy has seen. */
class PublicReadPoolTest {
    @Test
    void theReplicaAnswersOnlyWhenItHasWhatThisCopyHasSeen() {
        var seen = new PublicEpoch.State(42, Instant.now(), 3);
        long max = 2_000_000_000L;
        assertTrue(PublicReadPool.fresh(seen, true, 42, 0, max), "caught up");
        assertTrue(PublicReadPool.fresh(seen, true, 43, 0, max), "ahead of this copy's view");
        assertFalse(PublicReadPool.fresh(seen, true, 41, 0, max), "behind by one publication");
        assertFalse(PublicReadPool.fresh(seen, false, 42, 0, max), "a change of this copy's under way or unseen");
        assertFalse(PublicReadPool.fresh(seen, true, 42, max + 1, max), "silent for too long");
        assertFalse(PublicReadPool.fresh(seen, true, -1, 0, max), "not answering");
        assertFalse(PublicReadPool.fresh(null, true, 42, 0, max), "the primary not read yet");
    }
}
