package org.gongkai.dataresource.service;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.csv.Csv;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.worker.Workers;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.dataresource.DataRelease;
import org.gongkai.dataresource.DataResource;
import org.gongkai.dataresource.FieldMask;
import org.gongkai.dataresource.service.DataCatalogueService.Field;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;
import org.gongkai.dataresource.service.DataCatalogueService.Sensitivity;

/**
 * R40 for a resource no system carries: its department records a change (the R40 clock: reported within 20 working
 * days, a setting) and reports the data as a sheet of the resource's fields, which meets the clock. The sheet is
 * parsed, checked and encrypted on a worker, outside any transaction; an open resource's newest release is what the
 * portal's download gives, desensitised by {@link #desensitise}, the one place a release leaves the platform.
 */
@ApplicationScoped
public class DataReleaseService {
    public static final String SUBJECT = "data-resource";
    /** The report clock of one resource (R40: within 20 working days of a change); "R40" itself is the yearly Q3 refresh quota. */
    public static final String RULE = "R40-RPT";
    public static final String REFRESH_QUOTA = "R40";
    /** At most this many bytes a release (a bureau's sheet of schools or teachers is far smaller). */
    public static final int MAX_BYTES = 5_000_000;

    @Inject
    AuditService audit;
    @Inject
    ObligationService obligations;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    Workers workers;
    @Inject
    org.gongkai.compliance.service.QuotaService quotas;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "gongkai.data-resources.report-working-days")
    int reportWorkingDays;
    @ConfigProperty(name = "gongkai.data-resources.hash-salt")
    String salt;

    private static Uni<DataResource> resource(String code) {
        return Panache.getSession().flatMap(s -> s.createQuery("from DataResource where code = :c", DataResource.class).setParameter("c", code).getResultList())
                .map(l -> {
                    if (l.isEmpty()) throw ProblemException.notFound("data resource", code);
                    return l.get(0);
                });
    }

    /** The department records that a resource's data changed on a day: the R40 clock opens (a system's resource is shared by API call instead). */
    public Uni<Void> changed(String code, LocalDate on, Actor actor, java.util.function.Consumer<String> may) {
        LocalDate day = on == null ? time.today() : on;
        if (day.isAfter(time.today())) throw ProblemException.badField("changedOn", "is in the future");
        return Panache.withTransaction(() -> resource(code).flatMap(r -> {
            may.accept(r.providerDepartmentCode);
            if (r.systemName != null) throw ProblemException.conflict("resource " + code + " is carried by " + r.systemName + ": it is shared by API call, not reported");
            return obligations.running(SUBJECT, code, RULE).flatMap(o -> o != null ? Uni.createFrom().voidItem()
                    : obligations.open(new ObligationService.OpenCommand(SUBJECT, code, RULE, "数据资源更新报送：" + r.name, r.providerDepartmentCode, null, day,
                            reportWorkingDays, CountUnit.WORKING, false), actor).replaceWithVoid())
                    .call(() -> audit.record(actor, "data-resource.changed-data", SUBJECT, code, null, Map.of("changedOn", day.toString())));
        }));
    }

    public record Received(List<String> columns, int rows, String encrypted) {}

    /** A sheet checked against the resource's fields: a header of field names, each once; every row as long as the header. Pure. */
    static List<List<String>> check(List<List<String>> rows, List<Field> fields) {
        if (rows.isEmpty()) throw ProblemException.badField("file", "is empty: a header of field names, then the rows");
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        Set<String> known = new HashSet<>(fields.stream().map(Field::name).toList());
        List<FieldError> e = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!known.contains(h)) e.add(new FieldError("file.header[" + i + "]", "\"" + h + "\" is not a field of the resource: " + String.join("、", known)));
            else if (!seen.add(h)) e.add(new FieldError("file.header[" + i + "]", "\"" + h + "\" is there twice"));
        }
        for (int r = 1; r < rows.size() && e.size() < 20; r++) {
            if (rows.get(r).size() != header.size()) e.add(new FieldError("file.row[" + (r + 1) + "]", "has " + rows.get(r).size() + " cells, the header " + header.size()));
        }
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return rows;
    }

    /** The department reports the data (R40): checked and encrypted on a worker, stored as the next release; the clock is met. */
    public Uni<DataRelease> release(String code, byte[] sheet, LocalDate changedOn, Actor actor, java.util.function.Consumer<String> may) {
        if (sheet == null || sheet.length == 0) throw ProblemException.badField("file", "is required: a CSV of the resource's fields");
        if (sheet.length > MAX_BYTES) throw ProblemException.badField("file", "is at most " + MAX_BYTES + " bytes");
        LocalDate day = changedOn == null ? time.today() : changedOn;
        if (day.isAfter(time.today())) throw ProblemException.badField("changedOn", "is in the future");
        return Panache.withSession(() -> resource(code)).invoke(r -> may.accept(r.providerDepartmentCode))
                .flatMap(r -> workers.run(() -> {
                    List<List<String>> read = org.gongkai.common.csv.Sheets.looksLikeXlsx(sheet)
                            ? org.gongkai.common.csv.Sheets.read(sheet, 0, 200_000, "file") : Csv.parse(Csv.decode(sheet));
                    List<List<String>> rows = check(read, DataCatalogueService.fields(r));
                    List<String> header = rows.get(0).stream().map(String::trim).toList();
                    return new Received(header, rows.size() - 1, cipher.encrypt(Csv.write(header, rows.subList(1, rows.size()))));
                }).flatMap(in -> Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.createQuery(
                                "select coalesce(max(seq), 0) from DataRelease where resourceCode = :c", Integer.class).setParameter("c", code).getSingleResult()
                        .flatMap(n -> {
                            DataRelease x = new DataRelease();
                            x.resourceCode = code;
                            x.seq = n + 1;
                            x.changedOn = day;
                            x.columns = String.join(",", in.columns());
                            x.rowsCount = in.rows();
                            x.contentEnc = in.encrypted();
                            x.receivedBy = actor.username();
                            x.receivedAt = time.now();
                            return s.persist(x).call(s::flush)
                                    .call(() -> obligations.running(SUBJECT, code, RULE)
                                            .flatMap(o -> o == null ? Uni.createFrom().voidItem() : obligations.complete(o.id, time.today(), actor).replaceWithVoid()))
                                    // a yearly resource refreshed in the third quarter counts towards the bureau's R40 quota
                                    .call(() -> refreshed(r, actor))
                                    // the audit trail says how much, never what
                                    .call(() -> audit.record(actor, "data-resource.released", SUBJECT, code, null,
                                            Map.of("seq", x.seq, "rows", x.rowsCount, "columns", x.columns)))
                                    .replaceWith(x);
                        })))));
    }

    /**
     * What leaves the platform of a release, by the published resource's fields: PUBLIC as it is, MASKED by its rule,
     * SHARE_ONLY and WITHHELD left out (an open download is not a share), and a column no field names any more left
     * out too. Pure but for the salt. Returns the header and the rows.
     */
    public static List<List<String>> desensitise(List<List<String>> rows, List<Field> fields, String salt) {
        Map<String, Field> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        List<String> header = rows.get(0);
        List<Integer> keep = new ArrayList<>();
        List<FieldMask> masks = new ArrayList<>();
        List<String> outHeader = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Field f = byName.get(header.get(i).trim());
            if (f == null || f.sensitivity() == Sensitivity.SHARE_ONLY || f.sensitivity() == Sensitivity.WITHHELD) continue;
            FieldMask m = f.sensitivity() == Sensitivity.MASKED ? FieldMask.parse(f.mask()) : FieldMask.NONE;
            if (m.kind() == FieldMask.Kind.DROP) continue;
            keep.add(i);
            masks.add(m);
            outHeader.add(f.name());
        }
        List<List<String>> out = new ArrayList<>();
        out.add(outHeader);
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> o = new ArrayList<>();
            for (int k = 0; k < keep.size(); k++) {
                int i = keep.get(k);
                o.add(masks.get(k).apply(i < row.size() ? row.get(i) : "", salt));
            }
            out.add(o);
        }
        return out;
    }

    /** The newest release of an open resource of the published catalogue, desensitised (decrypted and masked on a worker). */
    public Uni<List<List<String>>> openData(PublicResource r) {
        if (r.openType() != DataResource.OpenType.OPEN) throw ProblemException.forbidden("resource " + r.code() + " is not open data: " + blankOr(r.openCondition()));
        return newest(r.code()).flatMap(rows -> {
            if (rows == null) throw ProblemException.notFound("data release of", r.code());
            return workers.run(() -> desensitise(rows, r.fields(), salt));
        });
    }

    /** The newest release of a resource as it was reported (header, then rows), decrypted on a worker; null when none was. Never leaves unmasked. */
    public Uni<List<List<String>>> newest(String code) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("select contentEnc from DataRelease where resourceCode = :c order by seq desc", String.class)
                        .setParameter("c", code).setMaxResults(1).getResultList()))
                .flatMap(l -> l.isEmpty() ? Uni.createFrom().<List<List<String>>>nullItem() : workers.run(() -> Csv.parse(cipher.decrypt(l.get(0)))));
    }

    /** R40: yearly resources are refreshed in the third quarter — a yearly resource's release from July to September is the event. */
    private Uni<Void> refreshed(DataResource r, Actor actor) {
        java.time.LocalDate today = time.today();
        if (r.updateCycle != DataResource.Cycle.YEARLY || today.getMonthValue() < 7 || today.getMonthValue() > 9) return Uni.createFrom().voidItem();
        return quotas.recordQualifying(REFRESH_QUOTA, r.providerDepartmentCode, today, "数据资源年度更新：" + r.code + " " + r.name, actor).replaceWithVoid();
    }

    private static String blankOr(String s) {
        return blank(s) ? "" : s;
    }

    public Uni<List<DataRelease>> releases(String code) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from DataRelease where resourceCode = :c order by seq desc", DataRelease.class)
                .setParameter("c", code).setMaxResults(20).getResultList()));
    }
}
