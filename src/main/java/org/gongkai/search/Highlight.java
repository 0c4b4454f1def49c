package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Search highlighting as data, not HTML: the text cut into pieces, the ones matching a query word marked, so that
 * no client ever renders server-made markup.
 */
public final class Highlight {
    private Highlight() {}

    @Schema(name = "TextSegment")
    public record Segment(String text, boolean hit) {}

    /**
     * What to mark for a query: its words — but single characters light up everywhere in Chinese text, so only words
     * of two or more, unless the query has nothing else — and the query as typed.
     */
    public static List<String> marks(List<String> words, String query) {
        List<String> marks = new ArrayList<>(SearchText.significant(words));
        marks.add(query);
        return marks;
    }

    public static List<Segment> segments(String text, List<String> words) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        boolean[] mark = new boolean[text.length()];
        String lower = text.toLowerCase();
        for (String w : words) {
            if (w.isEmpty()) continue;
            String lw = w.toLowerCase();
            for (int i = lower.indexOf(lw); i >= 0; i = lower.indexOf(lw, i + 1)) {
                for (int k = i; k < i + lw.length(); k++) mark[k] = true;
            }
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || mark[i] != mark[start]) {
                out.add(new Segment(text.substring(start, i), mark[start]));
                start = i;
            }
        }
        return out;
    }

    /** A window of about {@code width} characters around the first match (or the start of the text). */
    public static String snippet(String text, List<String> words, int width) {
        if (text == null) return "";
        String lower = text.toLowerCase();
        int first = -1;
        for (String w : words) {
            int i = lower.indexOf(w.toLowerCase());
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        int from = Math.max(0, (first < 0 ? 0 : first) - width / 3);
        int to = Math.min(text.length(), from + width);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
