package org.gongkai.applications.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.ApplicationEnums;
import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Channel;
import org.gongkai.applications.ApplicationEnums.DeliveryForm;
import org.gongkai.applications.ApplicationEnums.Outcome;
import org.gongkai.applications.ApplicationEnums.ReceiptRule;
import org.gongkai.applications.ApplicationEnums.State;
import org.gongkai.applications.ApplicationReview;
import org.gongkai.applications.Assignment;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.applications.service.ApplicationService;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.crypto.Masking;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.files.AttachmentService;

/** The applicant's side, by tracking number and query code (the code in a header): progress, delivered files, uploads. */
@Path("/api/v1/applications/track")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications 依申请公开")
public class ApplicationTrackingResource {
    @Inject
    ApplicationService service;
    @Inject
    AttachmentService attachments;
    @Inject
    ApplicationProgressViews views;

    @GET
    @PermitAll
    @Operation(summary = "Follow an application 查询申请进度", description = "By tracking number and query code.")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "404", description = "No application with this number and code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationProgressViews.Progress> track(@QueryParam("trackingNo") String trackingNo, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the query code, in a header: it never travels in a URL (logs, history, referrers)") @HeaderParam(org.gongkai.common.numbering.TrackingNumbers.CODE_HEADER) String code) {
        return service.track(trackingNo, code).flatMap(views::progress);
    }

    @GET
    @Path("/files/{fileId}")
    @PermitAll
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a delivered file 下载答复材料", description = "With the tracking number and query code; only after delivery by upload (R20).")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> trackFile(@PathParam("fileId") long fileId, @QueryParam("trackingNo") String trackingNo, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the query code, in a header: it never travels in a URL (logs, history, referrers)") @HeaderParam(org.gongkai.common.numbering.TrackingNumbers.CODE_HEADER) String code) {
        return attachments.download(service.track(trackingNo, code).flatMap(app -> {
            if (app.state != State.DELIVERED) throw ProblemException.notFound("file", fileId);
            return attachments.one(ApplicationService.SUBJECT, String.valueOf(app.id), fileId);
        }));
    }

    @POST
    @Path("/files")
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload identity proof or correction materials 上传身份证明或补正材料", description = "With the tracking number and query code, while the application is being handled; at most 10 files.")
    @APIResponse(responseCode = "201", description = "Received")
    @APIResponse(responseCode = "409", description = "No longer accepting files", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> applicantFile(@QueryParam("trackingNo") String trackingNo, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the query code, in a header: it never travels in a URL (logs, history, referrers)") @HeaderParam(org.gongkai.common.numbering.TrackingNumbers.CODE_HEADER) String code,
                                       @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return service.track(trackingNo, code).flatMap(app -> {
            if (app.state != State.RECEIVED && app.state != State.IN_CORRECTION && app.state != State.THIRD_PARTY) {
                throw ProblemException.conflict("the application no longer accepts files");
            }
            return attachments.list(ApplicationService.INTAKE, String.valueOf(app.id)).flatMap(existing -> {
                if (existing.size() >= 10) throw ProblemException.conflict("at most 10 files per application");
                return attachments.upload(ApplicationService.INTAKE, file, p -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() ->
                        attachments.add(String.valueOf(app.id), p, Actor.PUBLIC)));
            });
        }).map(a -> Response.status(201).entity(AttachmentService.View.of(a)).build());
    }

}
