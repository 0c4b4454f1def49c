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

/** The information to deliver (R20): uploaded by the office, delivered on the tracking page. */
@Path("/api/v1/applications/{id}/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications 依申请公开")
public class ApplicationFileResource {
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
    @Operation(summary = "Attach the information to deliver 上传答复材料", description = "Delivered on the tracking page when the applicant chose delivery by upload (R20).")
    @APIResponse(responseCode = "201", description = "Attached")
    public Uni<Response> file(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return repository.find(id).flatMap(app -> attachments.upload(ApplicationService.SUBJECT, file, p -> io.quarkus.hibernate.reactive.panache.Panache.withTransaction(() ->
                        attachments.add(String.valueOf(id), p, Actor.of(user)))))
                .map(a -> Response.status(201).entity(AttachmentService.View.of(a)).build());
    }

    @GET
    @Path("/{fileId}")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file of an application 下载材料")
    @APIResponse(responseCode = "200", description = "The file")
    public Uni<Response> staffFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return policy.visible(id).flatMap(a -> attachments.one(ApplicationService.SUBJECT, String.valueOf(id), fileId))
                .flatMap(a -> attachments.download(a));
    }

}
