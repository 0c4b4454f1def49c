package org.gongkai.inspection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The draw of a random inspection (双随机, R34), pure and replayable: from the target pool (ids ascending) it draws
 * ceil(ratio% of the pool) targets, and for each, in the order drawn, {@code perTarget} inspectors from the inspector
 * pool, never one with a declared conflict with that target, spreading the work (the least-assigned first, ties
 * broken by the same random stream). {@link java.util.Random} is specified to the bit (a 48-bit linear congruential
 * generator), so the same seed and pools give the same draw on any machine and in any later version of Java.
 */
public final class Draw {
    private Draw() {}

    /** Conflicts as "inspectorId:targetId". */
    public static Map<Long, List<Long>> of(long seed, List<Long> targets, List<Long> inspectors, Set<String> conflicts, int ratioPercent, int perTarget) {
        if (ratioPercent < 1 || ratioPercent > 100) throw new IllegalArgumentException("ratio " + ratioPercent);
        if (perTarget < 2) throw new IllegalArgumentException("at least two inspectors per target");
        Random random = new Random(seed);
        List<Long> pool = new ArrayList<>(targets);
        Collections.sort(pool);
        Collections.shuffle(pool, random);
        int n = (int) Math.ceil(pool.size() * ratioPercent / 100.0);
        List<Long> people = new ArrayList<>(inspectors);
        Collections.sort(people);
        Map<Long, Integer> load = new LinkedHashMap<>();
        for (Long p : people) load.put(p, 0);
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (Long target : pool.subList(0, n)) {
            List<Long> eligible = new ArrayList<>(people.stream().filter(p -> !conflicts.contains(p + ":" + target)).toList());
            if (eligible.size() < perTarget) throw new NotEnoughInspectors(target, eligible.size(), perTarget);
            Collections.shuffle(eligible, random);
            eligible.sort(java.util.Comparator.comparingInt(load::get));   // stable: the shuffle breaks ties
            List<Long> chosen = new ArrayList<>(eligible.subList(0, perTarget));
            Collections.sort(chosen);
            for (Long p : chosen) load.merge(p, 1, Integer::sum);
            out.put(target, chosen);
        }
        return out;
    }

    public static final class NotEnoughInspectors extends RuntimeException {
        public final long target;

        NotEnoughInspectors(long target, int eligible, int needed) {
            super("target " + target + " has " + eligible + " inspectors without a conflict; " + needed + " are needed");
            this.target = target;
        }
    }
}
