package org.gongkai.servicelist.service;

import static org.gongkai.common.error.Validation.blank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.organisation.Department;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;
import org.gongkai.servicelist.ServiceEntry;
import org.gongkai.servicelist.ServiceList;
import org.gongkai.servicelist.ServiceList.Kind;
import org.gongkai.servicelist.ServiceListVersion;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The service lists (R35): 权责清单, 公共服务事项清单 and 办事指南, kept by the legal section. Each change to an entry goes
 * into the version being edited (published + 1) and opens the R35-LIST clock if none runs: the list is adjusted and
 * republished within 20 working days (a setting). Drafting renders the list as a SERVICE_LIST item for the review (a
 * revision of the published one after the first, with what changed); its publication makes the version public, meets
 * the clock and records the version. Every change is an audit event; the list's row is locked for each change, so
 * the count of changes and the version numbers never race.
 */
@ApplicationScoped
public class ServiceListService {
    public static final String SUBJECT = "service-list";
    public static final String RULE = "R35-LIST";

    /** The kinds of power of a 权责清单 (the State Council's ten). */
    public static final List<String> POWER_CATEGORIES = List.of("行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认",
            "行政奖励", "行政裁决", "其他行政权力");

    @Inject
    ItemService items;
    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    TimeSource time;

    @ConfigProperty(name = "gongkai.service-lists.adjust-working-days")
    int adjustWorkingDays;

    /** An entry as entered: the fields of its kind (the others are ignored). */
    public record EntryInput(String code, String name, String category, String departmentCode, String legalBasis,
                             String responsibility, String accountability, String supervisionPhone,
                             String serviceObject, String channel,
                             String serviceCode, String conditions, String materials, String procedure, Integer statutoryDays, Integer promisedDays,
                             String venue, String hours, String phone, String onlineUrl, String fee) {}

    /** Every failing field of an entry of this kind, at once. Pure. */
    public static List<FieldError> validate(Kind kind, EntryInput in) {
        List<FieldError> e = new ArrayList<>();
        if (in == null) return List.of(new FieldError("body", "is required"));
        Validation.text(e, "code", in.code(), 32, true);
        if (!blank(in.code()) && !in.code().trim().matches("[A-Za-z0-9\\-_.]+")) e.add(new FieldError("code", "letters, digits, - _ and . only"));
        Validation.text(e, "name", in.name(), 200, true);
        Validation.text(e, "departmentCode", in.departmentCode(), 32, true);
        Validation.text(e, "legalBasis", in.legalBasis(), 5000, true);
        Validation.text(e, "category", in.category(), 50, true);
        switch (kind) {
            case POWER -> {
                if (!blank(in.category()) && !POWER_CATEGORIES.contains(in.category().trim())) e.add(new FieldError("category", "one of " + String.join("、", POWER_CATEGORIES)));
                Validation.text(e, "responsibility", in.responsibility(), 5000, true);
                Validation.text(e, "accountability", in.accountability(), 5000, true);
                phone(e, "supervisionPhone", in.supervisionPhone(), false);
            }
            case PUBLIC_SERVICE -> {
                Validation.text(e, "serviceObject", in.serviceObject(), 200, true);
                Validation.text(e, "channel", in.channel(), 500, true);
                Validation.text(e, "fee", in.fee(), 300, false);
            }
            case GUIDE -> {
                Validation.text(e, "serviceCode", in.serviceCode(), 32, false);
                Validation.text(e, "conditions", in.conditions(), 5000, true);
                Validation.text(e, "materials", in.materials(), 5000, true);
                Validation.text(e, "procedure", in.procedure(), 5000, true);
                if (in.statutoryDays() == null || in.statutoryDays() < 1 || in.statutoryDays() > 365) e.add(new FieldError("statutoryDays", "working days the law allows, 1 to 365"));
                if (in.promisedDays() != null && (in.promisedDays() < 1 || in.promisedDays() > 365)) e.add(new FieldError("promisedDays", "working days promised, 1 to 365"));
                else if (in.promisedDays() != null && in.statutoryDays() != null && in.promisedDays() > in.statutoryDays()) {
                    e.add(new FieldError("promisedDays", "at most the statutory time limit (" + in.statutoryDays() + ")"));
                }
                Validation.text(e, "venue", in.venue(), 300, true);
                Validation.text(e, "hours", in.hours(), 200, true);
                phone(e, "phone", in.phone(), true);
                Validation.webAddress(e, "onlineUrl", in.onlineUrl() == null ? null : in.onlineUrl().trim(), true);
                Validation.text(e, "fee", in.fee(), 300, false);
            }
        }
        return e;
    }

