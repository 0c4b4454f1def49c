package org.gongkai.poll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.common.error.FieldError;

/**
 * A questionnaire (R36, issue 12): questions of single choice, multiple choice (with a maximum), a 1–5 scale with its
 * labels, ranking, matrix and free text; an option may be "other" with text; a question may be shown only when an
 * earlier one was answered with a given option. Pure: {@link #check()} names every failing field of the form,
 * {@link #checkAnswers} of a response, and {@link #cells} turns a response into the rows counted per option
 * (a multiple choice counts each option chosen, never the combination).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollForm")
public record PollForm(List<Question> questions) {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollQuestionType")
    public enum Type { SINGLE, MULTIPLE, SCALE, RANKING, MATRIX, TEXT }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollOption")
    public record Option(String key, String label, Boolean other) {
        public boolean isOther() {
            return Boolean.TRUE.equals(other);
        }
    }

    /** Show the question only when question {@code question} was answered with {@code option}. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollCondition")
    public record Condition(String question, String option) {}

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollQuestion")
    public record Question(String key, Type type, String text, Boolean required, List<Option> options, Integer maxChoices,
                           List<String> scaleLabels, List<Option> columns, Condition showIf) {
        public boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }

        public List<Option> opts() {
            return options == null ? List.of() : options;
        }

        public List<Option> cols() {
            return columns == null ? List.of() : columns;
        }
    }

    /** One answer; which field holds it depends on the question's type. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollAnswer")
    public record Answer(String option, List<String> options, Integer scale, List<String> ranking, Map<String, String> matrix,
                         String text, String other) {}

    /** One counted cell: a question, for a matrix its row, the option (a scale's value as "1"…"5"), a ranking's place. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollCell")
    public record Cell(String question, String row, String option, Integer rank) {}

    public static final int MAX_QUESTIONS = 100;
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9_]{1,20}");
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public List<Question> qs() {
        return questions == null ? List.of() : questions;
    }

    /** Every problem of the form, each naming its field ({@code questions[2].options}). */
    public List<FieldError> check() {
        List<FieldError> e = new ArrayList<>();
        if (qs().isEmpty() || qs().size() > MAX_QUESTIONS) e.add(new FieldError("questions", "1 to " + MAX_QUESTIONS + " questions"));
        Map<String, Question> earlier = new HashMap<>();
        for (int i = 0; i < qs().size(); i++) {
            Question q = qs().get(i);
            String f = "questions[" + i + "]";
            if (q == null) {
                e.add(new FieldError(f, "is empty"));
                continue;
            }
            if (q.key() == null || !KEY.matcher(q.key()).matches()) e.add(new FieldError(f + ".key", "1 to 20 of a-z, 0-9, _"));
            else if (earlier.containsKey(q.key())) e.add(new FieldError(f + ".key", "is used by an earlier question"));
            if (q.type() == null) e.add(new FieldError(f + ".type", "is required: SINGLE, MULTIPLE, SCALE, RANKING, MATRIX or TEXT"));
            if (q.text() == null || q.text().isBlank() || q.text().length() > 500) e.add(new FieldError(f + ".text", "is required, at most 500 characters"));
            if (q.type() != null) {
                switch (q.type()) {
                    case SINGLE, MULTIPLE, RANKING, MATRIX -> options(e, f + ".options", q.opts(), q.type() == Type.MATRIX ? 1 : 2);
                    default -> {
                        if (!q.opts().isEmpty()) e.add(new FieldError(f + ".options", "a " + q.type() + " question has no options"));
                    }
                }
                if (q.type() == Type.MULTIPLE && q.maxChoices() != null && (q.maxChoices() < 1 || q.maxChoices() > q.opts().size())) {
                    e.add(new FieldError(f + ".maxChoices", "is between 1 and the number of options"));
                }
                if (q.type() == Type.SCALE && (q.scaleLabels() == null || q.scaleLabels().size() != 5 || q.scaleLabels().stream().anyMatch(l -> l == null || l.isBlank() || l.length() > 50))) {
                    e.add(new FieldError(f + ".scaleLabels", "a scale has 5 labels, from 1 to 5, each at most 50 characters"));
                }
                if (q.type() == Type.MATRIX) {
                    options(e, f + ".columns", q.cols(), 2);
                    if (q.opts().stream().anyMatch(o -> o != null && o.isOther())) e.add(new FieldError(f + ".options", "a matrix row is not \"other\""));
                }
                if (q.type() == Type.RANKING && q.opts().stream().anyMatch(o -> o != null && o.isOther())) e.add(new FieldError(f + ".options", "a ranking has no \"other\""));
            }
            if (q.showIf() != null) {
                Question on = q.showIf().question() == null ? null : earlier.get(q.showIf().question());
                if (on == null || (on.type() != Type.SINGLE && on.type() != Type.MULTIPLE)) {
                    e.add(new FieldError(f + ".showIf.question", "names an earlier single or multiple choice question"));
                } else if (on.opts().stream().noneMatch(o -> o != null && Objects.equals(o.key(), q.showIf().option()))) {
                    e.add(new FieldError(f + ".showIf.option", "is not an option of " + on.key()));
                }
            }
            if (q.key() != null && !earlier.containsKey(q.key())) earlier.put(q.key(), q);
        }
        return e;
    }

    private static void options(List<FieldError> e, String f, List<Option> list, int min) {
        if (list.size() < min || list.size() > 30) {
            e.add(new FieldError(f, min + " to 30 entries"));
            return;
        }
        Set<String> keys = new HashSet<>();
        long others = 0;
        for (int j = 0; j < list.size(); j++) {
            Option o = list.get(j);
            if (o == null || o.key() == null || !KEY.matcher(o.key()).matches() || !keys.add(o.key())) e.add(new FieldError(f + "[" + j + "].key", "a distinct key of a-z, 0-9, _"));
            if (o == null || o.label() == null || o.label().isBlank() || o.label().length() > 200) e.add(new FieldError(f + "[" + j + "].label", "is required, at most 200 characters"));
            if (o != null && o.isOther()) others++;
        }
        if (others > 1) e.add(new FieldError(f, "at most one \"other\""));
    }

    /** Whether a question is shown, given the answers so far (its condition's option chosen). */
    public static boolean shown(Question q, Map<String, Answer> answers) {
        if (q.showIf() == null) return true;
        Answer a = answers.get(q.showIf().question());
        if (a == null) return false;
        return Objects.equals(a.option(), q.showIf().option()) || (a.options() != null && a.options().contains(q.showIf().option()));
    }

    /** Every problem of a response ({@code answers.q3}); answers to hidden or unknown questions are refused too. */
    public List<FieldError> checkAnswers(Map<String, Answer> given) {
        Map<String, Answer> answers = given == null ? Map.of() : given;
        List<FieldError> e = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Question q : qs()) {
            known.add(q.key());
            String f = "answers." + q.key();
            Answer a = answers.get(q.key());
            boolean shown = shown(q, answers);
            if (!shown) {
                if (a != null) e.add(new FieldError(f, "answers a question that is not shown"));
                continue;
            }
            if (a == null) {
                if (q.mandatory()) e.add(new FieldError(f, "is required"));
                continue;
            }
            Set<String> keys = new HashSet<>();
            q.opts().forEach(o -> keys.add(o.key()));
            switch (q.type()) {
                case SINGLE -> {
                    if (a.option() == null || !keys.contains(a.option())) e.add(new FieldError(f, "choose one of the options"));
                    else other(e, f, q, List.of(a.option()), a.other());
                }
                case MULTIPLE -> {
                    List<String> chosen = a.options() == null ? List.of() : a.options();
                    if (chosen.isEmpty() && q.mandatory()) e.add(new FieldError(f, "choose at least one option"));
                    else if (!keys.containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) e.add(new FieldError(f, "choose among the options, each once"));
                    else if (q.maxChoices() != null && chosen.size() > q.maxChoices()) e.add(new FieldError(f, "choose at most " + q.maxChoices()));
                    else other(e, f, q, chosen, a.other());
                }
                case SCALE -> {
                    if (a.scale() == null || a.scale() < 1 || a.scale() > 5) e.add(new FieldError(f, "a value from 1 to 5"));
                }
                case RANKING -> {
                    List<String> order = a.ranking() == null ? List.of() : a.ranking();
                    if (order.size() != keys.size() || !keys.containsAll(order) || new HashSet<>(order).size() != order.size()) {
                        e.add(new FieldError(f, "rank every option once"));
                    }
                }
                case MATRIX -> {
                    Map<String, String> m = a.matrix() == null ? Map.of() : a.matrix();
                    Set<String> cols = new HashSet<>();
                    q.cols().forEach(c -> cols.add(c.key()));
                    if (!keys.containsAll(m.keySet()) || !cols.containsAll(m.values())) e.add(new FieldError(f, "a column of the matrix for its rows"));
                    else if (q.mandatory() && !m.keySet().containsAll(keys)) e.add(new FieldError(f, "answer every row"));
                }
                case TEXT -> {
                    if (a.text() == null || a.text().isBlank()) {
                        if (q.mandatory()) e.add(new FieldError(f, "is required"));
                    } else if (a.text().length() > 2000) e.add(new FieldError(f, "at most 2000 characters"));
                }
            }
        }
        for (String k : answers.keySet()) if (!known.contains(k)) e.add(new FieldError("answers." + k, "no such question"));
        return e;
    }

    private static void other(List<FieldError> e, String f, Question q, List<String> chosen, String other) {
        boolean otherChosen = q.opts().stream().anyMatch(o -> o.isOther() && chosen.contains(o.key()));
        if (otherChosen && (other == null || other.isBlank())) e.add(new FieldError(f + ".other", "say what \"other\" is"));
        if (other != null && other.length() > 200) e.add(new FieldError(f + ".other", "at most 200 characters"));
    }

    /** The counted cells of a checked response: one per option chosen, a scale's value, each ranked option with its place, each matrix row. */
    public List<Cell> cells(Map<String, Answer> answers) {
        List<Cell> out = new ArrayList<>();
        for (Question q : qs()) {
            Answer a = answers.get(q.key());
            if (a == null || !shown(q, answers)) continue;
            switch (q.type()) {
                case SINGLE -> out.add(new Cell(q.key(), null, a.option(), null));
                case MULTIPLE -> (a.options() == null ? List.<String>of() : a.options()).forEach(o -> out.add(new Cell(q.key(), null, o, null)));
                case SCALE -> out.add(new Cell(q.key(), null, String.valueOf(a.scale()), null));
                case RANKING -> {
                    for (int i = 0; i < a.ranking().size(); i++) out.add(new Cell(q.key(), null, a.ranking().get(i), i + 1));
                }
                case MATRIX -> new java.util.TreeMap<>(a.matrix() == null ? Map.<String, String>of() : a.matrix()).forEach((r, c) -> out.add(new Cell(q.key(), r, c, null)));
                case TEXT -> { }
            }
        }
        return out;
    }

    /** Free texts (TEXT answers and "other" texts): for staff, who read them and enter the themes; never counted or public as such. */
    public Map<String, String> texts(Map<String, Answer> answers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Question q : qs()) {
            Answer a = answers.get(q.key());
            if (a == null) continue;
            if (a.text() != null && !a.text().isBlank()) out.put(q.key(), a.text().trim());
            if (a.other() != null && !a.other().isBlank()) out.put(q.key() + ".other", a.other().trim());
        }
        return out;
    }

    public static PollForm parse(String json) {
        if (json == null || json.isBlank()) return null;
        try {
            return MAPPER.readValue(json, PollForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire is not readable", e);
        }
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String answersJson(Map<String, Answer> answers) {
        try {
            return MAPPER.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Answer> parseAnswers(String json) {
        try {
            return MAPPER.readValue(json, MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Answer.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
