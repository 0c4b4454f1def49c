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

@Path("/api/v1/applications/{id}/letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Letters 文书", description = "Letters to applicants: drafted by the office, reviewed by the legal section, signed by role (R18, R19)")
public class LetterResource {
    @Inject
    LetterService letters;
    @Inject
    LetterRenderer renderer;
    @Inject
    ApplicationService applications;
    @Inject
    ApplicationRepository repository;
    @Inject
    CurrentUser user;

    @Schema(name = "Letter")
    public record View(long id, long applicationId, Letter.Kind kind, String docNumber, String title, String body, Letter.State state,
                       String signerRole, String draftedBy, String reviewedBy, String reviewNote, String signedBy, String signerName,
                       LocalDate signedOn) {
        static View of(Letter l) {
            return new View(l.id, l.applicationId, l.kind, l.docNumber, l.title, l.body, l.state, l.kind.signerRole(), l.draftedBy,
                    l.reviewedBy, l.reviewNote, l.signedBy, l.signerName, l.signedOn);
        }
    }

    @Schema(name = "LetterDraft")
    public record Draft(@NotNull Letter.Kind kind) {}

    @POST
        @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a letter from its template 起草文书", description = "The template quotes the legal basis; the office edits it before the legal review.")
    @APIResponse(responseCode = "201", description = "Drafted")
    public Uni<Response> draft(@PathParam("id") long id, @Valid @NotNull Draft d) {
        return letters.draft(id, d.kind(), Actor.of(user)).map(l -> Response.status(201).entity(View.of(l)).build());
    }

    @Schema(name = "LetterEdit")
    public record Edit(@NotBlank @Size(max = 20000) String body) {}

    @PUT
    @Path("/{letterId}")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft letter 修改文书")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<View> edit(@PathParam("id") long id, @PathParam("letterId") long letterId, @Valid @NotNull Edit e) {
        return letters.edit(id, letterId, e.body(), Actor.of(user)).map(View::of);
    }

    @POST
    @Path("/{letterId}/submission")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Send to the legal section 送法规科审核")
    @APIResponse(responseCode = "200", description = "In legal review")
    public Uni<View> submit(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        return letters.submit(id, letterId, Actor.of(user)).map(View::of);
    }

    @Schema(name = "LetterReview")
    public record Review(@NotNull Boolean approve, @NotBlank @Size(max = 1000) String note) {}

    @POST
    @Path("/{letterId}/legal-review")
    @RolesAllowed(Roles.LEGAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Legality review 合法性审核 (R18)")
    @APIResponse(responseCode = "200", description = "Approved, or back to the office")
    public Uni<View> review(@PathParam("id") long id, @PathParam("letterId") long letterId, @Valid @NotNull Review r) {
        return letters.review(id, letterId, r.approve(), r.note(), Actor.of(user)).map(View::of);
    }

    @POST
    @Path("/{letterId}/signature")
    @RolesAllowed({Roles.LEADER, Roles.OFFICE_HEAD})
    @Operation(summary = "Sign 签发 (R19)", description = "Disclosure notices: the leader in charge; other letters: the head of the office.")
    @APIResponse(responseCode = "200", description = "Signed")
    @APIResponse(responseCode = "403", description = "Not this letter's signer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<View> sign(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        return letters.sign(id, letterId, user.displayName(), Actor.of(user)).map(View::of);
    }

    @GET
        @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The letters of an application")
    public Uni<List<View>> list(@PathParam("id") long id) {
        // an application that does not exist has no (empty) list of letters: a 404, like every unknown object
        return repository.find(id).flatMap(a -> letters.forApplication(id)).map(l -> l.stream().map(View::of).toList());
    }

    @GET
    @Path("/{letterId}/document")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "The letter as PDF or DOCX 下载文书", description = "format=pdf (default) or docx; a letter not yet signed is marked 草稿.")
    @APIResponse(responseCode = "200", description = "The document")
    public Uni<Response> document(@PathParam("id") long id, @PathParam("letterId") long letterId, @QueryParam("format") String format) {
        return letters.find(id, letterId).flatMap(l -> render(l, format));
    }

    static Uni<Response> render(LetterService letters, LetterRenderer renderer, Letter l, String format) {
        return renderStatic(letters, renderer, l, format);
    }

    private Uni<Response> render(Letter l, String format) {
        return renderStatic(letters, renderer, l, format);
    }

    private static Uni<Response> renderStatic(LetterService letters, LetterRenderer renderer, Letter l, String format) {
        boolean docx = "docx".equalsIgnoreCase(format);
        if (format != null && !docx && !"pdf".equalsIgnoreCase(format)) throw ProblemException.badField("format", "pdf or docx");
        // rendering reads a font file and lays out pages: off the event loop
        return letters.content(l).flatMap(c -> Uni.createFrom().item(() -> docx ? renderer.docx(c) : renderer.pdf(c))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .map(bytes -> Response.ok(bytes, docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf")
                        .header("Content-Disposition", AttachmentService.disposition(l.title + "（" + l.docNumber + "）." + (docx ? "docx" : "pdf"))).build());
    }

}