    private static void phone(List<FieldError> e, String field, String v, boolean required) {
        if (blank(v)) {
            if (required) e.add(new FieldError(field, "is required: a telephone number"));
        } else if (!Validation.phoneOk(v)) e.add(new FieldError(field, "a telephone number: digits, +, - and spaces, 5 to 20"));
    }

    static void apply(ServiceEntry x, Kind kind, EntryInput in) {
        x.kind = kind;
        x.code = in.code().trim();
        x.name = in.name().trim();
        x.category = in.category().trim();
        x.departmentCode = in.departmentCode().trim();
        x.legalBasis = in.legalBasis().trim();
        boolean power = kind == Kind.POWER;
        boolean service = kind == Kind.PUBLIC_SERVICE;
        boolean guide = kind == Kind.GUIDE;
        x.responsibility = power ? trim(in.responsibility()) : null;
        x.accountability = power ? trim(in.accountability()) : null;
        x.supervisionPhone = power ? trim(in.supervisionPhone()) : null;
        x.serviceObject = service ? trim(in.serviceObject()) : null;
        x.channel = service ? trim(in.channel()) : null;
        x.serviceCode = guide ? trim(in.serviceCode()) : null;
        x.conditions = guide ? trim(in.conditions()) : null;
        x.materials = guide ? materials(in.materials()) : null;
        x.procedure = guide ? trim(in.procedure()) : null;
        x.statutoryDays = guide ? in.statutoryDays() : null;
        x.promisedDays = guide ? in.promisedDays() : null;
        x.venue = guide ? trim(in.venue()) : null;
        x.hours = guide ? trim(in.hours()) : null;
        x.phone = guide ? trim(in.phone()) : null;
        x.onlineUrl = guide ? trim(in.onlineUrl()) : null;
        x.fee = service || guide ? (blank(in.fee()) ? "不收费" : in.fee().trim()) : null;
    }

    /** One material a line, blank lines dropped. */
    static String materials(String s) {
        return Arrays.stream(s.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    /** What an entry says (not when or by whom): an edit that says the same is no change. */
    static List<Object> content(ServiceEntry x) {
        return Arrays.asList(x.code, x.name, x.category, x.departmentCode, x.legalBasis, x.responsibility, x.accountability, x.supervisionPhone,
                x.serviceObject, x.channel, x.serviceCode, x.conditions, x.materials, x.procedure, x.statutoryDays, x.promisedDays, x.venue, x.hours,
                x.phone, x.onlineUrl, x.fee);
    }

    static Map<String, Object> snapshot(ServiceEntry x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", x.code);
        m.put("name", x.name);
        m.put("category", x.category);
        m.put("department", x.departmentCode);
        return m;
    }

    // ------------------------------------------------------------------ changes

    /** The list's row, locked for this change; refused while its item is in the review (what is reviewed stays as drafted). */
    private static Uni<ServiceList> locked(Mutiny.Session s, Kind kind) {
        return s.find(ServiceList.class, kind, LockMode.PESSIMISTIC_WRITE).flatMap(l -> l.itemId == null ? Uni.createFrom().item(l)
                : s.find(InfoItem.class, l.itemId).map(i -> {
                    if (i.state.inReview()) {
                        throw ProblemException.conflict("the " + kind.en.toLowerCase() + " is in the review: change it after it is published or returned");
                    }
                    return l;
                }));
    }

    private Uni<Void> changed(Mutiny.Session s, ServiceList l, String title, Actor actor) {
        l.changes++;
        l.updatedAt = time.now();
        return obligations.running(SUBJECT, l.kind.name(), RULE).flatMap(o -> o != null ? Uni.createFrom().voidItem()
                : obligations.open(new ObligationService.OpenCommand(SUBJECT, l.kind.name(), RULE, l.kind.zh + "调整后重新公布：" + title, "ZCFG", null,
                        time.today(), adjustWorkingDays, CountUnit.WORKING, false), actor).replaceWithVoid());
    }

    private static Uni<Department> department(Mutiny.Session s, String code) {
        return s.createQuery("from Department where code = :c and active = true", Department.class).setParameter("c", code.trim()).getResultList()
                .map(l -> {
                    if (l.isEmpty()) throw ProblemException.badField("departmentCode", "no department " + code.trim());
                    return l.get(0);
                });
    }

    private static Uni<Void> codeFree(Mutiny.Session s, Kind kind, String code) {
        return s.createQuery("select count(*) from ServiceEntry where kind = :k and code = :c and toVersion is null", Long.class)
                .setParameter("k", kind).setParameter("c", code).getSingleResult().map(n -> {
            if (n > 0) throw ProblemException.conflict(kind.zh + " has an entry " + code + " already");
            return null;
        });
    }

    public Uni<ServiceEntry> add(Kind kind, EntryInput in, Actor actor) {
        List<FieldError> e = validate(kind, in);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> locked(s, kind).flatMap(l -> department(s, in.departmentCode())
                .call(d -> codeFree(s, kind, in.code().trim())).flatMap(d -> {
                    ServiceEntry x = new ServiceEntry();
                    apply(x, kind, in);
                    x.fromVersion = l.editingVersion();
                    x.updatedBy = actor.username();
                    x.updatedAt = time.now();
                    return s.persist(x).call(s::flush).call(() -> changed(s, l, "新增" + x.name, actor))
                            .call(() -> audit.record(actor, "service-list.entry.added", SUBJECT, kind.name(), null, snapshot(x))).replaceWith(x);
                }))));
    }

