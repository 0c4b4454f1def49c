package org.gongkai.keytask.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.keytask.KeyTask;

/**
 * A parent task's progress is its sub-tasks' progress, weighted by their weights (R33: "parent tasks show their
 * children's progress"); a sub-task that has not reported counts as 0 %. A task without sub-tasks shows its own latest
 * report, or nothing when it has none.
 */
public final class Progress {
    private Progress() {
    }

    public static Map<Long, Integer> rollUp(List<KeyTask> tasks, List<KeyTask> children, Map<Long, Integer> latest) {
        Map<Long, Integer> out = new HashMap<>();
        for (KeyTask t : tasks) {
            List<KeyTask> kids = children.stream().filter(k -> t.id.equals(k.parentId)).toList();
            if (kids.isEmpty()) {
                if (latest.containsKey(t.id)) out.put(t.id, latest.get(t.id));
                continue;
            }
            if (kids.stream().noneMatch(k -> latest.containsKey(k.id))) continue;
            out.put(t.id, weighted(kids.stream().map(k -> new int[] {k.weight, latest.getOrDefault(k.id, 0)}).toList()));
        }
        return out;
    }

    /** Σ weight·percent / Σ weight, rounded half up; each pair {weight ≥ 1, percent 0–100}. */
    public static int weighted(List<int[]> weightAndPercent) {
        long w = 0, sum = 0;
        for (int[] p : weightAndPercent) {
            w += p[0];
            sum += (long) p[0] * p[1];
        }
        return w == 0 ? 0 : (int) ((sum * 2 + w) / (2 * w));
    }
}
