package org.gongkai.compliance;

import java.util.Set;

/**
 * A feature that owns its clocks (issue 9). Obligations about these subject types move only through that
 * feature's own workflow, which applies the law's limits (Art. 33: one extension, at most 20 working days);
 * the ledger's generic actions refuse them, and nobody opens one by hand.
 */
public interface ClockOwner {
    /** The feature, as a reader would name it: "applications for disclosure (依申请公开)". */
    String feature();

    /** The obligation subject types whose clocks it owns. */
    Set<String> subjectTypes();

    /** A feature declares its clocks with one line: {@code class Clocks extends ClockOwner.Declared { Clocks() { super(...); } }}. */
    abstract class Declared implements ClockOwner {
        private final String feature;
        private final Set<String> subjectTypes;

        protected Declared(String feature, String... subjectTypes) {
            this.feature = feature;
            this.subjectTypes = Set.of(subjectTypes);
        }

        @Override
        public String feature() {
            return feature;
        }

        @Override
        public Set<String> subjectTypes() {
            return subjectTypes;
        }
    }
}
