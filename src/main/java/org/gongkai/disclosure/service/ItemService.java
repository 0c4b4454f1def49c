package org.gongkai.disclosure.service;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.catalogue.service.CatalogueService;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.repository.InfoItemRepository;
import org.gongkai.disclosure.repository.InfoItemVersionRepository;
import org.gongkai.search.ChineseSegmenter;
import org.gongkai.search.HtmlText;
import org.gongkai.organisation.repository.DepartmentRepository;
import org.gongkai.publication.AttributeBasis;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;
import org.gongkai.publication.service.PublicationPipeline;

/**
 * Items from draft to portal. Every move goes through the {@link PublicationPipeline}; every clock through the
 * obligation ledger: R8 (publish within 20 working days of creation or change, withdraw within 20 of expiry),
 * R9 (withdraw an invalid normative document within 20), R14 (re-decide the attribute within 20 of its review date).
 */
@ApplicationScoped
public class ItemService {
    public static final String SUBJECT = "item";
    public static final String GUIDE_COLUMN = "GUIDE";
    /** R8 (OGI Art. 26): publish within 20 working days of creation or change; also R8 expiry, R9 and R14. A setting with the legal default. */
    @ConfigProperty(name = "gongkai.disclosure.publish-working-days")
    int publishWorkingDays;

    @Inject
    InfoItemRepository items;
    @Inject
    InfoItemVersionRepository versions;
    @Inject
    CatalogueService catalogue;
    @Inject
    DepartmentRepository departments;
    @Inject
    PublicationPipeline pipeline;
    @Inject
    ObligationService obligations;
    @Inject
    AuditService audit;
    @Inject
    ChineseSegmenter segmenter;
    @Inject
    org.gongkai.common.worker.Workers workers;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.files.AttachmentService attachments;
    @Inject
    ItemLinkService links;
    @Inject
    org.gongkai.search.SearchIndex searchIndex;

    @ConfigProperty(name = "gongkai.bureau.code")
    String bureauCode;

    // ------------------------------------------------------------------ drafting

