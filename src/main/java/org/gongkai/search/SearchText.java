package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text side of search, pure (issue 16): what is matched besides the segmented words.
 * <ul>
 * <li><b>Character bigrams</b> of the title and summary, as a tsvector with positions, so that a phrase matches
 * however the segmenter cut it: 学区划分 is cut 学/区划/分 as a query and 学/区/划分 in a title, but as bigrams both are
 * 学区 区划 划分, and the phrase query {@code 学区 <-> 区划 <-> 划分} finds exactly the titles containing it. Built here,
 * not by PostgreSQL's parser or pg_trgm, which need a CJK-aware locale the database may not have.</li>
 * <li><b>Document numbers</b> normalised (brackets of every kind, spaces, 年 and 第 dropped), so that 临教发〔2026〕12号,
 * 临教发[2026]12号, 临教发（2026）12号 and 2026年12号 meet.</li>
 * <li><b>Question words</b> dropped from a question (小学入学需要哪些材料 → 小学入学 材料).</li>
 * </ul>
 */
public final class SearchText {
    private SearchText() {}

    /** Positions above this are not stored by PostgreSQL (16383); titles and summaries stay far below. */
    private static final int MAX_POSITION = 16_000;

    /** A run of Han characters, or of letters and digits; anything else separates. */
    private static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        StringBuilder run = new StringBuilder();
        int kind = 0; // 1 Han, 2 letters and digits
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int k = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 1 : Character.isLetterOrDigit(cp) ? 2 : 0;
            if (k != kind && run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            if (k != 0) run.appendCodePoint(k == 2 ? Character.toLowerCase(cp) : cp);
            kind = k;
            i += Character.charCount(cp);
        }
        if (run.length() > 0) out.add(run.toString());
        return out;
    }

    /** The terms of a text in order: bigrams of each Han run (a lone character as itself), each letter-or-digit run whole. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String run : runs(text)) {
            if (Character.UnicodeScript.of(run.codePointAt(0)) != Character.UnicodeScript.HAN) {
                out.add(run);
                continue;
            }
            int[] cps = run.codePoints().toArray();
            if (cps.length == 1) out.add(run);
            for (int i = 0; i + 1 < cps.length; i++) out.add(new String(cps, i, 2));
        }
        return out;
    }

    private static String lexeme(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** A tsvector literal of the fields' terms, each field with its weight (A, B, C, D), positions running on. */
    public static String vector(List<String> fields, List<Character> weights) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int f = 0; f < fields.size(); f++) {
            for (String t : terms(fields.get(f))) {
                if (++pos > MAX_POSITION) return out.toString();
                if (out.length() > 0) out.append(' ');
                out.append(lexeme(t)).append(':').append(pos).append(weights.get(f));
            }
            pos++; // a gap: no phrase runs from one field into the next
        }
        return out.toString();
    }

    /** The phrase as a tsquery literal (terms joined by {@code <->}), limited to the weights given (e.g. "A"), or null if no terms. */
    public static String phrase(String query, String weights) {
        List<String> t = terms(query);
        if (t.isEmpty()) return null;
        String w = weights == null || weights.isEmpty() ? "" : ":" + weights;
        return String.join(" <-> ", t.stream().map(x -> lexeme(x) + w).toList());
    }

    /**
     * Every word of a query, each as the phrase of its bigrams, all required (a tsquery literal): matches a title or
     * summary holding each word however it was segmented there (入学 cut 入/学 in 新生入学报名). Null unless every word has
     * two or more characters: single characters would make it match almost anything.
     */
    public static String allWords(List<String> words) {
        if (words.isEmpty() || words.stream().anyMatch(w -> w.codePointCount(0, w.length()) < 2)) return null;
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            String p = phrase(w, null);
            if (p == null) return null;
            parts.add("(" + p + ")");
        }
        return String.join(" & ", parts);
    }

    /** The distinct terms of a query, for the relaxed match (most of them must be there). */
    public static List<String> distinctTerms(String query) {
        return new ArrayList<>(new LinkedHashSet<>(terms(query)));
    }

    /** A one-term tsquery literal. */
    public static String term(String t) {
        return lexeme(t);
    }

    private static final Pattern DOC_NUMBER_NOISE = Pattern.compile("[\\s\\p{Z}〔〕\\[\\]［］()（）【】﹝﹞〖〗{}「」<>《》年第]");

    /** A document number as it is compared: no brackets, spaces, 年 or 第; letters in lower case. */
    public static String docNumber(String s) {
        if (s == null) return null;
        String n = DOC_NUMBER_NOISE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    private static final Pattern DOC_NUMBER_LIKE = Pattern.compile(".*\\d.*") ;
    private static final Pattern DOC_NUMBER_MARK = Pattern.compile(".*[〔〕\\[\\]［］()（）【】﹝﹞号年字第].*");

    /** Whether a query looks like a document number (digits and a bracket, 号, 年, 字 or 第): only then is that column searched. */
    public static boolean looksLikeDocNumber(String q) {
        if (q == null) return false;
        String s = q.strip();
        return s.length() >= 3 && DOC_NUMBER_LIKE.matcher(s).matches() && (DOC_NUMBER_MARK.matcher(s).matches() || s.matches("\\d{4}\\D*\\d+"));
    }

    /** Words that ask rather than say: dropped from a question before it is matched. Longest first. */
    static final List<String> QUESTION_WORDS = List.of("什么时候", "是不是", "有没有", "怎么办", "请问", "哪些", "哪个", "哪里", "哪儿", "什么", "怎么",
            "怎样", "如何", "是否", "需要", "能否", "可以", "多少", "何时", "为什么", "吗", "呢", "吧", "么", "？", "?");

    /** The query without its question words (separated by spaces where they were), or the query itself if nothing else is left. */
    public static String withoutQuestionWords(String q) {
        if (q == null) return null;
        String s = q;
        for (String w : QUESTION_WORDS) s = s.replace(w, " ");
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? q.strip() : s;
    }

    /** Whether the query contains a question word at all. */
    public static boolean isQuestion(String q) {
        return q != null && QUESTION_WORDS.stream().anyMatch(q::contains);
    }

    /** Distinct words of two or more characters (single characters light up everywhere in Chinese), or all if none. */
    public static List<String> significant(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) if (w.codePointCount(0, w.length()) > 1) out.add(w);
        if (out.isEmpty()) out.addAll(words);
        return new ArrayList<>(out);
    }
}
