package org.gongkai.dataresource.service;

import static org.gongkai.common.error.Validation.blank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.gongkai.dataresource.DataCatalogue;
import org.gongkai.dataresource.DataCatalogueVersion;
import org.gongkai.dataresource.DataResource;
import org.gongkai.dataresource.FieldMask;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.ItemType;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.organisation.Department;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The data resource catalogue (R37–R39): resources described with their fields — each field's sensitivity and, when
 * masked, its rule (R37: a partly sensitive resource is desensitised, never withheld whole) —, their share and open
 * types with the conditions or legal basis, update cycle and carrying system. A change opens R39 (the catalogue
 * adjusted and republished within 20 working days, a setting) if none runs; drafting renders the register as the
 * DATA_CATALOGUE item for the review (a revision with what changed once published); its publication freezes the
 * register into the next version. The catalogue's row is locked for each change.
 */
@ApplicationScoped
public class DataCatalogueService {
    public static final String SUBJECT = "data-catalogue";
    public static final String RULE = "R39";
    /** The info section (信息科), which keeps the catalogue and decides on sharing (R43). */
    public static final String INFO_SECTION = "XXK";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    ItemService items;
    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "gongkai.data-catalogue.adjust-working-days")
    int adjustWorkingDays;

    /** 公开, 仅共享, 脱敏, 不予共享开放. */
    public enum Sensitivity { PUBLIC, SHARE_ONLY, MASKED, WITHHELD }

    /** A field (信息项) of a resource. {@code mask}: the rule of a MASKED field ({@link FieldMask}). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DataResourceField")
    public record Field(String name, String type, String description, Sensitivity sensitivity, String mask) {}

    public record ResourceInput(String code, String classification, String name, String providerDepartmentCode, String summary,
                                DataResource.Format format, DataResource.ShareType shareType, String shareCondition,
                                DataResource.OpenType openType, String openCondition, DataResource.Cycle updateCycle, String systemName,
                                List<String> relatedCodes, List<Field> fields) {}

    static final Set<String> TYPES = Set.of("STRING", "NUMBER", "DATE", "DATETIME", "BOOLEAN", "CODE", "FILE");

    /** Every failing field of a resource at once. Pure. */
    public static List<FieldError> validate(ResourceInput in) {
        List<FieldError> e = new ArrayList<>();
        if (in == null) return List.of(new FieldError("body", "is required"));
        Validation.text(e, "classification", in.classification(), 40, true);
        if (!blank(in.classification()) && !in.classification().trim().matches("\\d{2}(\\.\\d{2}){0,3}")) {
            e.add(new FieldError("classification", "类/项/目/细目 as two digits each, e.g. 01.02.03"));
        }
        Validation.text(e, "code", in.code(), 40, true);
        if (!blank(in.code()) && !blank(in.classification()) && !in.code().trim().matches(java.util.regex.Pattern.quote(in.classification().trim()) + "-\\d{3,6}")) {
            e.add(new FieldError("code", "the classification and a sequence number, e.g. " + in.classification().trim() + "-0001"));
        }
        Validation.text(e, "name", in.name(), 200, true);
        Validation.text(e, "providerDepartmentCode", in.providerDepartmentCode(), 32, true);
        Validation.text(e, "summary", in.summary(), 5000, true);
        if (in.format() == null) e.add(new FieldError("format", "FILE, SHEET, DATABASE, IMAGE, STREAM or INTERFACE"));
        if (in.shareType() == null) e.add(new FieldError("shareType", "UNCONDITIONAL, CONDITIONAL or NOT_SHARED"));
        else if (in.shareType() != DataResource.ShareType.UNCONDITIONAL) Validation.text(e, "shareCondition", in.shareCondition(), 2000, true);
        if (in.openType() == null) e.add(new FieldError("openType", "OPEN, CONDITIONAL or NOT_OPEN"));
        else if (in.openType() != DataResource.OpenType.OPEN) Validation.text(e, "openCondition", in.openCondition(), 2000, true);
        if (in.shareType() == DataResource.ShareType.NOT_SHARED && in.openType() != null && in.openType() != DataResource.OpenType.NOT_OPEN) {
            e.add(new FieldError("openType", "a resource not shared with other bodies is not opened to the public either"));
        }
        if (in.updateCycle() == null) e.add(new FieldError("updateCycle", "REAL_TIME, DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY or IRREGULAR"));
        Validation.text(e, "systemName", in.systemName(), 200, false);
        List<String> related = in.relatedCodes() == null ? List.of() : in.relatedCodes();
        if (related.size() > 20 || related.stream().anyMatch(c -> blank(c) || c.length() > 40 || c.contains(","))) e.add(new FieldError("relatedCodes", "at most 20 codes"));
        List<Field> fs = in.fields() == null ? List.of() : in.fields();
        if (fs.isEmpty() || fs.size() > 200) e.add(new FieldError("fields", "one to two hundred fields (信息项)"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            String at = "fields[" + i + "].";
            if (f == null) {
                e.add(new FieldError("fields[" + i + "]", "is required"));
                continue;
            }
            Validation.text(e, at + "name", f.name(), 100, true);
            if (!blank(f.name()) && !names.add(f.name().trim())) e.add(new FieldError(at + "name", "another field has this name"));
            if (blank(f.type()) || !TYPES.contains(f.type().trim().toUpperCase())) e.add(new FieldError(at + "type", "one of " + String.join(", ", new java.util.TreeSet<>(TYPES))));
            Validation.text(e, at + "description", f.description(), 500, false);
            if (f.sensitivity() == null) e.add(new FieldError(at + "sensitivity", "PUBLIC, SHARE_ONLY, MASKED or WITHHELD"));
            else if (f.sensitivity() == Sensitivity.MASKED) {
                try {
                    FieldMask m = FieldMask.parse(f.mask());
                    if (m.kind() == FieldMask.Kind.NONE) e.add(new FieldError(at + "mask", "a masked field says how: KEEP_ENDS:first,last, YEAR, DISTRICT, HASH or DROP"));
                } catch (IllegalArgumentException x) {
                    e.add(new FieldError(at + "mask", x.getMessage()));
                }
            } else if (!blank(f.mask())) e.add(new FieldError(at + "mask", "only a MASKED field has a masking rule"));
        }
        // R37: desensitised, never withheld whole
        if (!fs.isEmpty() && fs.stream().allMatch(f -> f != null && f.sensitivity() == Sensitivity.WITHHELD)) {
            e.add(new FieldError("fields", "a resource is desensitised, not withheld whole (R37): mask the sensitive fields, keep the others"));
        }
        return e;
    }

    static void apply(DataResource r, ResourceInput in) {
        r.code = in.code().trim();
        r.classification = in.classification().trim();
        r.name = in.name().trim();
        r.providerDepartmentCode = in.providerDepartmentCode().trim();
        r.summary = in.summary().trim();
        r.format = in.format();
        r.shareType = in.shareType();
        r.shareCondition = in.shareType() == DataResource.ShareType.UNCONDITIONAL ? null : in.shareCondition().trim();
        r.openType = in.openType();
        r.openCondition = in.openType() == DataResource.OpenType.OPEN ? null : in.openCondition().trim();
        r.updateCycle = in.updateCycle();
        r.systemName = blank(in.systemName()) ? null : in.systemName().trim();
        r.relatedCodes = String.join(",", in.relatedCodes() == null ? List.of() : in.relatedCodes().stream().map(String::trim).distinct().toList());
        r.fields = writeFields(in.fields().stream().map(f -> new Field(f.name().trim(), f.type().trim().toUpperCase(), blank(f.description()) ? null : f.description().trim(),
                f.sensitivity(), f.sensitivity() == Sensitivity.MASKED ? FieldMask.parse(f.mask()).toString() : null)).toList());
    }

    static String writeFields(List<Field> fs) {
        try {
            return JSON.writeValueAsString(fs);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Field> fields(DataResource r) {
        try {
            return JSON.readValue(r.fields, new TypeReference<List<Field>>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> related(DataResource r) {
        return r.relatedCodes == null || r.relatedCodes.isBlank() ? List.of() : Arrays.asList(r.relatedCodes.split(","));
    }

    static List<Object> content(DataResource r) {
        return Arrays.asList(r.code, r.classification, r.name, r.providerDepartmentCode, r.summary, r.format, r.shareType, r.shareCondition, r.openType,
                r.openCondition, r.updateCycle, r.systemName, r.relatedCodes, r.fields);
    }

    static Map<String, Object> snapshot(DataResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code);
        m.put("name", r.name);
        m.put("provider", r.providerDepartmentCode);
        m.put("shareType", r.shareType.name());
        m.put("openType", r.openType.name());
        return m;
    }

    // ------------------------------------------------------------------ changes

    /** The catalogue's row, locked; refused while its item is in the review (what is reviewed stays as drafted). */
    private static Uni<DataCatalogue> locked(Mutiny.Session s) {
        return s.find(DataCatalogue.class, DataCatalogue.ID, LockMode.PESSIMISTIC_WRITE).flatMap(c -> c.itemId == null ? Uni.createFrom().item(c)
                : s.find(InfoItem.class, c.itemId).map(i -> {
                    if (i.state.inReview()) {
                        throw ProblemException.conflict("the data catalogue is in the review: change it after it is published or returned");
                    }
                    return c;
                }));
    }

    private Uni<Void> changed(DataCatalogue c, String title, Actor actor) {
        c.changes++;
        c.updatedAt = time.now();
        return obligations.running(SUBJECT, "catalogue", RULE).flatMap(o -> o != null ? Uni.createFrom().voidItem()
                : obligations.open(new ObligationService.OpenCommand(SUBJECT, "catalogue", RULE, "资源目录调整后重新公布：" + title, INFO_SECTION, null,
                        time.today(), adjustWorkingDays, CountUnit.WORKING, false), actor).replaceWithVoid());
    }

    private static Uni<Department> department(Mutiny.Session s, String code) {
        return s.createQuery("from Department where code = :c and active = true", Department.class).setParameter("c", code.trim()).getResultList().map(l -> {
            if (l.isEmpty()) throw ProblemException.badField("providerDepartmentCode", "no department " + code.trim());
            return l.get(0);
        });
    }

    /** A resource added; {@code may} says whether the caller may describe the provider's resources. */
    public Uni<DataResource> add(ResourceInput in, Actor actor, java.util.function.Consumer<String> may) {
        List<FieldError> e = validate(in);
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        may.accept(in.providerDepartmentCode().trim());
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> locked(s).flatMap(c -> department(s, in.providerDepartmentCode())
                .flatMap(d -> s.createQuery("select count(*) from DataResource where code = :c", Long.class).setParameter("c", in.code().trim()).getSingleResult())
                .flatMap(n -> {
                    if (n > 0) throw ProblemException.conflict("the catalogue has a resource " + in.code().trim() + " already");
                    DataResource r = new DataResource();
                    apply(r, in);
                    r.updatedBy = actor.username();
                    r.updatedAt = time.now();
                    return s.persist(r).call(s::flush).call(() -> changed(c, "新增" + r.name, actor))
                            .call(() -> audit.record(actor, "data-resource.added", SUBJECT, r.code, null, snapshot(r))).replaceWith(r);
                }))));
    }

    /** A resource changed (its code stays); the provider's own staff for their resources, or the info section and the office. */
    public Uni<DataResource> change(String code, ResourceInput in, Actor actor, java.util.function.Consumer<String> may) {
        List<FieldError> e = new ArrayList<>(validate(in));
        if (in != null && !blank(in.code()) && !in.code().trim().equals(code)) e.add(new FieldError("code", "a resource keeps its code: retire it and add a new one"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> locked(s).flatMap(c -> find(s, code).flatMap(r -> {
            may.accept(r.providerDepartmentCode);
            may.accept(in.providerDepartmentCode().trim());
            return department(s, in.providerDepartmentCode()).flatMap(d -> {
                Map<String, Object> before = snapshot(r);
                List<Object> was = content(r);
                apply(r, in);
                if (content(r).equals(was)) return Uni.createFrom().item(r);
                r.updatedBy = actor.username();
                r.updatedAt = time.now();
                return s.flush().call(() -> changed(c, "修改" + r.name, actor))
                        .call(() -> audit.record(actor, "data-resource.changed", SUBJECT, r.code, before, snapshot(r))).replaceWith(r);
            });
        }))));
    }

    /** A resource off the catalogue from its next version, with the reason; the published versions keep it. */
    public Uni<Void> retire(String code, String reason, Actor actor, java.util.function.Consumer<String> may) {
        if (blank(reason) || reason.length() > 500) throw ProblemException.badField("reason", "is required: why the resource leaves the catalogue, at most 500 characters");
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> locked(s).flatMap(c -> find(s, code).flatMap(r -> {
            may.accept(r.providerDepartmentCode);
            Map<String, Object> before = snapshot(r);
            return s.remove(r).call(s::flush).call(() -> changed(c, "删除" + r.name, actor))
                    .call(() -> audit.record(actor, "data-resource.retired", SUBJECT, r.code, before, Map.of("reason", reason.trim())));
        })))).replaceWithVoid();
    }

    private static Uni<DataResource> find(Mutiny.Session s, String code) {
        return s.createQuery("from DataResource where code = :c", DataResource.class).setParameter("c", code).getResultList().map(l -> {
            if (l.isEmpty()) throw ProblemException.notFound("data resource", code);
            return l.get(0);
        });
    }

    // ------------------------------------------------------------------ drafting and publication

    /**
     * The register drafted as the DATA_CATALOGUE item for the review; once published, revised into a new version with
     * what changed ({@code reason}, required). Nothing changed since the last version: nothing to draft (409).
     */
    public Uni<InfoItem> draft(String reason, Actor actor) {
        if (reason != null && reason.length() > 500) throw ProblemException.badField("reason", "is at most 500 characters");
        record Read(DataCatalogue catalogue, List<DataResource> resources, Map<String, Department> departments, InfoItem item) {}
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(DataCatalogue.class, DataCatalogue.ID).flatMap(c -> s.createQuery(
                        "from DataResource order by code", DataResource.class).getResultList()
                .flatMap(rs -> s.createQuery("from Department", Department.class).getResultList()
                        .flatMap(ds -> (c.itemId == null ? Uni.createFrom().<InfoItem>nullItem() : s.find(InfoItem.class, c.itemId)).map(i -> {
                            Map<String, Department> byCode = new LinkedHashMap<>();
                            ds.forEach(d -> byCode.put(d.code, d));
                            s.detach(c);
                            return new Read(c, rs, byCode, i);
                        }))))))
                .flatMap(r -> {
                    if (r.resources().isEmpty()) throw ProblemException.conflict("the data catalogue has no resource");
                    InfoItem i = r.item();
                    boolean published = i != null && !i.state.editable();
                    if (published && !r.catalogue().changedSinceDrafted()) {
                        throw ProblemException.conflict("nothing changed since version " + r.catalogue().publishedVersion + " of the data catalogue was published");
                    }
                    if (published && blank(reason)) throw ProblemException.badField("reason", "the catalogue is published: say what changed");
                    ItemInput in = new ItemInput(null, null, "临沂市教育局信息数据资源共享开放目录", null, INFO_SECTION, time.today(), List.of("数据资源"),
                            "本局信息数据资源共" + r.resources().size() + "项，列明资源分类、提供单位、格式、共享类型、开放类型和更新周期。",
                            DataCatalogueText.body(r.resources(), r.departments()), DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null,
                            List.of(), ItemType.DATA_CATALOGUE, SUBJECT, "catalogue", null, null, null);
                    Uni<InfoItem> saved = items.redraft(i, in, i == null || i.state.editable() ? null : "资源目录调整：" + reason.trim(), actor);
                    int seen = r.catalogue().changes;
                    return saved.call(item -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(DataCatalogue.class, DataCatalogue.ID, LockMode.PESSIMISTIC_WRITE)
                            .flatMap(c -> {
                                if (c.itemId != null && !c.itemId.equals(item.id)) throw ProblemException.conflict("the catalogue was drafted at the same time: try again");
                                c.itemId = item.id;
                                c.draftedChanges = seen;
                                c.draftReason = blank(reason) ? null : reason.trim();
                                return audit.record(actor, "data-catalogue.drafted", SUBJECT, "catalogue", null,
                                        Map.of("item", item.id, "resources", r.resources().size(), "reason", blank(reason) ? "" : reason.trim()));
                            }))));
                });
    }

    /** The catalogue's item went live: the register, as reviewed, is frozen into the next version; the clock is met. */
    public Uni<Void> published(InfoItem i, InfoItemVersion v, Actor actor) {
        return Panache.getSession().flatMap(s -> s.find(DataCatalogue.class, DataCatalogue.ID, LockMode.PESSIMISTIC_WRITE).flatMap(c -> {
            if (c == null || !i.id.equals(c.itemId)) return Uni.createFrom().voidItem();
            return s.createQuery("from DataResource order by code", DataResource.class).getResultList().flatMap(rs -> {
                int version = c.publishedVersion + 1;
                DataCatalogueVersion pv = new DataCatalogueVersion();
                pv.version = version;
                pv.publishedOn = time.today();
                pv.itemId = i.id;
                pv.reason = c.draftReason;
                pv.resources = rs.size();
                pv.snapshot = writeSnapshot(rs.stream().map(PublicResource::of).toList());
                c.publishedVersion = version;
                c.draftReason = null;
                return s.persist(pv).call(s::flush)
                        .call(() -> obligations.running(SUBJECT, "catalogue", RULE)
                                .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                        .call(() -> audit.record(actor, "data-catalogue.published", SUBJECT, "catalogue", null, Map.of("version", version, "item", i.id, "resources", rs.size())));
            });
        })).replaceWithVoid();
    }

    /** A resource's public metadata, as a published version holds it (the data itself is never in it). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DataResource")
    public record PublicResource(String code, String classification, String name, String providerDepartmentCode, String summary,
                                 DataResource.Format format, DataResource.ShareType shareType, String shareCondition,
                                 DataResource.OpenType openType, String openCondition, DataResource.Cycle updateCycle, String systemName,
                                 List<String> relatedCodes, List<Field> fields, java.time.Instant updatedAt) {
        public static PublicResource of(DataResource r) {
            return new PublicResource(r.code, r.classification, r.name, r.providerDepartmentCode, r.summary, r.format, r.shareType, r.shareCondition,
                    r.openType, r.openCondition, r.updateCycle, r.systemName, related(r), DataCatalogueService.fields(r), r.updatedAt);
        }
    }

    static String writeSnapshot(List<PublicResource> rs) {
        try {
            return JSON.writeValueAsString(rs);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<PublicResource> readSnapshot(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<PublicResource>>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
