package org.gongkai.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.gongkai.assessment.AssessmentScheme.Formula;
import org.gongkai.assessment.AssessmentScheme.Indicator;
import org.gongkai.assessment.AssessmentScoring.Facts;
import org.gongkai.assessment.AssessmentScoring.Line;
import org.gongkai.assessment.AssessmentScoring.Ref;
import org.junit.jupiter.api.Test;

/** Issue 15, R44: the scheme's checks and every formula's score and explanation, without a database. */
class AssessmentScoringTest {
    static Indicator of(Formula f, double points, Double deduction) {
        return new Indicator("X", "指标", points, f, f == Formula.ON_TIME_RATE ? List.of("R8") : List.of(), null, deduction, null, null);
    }

    @Test
    void theDefaultProposalPassesItsOwnChecksAndTheFloorIsFour() {
        for (int y : new int[] {2018, 2026}) assertEquals(List.of(), AssessmentScheme.proposal(y).problems());
        AssessmentScheme p = AssessmentScheme.proposal(2026);
        var low = new AssessmentScheme(2026, 3.99, null, List.of(of(Formula.MANUAL, 3.99, null)), false, 0).problems();
        assertEquals("totalPoints", low.get(0).field());
        var dup = new AssessmentScheme(2026, 5, null, List.of(p.indicators().get(0), p.indicators().get(0), of(Formula.MANUAL, 3, null)), false, 0).problems();
        assertEquals("indicators[1].code", dup.get(0).field());
        var window = new AssessmentScheme(2026, 4, null, List.of(new Indicator("A", "a", 4, Formula.MANUAL, List.of(), null, null,
                java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 4, 1))), false, 0).problems();
        assertEquals("indicators[0].windowTo", window.get(0).field());
        var ded = new AssessmentScheme(2026, 4, null, List.of(of(Formula.VIOLATIONS, 4, 5.0)), false, 0).problems();
        assertEquals("indicators[0].deduction", ded.get(0).field());
    }

    @Test
    void eachFormulaScoresAndExplains() {
        Ref late = new Ref("OBLIGATION", 7, "公开某文件", "2026-03-08");
        Line rate = AssessmentScoring.line(of(Formula.ON_TIME_RATE, 2, null), new Facts(8, 6, List.of(late), null, null));
        assertEquals(1.5, rate.score());
        assertTrue(rate.explanation().contains("到期 8 项，按时办结 6 项，逾期或超时 2 项，按时率 75.0%"), rate.explanation());
        assertEquals(List.of(late), rate.costs());
        assertEquals(2, AssessmentScoring.line(of(Formula.ON_TIME_RATE, 2, null), Facts.none()).score());

        Line v = AssessmentScoring.line(of(Formula.VIOLATIONS, 1, 0.4), new Facts(3, 0, List.of(late), null, null));
        assertEquals(0, v.score(), "never below 0");
        assertTrue(v.explanation().contains("共扣 1.0 分"), v.explanation());

        Line forms = AssessmentScoring.line(of(Formula.INTERPRETATION_FORMS, 0.5, null), new Facts(4, 1, List.of(), null, null));
        assertEquals(0.13, forms.score());
        assertTrue(forms.explanation().contains("发布政策解读 4 篇") && forms.explanation().contains("25.0%"), forms.explanation());

        assertEquals(0.5, AssessmentScoring.line(of(Formula.ANNUAL_REPORT, 0.5, null), new Facts(1, 1, List.of(), null, null)).score());
        Line missing = AssessmentScoring.line(of(Formula.ANNUAL_REPORT, 0.5, null), new Facts(1, 0, List.of(new Ref("ANNUAL_REPORT", 2025, "未发布", null)), null, null));
        assertEquals(0, missing.score());
        assertEquals("ANNUAL_REPORT", missing.costs().get(0).type());

        Line manual = AssessmentScoring.line(of(Formula.MANUAL, 1, null), Facts.none());
        assertFalse(manual.entered());
        var total = AssessmentScoring.total("JCJY", "基础教育科", 5, List.of(rate, v, manual));
        assertEquals(1.5, total.score());
        assertEquals(30.0, total.percent());
        assertFalse(total.complete());
    }

    @Property
    void anOnTimeRateNeverExceedsItsPointsNorFallsBelowZero(@ForAll @LongRange(min = 1, max = 500) long due, @ForAll @LongRange(min = 0, max = 500) long good,
                                                           @ForAll @DoubleRange(min = 0.01, max = 100) double points) {
        long g = Math.min(good, due);
        double s = AssessmentScoring.line(of(Formula.ON_TIME_RATE, points, null), new Facts(due, g, List.of(), null, null)).score();
        assertTrue(s >= 0 && s <= AssessmentScheme.round(points) + 0.005, s + " of " + points);
    }
}
