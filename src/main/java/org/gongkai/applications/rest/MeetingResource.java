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

/** R17: consultation meetings (会商) on an application. */
@Path("/api/v1/applications/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Letters 文书")
public class MeetingResource {
    @Inject
    LetterService letters;
    @Inject
    CurrentUser user;
    @Inject
    org.gongkai.applications.repository.ApplicationRepository repository;

    @Schema(name = "ApplicationMeetingRequest")
    public record MeetingRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 1000) String participants, @NotBlank @Size(max = 20000) String minutes) {}

    @Schema(name = "ApplicationMeeting")
    public record MeetingView(long id, LocalDate heldOn, String participants, String minutes, String recordedBy) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.heldOn, m.participants, m.minutes, m.recordedBy);
        }
    }

    @POST
        @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a consultation meeting 会商记录 (R17)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Uni<Response> meeting(@PathParam("id") long id, @Valid @NotNull MeetingRequest m) {
        return letters.recordMeeting(id, m.heldOn(), m.participants(), m.minutes(), Actor.of(user)).map(x -> Response.status(201).entity(MeetingView.of(x)).build());
    }

    @GET
        @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The consultation meetings of an application")
    public Uni<List<MeetingView>> meetings(@PathParam("id") long id) {
        return repository.find(id).flatMap(a -> letters.meetings(id)).map(l -> l.stream().map(MeetingView::of).toList());
    }
}