    /**
     * An entry changed: in place if it is not yet published, otherwise its row closes at the version being edited and
     * a new one opens (the published versions keep what they said). An edit that says the same changes nothing.
     */
    public Uni<ServiceEntry> change(Kind kind, String code, EntryInput in, Actor actor) {
        List<FieldError> e = new ArrayList<>(validate(kind, in));
        if (in != null && !blank(in.code()) && !in.code().trim().equals(code)) {
            e.add(new FieldError("code", "an entry keeps its code: retire it and add a new one"));
        }
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> locked(s, kind).flatMap(l -> open(s, kind, code).flatMap(x -> department(s, in.departmentCode())
                .flatMap(d -> {
                    ServiceEntry next = x.copy();
                    apply(next, kind, in);
                    if (content(next).equals(content(x))) return Uni.createFrom().item(x);
                    Map<String, Object> before = snapshot(x);
                    Uni<ServiceEntry> saved;
                    if (x.fromVersion == l.editingVersion()) {
                        apply(x, kind, in);
                        x.updatedBy = actor.username();
                        x.updatedAt = time.now();
                        saved = s.flush().replaceWith(x);
                    } else {
                        x.toVersion = l.editingVersion();
                        next.fromVersion = l.editingVersion();
                        next.updatedBy = actor.username();
                        next.updatedAt = time.now();
                        // the old row closes before the new one opens: one open row per code
                        saved = s.flush().call(() -> s.persist(next)).call(s::flush).replaceWith(next);
                    }
                    return saved.call(y -> changed(s, l, "修改" + y.name, actor))
                            .call(y -> audit.record(actor, "service-list.entry.changed", SUBJECT, kind.name(), before, snapshot(y)));
                })))));
    }

    /** An entry off the list from the version being edited (one never published is simply gone); the reason is recorded. */
    public Uni<Void> retire(Kind kind, String code, String reason, Actor actor) {
        if (blank(reason) || reason.length() > 500) throw ProblemException.badField("reason", "is required: why the entry leaves the list, at most 500 characters");
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> locked(s, kind).flatMap(l -> open(s, kind, code).flatMap(x -> {
            Map<String, Object> before = snapshot(x);
            Uni<Void> gone = x.fromVersion == l.editingVersion() ? s.remove(x) : Uni.createFrom().voidItem().invoke(() -> x.toVersion = l.editingVersion());
            return gone.call(s::flush).call(() -> changed(s, l, "删除" + x.name, actor))
                    .call(() -> audit.record(actor, "service-list.entry.retired", SUBJECT, kind.name(), before, Map.of("reason", reason.trim())));
        })))).replaceWithVoid();
    }

    private static Uni<ServiceEntry> open(Mutiny.Session s, Kind kind, String code) {
        return s.createQuery("from ServiceEntry where kind = :k and code = :c and toVersion is null", ServiceEntry.class).setParameter("k", kind).setParameter("c", code)
                .getResultList().map(l -> {
                    if (l.isEmpty()) throw ProblemException.notFound(kind.en.toLowerCase() + " entry", code);
                    return l.get(0);
                });
    }

    // ------------------------------------------------------------------ drafting and publication

    /**
     * The list as it is being edited, drafted as its SERVICE_LIST item for the review. Once published, the item is
     * revised into a new version with what changed ({@code reason}, required); a list with no change since its last
     * version is not drafted again. The body is rendered and sanitised before any transaction opens.
     */
    public Uni<InfoItem> draft(Kind kind, String reason, Actor actor) {
        if (reason != null && reason.length() > 500) throw ProblemException.badField("reason", "is at most 500 characters");
        record Read(ServiceList list, List<ServiceEntry> entries, Map<String, Department> departments, InfoItem item, long changedEntries) {}
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(ServiceList.class, kind).flatMap(l -> s.createQuery(
                        "from ServiceEntry where kind = :k and toVersion is null order by code", ServiceEntry.class).setParameter("k", kind).getResultList()
                .flatMap(es -> s.createQuery("from Department", Department.class).getResultList()
                        .flatMap(ds -> s.createQuery("select count(*) from ServiceEntry where kind = :k and (fromVersion = :v or toVersion = :v)", Long.class)
                                .setParameter("k", kind).setParameter("v", l.editingVersion()).getSingleResult()
                                .flatMap(n -> (l.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : s.find(InfoItem.class, l.itemId))
                                        .map(i -> {
                                            Map<String, Department> byCode = new LinkedHashMap<>();
                                            ds.forEach(d -> byCode.put(d.code, d));
                                            s.detach(l);
                                            return new Read(l, es, byCode, i, n);
                                        })))))))
                .flatMap(r -> {
                    if (r.entries().isEmpty()) throw ProblemException.conflict("the " + kind.en.toLowerCase() + " has no entry");
                    InfoItem i = r.item();
                    boolean published = i != null && !i.state.editable();
                    if (published && r.changedEntries() == 0) {
                        throw ProblemException.conflict("nothing changed since version " + r.list().publishedVersion + " of the " + kind.en.toLowerCase() + " was published");
                    }
                    if (published && blank(reason)) throw ProblemException.badField("reason", "the list is published: say what changed");
                    ItemInput in = new ItemInput(null, kind.column, kind.zh, null, "ZCFG", time.today(), List.of("政务服务", kind.zh),
                            ServiceListText.summary(kind, r.entries()), ServiceListText.body(kind, r.entries(), r.departments()), DisclosureAttribute.PUBLIC,
                            null, null, null, false, null, null, null, null, List.of(), ItemType.SERVICE_LIST, SUBJECT, kind.name(), null, null, null);
                    Uni<InfoItem> saved = items.redraft(i, in, i == null || i.state.editable() ? null : kind.zh + "调整：" + reason.trim(), actor);
                    int seen = r.list().changes;
                    return saved.call(item -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(ServiceList.class, kind, LockMode.PESSIMISTIC_WRITE)
                            .flatMap(l -> {
                                if (l.itemId != null && !l.itemId.equals(item.id)) throw ProblemException.conflict("the list was drafted at the same time: try again");
                                l.itemId = item.id;
                                // a change made while this was drafted makes the gate refuse it until it is drafted again
                                l.draftedChanges = seen;
                                l.draftReason = blank(reason) ? null : reason.trim();
                                return audit.record(actor, "service-list.drafted", SUBJECT, kind.name(), null,
                                        Map.of("item", item.id, "entries", r.entries().size(), "reason", blank(reason) ? "" : reason.trim()));
                            }))));
                });
    }

    /** The list's item went live: the version being edited is now published, recorded, and the clock met. */
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        Kind kind = Kind.valueOf(i.featureId);
        return Panache.getSession().flatMap(s -> s.find(ServiceList.class, kind, LockMode.PESSIMISTIC_WRITE).flatMap(l -> {
            if (l == null || !i.id.equals(l.itemId)) return Uni.createFrom().voidItem();
            int version = l.editingVersion();
            return s.createQuery("select count(*) from ServiceEntry where kind = :k and fromVersion <= :v and (toVersion is null or toVersion > :v)", Long.class)
                    .setParameter("k", kind).setParameter("v", version).getSingleResult().flatMap(n -> {
                        l.publishedVersion = version;
                        ServiceListVersion pv = new ServiceListVersion();
                        pv.kind = kind;
                        pv.version = version;
                        pv.publishedOn = time.today();
                        pv.itemId = i.id;
                        pv.itemVersion = v.versionNo;
                        pv.reason = l.draftReason;
                        pv.entries = n.intValue();
                        l.draftReason = null;
                        return s.persist(pv).call(s::flush)
                                .call(() -> obligations.running(SUBJECT, kind.name(), RULE)
                                        .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                                .call(() -> audit.record(actor, "service-list.published", SUBJECT, kind.name(), null,
                                        Map.of("version", version, "item", i.id, "entries", n)));
                    });
        })).replaceWithVoid();
    }
}
