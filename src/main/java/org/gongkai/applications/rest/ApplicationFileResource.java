package org.gongkai.applications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.service.ApplicationService;
import org.gongkai.common.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The information to deliver (R20): uploaded by the office, delivered on the tracking page. */
@Path("/api/v1/applications/{id}/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications 依申请公开")
public class ApplicationFileResource {
    @Inject
    ApplicationFiles files;

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach the information to deliver 上传答复材料", description = "Delivered on the tracking page when the applicant chose delivery by upload (R20).")
    @APIResponse(responseCode = "201", description = "Attached")
    public Uni<Response> file(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return files.upload(ApplicationService.SUBJECT, id, file);
    }

    @GET
    @Path("/{fileId}")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file of an application 下载材料")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> staffFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return files.download(ApplicationService.SUBJECT, id, fileId);
    }
}
