package org.gongkai.catalogue.service;

import static org.gongkai.common.error.Validation.blank;
import static org.gongkai.common.error.Validation.requireText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.catalogue.CatalogueColumn;
import org.gongkai.catalogue.CatalogueVersion;
import org.gongkai.catalogue.repository.CatalogueRepository;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.organisation.repository.DepartmentRepository;

/** The catalogue's use cases: read a version, edit a draft version, publish it, register a change of duties (R7). */
@ApplicationScoped
public class CatalogueService {
    public static final String SUBJECT = "catalogue";
    public static final String DUTIES = "duties";
    /** R7: the catalogue is adjusted within 20 working days of a change of duties. */
    /** R7: the catalogue follows a change of duties within 20 working days. A setting with the legal default. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gongkai.catalogue.adjust-working-days")
    int adjustWorkingDays;

    @Inject
    CatalogueRepository repository;
    @Inject
    DepartmentRepository departments;
    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    TimeSource time;

    /** A version with its columns. */
    public record Tree(CatalogueVersion version, List<CatalogueColumn> columns) {
        public Set<String> descendantsAndSelf(String code) {
            Set<String> out = new HashSet<>();
            out.add(code);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (CatalogueColumn c : columns) {
                    if (c.parentCode != null && out.contains(c.parentCode) && out.add(c.code)) grew = true;
                }
            }
            return out;
        }

