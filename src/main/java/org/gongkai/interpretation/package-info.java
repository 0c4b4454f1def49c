/**
 * Policy interpretation (政策解读, R24–R26, issue 11): an interpretation is an information item of type
 * INTERPRETATION with its elements, forms, interpreters and media ({@link org.gongkai.interpretation.InterpretationDetails});
 * it is routed and published with its document (the R24 gate, {@link org.gongkai.interpretation.InterpretationGate});
 * the bureau head's interpretations count towards the yearly quota (R26).
 */
package org.gongkai.interpretation;
