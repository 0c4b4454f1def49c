package org.gongkai.applications.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.Letter;
import org.gongkai.applications.Meeting;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.applications.service.ApplicationService;
import org.gongkai.applications.service.LetterRenderer;
import org.gongkai.applications.service.LetterService;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.files.AttachmentService;

/** The applicant's copy of a signed letter (tracking number and query code). */
@Path("/api/v1/applications/track/letters")
@Tag(name = "Letters 文书")
public class TrackLetterResource {
    @Inject
    LetterService letters;
    @Inject
    LetterRenderer renderer;
    @Inject
    ApplicationService applications;

    /** The applicant's copy of a signed letter, with the tracking number and query code. */
    @GET
    @Path("/{letterId}")
    @PermitAll
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "A signed letter, for the applicant 下载告知书")
    @APIResponse(responseCode = "200", description = "The document")
    public Uni<Response> applicantCopy(@PathParam("letterId") long letterId, @QueryParam("trackingNo") String trackingNo,
                                       @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the query code, in a header: it never travels in a URL (logs, history, referrers)") @HeaderParam(org.gongkai.common.numbering.TrackingNumbers.CODE_HEADER) String code, @QueryParam("format") String format) {
        return applications.track(trackingNo, code).flatMap(app -> letters.find(app.id, letterId)).flatMap(l -> {
            if (l.state != Letter.State.SIGNED) throw ProblemException.notFound("letter", letterId);
            return LetterResource.render(letters, renderer, l, format);
        });
    }

}
