package org.gongkai.dataresource.sharing;

import static org.gongkai.common.error.Validation.blank;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.abuse.RateLimiter;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;
import org.gongkai.dataresource.DataConsumer;
import org.gongkai.dataresource.DataGrant;
import org.gongkai.dataresource.DataResource;
import org.gongkai.dataresource.DataSystem;
import org.gongkai.dataresource.FieldMask;
import org.gongkai.dataresource.service.DataCatalogueService.Field;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;
import org.gongkai.dataresource.service.DataCatalogueService.Sensitivity;
import org.gongkai.dataresource.service.DataReleaseService;
import org.gongkai.dataresource.service.PublishedCatalogue;

/**
 * Sharing by API call (R40): the info section registers the systems that carry resources and the consumers (other
 * bodies' systems), and grants a consumer one resource — the fields it may see, a daily quota, an expiry; revocable.
 * A call is checked against the grant of the calling client, counted against the quota in one atomic statement,
 * forwarded to the source (the carrying system's endpoint, the platform's own tables, or — for a resource no system
 * carries — its newest release) and answered with the grant's fields of the published catalogue only, masked by their
 * rules ({@link #share}). Every call is logged, refused ones too; a page is at most 100 records: nothing exports a whole
 * restricted resource. The hot path is the reactive client only: no ORM session, no transaction.
 */
@ApplicationScoped
public class SharingService {
    public static final String SUBJECT = "data-grant";

