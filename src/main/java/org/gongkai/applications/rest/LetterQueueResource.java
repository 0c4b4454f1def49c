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

/** Letters waiting for the caller's legality review or signature. */
@Path("/api/v1/letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Letters 文书")
public class LetterQueueResource {
    @Inject
    LetterService letters;
    @Inject
    CurrentUser user;

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.LEGAL, Roles.LEADER, Roles.OFFICE_HEAD})
    @Operation(summary = "Letters waiting for me 待我审签", description = "Legal: to review; the leader: disclosure notices to sign; the head of the office: other letters to sign.")
    public Uni<List<LetterResource.View>> queue() {
        return letters.queue(user.roles()).map(l -> l.stream().map(LetterResource.View::of).toList());
    }

}
