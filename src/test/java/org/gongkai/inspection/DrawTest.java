package org.gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The draw (R34): replayed from its seed it is the same; it never picks an inspector with a conflict; its sizes. */
class DrawTest {
    static List<Long> ids(int n, long from) {
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < n; i++) out.add(from + i);
        return out;
    }

    @Property(tries = 300)
    void theSameSeedAndPoolsGiveTheSameDrawWithoutConflictsAndWithEnoughInspectors(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int targetCount,
                                                                                    @ForAll @IntRange(min = 4, max = 15) int inspectorCount,
                                                                                    @ForAll @IntRange(min = 1, max = 100) int ratio,
                                                                                    @ForAll @IntRange(min = 2, max = 3) int perTarget) {
        List<Long> targets = ids(targetCount, 1000);
        List<Long> inspectors = ids(inspectorCount, 1);
        // each target conflicts with one inspector, chosen from the seed: never more than pool - perTarget
        Set<String> conflicts = new HashSet<>();
        java.util.Random r = new java.util.Random(seed ^ 0x5DEECE66DL);
        for (Long t : targets) if (r.nextBoolean()) conflicts.add(inspectors.get(r.nextInt(inspectorCount)) + ":" + t);
        Map<Long, List<Long>> first = Draw.of(seed, targets, inspectors, conflicts, ratio, perTarget);
        // the replay, with the pools given in another order
        List<Long> shuffledTargets = new ArrayList<>(targets);
        Collections.reverse(shuffledTargets);
        Map<Long, List<Long>> again = Draw.of(seed, shuffledTargets, new ArrayList<>(inspectors), conflicts, ratio, perTarget);
        assertEquals(first, again);
        assertEquals((int) Math.ceil(targetCount * ratio / 100.0), first.size());
        first.forEach((t, chosen) -> {
            assertEquals(perTarget, new HashSet<>(chosen).size(), "distinct inspectors for " + t);
            for (Long p : chosen) assertFalse(conflicts.contains(p + ":" + t), "inspector " + p + " has a conflict with " + t);
        });
    }

    @Test
    void theWorkIsSpreadAndTooFewInspectorsIsRefused() {
        Map<Long, List<Long>> d = Draw.of(42L, ids(10, 100), ids(5, 1), Set.of(), 100, 2);
        int[] load = new int[6];
        d.values().forEach(l -> l.forEach(p -> load[p.intValue()]++));
        for (int p = 1; p <= 5; p++) assertEquals(4, load[p], "20 places over 5 inspectors: 4 each");
        assertThrows(Draw.NotEnoughInspectors.class, () -> Draw.of(1L, List.of(100L), List.of(1L, 2L), Set.of("1:100"), 100, 2));
        assertTrue(Draw.of(7L, List.of(), ids(3, 1), Set.of(), 50, 2).isEmpty());
    }
}
