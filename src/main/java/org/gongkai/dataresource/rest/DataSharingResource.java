package org.gongkai.dataresource.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.paging.Where;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;
import org.gongkai.dataresource.DataCall;
import org.gongkai.dataresource.DataConsumer;
import org.gongkai.dataresource.DataGrant;
import org.gongkai.dataresource.DataSystem;
import org.gongkai.dataresource.sharing.SharingService;

/**
 * The info section's side of sharing by API call (R40, R41): the systems that carry resources, the consumer systems, the
 * grants (only the info section gives and revokes them), the call log with its daily chart, and what went to the city
 * platform. The office, the leaders and the administrators read it too.
 */
@Path("/api/v1/data-sharing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INFO_SECTION, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@Tag(name = "Data sharing 数据共享管理", description = "Systems, consumers, grants (fields, daily quota, expiry; revocable), the call log and the city platform's messages")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DataSharingResource {
    @Inject
    SharingService sharing;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    private void infoSection() {
        if (!user.hasRole(Roles.INFO_SECTION)) throw ProblemException.forbidden("only the info section gives, changes and revokes sharing");
    }

    @Schema(name = "DataSystemRequest")
    public record SystemRequest(@Schema(examples = "教育管理信息系统") String name,
                                @Schema(description = "http(s)://… the system's query endpoint, or platform:application-stats | platform:enquiry-stats",
                                        examples = "https://edu-mis.linyi.gov.cn/share/query") String endpoint) {}

    @GET
    @Path("/systems")
    @Operation(summary = "The systems that carry resources 信息系统", description = "By the name the catalogue gives, with their registered endpoint.")
    @APIResponse(responseCode = "200", description = "The systems")
    public Uni<List<DataSystem>> systems() {
        return sharing.systems();
    }

    @POST
    @Path("/systems")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a system's endpoint 登记信息系统接口", description = "Registered again: its endpoint changes.")
    @APIResponse(responseCode = "200", description = "Registered")
    @APIResponse(responseCode = "400", description = "A wrong name or endpoint", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataSystem> registerSystem(SystemRequest r) {
        if (!user.hasAnyRole(Roles.INFO_SECTION, Roles.ADMIN)) throw ProblemException.forbidden("the info section or an administrator registers systems");
        return sharing.registerSystem(r == null ? null : r.name(), r == null ? null : r.endpoint(), Actor.of(user));
    }

    @Schema(name = "DataConsumerRequest")
    public record ConsumerRequest(@Schema(description = "its Keycloak client id", examples = "city-hr-system") String clientId,
                                  @Schema(examples = "临沂市人力资源和社会保障局") String body, @Schema(examples = "信息中心 0539-0000000") String contact) {}

    @GET
    @Path("/consumers")
    @Operation(summary = "The consumer systems 共享使用方")
    @APIResponse(responseCode = "200", description = "The consumers")
    public Uni<List<DataConsumer>> consumers() {
        return sharing.consumers();
    }

    @POST
    @Path("/consumers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a consumer system 登记共享使用方", description = "Another body's system, by its Keycloak client (client-credentials grant, role data-consumer).")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "A wrong field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Registered already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> addConsumer(ConsumerRequest r) {
        infoSection();
        return sharing.addConsumer(r == null ? null : r.clientId(), r == null ? null : r.body(), r == null ? null : r.contact(), Actor.of(user))
                .map(c -> Response.status(201).entity(c).build());
    }

    public enum GrantState { ACTIVE, EXPIRED, REVOKED }

    @Schema(name = "DataGrant")
    public record GrantView(long id, String clientId, String body, String resourceCode, List<String> fields, int dailyQuota, LocalDate expiresOn,
                            String basis, String grantedBy, Instant grantedAt, Instant revokedAt, String revokedBy, String revokeReason, GrantState state) {
        static GrantView of(DataGrant g, DataConsumer c, LocalDate today) {
            GrantState s = g.revokedAt != null ? GrantState.REVOKED : g.expiresOn.isBefore(today) ? GrantState.EXPIRED : GrantState.ACTIVE;
            return new GrantView(g.id, c == null ? null : c.clientId, c == null ? null : c.body, g.resourceCode, g.fieldList(), g.dailyQuota, g.expiresOn, g.basis,
                    g.grantedBy, g.grantedAt, g.revokedAt, g.revokedBy, g.revokeReason, s);
        }
    }

    @GET
    @Path("/grants")
    @Operation(summary = "Grants 共享授权", description = "client: the consumer's client id; resource: a resource code; state: ACTIVE, EXPIRED or REVOKED.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<GrantView>> grants(@QueryParam("client") String client, @QueryParam("resource") String resource, @QueryParam("state") String state,
                                       @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id", "resourceCode", "expiresOn"), "id,desc");
        GrantState st = Validation.blank(state) ? null : v.enumValue("state", state, GrantState.class, null);
        v.throwIfInvalid();
        LocalDate today = time.today();
        Where w = new Where().and(!Validation.blank(client), "consumerId in (select c.id from DataConsumer c where c.clientId = :cl)", "cl", client == null ? null : client.trim())
                .and(!Validation.blank(resource), "resourceCode = :r", "r", resource == null ? null : resource.trim())
                .and(st == GrantState.REVOKED, "revokedAt is not null", Map.of())
                .and(st == GrantState.ACTIVE, "revokedAt is null and expiresOn >= :t", "t", today)
                .and(st == GrantState.EXPIRED, "revokedAt is null and expiresOn < :t", "t", today);
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, DataGrant.class, Where.orderBy(page.sort()), page)
                .flatMap(p -> s.createQuery("from DataConsumer", DataConsumer.class).getResultList().map(cs -> {
                    Map<Long, DataConsumer> byId = cs.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                    return p.map(g -> GrantView.of(g, byId.get(g.consumerId), today));
                }))));
    }

    @POST
    @Path("/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a resource 共享授权", description = "By the info section: a registered consumer, a resource of the published catalogue that is "
            + "shared, the fields it may see (never a withheld one), a daily quota and an expiry (at most three years). Given again: extended, a revocation lifted.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "grant", value = """
            {"clientId":"city-hr-system","resourceCode":"01.02-0001","fields":["学校名称","校长姓名"],"dailyQuota":1000,"expiresOn":"2027-12-31","basis":"市人社局共享申请 SQ-2026-001"}""")))
    @APIResponse(responseCode = "200", description = "Granted")
    @APIResponse(responseCode = "400", description = "A field is wrong (which one)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<GrantView> grant(SharingService.GrantInput in) {
        infoSection();
        return sharing.grant(in, Actor.of(user)).flatMap(this::view);
    }

    private Uni<GrantView> view(DataGrant g) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(DataConsumer.class, g.consumerId)).map(c -> GrantView.of(g, c, time.today())));
    }

    @Schema(name = "RevocationReason")
    public record Reason(@Schema(examples = "使用方系统发生数据泄露，暂停共享") String reason) {}

    @POST
    @Path("/grants/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a grant 撤销授权", description = "With the reason; the consumer's next call is a 403.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such grant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Revoked already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<GrantView> revoke(@PathParam("id") long id, Reason r) {
        infoSection();
        return sharing.revoke(id, r == null ? null : r.reason(), Actor.of(user)).flatMap(this::view);
    }

    @GET
    @Path("/calls")
    @Operation(summary = "The call log 调用日志", description = "Every call, refused ones too, newest first: client, resource, fields, records, status. "
            + "client, resource; refused=true for the refused only; from/to: days (bureau time).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<DataCall>> calls(@QueryParam("client") String client, @QueryParam("resource") String resource, @QueryParam("refused") String refused,
                                     @QueryParam("from") String from, @QueryParam("to") String to, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id", "calledAt"), "id,desc");
        LocalDate f = v.date("from", from, false);
        LocalDate t = v.date("to", to, false);
        v.check(refused == null || refused.equals("true") || refused.equals("false"), "refused", "true or false");
        v.throwIfInvalid();
        Where w = new Where().and(!Validation.blank(client), "clientId = :cl", "cl", client == null ? null : client.trim())
                .and(!Validation.blank(resource), "resourceCode = :r", "r", resource == null ? null : resource.trim())
                .and("true".equals(refused), "status >= 400", Map.of())
                .and(f != null, "calledAt >= :f", "f", f == null ? null : f.atStartOfDay(TimeSource.ZONE).toInstant())
                .and(t != null, "calledAt < :t", "t", t == null ? null : t.plusDays(1).atStartOfDay(TimeSource.ZONE).toInstant());
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, DataCall.class, Where.orderBy(page.sort()), page)));
    }

    @GET
    @Path("/calls/daily")
    @Operation(summary = "Calls a day 每日调用量", description = "For the chart (and its table): each day's calls, records and refusals of each resource; days: 1–366 (default 30).")
    @APIResponse(responseCode = "200", description = "The days")
    @APIResponse(responseCode = "400", description = "A wrong number of days", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<SharingService.DailyCalls>> daily(@QueryParam("days") String days) {
        Validation v = new Validation();
        Integer d = v.integer("days", days, 30, 1, 366);
        v.throwIfInvalid();
        return sharing.daily(d);
    }

    @Schema(name = "CityPlatformMessage")
    public record PlatformMessage(long id, String kind, String reference, String payload, Instant createdAt) {}

    @GET
    @Path("/platform-messages")
    @Operation(summary = "Sent to the city platform 发往市级平台", description = "Newest first: requests submitted (R42) and decisions answered (R43), as queued for the platform.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<PlatformMessage>> platformMessages(@QueryParam("reference") String reference, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,desc");
        v.check(reference == null || reference.length() <= 100, "reference", "at most 100 characters");
        v.throwIfInvalid();
        String where = Validation.blank(reference) ? "" : " where reference = :r";
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            var count = s.createNativeQuery("select count(*) from city_platform_outbox" + where, Long.class);
            var rows = s.createNativeQuery("select id, kind, reference, payload, created_at from city_platform_outbox" + where + " order by id desc", Object[].class)
                    .setFirstResult(page.offset()).setMaxResults(page.size());
            if (!where.isEmpty()) {
                count.setParameter("r", reference.trim());
                rows.setParameter("r", reference.trim());
            }
            return count.getSingleResult().flatMap(n -> rows.getResultList().map(l -> Page.of(l.stream().map(o -> new PlatformMessage(((Number) o[0]).longValue(),
                    (String) o[1], (String) o[2], (String) o[3], o[4] instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) o[4])).toList(), page, n)));
        }));
    }
}
