package org.gongkai.poll.service;

import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.AuditHasher;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.abuse.ChallengeService;
import org.gongkai.common.abuse.IntakeLimits;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.idempotency.Idempotency;
import org.gongkai.common.numbering.TrackingNumbers;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.service.QuotaService;
import org.gongkai.consultation.ConsultationPhase;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemLink;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.notifications.MessageOutbox;
import org.gongkai.poll.Poll;
import org.gongkai.poll.PollForm;
import org.gongkai.poll.PollResponse;
import org.gongkai.poll.PollTopic;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.search.HtmlText;

/**
 * Opinion polls (R36), one method per move. Departments propose topics, the office selects; the poll's announcement (an
 * item of type POLL with the questionnaire) goes through the review and its publication opens it; each person answers
 * once, across the portal, paper and the telephone (a salted SM3 of the account or the verified phone); the counts are
 * per option; the report (POLL_REPORT) goes through the review and its publication releases the results and meets the
 * year's quota.
 */
@ApplicationScoped
public class PollService {
    public static final String SUBJECT = "poll";
    public static final String QUOTA = "R36";

    @ConfigProperty(name = "gongkai.poll.code-minutes", defaultValue = "10")
    int codeMinutes;

    @Inject
    AuditService audit;
    @Inject
    ItemService items;
    @Inject
    ItemLinkService links;
    @Inject
    TrackingNumbers numbers;
    @Inject
    TimeSource time;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    ChallengeService challenges;
    @Inject
    IntakeLimits intakeLimits;
    @Inject
    MessageOutbox outbox;
    @Inject
    QuotaService quotas;
    @Inject
    org.gongkai.organisation.repository.DepartmentRepository departments;

    // ------------------------------------------------------------------ topics

    public record TopicInput(Integer year, String title, String policy, String targetGroups, String method) {}

    public Uni<PollTopic> propose(TopicInput in, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (in.year() == null || in.year() < time.today().getYear() || in.year() > time.today().getYear() + 1) {
            e.add(new FieldError("year", "this year or the next"));
        }
        Validation.text(e, "title", in.title(), 200, true);
        Validation.text(e, "policy", in.policy(), 500, true);
        Validation.text(e, "targetGroups", in.targetGroups(), 500, true);
        Validation.text(e, "method", in.method(), 500, true);
        if (actor.department() == null) e.add(new FieldError("department", "your account has no department"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        PollTopic t = new PollTopic();
        t.year = in.year();
        t.title = in.title().trim();
        t.policy = in.policy().trim();
        t.targetGroups = in.targetGroups().trim();
        t.method = in.method().trim();
        t.departmentCode = actor.department();
        t.state = PollTopic.State.PROPOSED;
        t.proposedBy = actor.username();
        t.proposedAt = time.now();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.persist(t).call(s::flush))
                .call(() -> audit.record(actor, "poll.topic.proposed", "poll-topic", t.id, null, Map.of("year", t.year, "title", t.title))).replaceWith(t));
    }

