package org.gongkai.dataresource.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.dataresource.DataResource;
import org.gongkai.dataresource.service.DataCatalogueService;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;

/**
 * The read part of CKAN's Action API over the published data catalogue, in CKAN's own JSON shape (help, success,
 * result; errors as CKAN gives them) so that existing CKAN harvesters read us unchanged: package_list, package_show,
 * package_search. A dataset's name is its code in lower case; open resources carry a resource entry, restricted ones
 * only their metadata.
 */
@Path("/api/3/action")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Open data (CKAN-compatible) 开放数据", description = "package_list, package_show and package_search in CKAN's JSON shape, for harvesters")
public class CkanActionResource {
    @Inject
    PortalDataResource portal;
    @ConfigProperty(name = "gongkai.data-resources.licence-id")
    String licenceId;
    @ConfigProperty(name = "gongkai.data-resources.licence-title")
    String licenceTitle;
    @ConfigProperty(name = "gongkai.data-resources.licence-url")
    String licenceUrl;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureauName;
    @ConfigProperty(name = "gongkai.portal-url")
    String baseUrl;

    static Map<String, Object> ok(String action, Object result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("help", "/api/3/action/help_show?name=" + action);
        m.put("success", true);
        m.put("result", result);
        return m;
    }

    static Response error(int status, String type, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("help", "/api/3/action/help_show");
        m.put("success", false);
        m.put("error", Map.of("__type", type, "message", message));
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(m).build();
    }

    /** The newest published version's resources, or none before the first publication (CKAN lists an empty site). */
    private Uni<List<PublicResource>> published() {
        return portal.version(0).flatMap(v -> v == null ? Uni.createFrom().item(List.<PublicResource>of()) : portal.resources(0));
    }

    @GET
    @Path("/package_list")
    @Operation(summary = "CKAN package_list", description = "The names (codes in lower case) of the published catalogue's datasets.")
    @APIResponse(responseCode = "200", description = "CKAN's answer")
    public Uni<Map<String, Object>> packageList() {
        return published().map(rs -> ok("package_list", rs.stream().map(r -> name(r)).toList()));
    }

    @GET
    @Path("/package_show")
    @Operation(summary = "CKAN package_show", description = "id: a dataset's name or code.")
    @APIResponse(responseCode = "200", description = "CKAN's answer")
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error")
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error: no id")
    public Uni<Response> packageShow(@QueryParam("id") String id) {
        if (id == null || id.isBlank()) return Uni.createFrom().item(error(409, "Validation Error", "Missing value: id"));
        return published().map(rs -> rs.stream().filter(r -> name(r).equals(id.trim().toLowerCase(Locale.ROOT)) || r.code().equals(id.trim())).findFirst()
                .map(r -> Response.ok(ok("package_show", dataset(r))).build()).orElseGet(() -> error(404, "Not Found Error", "Not found")));
    }

    @GET
    @Path("/package_search")
    @Operation(summary = "CKAN package_search", description = "q: words in the title, name or notes; rows (default 10, at most 1000) and start.")
    @APIResponse(responseCode = "200", description = "CKAN's answer: count and results")
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error: rows or start not a whole number in range")
    public Uni<Response> packageSearch(@QueryParam("q") String q, @QueryParam("rows") String rows, @QueryParam("start") String start) {
        int n;
        int from;
        try {
            n = rows == null || rows.isBlank() ? 10 : Integer.parseInt(rows.trim());
            from = start == null || start.isBlank() ? 0 : Integer.parseInt(start.trim());
        } catch (NumberFormatException e) {
            return Uni.createFrom().item(error(409, "Validation Error", "rows and start are whole numbers"));
        }
        if (n < 0 || n > 1000 || from < 0) return Uni.createFrom().item(error(409, "Validation Error", "rows is 0 to 1000, start 0 or more"));
        String text = q == null || q.isBlank() || q.trim().equals("*:*") ? null : q.trim().toLowerCase(Locale.ROOT);
        return published().map(rs -> {
            List<PublicResource> hits = rs.stream().filter(r -> text == null || PortalDataResource.matches(r, text)).toList();
            List<Map<String, Object>> page = new ArrayList<>();
            for (int i = from; i < Math.min(hits.size(), from + n); i++) page.add(dataset(hits.get(i)));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("count", hits.size());
            result.put("sort", "name asc");
            result.put("results", page);
            return Response.ok(ok("package_search", result)).build();
        });
    }

    static String name(PublicResource r) {
        return r.code().toLowerCase(Locale.ROOT).replace('.', '-');
    }

    Map<String, Object> dataset(PublicResource r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", r.code());
        d.put("name", name(r));
        d.put("title", r.name());
        d.put("notes", r.summary());
        d.put("type", "dataset");
        d.put("state", "active");
        d.put("private", false);
        boolean open = r.openType() == DataResource.OpenType.OPEN;
        d.put("license_id", open ? licenceId : "notspecified");
        if (open) {
            d.put("license_title", licenceTitle);
            d.put("license_url", licenceUrl);
        }
        d.put("metadata_modified", r.updatedAt() == null ? null : r.updatedAt().toString());
        d.put("organization", Map.of("name", r.providerDepartmentCode().toLowerCase(Locale.ROOT), "title", bureauName + " " + r.providerDepartmentCode()));
        d.put("tags", r.fields().stream().filter(f -> f.sensitivity() != DataCatalogueService.Sensitivity.WITHHELD).map(f -> Map.of("name", f.name())).toList());
        List<Map<String, Object>> extras = new ArrayList<>();
        extras.add(Map.of("key", "classification", "value", r.classification()));
        extras.add(Map.of("key", "share_type", "value", r.shareType().name()));
        extras.add(Map.of("key", "open_type", "value", r.openType().name()));
        extras.add(Map.of("key", "update_cycle", "value", r.updateCycle().name()));
        d.put("extras", extras);
        d.put("resources", r.openType() == DataResource.OpenType.OPEN
                ? List.of(Map.of("id", r.code() + "-1", "name", r.name(), "format", r.format().name(), "url", baseUrl + "/data-resources/" + r.code()))
                : List.of());
        d.put("num_resources", r.openType() == DataResource.OpenType.OPEN ? 1 : 0);
        d.put("num_tags", ((List<?>) d.get("tags")).size());
        return d;
    }
}
