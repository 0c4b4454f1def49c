package org.gongkai.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between the draft consulted on and the final text (R30's adoption report), sentence by sentence: the
 * longest common subsequence of the two texts' sentences, then what was removed and what was added, in order. Pure;
 * quadratic in the number of sentences, so it runs on a worker and refuses texts past {@link #MAX_SENTENCES}.
 */
public final class TextDiff {
    public static final int MAX_SENTENCES = 3000;
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；!?;]*[。！？；!?;]?");
    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百零〇两0-9]+条");

    public enum Kind { SAME, REMOVED, ADDED }

    public record Change(Kind kind, String text) {}

    private TextDiff() {}

    /** The sentences of a plain text, each trimmed, articles (第…条) starting a new one; blanks dropped. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String marked = ARTICLE.matcher(text).replaceAll("\n$0");
        for (String part : marked.split("\n")) {
            Matcher m = SENTENCE.matcher(part);
            while (m.find()) {
                String s = m.group().strip();
                if (!s.isEmpty()) out.add(s);
            }
        }
        return out;
    }

    /** How many articles (第…条 at the start of a sentence) a text has: comments may name one of them. */
    public static int articleCount(String text) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String s : sentences(text)) {
            Matcher m = ARTICLE.matcher(s);
            if (m.lookingAt()) seen.add(m.group());
        }
        return seen.size();
    }

    /** Every sentence of both texts, marked same, removed (only in the draft) or added (only in the final text). */
    public static List<Change> diff(String before, String after) {
        List<String> a = sentences(before);
        List<String> b = sentences(after);
        if (a.size() > MAX_SENTENCES || b.size() > MAX_SENTENCES) {
            throw new IllegalArgumentException("texts longer than " + MAX_SENTENCES + " sentences are not compared");
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Change(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Change(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new Change(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) out.add(new Change(Kind.REMOVED, a.get(i++)));
        while (j < b.size()) out.add(new Change(Kind.ADDED, b.get(j++)));
        return out;
    }

    /** Whether a quoted passage occurs in the text, whitespace ignored. */
    public static boolean quotes(String text, String quote) {
        if (text == null || quote == null) return false;
        return squash(text).contains(squash(quote));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