    /** The office selects a topic into the year's polls (R36: one or two a year), or declines it with a note. */
    public Uni<PollTopic> decide(long topicId, boolean select, String note, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "note", note, 1000, !select);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(PollTopic.class, topicId)).flatMap(t -> {
            if (t == null) throw ProblemException.notFound("poll topic", topicId);
            if (t.state != PollTopic.State.PROPOSED) throw ProblemException.illegalTransition("poll topic " + topicId, t.state, "decide");
            t.state = select ? PollTopic.State.SELECTED : PollTopic.State.DECLINED;
            t.note = blank(note) ? null : note.trim();
            t.decidedBy = actor.username();
            t.decidedAt = time.now();
            return Panache.getSession().flatMap(s -> s.flush())
                    .call(() -> audit.record(actor, select ? "poll.topic.selected" : "poll.topic.declined", "poll-topic", t.id, Map.of("state", "PROPOSED"),
                            Map.of("state", t.state.name()))).replaceWith(t);
        }));
    }

    // ------------------------------------------------------------------ the poll

    public record SetUp(Long topicId, String title, String description, Poll.Mode mode, PollForm form, String targetGroups, String samplePlan,
                        Integer sampleSize, LocalDate opensOn, LocalDate closesOn) {}

    /** A poll on a selected topic of the actor's department, its announcement drafted as an item for the review. */
    public Uni<Poll> create(SetUp c, Actor actor, java.util.function.Consumer<PollTopic> mayRun) {
        List<FieldError> e = checkSetUp(c);
        if (c.topicId() == null) e.add(new FieldError("topicId", "is required: a topic the office selected"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(PollTopic.class, c.topicId())).flatMap(t -> {
            if (t == null || t.state != PollTopic.State.SELECTED) throw ProblemException.badField("topicId", "is not a topic the office selected");
            mayRun.accept(t);
            return numbers.next("MYDC", time.today().getYear()).flatMap(ref -> {
                Poll p = new Poll();
                p.refNo = ref;
                p.topicId = t.id;
                p.departmentCode = t.departmentCode;
                p.salt = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
                p.createdBy = actor.username();
                p.createdAt = time.now();
                apply(p, c);
                return Panache.getSession().flatMap(s -> s.persist(p).call(s::flush)).replaceWith(p);
            });
        }).call(p -> audit.record(actor, "poll.created", SUBJECT, p.id, null, snapshot(p))))
                .flatMap(p -> items.create(announcement(p, p.departmentCode), actor).flatMap(item -> Panache.withTransaction(() -> find(p.id).flatMap(fresh -> {
                    fresh.announcementItemId = item.id;
                    return Panache.getSession().flatMap(s -> s.flush()).replaceWith(fresh);
                }))));
    }

    private List<FieldError> checkSetUp(SetUp c) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "title", c.title(), 200, true);
        Validation.text(e, "description", c.description(), 5000, true);
        if (c.mode() == null) e.add(new FieldError("mode", "is required: ANONYMOUS or NAMED"));
        if (c.form() == null) e.add(new FieldError("form", "is required: the questions"));
        else c.form().check().forEach(x -> e.add(new FieldError("form." + x.field(), x.message())));
        Validation.text(e, "targetGroups", c.targetGroups(), 500, true);
        Validation.text(e, "samplePlan", c.samplePlan(), 2000, true);
        if (c.sampleSize() == null || c.sampleSize() < 1 || c.sampleSize() > 10_000_000) e.add(new FieldError("sampleSize", "the planned number of responses, at least 1"));
        if (c.opensOn() == null) e.add(new FieldError("opensOn", "is required"));
        else if (c.opensOn().isBefore(time.today())) e.add(new FieldError("opensOn", "is in the past"));
        if (c.closesOn() == null) e.add(new FieldError("closesOn", "is required"));
        else if (c.opensOn() != null && (c.closesOn().isBefore(c.opensOn()) || ChronoUnit.DAYS.between(c.opensOn(), c.closesOn()) > 366)) {
            e.add(new FieldError("closesOn", "on or after the opening day, within a year"));
        }
        return e;
    }

    private static void apply(Poll p, SetUp c) {
        p.title = c.title().trim();
        p.description = c.description().trim();
        p.mode = c.mode();
        p.form = c.form().toJson();
        p.targetGroups = c.targetGroups().trim();
        p.samplePlan = c.samplePlan().trim();
        p.sampleSize = c.sampleSize();
        p.opensOn = c.opensOn();
        p.closesOn = c.closesOn();
        p.updatedAt = p.createdAt;
    }

    private ItemInput announcement(Poll p, String department) {
        PollForm f = p.questionnaire();
        StringBuilder b = new StringBuilder("<p>").append(HtmlText.escape(p.description)).append("</p><p>调查对象：").append(HtmlText.escape(p.targetGroups))
                .append("；调查时间：").append(p.opensOn).append("至").append(p.closesOn).append("。</p><ol>");
        for (PollForm.Question q : f.qs()) b.append("<li>").append(HtmlText.escape(q.text())).append("</li>");
        b.append("</ol><p>请在门户网站“民意调查”栏目参与调查。</p>");
        return new ItemInput(null, null, p.title, null, department, null, List.of("民意调查"), "调查时间" + p.opensOn + "至" + p.closesOn + "。", b.toString(),
                DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(), ItemType.POLL, SUBJECT, String.valueOf(p.id),
                null, null, null);
    }

    /** The announcement went live (in its publication's transaction): the poll opens on its day, today at the earliest. */
    Uni<Void> announced(Poll p, Actor actor) {
        if (p.announcedOn != null) return Uni.createFrom().voidItem();
        LocalDate today = time.today();
        Map<String, Object> before = snapshot(p);
        p.announcedOn = today;
        if (today.isAfter(p.opensOn)) {
            long days = ChronoUnit.DAYS.between(p.opensOn, p.closesOn);
            p.opensOn = today;
            if (p.closesOn.isBefore(today.plusDays(days))) p.closesOn = today.plusDays(days);
        }
        p.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush()).call(() -> audit.record(actor, "poll.announced", SUBJECT, p.id, before, snapshot(p))).replaceWithVoid();
    }

    // ------------------------------------------------------------------ answering, once per person

    /** Who answers: their account, or a phone verified by a code sent to it. The raw identifier goes no further than the hash. */
    String respondent(Poll p, String identity) {
        return AuditHasher.sm3Hex(p.salt + "\n" + identity);
    }

    static String normalisedPhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s-]", "");
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollPhoneCheck")
    public record PhoneCheck(String checkId, int minutes) {}

    /** A code by text message to the phone that answers (anonymous answering without an account); the text challenge first. */
    public Uni<PhoneCheck> checkPhone(long id, String phone, String challengeId, String challengeAnswer, IntakeLimits.Caller caller) {
        String ph = normalisedPhone(phone);
        if (blank(ph) || !Validation.phoneOk(ph)) throw ProblemException.badField("phone", "a mobile number");
        return Panache.withSession(() -> find(id)).flatMap(p -> {
            open(p);
            return challenges.consume(challengeId, challengeAnswer)
                    .flatMap(x -> Panache.withTransaction(() -> intakeLimits.hit("poll-code", caller, true)))
                    .flatMap(v -> Panache.withTransaction(() -> {
                        UUID checkId = UUID.randomUUID();
                        String code = String.format("%06d", new java.security.SecureRandom().nextInt(1_000_000));
                        Instant now = time.now();
                        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into poll_phone_check (id, poll_id, phone_hash, code_hash, expires_at, created_at) "
                                        + "values (:id, :poll, :ph, :code, :exp, :now)")
                                .setParameter("id", checkId).setParameter("poll", p.id).setParameter("ph", respondent(p, "phone:" + ph))
                                .setParameter("code", AuditHasher.sm3Hex(checkId + ":" + code)).setParameter("exp", now.plusSeconds(codeMinutes * 60L))
                                .setParameter("now", now).executeUpdate())
                                .call(() -> outbox.sms(ph, "【民意调查】您的验证码是" + code + "，" + codeMinutes + "分钟内有效。", "poll-code:" + checkId))
                                .replaceWith(new PhoneCheck(checkId.toString(), codeMinutes));
                    }));
        });
    }

    public record Answering(Map<String, PollForm.Answer> answers, String checkId, String code, String name, String phone) {}

    public record Receipt(long responseId, boolean replayed) {}

    /**
     * A response from the portal while the poll is open: as a logged-in citizen (the account) or with a verified phone; a
     * named poll also takes the name. The same person again — on any channel — is a 409.
     */
    public Uni<Receipt> respond(long id, Answering a, String idempotencyKey, IntakeLimits.Caller caller, Actor actor) {
        String key = Idempotency.checkedKey(idempotencyKey);
        String fingerprint = Idempotency.fingerprint(caller.account(), a);
        return Idempotency.previous(PollResponse.class, key).flatMap(prev -> {
            if (prev != null) {
                Idempotency.requireSameRequest(prev.idempotencyHash, fingerprint);
                return Uni.createFrom().item(new Receipt(prev.id, true));
            }
            return Panache.withSession(() -> find(id)).flatMap(p -> {
                open(p);
                List<FieldError> e = p.questionnaire().checkAnswers(a.answers());
                if (p.mode == Poll.Mode.NAMED) Validation.text(e, "name", a.name(), 50, true);
                if (caller.account() == null && (blank(a.checkId()) || blank(a.code()))) e.add(new FieldError("code", "log in, or verify your phone with the code sent to it"));
                if (!e.isEmpty()) throw ProblemException.badFields(e);
                Uni<String> identity = caller.account() != null && blank(a.checkId()) ? Uni.createFrom().item(respondent(p, "account:" + caller.account()))
                        : verifiedPhone(p, a.checkId(), a.code());
                return identity.flatMap(who -> Panache.withTransaction(() -> intakeLimits.hit("poll-response", caller, true))
                        .flatMap(v -> Panache.withTransaction(() -> find(id).flatMap(fresh -> {
                            open(fresh);
                            return persist(fresh, PollResponse.Channel.ONLINE, who, a.name(), p.mode == Poll.Mode.NAMED ? a.phone() : null, a.answers(), null, actor, r -> {
                                r.idempotencyKey = key;
                                r.idempotencyHash = key == null ? null : fingerprint;
                            });
                        }))).map(r -> new Receipt(r.id, false)));
            });
        });
    }

    /** The check's phone, if the code is right and fresh; the check is used up either way. */
    private Uni<String> verifiedPhone(Poll p, String checkId, String code) {
        UUID uuid;
        try {
            uuid = UUID.fromString(checkId);
        } catch (IllegalArgumentException ex) {
            throw ProblemException.badField("checkId", "ask for a new code");
        }
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createNativeQuery("update poll_phone_check set used = true where id = :id and poll_id = :poll "
                        + "and not used and expires_at > :now returning phone_hash, code_hash", Object[].class)
                .setParameter("id", uuid).setParameter("poll", p.id).setParameter("now", time.now()).getResultList())).map(rows -> {
            if (rows.isEmpty() || !AuditHasher.sm3Hex(uuid + ":" + (code == null ? "" : code.trim())).equals(rows.get(0)[1])) {
                throw ProblemException.badField("code", "the code is wrong or expired: ask for a new one");
            }
            return (String) rows.get(0)[0];
        });
    }

    /** A paper form or a telephone interview, entered by staff; a phone (required by telephone) refuses a second response from it. */
    public Uni<PollResponse> enter(long id, PollResponse.Channel channel, String phone, String name, Map<String, PollForm.Answer> answers, Actor actor,
                                   java.util.function.Consumer<Poll> mayEnter) {
        List<FieldError> e = new ArrayList<>();
        if (channel == null || channel == PollResponse.Channel.ONLINE) e.add(new FieldError("channel", "is required: PAPER or TELEPHONE"));
        String ph = normalisedPhone(phone);
        if (channel == PollResponse.Channel.TELEPHONE && blank(ph)) e.add(new FieldError("phone", "a telephone interview names the number called"));
        if (!blank(ph) && !Validation.phoneOk(ph)) e.add(new FieldError("phone", "is not a phone number"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> find(id).invoke(mayEnter).flatMap(p -> {
            ConsultationPhase ph2 = p.phase(time.today());
            if (ph2 != ConsultationPhase.OPEN && ph2 != ConsultationPhase.CLOSED) throw ProblemException.illegalTransition("poll " + id, ph2, "enter responses into");
            List<FieldError> errors = p.questionnaire().checkAnswers(answers);
            if (p.mode == Poll.Mode.NAMED) Validation.text(errors, "name", name, 50, true);
            if (!errors.isEmpty()) throw ProblemException.badFields(errors);
            return persist(p, channel, blank(ph) ? null : respondent(p, "phone:" + ph), name, p.mode == Poll.Mode.NAMED ? ph : null, answers, actor.username(), actor, r -> {});
        }));
    }

    private Uni<PollResponse> persist(Poll p, PollResponse.Channel channel, String who, String name, String phone, Map<String, PollForm.Answer> answers,
                                      String enteredBy, Actor actor, java.util.function.Consumer<PollResponse> more) {
        Uni<Long> dup = who == null ? Uni.createFrom().item(0L) : Panache.getSession().flatMap(s -> s.createQuery(
                "select count(*) from PollResponse where pollId = :p and respondentHash = :h", Long.class).setParameter("p", p.id).setParameter("h", who).getSingleResult());
        return dup.flatMap(n -> {
            if (n > 0) throw new ProblemException(409, "already-answered", "Answered already", "this person has answered poll " + p.refNo + " already (one response per person, on any channel)", null);
            PollResponse r = new PollResponse();
            r.pollId = p.id;
            r.channel = channel;
            r.respondentHash = who;
            r.nameEnc = p.mode == Poll.Mode.NAMED ? cipher.encrypt(blank(name) ? null : name.trim()) : null;
            r.phoneEnc = p.mode == Poll.Mode.NAMED ? cipher.encrypt(blank(phone) ? null : phone) : null;
            r.answers = PollForm.answersJson(answers);
            r.submittedAt = time.now();
            r.enteredBy = enteredBy;
            more.accept(r);
            List<PollForm.Cell> cells = p.questionnaire().cells(answers);
            return Panache.getSession().flatMap(s -> s.persist(r).call(s::flush).flatMap(x -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (PollForm.Cell c : cells) {
                    chain = chain.call(() -> s.createNativeQuery("insert into poll_cell (poll_id, response_id, question_key, row_key, option_key, rank) values (:p, :r, :q, :row, :o, :rank)")
                            .setParameter("p", p.id).setParameter("r", r.id).setParameter("q", c.question()).setParameter("row", c.row())
                            .setParameter("o", c.option()).setParameter("rank", c.rank()).executeUpdate());
                }
                return chain;
            }))
                    // the audit trail says on which channel a response came, never who gave it
                    .call(() -> audit.record(actor, "poll.response.received", SUBJECT, p.id, null, Map.of("channel", channel.name(), "response", r.id)))
                    .replaceWith(r);
        });
    }

    // ------------------------------------------------------------------ results and the report

    /** What the report states besides the counts: the method, conclusions, how the results were used, themes of the free texts. */
    public record ReportInput(String method, String conclusions, String use, List<Theme> themes, List<Long> decisionItemIds) {}

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PollTheme")
    public record Theme(String question, String theme, Integer count) {}

    public Uni<InfoItem> draftReport(long id, ReportInput in, Actor actor, java.util.function.Consumer<Poll> mayReport) {
        List<FieldError> e = new ArrayList<>();
        Validation.text(e, "method", in.method(), 2000, true);
        Validation.text(e, "conclusions", in.conclusions(), 20_000, true);
        Validation.text(e, "use", in.use(), 5000, true);
        List<Theme> themes = in.themes() == null ? List.of() : in.themes();
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            if (t == null || blank(t.theme()) || t.theme().length() > 200) e.add(new FieldError("themes[" + i + "].theme", "is required, at most 200 characters"));
            if (t != null && (t.count() == null || t.count() < 0)) e.add(new FieldError("themes[" + i + "].count", "how many answers voiced it"));
        }
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withSession(() -> find(id).invoke(mayReport).flatMap(p -> {
            ConsultationPhase ph = p.phase(time.today());
            if (ph != ConsultationPhase.CLOSED && ph != ConsultationPhase.REPORTING) throw ProblemException.illegalTransition("poll " + id, ph, "report on");
            for (int i = 0; i < themes.size(); i++) {
                String q = themes.get(i).question();
                if (q != null && p.questionnaire().qs().stream().noneMatch(x -> x.key().equals(q))) throw ProblemException.badField("themes[" + i + "].question", "no question " + q);
            }
            return results(p).map(r -> Map.entry(p, r));
        })).flatMap(pr -> {
            Poll p = pr.getKey();
            PollResults r = pr.getValue();
            String department = p.departmentCode;
            String body = PollResults.reportHtml(p, r, in.method().trim(), in.conclusions().trim(), in.use().trim(), themes);
            ItemInput item = new ItemInput(null, null, p.title + "调查结果", null, department, null, List.of("民意调查"),
                    "共回收有效问卷" + r.responses() + "份，回收率" + r.responseRatePercent() + "%。", body,
                    DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, List.of(), ItemType.POLL_REPORT, SUBJECT, String.valueOf(p.id),
                    null, null, null);
            Uni<InfoItem> saved = p.reportItemId == null ? items.create(item, actor)
                    : Panache.withSession(() -> items.find(p.reportItemId)).flatMap(old -> {
                        if (!old.state.editable()) throw ProblemException.illegalTransition("poll report " + old.id, old.state, "draft again");
                        return items.update(old.id, item, actor);
                    });
            return saved.call(rep -> Panache.withTransaction(() -> find(id).flatMap(fresh -> {
                fresh.reportItemId = rep.id;
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("method", in.method().trim());
                report.put("conclusions", in.conclusions().trim());
                report.put("use", in.use().trim());
                report.put("themes", themes);
                fresh.report = io.vertx.core.json.Json.encode(report);
                fresh.updatedAt = time.now();
                Uni<Void> linked = Uni.createFrom().voidItem();
                for (Long d : in.decisionItemIds() == null ? List.<Long>of() : in.decisionItemIds()) {
                    linked = linked.call(() -> Panache.getSession().flatMap(s -> s.find(InfoItem.class, rep.id))
                            .flatMap(ri -> links.link(ri, d, InfoItemLink.Relation.RELATED, false, actor)));
                }
                Uni<Void> allLinked = linked;
                return Panache.getSession().flatMap(s -> s.flush()).call(() -> allLinked)
                        .call(() -> audit.record(actor, "poll.report.drafted", SUBJECT, p.id, null, Map.of("item", rep.id, "responses", r.responses())));
            })));
        });
    }

    /** The report went live: the results are public and the year's quota (R36) counts it. */
    Uni<Void> reported(Poll p, Actor actor) {
        if (p.reportPublishedOn != null) return Uni.createFrom().voidItem();
        p.reportPublishedOn = time.today();
        p.updatedAt = time.now();
        return Panache.getSession().flatMap(s -> s.flush())
                .call(() -> quotas.recordQualifying(QUOTA, p.departmentCode, time.today(), "民意调查结果：" + p.title + "（" + p.refNo + "）", actor))
                .call(() -> audit.record(actor, "poll.reported", SUBJECT, p.id, null, Map.of("reportedOn", p.reportPublishedOn.toString()))).replaceWithVoid();
    }

    /** The counts per option of every question, from the counted cells, in SQL. */
    public Uni<PollResults> results(Poll p) {
        return Panache.getSession().flatMap(s -> s.createQuery("select count(*) from PollResponse where pollId = :p", Long.class).setParameter("p", p.id).getSingleResult()
                .flatMap(total -> s.createNativeQuery("select question_key, row_key, option_key, count(*), avg(rank) from poll_cell where poll_id = :p "
                        + "group by question_key, row_key, option_key", Object[].class).setParameter("p", p.id).getResultList()
                        .flatMap(cells -> s.createNativeQuery("select question_key, count(distinct response_id) from poll_cell where poll_id = :p group by question_key", Object[].class)
                                .setParameter("p", p.id).getResultList()
                                .map(answered -> PollResults.of(p, total, cells, answered)))));
    }

    public Uni<Poll> find(long id) {
        return org.gongkai.common.error.Found.require(Poll.class, id, "poll");
    }

    private void open(Poll p) {
        ConsultationPhase ph = p.phase(time.today());
        if (ph != ConsultationPhase.OPEN) {
            throw new ProblemException(409, "poll-not-open", "Not open", "poll " + p.refNo + " is " + ph + " (open " + p.opensOn + " to " + p.closesOn + ")", null);
        }
    }

    static Map<String, Object> snapshot(Poll p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refNo", p.refNo);
        m.put("mode", p.mode.name());
        m.put("opensOn", p.opensOn.toString());
        m.put("closesOn", p.closesOn.toString());
        m.put("sampleSize", p.sampleSize);
        return m;
    }
}
