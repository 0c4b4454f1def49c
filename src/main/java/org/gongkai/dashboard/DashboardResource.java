package org.gongkai.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;

/** The console dashboard for the office and the leaders (issue 15): a year of openness work in figures. */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@Tag(name = "Dashboard 工作看板", description = "On-time rates, open clocks, violations, applications and enquiries of a year, counted from the records")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DashboardResource {
    @Inject
    DashboardService service;
    @Inject
    TimeSource time;
    @Inject
    PortalWarnings warnings;
    @Inject
    org.gongkai.common.security.CurrentUser user;

    @GET
    @Operation(summary = "The dashboard 工作看板", description = "year: default this one. The open clocks by rule are as of today, whatever the year.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "A wrong year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DashboardService.Dashboard> dashboard(@QueryParam("year") String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, time.today().getYear(), 2008, 2100);
        v.throwIfInvalid();
        return service.dashboard(y);
    }

    @GET
    @Path("/warnings")
    @Operation(summary = "Inspection warnings 检查预警", description = "Today: the home page or a column about to go stale (or already), empty columns, messages near 3 months "
            + "unanswered; fewest days left first.")
    @APIResponse(responseCode = "200", description = "The warnings")
    public Uni<java.util.List<PortalWarnings.Warning>> warnings() {
        return warnings.warnings(time.today());
    }

    public record Sent(int warnings) {}

    @jakarta.ws.rs.POST
    @Path("/warnings/notices")
    @Operation(summary = "Send the warnings now 立即发送预警", description = "By the office: what the morning job sends, to each subject's department; once per subject and day.")
    @APIResponse(responseCode = "200", description = "How many warnings there were")
    public Uni<Sent> send() {
        if (!user.office()) throw org.gongkai.common.error.ProblemException.forbidden("the office sends the warnings");
        return io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() -> warnings.send(time.today()))
                .invoke(n -> org.jboss.logging.Logger.getLogger(DashboardResource.class).infof("portal warnings sent on request: %d", n)).map(Sent::new);
    }
}
