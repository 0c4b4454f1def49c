package org.gongkai.annualreport;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.gongkai.common.worker.Workers;
import org.gongkai.disclosure.InfoItemVersion;

/**
 * The published annual reports for everyone (R11): which years, each year's figures as JSON for integrators, and the
 * report as PDF and DOCX in the template's layout — rendered from the very version that was reviewed and published.
 */
@Path("/api/v1/portal/annual-reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalAnnualReportResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    ObjectMapper mapper;
    @Inject
    Workers workers;
    @ConfigProperty(name = "gongkai.letters.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String font;

    @Schema(name = "PublishedAnnualReport")
    public record Published(int year, long itemId, String title, int version, @Schema(description = "tables II, III, IV and section VI as published") Map<String, Object> figures) {}

    record Found(AnnualReport report, InfoItemVersion version) {}

    private Uni<Found> published(String year) {
        int y;
        try {
            y = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw ProblemException.badField("year", "is a year, e.g. 2026");
        }
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(AnnualReport.class, y).flatMap(r -> {
            if (r == null || r.itemId == null || r.publishedFigures == null) throw ProblemException.notFound("published annual report of", y);
            return s.createQuery("from InfoItemVersion where itemId = :i and current = true", InfoItemVersion.class).setParameter("i", r.itemId).getResultList()
                    .map(l -> {
                        if (l.isEmpty()) throw ProblemException.notFound("published annual report of", y);
                        return new Found(r, l.get(0));
                    });
        })));
    }

    @GET
    @Operation(summary = "Published annual reports 政府信息公开工作年度报告", description = "The years with a published report, newest first.")
    @APIResponse(responseCode = "200", description = "The years")
    public Uni<List<Published>> list() {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery(
                        "select r.year, v.itemId, v.title, v.versionNo from AnnualReport r, InfoItemVersion v where v.itemId = r.itemId and v.current = true "
                                + "and r.publishedFigures is not null order by r.year desc", Object[].class).getResultList()))
                .map(l -> l.stream().map(o -> new Published((Integer) o[0], (Long) o[1], (String) o[2], (Integer) o[3], null)).toList());
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "A year's report as data 年度报告数据", description = "The tables as published, for integrators (JSON).")
    @APIResponse(responseCode = "200", description = "The report's figures")
    @APIResponse(responseCode = "404", description = "No report published for that year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Published> get(@PathParam("year") String year) {
        return published(year).map(f -> {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> figures = mapper.readValue(f.report().publishedFigures, Map.class);
                return new Published(f.report().year, f.version().itemId, f.version().title, f.version().versionNo, figures);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @GET
    @Path("/{year}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A year's report as PDF 年度报告 PDF", description = "In the template's layout, the CJK font embedded.")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "No report published for that year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> pdf(@PathParam("year") String year) {
        return published(year).flatMap(f -> workers.run(() -> ReportDocuments.pdf(f.version().title, f.version().body, font)))
                .map(b -> Response.ok(b, "application/pdf").header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".pdf\"").build());
    }

    @GET
    @Path("/{year}/report.docx")
    @Produces(DOCX)
    @Operation(summary = "A year's report as DOCX 年度报告 Word", description = "In the template's layout.")
    @APIResponse(responseCode = "200", description = "The DOCX")
    @APIResponse(responseCode = "404", description = "No report published for that year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> docx(@PathParam("year") String year) {
        return published(year).flatMap(f -> workers.run(() -> ReportDocuments.docx(f.version().title, f.version().body)))
                .map(b -> Response.ok(b, DOCX).header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".docx\"").build());
    }
}