        public CatalogueColumn column(String code) {
            return columns.stream().filter(c -> c.code.equals(code)).findFirst().orElse(null);
        }
    }

    @Inject
    org.gongkai.common.web.PublicEpoch epoch;
    private volatile Tree published;

    /**
     * The published catalogue as the portal reads it (issue 17): held in memory, keyed by the published version
     * number the public epoch reports, so read again only when another version is published (by any application
     * copy; at most a second late). The tree is shared: read it, never change it.
     */
    public Uni<Tree> published() {
        return epoch.current().flatMap(s -> {
            Tree t = published;
            if (t != null && t.version().versionNo == s.catalogueVersion()) return Uni.createFrom().item(t);
            return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> repository.current()
                    .flatMap(v -> v == null ? Uni.createFrom().<Tree>nullItem() : repository.columns(v.id).map(cols -> new Tree(v, List.copyOf(cols)))))
                    .invoke(tree -> { if (tree != null) published = tree; });
        });
    }

    /**
     * A published column and its sub-columns (a list of a column includes them), or null when there is no such column.
     * A column published a moment ago by another copy is looked up afresh rather than reported missing.
     */
    public Uni<Set<String>> publishedColumnAndBelow(String code) {
        return published().flatMap(tree -> {
            if (tree != null && tree.column(code) != null) return Uni.createFrom().item(tree.descendantsAndSelf(code));
            published = null;
            return published().map(t -> t == null || t.column(code) == null ? null : t.descendantsAndSelf(code));
        });
    }

    @WithSession
    public Uni<Tree> current() {
        return repository.current().flatMap(v -> repository.columns(v.id).map(cols -> new Tree(v, cols)));
    }

    @WithSession
    public Uni<Tree> version(int no) {
        return repository.byNumber(no).flatMap(v -> {
            if (v == null) throw ProblemException.notFound("catalogue version", no);
            return repository.columns(v.id).map(cols -> new Tree(v, cols));
        });
    }

    @WithSession
    public Uni<Tree> draft() {
        return repository.draft().flatMap(v -> {
            if (v == null) throw ProblemException.notFound("catalogue draft", "");
            return repository.columns(v.id).map(cols -> new Tree(v, cols));
        });
    }

    @WithSession
    public Uni<List<CatalogueVersion>> versions() {
        return repository.versions();
    }

    @WithTransaction
    public Uni<Tree> openDraft(String reason, Actor actor) {
        requireText("reason", reason, 500);
        return repository.draft().flatMap(existing -> {
            if (existing != null) throw ProblemException.conflict("a draft catalogue (version " + existing.versionNo + ") is already open");
            return repository.maxVersionNo().flatMap(max -> current().flatMap(cur -> {
                CatalogueVersion v = new CatalogueVersion();
                v.versionNo = max + 1;
                v.state = CatalogueVersion.State.DRAFT;
                v.reason = reason.trim();
                v.createdAt = time.now();
                v.createdBy = actor.username();
                return repository.persist(v).call(repository::flush).flatMap(saved -> {
                    List<CatalogueColumn> copies = cur.columns().stream().map(c -> c.copyTo(saved.id)).toList();
                    return repository.persistColumns(copies).call(repository::flush)
                            .call(() -> audit.record(actor, "catalogue.draft.opened", SUBJECT, saved.versionNo, null, Map.of("reason", v.reason)))
                            .replaceWith(new Tree(saved, new ArrayList<>(copies)));
                });
            }));
        });
    }

    /** The fields of a column as the office edits them. */
    public record ColumnInput(String code, String parentCode, String nameZh, String nameEn, Integer sortOrder,
                              String departmentCode, String responsiblePerson, Integer updateDays, String description) {}

    @WithTransaction
    public Uni<CatalogueColumn> addColumn(ColumnInput in, Actor actor) {
        return draft().flatMap(tree -> validate(tree, in, null).flatMap(x -> {
            if (tree.column(in.code()) != null) throw ProblemException.badField("code", "column " + in.code() + " exists");
            CatalogueColumn c = new CatalogueColumn();
            c.versionId = tree.version().id;
            c.code = in.code().trim();
            apply(c, in);
            return repository.persistColumn(c).call(repository::flush)
                    .call(() -> audit.record(actor, "catalogue.column.added", SUBJECT, tree.version().versionNo, null, snapshot(c)))
                    .replaceWith(c);
        }));
    }

    @WithTransaction
    public Uni<CatalogueColumn> updateColumn(String code, ColumnInput in, Actor actor) {
        return draft().flatMap(tree -> {
            CatalogueColumn c = tree.column(code);
            if (c == null) throw ProblemException.notFound("column", code);
            Map<String, Object> before = snapshot(c);
            return validate(tree, in, code).flatMap(x -> {
                apply(c, in);
                return repository.flush()
                        .call(() -> audit.record(actor, "catalogue.column.changed", SUBJECT, tree.version().versionNo, before, snapshot(c)))
                        .replaceWith(c);
            });
        });
    }

    @WithTransaction
    public Uni<Void> removeColumn(String code, Actor actor) {
        return draft().flatMap(tree -> {
            CatalogueColumn c = tree.column(code);
            if (c == null) throw ProblemException.notFound("column", code);
            if (tree.columns().stream().anyMatch(x -> code.equals(x.parentCode))) {
                throw ProblemException.conflict("column " + code + " has sub-columns: move or remove them first");
            }
            Map<String, Object> before = snapshot(c);
            return repository.removeColumn(c).call(repository::flush)
                    .call(() -> audit.record(actor, "catalogue.column.removed", SUBJECT, tree.version().versionNo, before, null))
                    .replaceWithVoid();
        });
    }

    /** Publishes the draft: it becomes the portal's navigation; the previous version stays readable (R7). */
    @WithTransaction
    public Uni<Tree> publishDraft(Actor actor) {
        return draft().flatMap(tree -> repository.current().flatMap(cur -> {
            if (tree.columns().isEmpty()) throw ProblemException.conflict("the draft catalogue has no columns");
            if (cur != null) cur.state = CatalogueVersion.State.SUPERSEDED;
            CatalogueVersion v = tree.version();
            v.state = CatalogueVersion.State.PUBLISHED;
            v.publishedAt = time.now();
            v.publishedBy = actor.username();
            published = null;
            return repository.flush()
                    .call(() -> audit.record(actor, "catalogue.published", SUBJECT, v.versionNo,
                            cur == null ? null : Map.of("current", cur.versionNo), Map.of("current", v.versionNo)))
                    .call(() -> obligations.forSubject(SUBJECT, DUTIES).flatMap(list -> {
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (Obligation o : list) {
                            if (o.state != ObligationState.OPEN && o.state != ObligationState.PAUSED) continue;
                            long id = o.id;
                            chain = chain.flatMap(x -> obligations.complete(id, time.today(), actor).replaceWithVoid());
                        }
                        return chain;
                    }))
                    .replaceWith(tree);
        }));
    }

    /** R7: duties changed on {@code effective}: the catalogue must be adjusted and re-published within 20 working days. */
    @WithTransaction
    public Uni<Obligation> registerDutyChange(String description, LocalDate effective, Actor actor) {
        requireText("description", description, 300);
        if (effective == null) throw ProblemException.badField("effective", "is required");
        return obligations.open(new ObligationService.OpenCommand(SUBJECT, DUTIES, "R7", "职责调整：" + description.trim(),
                "BGS", null, effective, adjustWorkingDays, CountUnit.WORKING, false), actor);
    }

    private Uni<Void> validate(Tree tree, ColumnInput in, String existingCode) {
        List<org.gongkai.common.error.FieldError> errors = new ArrayList<>();
        if (existingCode == null && (in.code() == null || !in.code().trim().matches("[A-Za-z0-9_-]{1,64}"))) {
            errors.add(new org.gongkai.common.error.FieldError("code", "letters, digits, - or _, at most 64"));
        }
        if (blank(in.nameZh()) || in.nameZh().length() > 100) errors.add(new org.gongkai.common.error.FieldError("nameZh", "is required, at most 100 characters"));
        if (blank(in.nameEn()) || in.nameEn().length() > 200) errors.add(new org.gongkai.common.error.FieldError("nameEn", "is required, at most 200 characters"));
        if (blank(in.responsiblePerson()) || in.responsiblePerson().length() > 128) errors.add(new org.gongkai.common.error.FieldError("responsiblePerson", "is required (R8)"));
        if (in.updateDays() != null && (in.updateDays() < 1 || in.updateDays() > 3660)) errors.add(new org.gongkai.common.error.FieldError("updateDays", "must be between 1 and 3660"));
        if (in.parentCode() != null && !in.parentCode().isBlank()) {
            if (tree.column(in.parentCode()) == null) errors.add(new org.gongkai.common.error.FieldError("parentCode", "no column " + in.parentCode() + " in this version"));
            if (existingCode != null && tree.descendantsAndSelf(existingCode).contains(in.parentCode())) {
                errors.add(new org.gongkai.common.error.FieldError("parentCode", "a column cannot sit under itself"));
            }
        }
        if (blank(in.departmentCode())) errors.add(new org.gongkai.common.error.FieldError("departmentCode", "is required (R8)"));
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
        return departments.byCode(in.departmentCode()).map(d -> {
            if (d == null) throw ProblemException.badField("departmentCode", "no department " + in.departmentCode());
            return null;
        });
    }

    private static void apply(CatalogueColumn c, ColumnInput in) {
        c.parentCode = blank(in.parentCode()) ? null : in.parentCode().trim();
        c.nameZh = in.nameZh().trim();
        c.nameEn = in.nameEn().trim();
        c.sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
        c.departmentCode = in.departmentCode();
        c.responsiblePerson = in.responsiblePerson().trim();
        c.updateDays = in.updateDays();
        c.description = blank(in.description()) ? null : in.description().trim();
    }

    static Map<String, Object> snapshot(CatalogueColumn c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code);
        m.put("parentCode", c.parentCode);
        m.put("nameZh", c.nameZh);
        m.put("departmentCode", c.departmentCode);
        m.put("responsiblePerson", c.responsiblePerson);
        m.put("updateDays", c.updateDays);
        return m;
    }



    /** Its clocks move only through this workflow (issue 9). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Clocks extends org.gongkai.compliance.ClockOwner.Declared {
        public Clocks() {
            super("the disclosure catalogue 公开目录", SUBJECT);
        }
    }
}
