package org.gongkai.dataresource.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.gongkai.common.csv.Sheets;
import org.gongkai.common.web.PublicCache;
import org.gongkai.dataresource.DataCatalogueVersion;
import org.gongkai.dataresource.service.DataCatalogueService;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;

/**
 * The published data catalogue on the portal (R38): the metadata of every resource — restricted ones too — as the
 * newest published version says (earlier versions on request), and the DCAT document for harvesters. The data is
 * never here. A bureau's catalogue is a few hundred resources: a version is read once, held in memory until the next
 * publication, and filtered and paged there.
 */
@Path("/api/v1/portal/data-resources")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalDataResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PublicCache cache;
    @Inject
    org.gongkai.common.worker.Workers workers;
    @Inject
    org.gongkai.dataresource.service.DataReleaseService releases;
    @Inject
    org.gongkai.dataresource.service.PublishedCatalogue published;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureauName;
    @ConfigProperty(name = "gongkai.data-resources.licence-title")
    String licenceTitle;
    @ConfigProperty(name = "gongkai.data-resources.licence-url")
    String licenceUrl;
    @ConfigProperty(name = "gongkai.portal-url")
    String baseUrl;

    Uni<DataCatalogueVersion> version(int asked) {
        return published.version(asked);
    }

    Uni<List<PublicResource>> resources(int asked) {
        return published.resources(asked);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "The catalogue's versions 资源目录历次版本", description = "Newest first, with what changed.")
    @APIResponse(responseCode = "200", description = "The versions")
    public Uni<List<DataResourceResource.VersionView>> versions() {
        return cache.get(List.of("portal-data-catalogue-versions"), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery(
                DataResourceResource.VersionView.QUERY, DataResourceResource.VersionView.class).getResultList())));
    }

    @GET
    @Operation(summary = "Data resources 信息数据资源目录", description = "Of a published version (default the newest): q: part of the name, code or summary; "
            + "department: provided by it; openType: OPEN to list the open data only.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No published catalogue (or no such version)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<PublicResource>> list(@QueryParam("version") String version, @QueryParam("q") String q, @QueryParam("department") String department,
                                          @QueryParam("openType") String openType, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("code"), "code,asc");
        Integer asked = v.integer("version", version, 0, 1, 100_000);
        var ot = Validation.blank(openType) ? null : v.enumValue("openType", openType, org.gongkai.dataresource.DataResource.OpenType.class, null);
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        String text = Validation.blank(q) ? null : q.trim().toLowerCase(Locale.ROOT);
        String dept = Validation.blank(department) ? null : department.trim();
        boolean desc = page.sort().getColumns().get(0).getDirection() == io.quarkus.panache.common.Sort.Direction.Descending;
        return resources(asked).map(all -> {
            List<PublicResource> hits = new ArrayList<>(all.stream().filter(r -> (dept == null || dept.equals(r.providerDepartmentCode()))
                    && (ot == null || ot == r.openType()) && (text == null || matches(r, text))).toList());
            if (desc) java.util.Collections.reverse(hits);
            int from = Math.min(hits.size(), page.offset());
            return Page.of(hits.subList(from, Math.min(hits.size(), from + page.size())), page, hits.size());
        });
    }

    static boolean matches(PublicResource r, String text) {
        return r.name().toLowerCase(Locale.ROOT).contains(text) || r.code().toLowerCase(Locale.ROOT).contains(text) || r.summary().toLowerCase(Locale.ROOT).contains(text);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One resource's metadata 资源详情", description = "Of a published version (default the newest): its fields with their sensitivity and masking rule.")
    @APIResponse(responseCode = "200", description = "The resource")
    @APIResponse(responseCode = "404", description = "Not in that version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PublicResource> get(@PathParam("code") String code, @QueryParam("version") String version) {
        Validation v = new Validation();
        Integer asked = v.integer("version", version, 0, 1, 100_000);
        v.throwIfInvalid();
        return published.resource(code, asked);
    }

    @GET
    @Path("/{code}/data")
    @Produces({"text/csv", MediaType.APPLICATION_JSON, XLSX})
    @Operation(summary = "Download open data 下载开放数据", description = "An open resource's newest release, desensitised by the published fields' rules: "
            + "public fields as they are, masked ones masked, shared-only and withheld ones left out. format=csv (default), json or xlsx.")
    @APIResponse(responseCode = "200", description = "The data")
    @APIResponse(responseCode = "403", description = "Not open data", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not in the catalogue, or nothing released yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<jakarta.ws.rs.core.Response> data(@PathParam("code") String code, @QueryParam("format") String format) {
        Validation v = new Validation();
        String f = Validation.blank(format) ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        v.check(f.equals("csv") || f.equals("json") || f.equals("xlsx"), "format", "csv, json or xlsx");
        v.throwIfInvalid();
        if (f.equals("xlsx")) {
            return get(code, null).flatMap(r -> releases.openData(r).flatMap(rows -> workers.run(() -> Sheets.xlsx(r.name(), rows.get(0), rows.subList(1, rows.size()), null)))
                    .map(b -> jakarta.ws.rs.core.Response.ok(b, XLSX).header("Content-Disposition", "attachment; filename=\"" + code + ".xlsx\"").build()));
        }
        return get(code, null).flatMap(r -> releases.openData(r).map(rows -> {
            if (f.equals("json")) {
                List<Map<String, String>> out = new ArrayList<>();
                List<String> header = rows.get(0);
                for (List<String> row : rows.subList(1, rows.size())) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) m.put(header.get(i), row.get(i));
                    out.add(m);
                }
                return jakarta.ws.rs.core.Response.ok(out, MediaType.APPLICATION_JSON).build();
            }
            return jakarta.ws.rs.core.Response.ok(org.gongkai.common.csv.Csv.write(rows.get(0), rows.subList(1, rows.size())), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + code + ".csv\"").build();
        }));
    }

    @Schema(name = "OpenDataRows")
    public record OpenRows(List<String> columns, List<List<String>> rows, int page, int size, long total,
                           @Schema(description = "the open data's licence") String licence, String licenceUrl) {}

    @GET
    @Path("/{code}/rows")
    @Operation(summary = "Query open data 查询开放数据", description = "An open resource's newest release, desensitised as the download is, a page at a time: "
            + "q: rows with a cell containing it.")
    @APIResponse(responseCode = "200", description = "One page of rows")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not open data", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not in the catalogue, or nothing released yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<OpenRows> rows(@PathParam("code") String code, @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("row"), "row,asc");
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        String text = Validation.blank(q) ? null : q.trim();
        // desensitised, the rows are public: held like any public answer until something public changes
        record Rows(List<List<String>> rows, long chars) {}
        return get(code, null).flatMap(r -> cache.<Rows>get(List.of("portal-open-data", code), () -> releases.openData(r)
                        .map(rows -> new Rows(rows, rows.stream().mapToLong(x -> x.stream().mapToLong(c -> c == null ? 4 : c.length() + 4).sum()).sum())), Rows::chars))
                .map(all -> {
                    List<List<String>> body = all.rows().subList(1, all.rows().size());
                    List<List<String>> hits = text == null ? body : body.stream().filter(row -> row.stream().anyMatch(c -> c != null && c.contains(text))).toList();
                    int from = Math.min(hits.size(), page.offset());
                    return new OpenRows(all.rows().get(0), hits.subList(from, Math.min(hits.size(), from + page.size())), page.page(), page.size(), hits.size(),
                            licenceTitle, licenceUrl);
                });
    }

    @GET
    @Path("/dcat")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The catalogue as DCAT (JSON-LD) 资源目录（DCAT）", description = "For harvesters: the newest published version as a dcat:Catalog of "
            + "dcat:Dataset, each with its publisher, periodicity, access rights and, for open resources, its distribution.")
    @APIResponse(responseCode = "200", description = "The DCAT document")
    @APIResponse(responseCode = "404", description = "No published catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Map<String, Object>> dcat() {
        return version(0).map(v -> {
            if (v == null) throw ProblemException.notFound("published data catalogue", "catalogue");
            return dcat(v, DataCatalogueService.readSnapshot(v.snapshot), bureauName, baseUrl, licenceUrl);
        });
    }

    static final Map<String, Object> CONTEXT = Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/", "xsd", "http://www.w3.org/2001/XMLSchema#");

    static Map<String, Object> dcat(DataCatalogueVersion v, List<PublicResource> rs, String bureau, String base, String licence) {
        Map<String, Object> publisher = Map.of("@type", "foaf:Organization", "foaf:name", bureau);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (PublicResource r : rs) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("@id", base + "/data-resources/" + r.code());
            d.put("@type", "dcat:Dataset");
            d.put("dct:identifier", r.code());
            d.put("dct:title", Map.of("@value", r.name(), "@language", "zh-CN"));
            d.put("dct:description", Map.of("@value", r.summary(), "@language", "zh-CN"));
            d.put("dct:publisher", publisher);
            d.put("dct:accrualPeriodicity", r.updateCycle().name());
            d.put("dct:accessRights", r.openType().name());
            d.put("dcat:theme", r.classification());
            d.put("dcat:keyword", r.fields().stream().filter(f -> f.sensitivity() != DataCatalogueService.Sensitivity.WITHHELD).map(DataCatalogueService.Field::name).toList());
            if (r.updatedAt() != null) d.put("dct:modified", Map.of("@value", r.updatedAt().toString(), "@type", "xsd:dateTime"));
            if (r.openType() == org.gongkai.dataresource.DataResource.OpenType.OPEN) {
                d.put("dcat:distribution", List.of(Map.of("@type", "dcat:Distribution", "dct:format", r.format().name(),
                        "dcat:accessURL", Map.of("@id", base + "/data-resources/" + r.code()), "dct:license", Map.of("@id", licence))));
            }
            datasets.add(d);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        Map<String, Object> context = new LinkedHashMap<>(CONTEXT);
        context.put("owl", "http://www.w3.org/2002/07/owl#");
        c.put("@context", context);
        c.put("@id", base + "/data-resources");
        c.put("@type", "dcat:Catalog");
        c.put("dct:title", Map.of("@value", bureau + "信息数据资源共享开放目录", "@language", "zh-CN"));
        c.put("dct:publisher", publisher);
        c.put("dct:issued", Map.of("@value", v.publishedOn.toString(), "@type", "xsd:date"));
        c.put("owl:versionInfo", String.valueOf(v.version));
        c.put("dcat:dataset", datasets);
        return c;
    }
}
