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

/** What the applicant sent (letter scans, identity proofs), kept apart from the information delivered. */
@Path("/api/v1/applications/{id}/applicant-files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications 依申请公开")
public class ApplicationIntakeFileResource {
    @Inject
    ApplicationRepository repository;
    @Inject
    AttachmentService attachments;
    @Inject
    ApplicationPolicy policy;
    @Inject
    CurrentUser user;

    @POST
        @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a scan of the letter or an identity proof 上传信函扫描件、身份证明", description = "Kept with what the applicant sent, never delivered back.")
    @APIResponse(responseCode = "201", description = "Attached")
    public Uni<Response> intakeFile(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return repository.find(id).flatMap(app -> attachments.upload(ApplicationService.INTAKE, file, p -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() ->
                        attachments.add(String.valueOf(id), p, Actor.of(user)))))
                .map(a -> Response.status(201).entity(AttachmentService.View.of(a)).build());
    }

    @GET
    @Path("/{fileId}")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file the applicant sent 下载申请人材料")
    @APIResponse(responseCode = "200", description = "The file")
    public Uni<Response> applicantFileDownload(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return policy.visible(id).flatMap(a -> attachments.one(ApplicationService.INTAKE, String.valueOf(id), fileId))
                .flatMap(a -> attachments.download(a));
    }

}
