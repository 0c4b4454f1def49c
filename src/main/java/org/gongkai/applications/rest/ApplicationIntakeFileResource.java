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

/** What the applicant sent (letter scans, identity proofs), kept apart from the information delivered. */
@Path("/api/v1/applications/{id}/applicant-files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications 依申请公开")
public class ApplicationIntakeFileResource {
    @Inject
    ApplicationFiles files;

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a scan of the letter or an identity proof 上传信函扫描件、身份证明", description = "Kept with what the applicant sent, never delivered back.")
    @APIResponse(responseCode = "201", description = "Attached")
    public Uni<Response> intakeFile(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return files.upload(ApplicationService.INTAKE, id, file);
    }

    @GET
    @Path("/{fileId}")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.LEADER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file the applicant sent 下载申请人材料")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> applicantFileDownload(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return files.download(ApplicationService.INTAKE, id, fileId);
    }
}