    /** The body is sanitised on a worker before the transaction opens (up to 500 000 characters of HTML). */
    public Uni<InfoItem> create(ItemInput in, Actor actor) {
        return sanitised(in).flatMap(clean -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> createTx(clean, actor)));
    }

    private Uni<ItemInput> sanitised(ItemInput in) {
        if (in == null || in.body() == null) return Uni.createFrom().item(in);
        // refuse an oversized body before spending a worker on it
        if (in.body().length() > 500_000) throw ProblemException.badField("body", "is at most 500000 characters");
        return workers.run(() -> in.withBody(HtmlText.sanitise(in.body())));
    }

    private Uni<InfoItem> createTx(ItemInput given, Actor actor) {
        ItemInput in = given.withTypeDefaults();
        InfoItem.Kind kind = in.kind() == null ? InfoItem.Kind.ITEM : in.kind();
        return validate(in, kind, in.type() == null ? org.gongkai.disclosure.ItemType.DOCUMENT : in.type()).flatMap(x -> {
            LocalDate created = in.createdDate() == null ? time.today() : in.createdDate();
            return items.nextSequence(created.getYear()).flatMap(seq -> {
                InfoItem i = new InfoItem();
                i.kind = kind;
                i.indexNo = "%s/%d-%05d".formatted(bureauCode, created.getYear(), seq);
                apply(i, in, kind);
                i.createdDate = created;
                i.departmentCode = actor.department();
                i.drafter = actor.username();
                i.state = PublicationState.DRAFT;
                i.createdAt = time.now();
                i.updatedAt = i.createdAt;
                return items.persist(i).call(items::flush)
                        .call(saved -> audit.record(actor, "item.created", SUBJECT, saved.id, null, snapshot(saved)))
                        .call(saved -> openPublishObligation(saved, saved.createdDate, "公开", actor))
                        // an interpretation drafted for its document: linked at once, to be published together (R24)
                        .call(saved -> in.interprets() == null ? Uni.createFrom().voidItem() : items.findById(in.interprets()).flatMap(doc -> {
                            if (doc == null || doc.kind != InfoItem.Kind.ITEM || doc.itemType == org.gongkai.disclosure.ItemType.INTERPRETATION) {
                                throw ProblemException.badField("interprets", "no document " + in.interprets() + " to interpret");
                            }
                            return links.link(saved, doc.id, org.gongkai.disclosure.InfoItemLink.Relation.INTERPRETS, true, actor).replaceWithVoid();
                        }));
            });
        });
    }

    public Uni<InfoItem> update(long id, ItemInput in, Actor actor) {
        return sanitised(in).flatMap(clean -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> updateTx(id, clean, actor)));
    }

    private Uni<InfoItem> updateTx(long id, ItemInput given, Actor actor) {
        ItemInput in = given.withTypeDefaults();
        return find(id).flatMap(i -> {
            if (!i.state.editable()) throw ProblemException.illegalTransition(SUBJECT + " " + id, i.state, "edit");
            Map<String, Object> before = snapshot(i);
            if (in.interprets() != null) throw ProblemException.badField("interprets", "is set when the interpretation is drafted; change links with /links");
            return validate(in, i.kind, in.type() == null ? i.itemType : in.type()).flatMap(x -> {
                apply(i, in, i.kind);
                LocalDate oldCreated = i.createdDate;
                if (in.createdDate() != null) i.createdDate = in.createdDate();
                i.updatedAt = time.now();
                // R8 counts from the day the information was made: a corrected date moves the clock (issue 9)
                Uni<Void> r8 = i.publishedVersion > 0 || i.createdDate.equals(oldCreated) ? Uni.createFrom().voidItem()
                        : obligations.forSubject(SUBJECT, String.valueOf(i.id)).flatMap(list -> list.stream()
                                .filter(o -> "R8".equals(o.ruleId) && o.state == ObligationState.OPEN).findFirst()
                                .map(o -> obligations.rebase(o.id, i.createdDate, "成文日期更正为" + i.createdDate, actor).replaceWithVoid())
                                .orElse(Uni.createFrom().voidItem()));
                return items.flush().call(() -> r8)
                        .call(() -> audit.record(actor, "item.changed", SUBJECT, i.id, before, snapshot(i))).replaceWith(i);
            });
        });
    }

    // ------------------------------------------------------------------ the review (R12, R13)

    public Uni<InfoItem> submit(long id, String opinion, Actor actor) {
        return gated(id, PublicationState.Action.SUBMIT, actor)
                .flatMap(x -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> move(id, (i, s) -> pipeline.submit(s, opinion, actor))));
    }

    // ------------------------------------------------------------------ gates (issue 10)

    @Inject
    jakarta.enterprise.inject.Instance<org.gongkai.publication.PublicationGate> gates;

    /**
     * Asks every registered gate before the move's transaction opens; the first refusal is recorded as an audit event in
     * a transaction of its own (it stays even though the move is refused) and answered with a 409 naming the missing step.
     */
    Uni<Void> gated(long id, PublicationState.Action action, Actor actor) {
        List<org.gongkai.publication.PublicationGate> all = gates.stream().toList();
        if (all.isEmpty()) return Uni.createFrom().voidItem();
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> find(id).flatMap(i -> {
            ReviewSubject subject = subject(i);
            Uni<org.gongkai.publication.PublicationGate.Refusal> chain = Uni.createFrom().nullItem();
            for (var g : all) chain = chain.flatMap(r -> r != null ? Uni.createFrom().item(r) : g.check(subject, action));
            return chain;
        })).flatMap(refusal -> {
            if (refusal == null) return Uni.createFrom().voidItem();
            return io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> audit.record(actor, "publication.gate.refused", SUBJECT, id, null,
                            Map.of("gate", refusal.gate(), "action", action.name(), "missing", refusal.missingEn())))
                    .invoke(x -> {
                        throw new ProblemException(409, "gate", "A step is missing",
                                "cannot " + action.name().toLowerCase() + " item " + id + ": " + refusal.missingEn() + " (" + refusal.missingZh() + ")", null);
                    }).replaceWithVoid();
        });
    }

    /** Plain text and search words of what is about to be published, computed on a worker before the transaction. */
    record Prepared(String plainText, String searchText, org.gongkai.search.SearchIndex.Document searchDocument) {}

    /**
     * The item under review cannot change (it is not editable while submitted), so its text is prepared first,
     * off the event loop and outside any transaction; then the approval, and publication, in one transaction.
     */
    public Uni<InfoItem> approve(long id, String opinion, Actor actor) {
        return gated(id, PublicationState.Action.APPROVE, actor)
                .flatMap(g -> io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> find(id).flatMap(i -> partners(i).map(ps -> {
                    List<InfoItem> all = new ArrayList<>();
                    all.add(i);
                    all.addAll(ps);
                    return all;
                }))))
                // the texts of the item and of those published with it, off the event loop and outside the transaction
                .flatMap(all -> workers.run(() -> all.stream().collect(Collectors.toMap(x -> x.id, this::prepare))))
                .flatMap(prepared -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> move(id, (i, s) -> pipeline.approve(s, opinion, actor)
                        .call(t -> t.to() == PublicationState.PUBLISHED ? publishVersion(i, opinion, prepared.get(i.id), actor)
                                .call(() -> publishPartners(i, prepared, actor))
                                : t.to() == PublicationState.DECIDED ? unpublish(i.id) : Uni.createFrom().voidItem()))));
    }

    private Prepared prepare(InfoItem i) {
        String plain = HtmlText.plain(i.body);
        // an interpretation is found by what it says in its elements too (issue 11)
        var interpretation = org.gongkai.interpretation.InterpretationDetails.parse(i.details);
        if (interpretation != null) plain = (plain + " " + interpretation.searchableText()).strip();
        // the summary once: a body that opens with its summary does not get it twice (issue 16: snippets repeated it)
        String text = i.summary == null || i.summary.isBlank() || plain.contains(i.summary.strip()) ? plain : i.summary + " " + plain;
        String subjects = i.subjects == null ? "" : i.subjects.replace(',', ' ');
        var doc = org.gongkai.search.SearchIndex.prepare(segmenter, new org.gongkai.search.SearchIndex.Source("ITEM", String.valueOf(i.id), i.title,
                i.summary, text, i.docNumber, subjects.isBlank() ? List.of() : List.of(subjects.split("\\s+")), i.columnCode, i.issuingDepartment,
                i.createdDate.getYear(), i.validity == null ? null : i.validity.name(), "/items/" + i.id));
        return new Prepared(text, segmenter.segment(String.join(" ", i.title, Objects.toString(i.docNumber, ""),
                Objects.toString(i.summary, ""), subjects, plain)), doc);
    }

    /** The items linked to go live with this one (同步发布), either way. */
    private Uni<List<InfoItem>> partners(InfoItem i) {
        return links.of(i.id).map(l -> l.stream().filter(x -> x.link().together).map(ItemLinkService.Linked::other).toList());
    }

    /**
     * Publication together (issue 10, R24): when an item goes live, each item linked to go with it goes live in the same
     * transaction — approved by the same head of the office, with an opinion saying so — or, if one is not ready (not yet
     * approved by its department), nothing goes live: a 409 naming it.
     */
    private Uni<Void> publishPartners(InfoItem i, Map<Long, Prepared> prepared, Actor actor) {
        return partners(i).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (InfoItem p : list) {
                if (p.state == PublicationState.PUBLISHED) continue;
                chain = chain.flatMap(x -> move(p.id, (pi, ps) -> {
                    boolean ready = pi.state == PublicationState.DEPT_APPROVED
                            || (pi.state == PublicationState.SUBMITTED && pi.departmentCode.equals(actor.department()));
                    if (!ready) {
                        throw new ProblemException(409, "publish-together", "Published together",
                                "item " + i.id + " is published together with item " + pi.id + " 《" + pi.title + "》, which is " + pi.state
                                        + ": it must be approved by its department first, then both go live at once (同步发布)", null);
                    }
                    String note = "与《" + i.title + "》同步发布";
                    return pipeline.approve(ps, note, actor).call(t -> {
                        if (t.to() != PublicationState.PUBLISHED) {
                            throw new ProblemException(409, "publish-together", "Published together", "item " + pi.id
                                    + " would not be published (its attribute is " + pi.attribute + "): it cannot go live with item " + i.id, null);
                        }
                        return publishVersion(pi, note, prepared.get(pi.id), actor);
                    });
                }).replaceWithVoid());
            }
            return chain;
        });
    }

    @WithTransaction
    public Uni<InfoItem> returnToDrafter(long id, String reason, Actor actor) {
        return move(id, (i, s) -> pipeline.returnToDrafter(s, reason, actor));
    }

    /**
     * A feature's register, list or report drafted as its item (the one way every feature does it): created the first
     * time; edited while it is still a draft; once published, revised into a new version with the note, then edited.
     */
    public Uni<InfoItem> redraft(InfoItem existing, ItemInput in, String revisionNote, Actor actor) {
        if (existing == null) return create(in, actor);
        Uni<InfoItem> editable = existing.state.editable() ? Uni.createFrom().item(existing) : revise(existing.id, revisionNote, actor);
        return editable.flatMap(x -> update(existing.id, in, actor));
    }

    /** A change to a published item: a new draft; the portal keeps the live version until the change is published (R8). */
    @WithTransaction
    public Uni<InfoItem> revise(long id, String note, Actor actor) {
        return move(id, (i, s) -> pipeline.revise(s, note, actor).call(t -> t.from() == PublicationState.PUBLISHED
                ? openPublishObligation(i, time.today(), "更新", actor) : Uni.createFrom().voidItem()));
    }

    /** What to do with the live items that belong to a withdrawn one (its interpretation, those published with it). */
    public enum Linked { WITHDRAW, KEEP }

    @WithTransaction
    public Uni<InfoItem> withdraw(long id, String reason, Actor actor) {
        return withdraw(id, reason, null, actor);
    }

    /**
     * Takes an item off the portal. If live items belong to it (an interpretation of it, items published with it), the
     * caller says what to do with them: {@code WITHDRAW} them too, in the same transaction, or {@code KEEP} them; without
     * an answer it is a 409 naming them (issue 10).
     */
    @WithTransaction
    public Uni<InfoItem> withdraw(long id, String reason, Linked linked, Actor actor) {
        return links.of(id).flatMap(all -> {
            List<InfoItem> dependants = all.stream()
                    .filter(l -> l.link().together || "INTERPRETED_BY".equals(l.direction()))
                    .map(ItemLinkService.Linked::other).filter(InfoItem::live).toList();
            if (!dependants.isEmpty() && linked == null) {
                throw new ProblemException(409, "linked-items", "Linked items are live",
                        "item " + id + " has live items that belong to it: " + dependants.stream().map(d -> d.id + " 《" + d.title + "》").toList()
                                + "; say linked=WITHDRAW to take them off too, or linked=KEEP", null);
            }
            Uni<InfoItem> self = move(id, (i, s) -> pipeline.withdraw(s, reason, actor).call(t -> unpublish(i.id)));
            if (linked != Linked.WITHDRAW) return self;
            return self.call(x -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (InfoItem d : dependants) {
                    chain = chain.flatMap(y -> move(d.id, (di, ds) -> pipeline.withdraw(ds, "随《" + x.title + "》撤下：" + reason, actor)
                            .call(t -> unpublish(di.id))).replaceWithVoid());
                }
                return chain;
            });
        });
    }

    private Uni<InfoItem> move(long id, BiFunction<InfoItem, ReviewSubject, Uni<PublicationPipeline.Transition>> step) {
        return find(id).flatMap(i -> step.apply(i, subject(i)).flatMap(t -> {
            i.state = t.to();
            i.round = t.round();
            i.updatedAt = time.now();
            return items.flush().replaceWith(i);
        }));
    }

    public static ReviewSubject subject(InfoItem i) {
        return new ReviewSubject(SUBJECT, String.valueOf(i.id), i.title, i.departmentCode, i.drafter, i.state, i.attribute,
                i.attributeBasis, i.attributeReason, i.round, i.live());
    }

    /** The office head's approval put it on the portal: a new current version, indexed for search. */
    private Uni<Void> publishVersion(InfoItem i, String note, Prepared prepared, Actor actor) {
        int no = i.publishedVersion + 1;
        InfoItemVersion v = InfoItemVersion.of(i, no, no == 1 ? "首次发布" : note, time.now(), actor.username());
        v.searchText = prepared.searchText();
        v.plainText = prepared.plainText();
        i.publishedVersion = no;
        return attachments.list(SUBJECT, String.valueOf(i.id))
                .invoke(list -> v.attachmentIds = list.stream().map(a -> String.valueOf(a.id)).collect(Collectors.joining(",")))
                .flatMap(x -> versions.retire(i.id)).flatMap(x -> versions.persist(v)).call(versions::flush)
                .flatMap(saved -> versions.setSearchVector(saved.id))
                // the one search across kinds (issue 10); the Disclosure Guide has its own page
                .call(x -> i.kind != InfoItem.Kind.ITEM ? Uni.createFrom().voidItem() : searchIndex.put(prepared.searchDocument(), v.publishedAt))
                .call(x -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ItemPublished l : publishedListeners) chain = chain.call(() -> l.published(i, v, actor));
                    return chain;
                })
                .replaceWithVoid();
    }

    @Inject
    jakarta.enterprise.inject.Instance<ItemPublished> publishedListeners;

    /** Off the portal and out of the search: the live version retired. */
    private Uni<Void> unpublish(long itemId) {
        return versions.retire(itemId).call(x -> searchIndex.remove("ITEM", String.valueOf(itemId))).replaceWithVoid();
    }

    // ------------------------------------------------------------------ attachments

    /** Attachments change with the draft: they are published with the next version. */
    @WithTransaction
    public Uni<org.gongkai.files.Attachment> addAttachment(long id, org.gongkai.files.AttachmentService.Prepared file, Actor actor) {
        return find(id).flatMap(i -> {
            if (!i.state.editable()) throw ProblemException.illegalTransition(SUBJECT + " " + id, i.state, "attach files to");
            return attachments.add(String.valueOf(id), file, actor);
        });
    }

    @WithTransaction
    public Uni<Void> removeAttachment(long id, long attachmentId, Actor actor) {
        return find(id).flatMap(i -> {
            if (!i.state.editable()) throw ProblemException.illegalTransition(SUBJECT + " " + id, i.state, "remove files from");
            return attachments.remove(SUBJECT, String.valueOf(id), attachmentId, actor);
        });
    }

    // ------------------------------------------------------------------ normative documents (R9)

    /** The legal section's decision in a clean-up: a repealed or invalid document must leave the portal within 20 working days. */
    @WithTransaction
    public Uni<InfoItem> decideValidity(long id, Validity validity, String note, Actor actor) {
        if (validity == null) throw ProblemException.badField("validity", "is required");
        if (note == null || note.isBlank() || note.length() > 500) throw ProblemException.badField("note", "is required, at most 500 characters");
        return find(id).flatMap(i -> {
            if (!i.normative) throw ProblemException.conflict("item " + id + " is not a normative document");
            Map<String, Object> before = Map.of("validity", String.valueOf(i.validity));
            i.validity = validity;
            i.updatedAt = time.now();
            // repealed or invalid from today, unless it ended earlier: the annual report counts it as repealed this year (R11 table II)
            boolean ends = validity.mustBeWithdrawn() && (i.validTo == null || i.validTo.isAfter(time.today()));
            if (ends) i.validTo = time.today();
            Uni<Void> portal = versions.current(i.id).invoke(v -> {
                        if (v == null) return;
                        v.validity = validity;
                        if (ends) v.validTo = i.validTo;
                    })
                    .call(v -> v == null ? Uni.createFrom().voidItem() : searchIndex.status("ITEM", String.valueOf(i.id), validity.name())).replaceWithVoid();
            Uni<Void> obligation = validity.mustBeWithdrawn() && i.live()
                    ? openIfAbsent(i, "R9", "撤下失效规范性文件：" + i.title, time.today(), actor).replaceWithVoid() : Uni.createFrom().voidItem();
            return portal.call(items::flush).call(() -> obligation)
                    .call(() -> audit.record(actor, "item.validity.decided", SUBJECT, i.id, before, Map.of("validity", validity.name(), "note", note)))
                    .replaceWith(i);
        });
    }

    // ------------------------------------------------------------------ the daily sweep (R8 expiry, R14)

    /** Opens the obligations that dates bring: expiry (withdraw within 20) and attribute review dates (re-decide within 20). */
    @WithTransaction
    public Uni<Integer> sweep(LocalDate today, Actor actor) {
        // one sweep at a time across copies of the application
        return items.getSession().flatMap(s -> org.gongkai.common.locks.AdvisoryLocks.hold(s, org.gongkai.common.locks.AdvisoryLocks.Key.ITEM_SWEEP)).flatMap(x -> items.list("(expiresOn is not null and expiresOn <= ?1 and publishedVersion > 0 and state <> ?2) "
                        + "or (reviewDate is not null and reviewDate <= ?1 and attribute <> ?3)",
                today, PublicationState.WITHDRAWN, DisclosureAttribute.PUBLIC).flatMap(list -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (InfoItem i : list) {
                if (i.expiresOn != null && !i.expiresOn.isAfter(today) && i.live()) {
                    chain = chain.flatMap(n -> openOncePerDate(i, "R8-EXP", "撤下到期信息：" + i.title, i.expiresOn, actor).map(o -> n + (o ? 1 : 0)));
                }
                if (i.reviewDate != null && !i.reviewDate.isAfter(today) && i.attribute != DisclosureAttribute.PUBLIC) {
                    chain = chain.flatMap(n -> openOncePerDate(i, "R14", "重新审定公开属性：" + i.title, i.reviewDate, actor).map(o -> n + (o ? 1 : 0)));
                }
            }
            return chain;
        }));
    }


    /**
     * A date brings its obligation once (issue 9): a review date (R14) or an expiry date (R8) that already had its
     * obligation, met or not, does not bring another every day after; a new date brings a new one.
     */
    private Uni<Boolean> openOncePerDate(InfoItem i, String rule, String title, LocalDate date, Actor actor) {
        return obligations.forSubject(SUBJECT, String.valueOf(i.id)).flatMap(list -> {
            boolean had = list.stream().anyMatch(o -> o.ruleId.equals(rule) && o.startDate.equals(date) && o.state != ObligationState.CANCELLED);
            if (had) return Uni.createFrom().item(false);
            return openIfAbsent(i, rule, title, date, actor);
        });
    }

    private Uni<Boolean> openIfAbsent(InfoItem i, String rule, String title, LocalDate start, Actor actor) {
        return obligations.forSubject(SUBJECT, String.valueOf(i.id)).flatMap(list -> {
            boolean open = list.stream().anyMatch(o -> o.ruleId.equals(rule)
                    && (o.state == ObligationState.OPEN || o.state == ObligationState.PAUSED));
            if (open) return Uni.createFrom().item(false);
            return obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(i.id), rule, title, i.departmentCode,
                    i.drafter, start, publishWorkingDays, CountUnit.WORKING, false), actor).replaceWith(true);
        });
    }

    /** R8: publish (or publish the change) within 20 working days of the day the information was created or changed. */
    private Uni<Obligation> openPublishObligation(InfoItem i, LocalDate start, String verb, Actor actor) {
        return obligations.open(new ObligationService.OpenCommand(SUBJECT, String.valueOf(i.id), "R8", verb + "：" + i.title,
                i.departmentCode, i.drafter, start, publishWorkingDays, CountUnit.WORKING, false), actor);
    }

    // ------------------------------------------------------------------ reading

    @WithSession
    public Uni<InfoItem> find(long id) {
        return items.findById(id).map(i -> {
            if (i == null) throw ProblemException.notFound("item", id);
            return i;
        });
    }

    // ------------------------------------------------------------------ validation

    private Uni<Void> validate(ItemInput in, InfoItem.Kind kind, org.gongkai.disclosure.ItemType type) {
        List<FieldError> errors = new ArrayList<>();
        // what an interpretation carries (R25, issue 11); nothing else carries it
        if (type == org.gongkai.disclosure.ItemType.INTERPRETATION) {
            if (in.interpretation() == null) errors.add(new FieldError("interpretation", "an interpretation states its background, purpose, scope, measures and contact, and its forms (R25)"));
            else errors.addAll(in.interpretation().check());
        } else {
            if (in.interpretation() != null) errors.add(new FieldError("interpretation", "only an item of type INTERPRETATION has interpretation details"));
            if (in.interprets() != null) errors.add(new FieldError("interprets", "only an interpretation interprets a document"));
        }
        if (Boolean.TRUE.equals(in.majorDecision()) && type != org.gongkai.disclosure.ItemType.DOCUMENT) {
            errors.add(new FieldError("majorDecision", "a major decision is a document (type DOCUMENT)"));
        }
        if (blank(in.title()) || in.title().length() > 300) errors.add(new FieldError("title", "is required, at most 300 characters"));
        if (in.docNumber() != null && in.docNumber().length() > 100) errors.add(new FieldError("docNumber", "is at most 100 characters"));
        if (blank(in.issuingDepartment())) errors.add(new FieldError("issuingDepartment", "is required"));
        if (in.summary() != null && in.summary().length() > 2000) errors.add(new FieldError("summary", "is at most 2000 characters"));
        if (in.body() != null && in.body().length() > 500_000) errors.add(new FieldError("body", "is at most 500000 characters"));
        if (in.subjects() != null && String.join(",", in.subjects()).length() > 300) errors.add(new FieldError("subjects", "are at most 300 characters together"));
        if (in.attribute() == null) errors.add(new FieldError("attribute", "is required from the moment an item is drafted (R13)"));
        if (in.createdDate() != null && in.createdDate().isAfter(time.today())) errors.add(new FieldError("createdDate", "is in the future"));
        if (in.attributeBasis() != null && !in.attributeBasis().isBlank() && AttributeBasis.ofCode(in.attributeBasis()).isEmpty()) {
            errors.add(new FieldError("attributeBasis", "must be one of " + java.util.Arrays.stream(AttributeBasis.values()).map(b -> b.code).toList()));
        }
        if (in.attributeReason() != null && in.attributeReason().length() > 1000) errors.add(new FieldError("attributeReason", "is at most 1000 characters"));
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) errors.add(new FieldError("validTo", "is before validFrom"));
        if (Boolean.TRUE.equals(in.normative()) && in.validity() == null) errors.add(new FieldError("validity", "a normative document has a validity status (R9)"));
        if (kind == InfoItem.Kind.ITEM && blank(in.columnCode())) errors.add(new FieldError("columnCode", "is required"
                + (in.type() != null && in.type() != org.gongkai.disclosure.ItemType.DOCUMENT ? " (a " + in.type() + " has no default column yet)" : "")));
        if ((in.featureType() == null) != (in.featureId() == null)) errors.add(new FieldError(in.featureType() == null ? "featureType" : "featureId",
                "the feature record is named by its type and its id together"));
        if (in.featureType() != null && !in.featureType().matches("[a-z][a-z-]{0,63}")) errors.add(new FieldError("featureType", "lower-case letters and '-'"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        Uni<Void> column = kind == InfoItem.Kind.GUIDE ? Uni.createFrom().voidItem() : catalogue.current().map(tree -> {
            if (tree.column(in.columnCode()) == null) throw ProblemException.badField("columnCode", "no column " + in.columnCode() + " in the current catalogue");
            return null;
        });
        return column.flatMap(x -> departments.byCode(in.issuingDepartment())).map(d -> {
            if (d == null) throw ProblemException.badField("issuingDepartment", "no department " + in.issuingDepartment());
            return null;
        });
    }

    private static void apply(InfoItem i, ItemInput in, InfoItem.Kind kind) {
        i.columnCode = kind == InfoItem.Kind.GUIDE ? GUIDE_COLUMN : in.columnCode().trim();
        i.title = in.title().trim();
        i.docNumber = blank(in.docNumber()) ? null : in.docNumber().trim();
        i.issuingDepartment = in.issuingDepartment();
        i.subjects = in.subjects() == null ? "" : in.subjects().stream().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
        i.summary = in.summary() == null ? "" : in.summary().trim();
        i.body = in.body(); // sanitised before the transaction (create, update)
        i.attribute = in.attribute();
        boolean isPublic = in.attribute() == DisclosureAttribute.PUBLIC;
        i.attributeBasis = isPublic || blank(in.attributeBasis()) ? null : in.attributeBasis();
        i.attributeReason = isPublic || blank(in.attributeReason()) ? null : in.attributeReason().trim();
        i.reviewDate = isPublic ? null : in.reviewDate();
        i.normative = Boolean.TRUE.equals(in.normative());
        i.validity = i.normative ? in.validity() : null;
        i.validFrom = in.validFrom();
        i.validTo = in.validTo();
        i.expiresOn = in.expiresOn();
        i.channels = in.channels() == null ? "" : in.channels().stream().distinct().map(Channel::name).collect(Collectors.joining(","));
        if (in.type() != null) i.itemType = in.type();
        i.majorDecision = i.itemType == org.gongkai.disclosure.ItemType.DOCUMENT && Boolean.TRUE.equals(in.majorDecision());
        i.details = i.itemType == org.gongkai.disclosure.ItemType.INTERPRETATION && in.interpretation() != null ? in.interpretation().toJson() : null;
        if (in.featureType() != null) {
            i.featureType = in.featureType();
            i.featureId = in.featureId().trim();
        }
    }

    static Map<String, Object> snapshot(InfoItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indexNo", i.indexNo);
        m.put("state", i.state.name());
        m.put("title", i.title);
        m.put("columnCode", i.columnCode);
        m.put("type", String.valueOf(i.itemType));
        m.put("docNumber", i.docNumber);
        m.put("attribute", i.attribute == null ? null : i.attribute.name());
        m.put("attributeBasis", i.attributeBasis);
        m.put("normative", i.normative);
        m.put("majorDecision", i.majorDecision);
        m.put("validity", i.validity == null ? null : i.validity.name());
        return m;
    }


    /** Its clocks move only through this workflow (issue 9). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("proactive disclosure 主动公开", SUBJECT);
        }
    }
}
