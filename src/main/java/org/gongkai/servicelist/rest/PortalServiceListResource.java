package org.gongkai.servicelist.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.paging.Where;
import org.gongkai.common.web.PublicCache;
import org.gongkai.servicelist.ServiceEntry;
import org.gongkai.servicelist.ServiceList;
import org.gongkai.servicelist.ServiceList.Kind;
import org.gongkai.servicelist.ServiceListVersion;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The portal's 政务服务 column (R35): each service list as its published versions say, the newest by default and
 * every earlier one readable; what the legal section is editing stays inside until it is published.
 */
@Path("/api/v1/portal/service-lists")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalServiceListResource {
    @Inject
    PublicCache cache;

    @Schema(name = "PortalServiceList")
    public record PublicList(Kind kind, String nameZh, String nameEn, String columnCode, int version, LocalDate publishedOn, long itemId, int entries) {}

    @Schema(name = "PortalServiceEntry")
    public record PublicEntry(Kind kind, String code, String name, String category, String departmentCode, String legalBasis,
                              String responsibility, String accountability, String supervisionPhone, String serviceObject, String channel,
                              String serviceCode, String conditions, List<String> materials, String procedure, Integer statutoryDays, Integer promisedDays,
                              String venue, String hours, String phone, String onlineUrl, String fee) {
        static PublicEntry of(ServiceEntry e) {
            return new PublicEntry(e.kind, e.code, e.name, e.category, e.departmentCode, e.legalBasis, e.responsibility, e.accountability, e.supervisionPhone,
                    e.serviceObject, e.channel, e.serviceCode, e.conditions, e.materials == null ? null : Arrays.asList(e.materials.split("\n")), e.procedure,
                    e.statutoryDays, e.promisedDays, e.venue, e.hours, e.phone, e.onlineUrl, e.fee);
        }
    }

    @GET
    @Operation(summary = "Service lists 政务服务清单", description = "The published lists, each at its newest version.")
    @APIResponse(responseCode = "200", description = "The lists")
    public Uni<List<PublicList>> lists() {
        return cache.get(List.of("portal-service-lists"), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery(
                "select v from ServiceListVersion v, ServiceList l where l.kind = v.kind and v.version = l.publishedVersion order by v.kind", ServiceListVersion.class)
                .getResultList().map(vs -> vs.stream().map(v -> new PublicList(v.kind, v.kind.zh, v.kind.en, v.kind.column, v.version, v.publishedOn, v.itemId, v.entries))
                        .toList()))));
    }

    @GET
    @Path("/{kind}/versions")
    @Operation(summary = "A list's versions 清单历次版本", description = "Newest first, with what changed.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No such list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ServiceListResource.VersionView>> versions(@PathParam("kind") String kind) {
        Kind k = ServiceListResource.kind(kind);
        return cache.get(List.of("portal-service-list-versions", k.name()), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery(
                "from ServiceListVersion where kind = :k order by version desc", ServiceListVersion.class).setParameter("k", k).getResultList()
                .map(vs -> vs.stream().map(ServiceListResource.VersionView::of).toList()))));
    }

    @GET
    @Path("/{kind}/entries")
    @Operation(summary = "A list's entries 清单事项", description = "Of a published version (default the newest); q: part of the name or code; department: carried out by it; category.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such list or version on the portal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<PublicEntry>> entries(@PathParam("kind") String kind, @QueryParam("version") String version, @QueryParam("q") String q,
                                          @QueryParam("department") String department, @QueryParam("category") String category, @BeanParam PageRequest paging) {
        Kind k = ServiceListResource.kind(kind);
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("code", "name"), "code,asc");
        Integer asked = v.integer("version", version, 0, 1, 100_000);
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        String d = Validation.blank(department) ? null : department.trim();
        String c = Validation.blank(category) ? null : category.trim();
        String text = Validation.blank(q) ? null : q.trim();
        return cache.get(List.of("portal-service-entries", k.name(), String.valueOf(asked), String.valueOf(d), String.valueOf(c), String.valueOf(text),
                        page.page(), page.size(), page.sort().toString()),
                () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> publishedVersion(s, k, asked).flatMap(n -> inVersion(k, n)
                        .and(d != null, "departmentCode = :d", "d", d).and(c != null, "category = :c", "c", c).containsAny(List.of("name", "code"), "q", text)
                        .page(s, ServiceEntry.class, Where.orderBy(page.sort()), page).map(p -> p.map(PublicEntry::of))))));
    }

    @GET
    @Path("/{kind}/entries/{code}")
    @Operation(summary = "One entry 清单事项详情", description = "A service guide's page, a power or a service: of a published version (default the newest).")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "Not in that version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PublicEntry> entry(@PathParam("kind") String kind, @PathParam("code") String code, @QueryParam("version") String version) {
        Kind k = ServiceListResource.kind(kind);
        Validation v = new Validation();
        Integer asked = v.integer("version", version, 0, 1, 100_000);
        v.throwIfInvalid();
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> publishedVersion(s, k, asked).flatMap(n -> s.createQuery(
                        "from ServiceEntry where kind = :k and code = :code and fromVersion <= :n and (toVersion is null or toVersion > :n)", ServiceEntry.class)
                .setParameter("k", k).setParameter("code", code).setParameter("n", n).getResultList().map(l -> {
                    if (l.isEmpty()) throw ProblemException.notFound(k.en.toLowerCase() + " entry", code);
                    return PublicEntry.of(l.get(0));
                }))));
    }

    /** The rows of a kind in version n. */
    static Where inVersion(Kind k, int n) {
        return new Where("kind = :k", "k", k).and(true, "fromVersion <= :n and (toVersion is null or toVersion > :n)", "n", n);
    }

    /** The version asked if published (0: the newest), else a 404. */
    private static Uni<Integer> publishedVersion(Mutiny.Session s, Kind k, int asked) {
        return s.find(ServiceList.class, k).map(l -> {
            if (l.publishedVersion == 0) throw ProblemException.notFound("published " + k.en.toLowerCase(), k.name());
            if (asked > l.publishedVersion) throw ProblemException.notFound(k.en.toLowerCase() + " version", asked);
            return asked == 0 ? l.publishedVersion : asked;
        });
    }
}