    @Inject
    Pool pool;
    @Inject
    DataSources sources;
    @Inject
    PublishedCatalogue published;
    @Inject
    DataReleaseService releases;
    @Inject
    AuditService audit;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "gongkai.data-resources.hash-salt")
    String salt;

    // ---------------------------------------------------------------------------------------------- masking, pure

    /** The fields a grant gives of a resource, in the catalogue's order: granted, not withheld, not dropped by their rule. */
    public static List<Field> given(List<Field> fields, Set<String> granted) {
        List<Field> out = new ArrayList<>();
        for (Field f : fields) {
            if (!granted.contains(f.name()) || f.sensitivity() == Sensitivity.WITHHELD) continue;
            if (f.sensitivity() == Sensitivity.MASKED && FieldMask.parse(f.mask()).kind() == FieldMask.Kind.DROP) continue;
            out.add(f);
        }
        return out;
    }

    /**
     * One record as it leaves the platform: only the given fields (a field the source sends that the catalogue does not
     * name, or the grant does not give, is left out), public and shared-only ones as they are, masked ones by their rule.
     */
    public static Map<String, String> share(Map<String, ?> record, List<Field> given, String salt) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : given) {
            Object v = record.get(f.name());
            String s = v == null ? null : String.valueOf(v);
            out.put(f.name(), f.sensitivity() == Sensitivity.MASKED ? FieldMask.parse(f.mask()).apply(s, salt) : s);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- the call

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SharedPage")
    public record Answer(String resource, List<String> fields, int page, int size, long total, int remainingToday, List<Map<String, String>> records) {}

    record GrantRow(long id, Set<String> fields, int quota, LocalDate expiresOn, boolean revoked) {}

    /** A consumer's call of a shared resource: checked, counted, forwarded, masked, logged. */
    public Uni<Answer> call(String clientId, String code, int page, int size) {
        long t0 = System.nanoTime();
        Instant at = time.now();
        LocalDate today = time.today();
        return published.resource(code, 0).flatMap(r -> grant(clientId, code).flatMap(g -> {
                    if (g == null) throw ProblemException.forbidden("no grant of " + code + " for " + clientId + ": ask for it through the city platform");
                    if (g.revoked()) throw ProblemException.forbidden("the grant of " + code + " for " + clientId + " is revoked");
                    if (g.expiresOn().isBefore(today)) throw ProblemException.forbidden("the grant of " + code + " for " + clientId + " expired on " + g.expiresOn());
                    if (r.shareType() == DataResource.ShareType.NOT_SHARED) throw ProblemException.forbidden(code + " is not shared (不予共享)");
                    List<Field> given = given(r.fields(), g.fields());
                    return count(g, today).flatMap(used -> source(r, page, size).map(sp -> {
                        List<Map<String, String>> recs = new ArrayList<>(sp.records().size());
                        for (Map<String, ?> rec : sp.records()) recs.add(share(rec, given, salt));
                        return new Answer(code, given.stream().map(Field::name).toList(), page, size, sp.total(), g.quota() - used, recs);
                    }));
                }))
                .call(a -> log(at, clientId, code, String.join(",", a.fields()), a.records().size(), 200, null, t0))
                .onFailure().call(e -> log(at, clientId, code, "", 0, e instanceof ProblemException p ? p.status() : 500,
                        e instanceof ProblemException ? e.getMessage() : "failed", t0));
    }

    private Uni<GrantRow> grant(String clientId, String code) {
        return pool.preparedQuery("select g.id, g.fields, g.daily_quota, g.expires_on, g.revoked_at is not null revoked from data_grant g "
                        + "join data_consumer c on c.id = g.consumer_id where c.client_id = $1 and g.resource_code = $2")
                .execute(Tuple.of(clientId, code)).map(rs -> {
                    if (rs.size() == 0) return null;
                    Row r = rs.iterator().next();
                    return new GrantRow(r.getLong("id"), new LinkedHashSet<>(List.of(r.getString("fields").split(","))), r.getInteger("daily_quota"),
                            r.getLocalDate("expires_on"), r.getBoolean("revoked"));
                });
    }

    /** The day's calls of the grant, this one included; past the quota a 429 until midnight (bureau time). */
    private Uni<Integer> count(GrantRow g, LocalDate today) {
        return pool.preparedQuery("insert into data_call_day (grant_id, day, calls) values ($1, $2, 1) on conflict (grant_id, day) "
                        + "do update set calls = data_call_day.calls + 1 where data_call_day.calls < $3 returning calls")
                .execute(Tuple.of(g.id(), today, g.quota())).map(rs -> {
                    if (rs.size() == 0) {
                        int wait = (int) Duration.between(time.now(), today.plusDays(1).atStartOfDay(TimeSource.ZONE).toInstant()).getSeconds();
                        throw RateLimiter.limited("the grant allows " + g.quota() + " calls a day: used up today", wait);
                    }
                    return rs.iterator().next().getInteger("calls");
                });
    }

    private Uni<DataSources.SourcePage> source(PublicResource r, int page, int size) {
        if (r.systemName() == null) {
            // the platform holds the department's newest release (R40): paged from it, never whole
            return releases.newest(r.code()).map(rows -> {
                if (rows == null) return new DataSources.SourcePage(0, List.of());
                List<String> header = rows.get(0).stream().map(String::trim).toList();
                List<List<String>> body = rows.subList(1, rows.size());
                List<Map<String, Object>> out = new ArrayList<>();
                for (int i = page * size; i < Math.min(body.size(), (page + 1) * size); i++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    List<String> row = body.get(i);
                    for (int c = 0; c < header.size(); c++) m.put(header.get(c), c < row.size() ? row.get(c) : null);
                    out.add(m);
                }
                return new DataSources.SourcePage(body.size(), out);
            });
        }
        return pool.preparedQuery("select endpoint from data_system where name = $1").execute(Tuple.of(r.systemName())).flatMap(rs -> {
            if (rs.size() == 0) throw DataSources.upstream(r.systemName() + " is not registered with the platform yet");
            return sources.fetch(rs.iterator().next().getString("endpoint"), r.code(), page, size);
        });
    }

    private Uni<Void> log(Instant at, String clientId, String code, String fields, int records, int status, String outcome, long t0) {
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - t0) / 1_000_000);
        String o = outcome == null ? null : outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
        return pool.preparedQuery("insert into data_call (called_at, client_id, resource_code, fields, records, status, outcome, millis) values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(List.of(at.atOffset(java.time.ZoneOffset.UTC), clientId, code.length() > 40 ? code.substring(0, 40) : code, fields, records, status,
                        o == null ? "" : o, millis)))
                .replaceWithVoid();
    }

    /** The resources a consumer may call today, with their fields. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CallableResource")
    public record Callable(String resource, String name, List<String> fields, int dailyQuota, LocalDate expiresOn) {}

    public Uni<List<Callable>> callable(String clientId) {
        LocalDate today = time.today();
        return pool.preparedQuery("select g.resource_code, g.fields, g.daily_quota, g.expires_on from data_grant g join data_consumer c on c.id = g.consumer_id "
                        + "where c.client_id = $1 and g.revoked_at is null and g.expires_on >= $2 order by g.resource_code")
                .execute(Tuple.of(clientId, today)).flatMap(rs -> published.resources(0).onFailure(ProblemException.class).recoverWithItem(List.of()).map(all -> {
                    List<Callable> out = new ArrayList<>();
                    for (Row r : rs) {
                        String code = r.getString("resource_code");
                        PublicResource p = all.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
                        if (p == null) continue;
                        Set<String> granted = new LinkedHashSet<>(List.of(r.getString("fields").split(",")));
                        out.add(new Callable(code, p.name(), given(p.fields(), granted).stream().map(Field::name).toList(), r.getInteger("daily_quota"),
                                r.getLocalDate("expires_on")));
                    }
                    return out;
                }));
    }

    // ---------------------------------------------------------------------------------------------- the info section's registers

    public Uni<DataSystem> registerSystem(String name, String endpoint, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (blank(name) || name.trim().length() > 200) e.add(new FieldError("name", "is required, at most 200 characters"));
        String bad = DataSources.invalid(endpoint);
        if (bad != null) e.add(new FieldError("endpoint", bad));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        String n = name.trim();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(DataSystem.class, n).flatMap(x -> {
            String before = x == null ? null : x.endpoint;
            DataSystem d = x == null ? new DataSystem() : x;
            d.name = n;
            d.endpoint = endpoint.trim();
            d.registeredBy = actor.username();
            d.registeredAt = time.now();
            return (x == null ? s.persist(d) : Uni.createFrom().voidItem()).call(s::flush)
                    .call(() -> audit.record(actor, "data-system.registered", "data-system", n, before == null ? null : Map.of("endpoint", before), Map.of("endpoint", d.endpoint)))
                    .replaceWith(d);
        })));
    }

    public Uni<List<DataSystem>> systems() {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from DataSystem order by name", DataSystem.class).setMaxResults(500).getResultList()));
    }

    public Uni<DataConsumer> addConsumer(String clientId, String body, String contact, Actor actor) {
        List<FieldError> e = new ArrayList<>();
        if (blank(clientId) || !clientId.trim().matches("[A-Za-z0-9._-]{2,100}")) e.add(new FieldError("clientId", "is the Keycloak client id: 2–100 letters, digits, . _ -"));
        if (blank(body) || body.trim().length() > 200) e.add(new FieldError("body", "is required: the body whose system it is, at most 200 characters"));
        if (contact != null && contact.length() > 200) e.add(new FieldError("contact", "is at most 200 characters"));
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return Panache.withTransaction(() -> consumer(clientId.trim()).flatMap(x -> {
            if (x != null) throw ProblemException.conflict("consumer " + clientId.trim() + " is registered already");
            DataConsumer c = new DataConsumer();
            c.clientId = clientId.trim();
            c.body = body.trim();
            c.contact = blank(contact) ? null : contact.trim();
            c.createdBy = actor.username();
            c.createdAt = time.now();
            return Panache.getSession().flatMap(s -> s.persist(c).call(s::flush))
                    .call(() -> audit.record(actor, "data-consumer.registered", "data-consumer", c.clientId, null, Map.of("body", c.body)))
                    .replaceWith(c);
        }));
    }

    public static Uni<DataConsumer> consumer(String clientId) {
        return Panache.getSession().flatMap(s -> s.createQuery("from DataConsumer where clientId = :c", DataConsumer.class).setParameter("c", clientId).getResultList())
                .map(l -> l.isEmpty() ? null : l.get(0));
    }

    public Uni<List<DataConsumer>> consumers() {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from DataConsumer order by body, clientId", DataConsumer.class).setMaxResults(500).getResultList()));
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DataGrantRequest")
    public record GrantInput(String clientId, String resourceCode, List<String> fields, Integer dailyQuota, LocalDate expiresOn, String basis) {}

    /** What is wrong with a grant of a published resource: the fields its share type allows, a quota, an expiry after today, a basis. Pure. */
    public static List<FieldError> check(GrantInput in, PublicResource r, LocalDate today) {
        List<FieldError> e = new ArrayList<>();
        if (r.shareType() == DataResource.ShareType.NOT_SHARED) e.add(new FieldError("resourceCode", r.code() + " is not shared (不予共享): " + (r.shareCondition() == null ? "" : r.shareCondition())));
        if (in.fields() == null || in.fields().isEmpty()) e.add(new FieldError("fields", "name at least one field of " + r.code()));
        else {
            Set<String> known = new LinkedHashSet<>(r.fields().stream().map(Field::name).toList());
            for (int i = 0; i < in.fields().size(); i++) {
                String f = in.fields().get(i);
                if (!known.contains(f)) e.add(new FieldError("fields[" + i + "]", "\"" + f + "\" is not a field of " + r.code() + ": " + String.join("、", known)));
                else if (r.fields().stream().anyMatch(x -> x.name().equals(f) && x.sensitivity() == Sensitivity.WITHHELD))
                    e.add(new FieldError("fields[" + i + "]", "\"" + f + "\" is withheld: never shared"));
            }
        }
        if (in.dailyQuota() == null || in.dailyQuota() < 1 || in.dailyQuota() > 1_000_000) e.add(new FieldError("dailyQuota", "is 1 to 1000000 calls a day"));
        if (in.expiresOn() == null || !in.expiresOn().isAfter(today)) e.add(new FieldError("expiresOn", "is a day after today"));
        else if (in.expiresOn().isAfter(today.plusYears(3))) e.add(new FieldError("expiresOn", "is at most three years ahead: grant again then"));
        if (blank(in.basis()) || in.basis().trim().length() > 500) e.add(new FieldError("basis", "is required: the request, agreement or legal basis, at most 500 characters"));
        return e;
    }

    /** Grants (or extends) a consumer's use of a published resource; a revoked grant given again is lifted. Joins the caller's transaction when {@code inTx}. */
    public Uni<DataGrant> grant(GrantInput in, Actor actor) {
        if (in == null) throw ProblemException.badField("resourceCode", "is required");
        if (blank(in.clientId())) throw ProblemException.badField("clientId", "is required");
        if (blank(in.resourceCode())) throw ProblemException.badField("resourceCode", "is required");
        return published.resource(in.resourceCode().trim(), 0).onFailure(ProblemException.class)
                .transform(x -> ProblemException.badField("resourceCode", "is not in the published catalogue"))
                .flatMap(r -> {
                    List<FieldError> e = check(in, r, time.today());
                    if (!e.isEmpty()) throw ProblemException.badFields(e);
                    return Panache.withTransaction(() -> grantInTx(in, actor));
                });
    }

    /** The grant itself, in the caller's transaction (a decided request grants in its own). The input is checked. */
    public Uni<DataGrant> grantInTx(GrantInput in, Actor actor) {
        return consumer(in.clientId().trim()).flatMap(c -> {
            if (c == null) throw ProblemException.badField("clientId", "is not a registered consumer: register " + in.clientId() + " first");
            return Panache.getSession().flatMap(s -> s.createQuery("from DataGrant where consumerId = :c and resourceCode = :r", DataGrant.class)
                    .setParameter("c", c.id).setParameter("r", in.resourceCode().trim()).getResultList().flatMap(l -> {
                        DataGrant g = l.isEmpty() ? new DataGrant() : l.get(0);
                        Map<String, Object> before = l.isEmpty() ? null : view(g);
                        g.consumerId = c.id;
                        g.resourceCode = in.resourceCode().trim();
                        g.fields = String.join(",", new LinkedHashSet<>(in.fields()));
                        g.dailyQuota = in.dailyQuota();
                        g.expiresOn = in.expiresOn();
                        g.basis = in.basis().trim();
                        g.grantedBy = actor.username();
                        g.grantedAt = time.now();
                        g.revokedAt = null;
                        g.revokedBy = null;
                        g.revokeReason = null;
                        return (l.isEmpty() ? s.persist(g) : Uni.createFrom().voidItem()).call(s::flush)
                                .call(() -> audit.record(actor, before == null ? "data-grant.given" : "data-grant.extended", SUBJECT, g.id,
                                        before, view(g) ))
                                .replaceWith(g);
                    }));
        });
    }

    private static Map<String, Object> view(DataGrant g) {
        return Map.of("resource", g.resourceCode, "consumer", g.consumerId, "fields", g.fields, "dailyQuota", g.dailyQuota, "expiresOn", g.expiresOn.toString());
    }

    public Uni<DataGrant> revoke(long id, String reason, Actor actor) {
        if (blank(reason) || reason.trim().length() > 500) throw ProblemException.badField("reason", "is required, at most 500 characters");
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s.find(DataGrant.class, id)).flatMap(g -> {
            if (g == null) throw ProblemException.notFound("grant", id);
            if (g.revokedAt != null) throw ProblemException.conflict("grant " + id + " is revoked already");
            g.revokedAt = time.now();
            g.revokedBy = actor.username();
            g.revokeReason = reason.trim();
            return audit.record(actor, "data-grant.revoked", SUBJECT, id, null, Map.of("reason", g.revokeReason)).replaceWith(g);
        }));
    }

    // ---------------------------------------------------------------------------------------------- the call log

    /** A day's calls of one resource, for the info section's chart (and its table). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DailyCalls")
    public record DailyCalls(LocalDate day, String resource, long calls, long records, long refused) {}

    public Uni<List<DailyCalls>> daily(int days) {
        Instant from = time.today().minusDays(days - 1L).atStartOfDay(TimeSource.ZONE).toInstant();
        return pool.preparedQuery("select (called_at at time zone 'Asia/Shanghai')::date d, resource_code, count(*) n, coalesce(sum(records), 0) r, "
                        + "count(*) filter (where status >= 400) x from data_call where called_at >= $1 group by 1, 2 order by 1, 2")
                .execute(Tuple.of(from.atOffset(java.time.ZoneOffset.UTC))).map(SharingService::dailyRows);
    }

    private static List<DailyCalls> dailyRows(RowSet<Row> rs) {
        List<DailyCalls> out = new ArrayList<>();
        for (Row r : rs) out.add(new DailyCalls(r.getLocalDate("d"), r.getString("resource_code"), r.getLong("n"), r.getLong("r"), r.getLong("x")));
        return out;
    }
}
