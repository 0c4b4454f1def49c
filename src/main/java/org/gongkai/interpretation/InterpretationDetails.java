package org.gongkai.interpretation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.error.FieldError;

/**
 * What an interpretation says and how (R25), as Chinese portals show it: background and basis, purpose, scope and
 * targets, main measures, what changed from the old policy, terms, contact; in which forms; by whom (experts with
 * their affiliation, or the responsible official); with media that carry a caption, and alternative text (images) or
 * a transcript (audio, video, animation) so that nobody is left out (GB/T 37668).
 */
@Schema(name = "InterpretationDetails", description = "An interpretation's elements, forms, interpreters and media (R24–R26)")
@JsonIgnoreProperties(ignoreUnknown = false)
public record InterpretationDetails(
        @Schema(description = "背景依据 background and legal basis") String background,
        @Schema(description = "目标任务 purpose") String purpose,
        @Schema(description = "适用范围和对象 scope and targets") String scope,
        @Schema(description = "主要措施 main measures") String measures,
        @Schema(description = "新旧政策对比 what changed from the old policy (when there was one)") String changes,
        @Schema(description = "名词解释 terms") String terms,
        @Schema(description = "咨询方式 contact for questions", examples = "市教育局基础教育科，0539-8123456") String contact,
        @Schema(description = "forms of the interpretation (at least one)") List<Form> forms,
        List<Interpreter> interpreters,
        List<Media> media,
        @Schema(description = "the bureau's head interprets (R26: at least once a year)") boolean byHead,
        @Schema(description = "how the head interpreted: at a press conference, in a signed article, in an interview") HeadOccasion headOccasion) {

    /** 文字, 图解, 问答, 音频, 视频, 动画, 专家解读, 负责人解读. */
    public enum Form { TEXT, GRAPHIC, QA, AUDIO, VIDEO, ANIMATION, EXPERT, OFFICIAL }

    public enum HeadOccasion { PRESS_CONFERENCE, ARTICLE, INTERVIEW }

    @Schema(name = "Interpreter", description = "An expert (with the school, research body or society they belong to, R25) or the responsible official (with their post)")
    public record Interpreter(@Schema(examples = "王明") String name, Kind kind,
                              @Schema(description = "an expert's school, research body or academic society", examples = "临沂大学教育学院") String affiliation,
                              @Schema(description = "post", examples = "教授") String post) {
        public enum Kind { EXPERT, OFFICIAL }
    }

    @Schema(name = "InterpretationMedia", description = "An image, audio, video or animation: an attachment of the interpretation or a link, with its caption, and alternative text (image) or transcript (audio, video, animation)")
    public record Media(MediaKind kind,
                        @Schema(description = "an attachment of this item (upload it first)") Long attachmentId,
                        @Schema(description = "or an https link (e.g. the video on the government video platform)") String url,
                        @Schema(examples = "图解：划片招生流程") String caption,
                        @Schema(description = "required for an image: what it shows, for screen readers") String altText,
                        @Schema(description = "required for audio, video and animation: what is said") String transcript) {
        public enum MediaKind { IMAGE, AUDIO, VIDEO, ANIMATION }
    }

    static final int TEXT_MAX = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Media a form needs: a 图解 needs an image, an 音频 an audio … (checked when the interpretation is submitted). */
    static final java.util.Map<Form, Media.MediaKind> NEEDS_MEDIA = java.util.Map.of(Form.GRAPHIC, Media.MediaKind.IMAGE,
            Form.AUDIO, Media.MediaKind.AUDIO, Form.VIDEO, Media.MediaKind.VIDEO, Form.ANIMATION, Media.MediaKind.ANIMATION);

    public List<Form> forms() {
        return forms == null ? List.of() : forms;
    }

    public List<Interpreter> interpreters() {
        return interpreters == null ? List.of() : interpreters;
    }

    public List<Media> media() {
        return media == null ? List.of() : media;
    }

    /** More than text (图解, 音频, 视频 …): what inspections count. */
    public boolean richForm() {
        return forms().stream().anyMatch(f -> f != Form.TEXT);
    }

    /** The forms as stored with the version ("TEXT,VIDEO"), for the portal's filter. */
    public String formsCsv() {
        return forms().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Its words for the search: the elements, the interpreters, the media's captions and transcripts. */
    public String searchableText() {
        StringBuilder b = new StringBuilder();
        for (String t : new String[] {background, purpose, scope, measures, changes, terms, contact}) if (t != null) b.append(t).append(' ');
        interpreters().forEach(p -> b.append(p.name()).append(' ').append(p.affiliation() == null ? "" : p.affiliation()).append(' '));
        media().forEach(m -> b.append(m.caption()).append(' ').append(m.transcript() == null ? "" : m.transcript()).append(' '));
        return b.toString().strip();
    }

    /** What makes a draft unsaveable: each failing field named, under the prefix {@code interpretation.}. */
    public List<FieldError> check() {
        List<FieldError> e = new ArrayList<>();
        required(e, "background", background);
        required(e, "purpose", purpose);
        required(e, "scope", scope);
        required(e, "measures", measures);
        optional(e, "changes", changes);
        optional(e, "terms", terms);
        required(e, "contact", contact);
        if (contact != null && contact.length() > 500) e.add(new FieldError("interpretation.contact", "is at most 500 characters"));
        if (forms().isEmpty()) e.add(new FieldError("interpretation.forms", "name at least one form (文字, 图解, 问答, 音频, 视频, 动画, 专家解读, 负责人解读)"));
        if (forms().stream().anyMatch(java.util.Objects::isNull)) e.add(new FieldError("interpretation.forms", "one of " + java.util.Arrays.toString(Form.values())));
        if (interpreters().size() > 20) e.add(new FieldError("interpretation.interpreters", "at most 20"));
        for (int k = 0; k < interpreters().size(); k++) {
            Interpreter p = interpreters().get(k);
            String f = "interpretation.interpreters[" + k + "].";
            if (p == null) { e.add(new FieldError(f.substring(0, f.length() - 1), "is empty")); continue; }
            if (blank(p.name()) || p.name().length() > 50) e.add(new FieldError(f + "name", "is required, at most 50 characters"));
            if (p.kind() == null) e.add(new FieldError(f + "kind", "EXPERT or OFFICIAL"));
            if (p.kind() == Interpreter.Kind.EXPERT && (blank(p.affiliation()) || p.affiliation().length() > 100)) {
                e.add(new FieldError(f + "affiliation", "an expert is named with their school, research body or society (R25), at most 100 characters"));
            }
            if (p.kind() == Interpreter.Kind.OFFICIAL && (blank(p.post()) || p.post().length() > 100)) {
                e.add(new FieldError(f + "post", "the responsible official is named with their post, at most 100 characters"));
            }
        }
        if (media().size() > 30) e.add(new FieldError("interpretation.media", "at most 30"));
        for (int k = 0; k < media().size(); k++) {
            Media m = media().get(k);
            String f = "interpretation.media[" + k + "].";
            if (m == null) { e.add(new FieldError(f.substring(0, f.length() - 1), "is empty")); continue; }
            if (m.kind() == null) e.add(new FieldError(f + "kind", "IMAGE, AUDIO, VIDEO or ANIMATION"));
            if ((m.attachmentId() == null) == blank(m.url())) e.add(new FieldError(f + "url", "an attachment of this item or an https link, one of the two"));
            if (!blank(m.url()) && (!m.url().startsWith("https://") || m.url().length() > 500)) e.add(new FieldError(f + "url", "is an https link, at most 500 characters"));
            if (blank(m.caption()) || m.caption().length() > 200) e.add(new FieldError(f + "caption", "is required, at most 200 characters"));
            if (m.kind() == Media.MediaKind.IMAGE && (blank(m.altText()) || m.altText().length() > 1000)) {
                e.add(new FieldError(f + "altText", "an image says in words what it shows (alternative text), at most 1000 characters"));
            }
            if (m.kind() != null && m.kind() != Media.MediaKind.IMAGE && (blank(m.transcript()) || m.transcript().length() > 50_000)) {
                e.add(new FieldError(f + "transcript", "audio, video and animation come with a transcript, at most 50000 characters"));
            }
        }
        if (byHead && headOccasion == null) e.add(new FieldError("interpretation.headOccasion", "the head's interpretation names its occasion (press conference, article, interview)"));
        return e;
    }

    /**
     * What makes a saved draft not yet ready for review (checked at submission, once its attachments are uploaded): each
     * form has what it needs, the media's attachments are this item's own.
     */
    public List<FieldError> completeness(java.util.Map<Long, String> attachmentTypes) {
        List<FieldError> e = new ArrayList<>();
        java.util.Set<Media.MediaKind> kinds = EnumSet.noneOf(Media.MediaKind.class);
        media().forEach(m -> kinds.add(m.kind()));
        for (Form f : forms()) {
            Media.MediaKind need = NEEDS_MEDIA.get(f);
            if (need != null && !kinds.contains(need)) {
                e.add(new FieldError("interpretation.media", "the form " + f + " needs a " + need.name().toLowerCase() + " with its caption"
                        + (need == Media.MediaKind.IMAGE ? " and alternative text" : " and transcript")));
            }
        }
        if (forms().contains(Form.EXPERT) && interpreters().stream().noneMatch(p -> p.kind() == Interpreter.Kind.EXPERT)) {
            e.add(new FieldError("interpretation.interpreters", "an expert interpretation (专家解读) names its experts (R25)"));
        }
        if ((forms().contains(Form.OFFICIAL) || byHead) && interpreters().stream().noneMatch(p -> p.kind() == Interpreter.Kind.OFFICIAL)) {
            e.add(new FieldError("interpretation.interpreters", "an official's interpretation (负责人解读) names the official and their post"));
        }
        if (byHead && !forms().contains(Form.OFFICIAL)) e.add(new FieldError("interpretation.forms", "the head's interpretation is a 负责人解读 (OFFICIAL)"));
        for (int k = 0; k < media().size(); k++) {
            Media m = media().get(k);
            Long a = m.attachmentId();
            if (a == null) continue;
            String type = attachmentTypes.get(a);
            if (type == null) e.add(new FieldError("interpretation.media[" + k + "].attachmentId", "no attachment " + a + " on this item"));
            else if (!fits(m.kind(), type)) e.add(new FieldError("interpretation.media[" + k + "].attachmentId", "attachment " + a + " is " + type + ", not a " + m.kind().name().toLowerCase()));
        }
        return e;
    }

    /** An image is an image file, an audio an audio file; a video or an animation a video (an animation may be a GIF). */
    static boolean fits(Media.MediaKind kind, String contentType) {
        return switch (kind) {
            case IMAGE -> contentType.startsWith("image/");
            case AUDIO -> contentType.startsWith("audio/");
            case VIDEO -> contentType.startsWith("video/");
            case ANIMATION -> contentType.startsWith("video/") || contentType.equals("image/gif");
        };
    }

    private static void required(List<FieldError> e, String field, String text) {
        if (blank(text)) e.add(new FieldError("interpretation." + field, "is required"));
        else optional(e, field, text);
    }

    private static void optional(List<FieldError> e, String field, String text) {
        if (text != null && text.length() > TEXT_MAX) e.add(new FieldError("interpretation." + field, "is at most " + TEXT_MAX + " characters"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null for null: only interpretations carry details. */
    public static InterpretationDetails parse(String json) {
        if (json == null || json.isBlank()) return null;
        try {
            return JSON.readValue(json, InterpretationDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored interpretation details do not parse: " + e.getOriginalMessage());
        }
    }
}
