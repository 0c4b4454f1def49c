package org.gongkai.common.crypto;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;

/** The SM4 key's rotation for the administrators (issue 18): what is left under old keys, and the rewrite. */
@Path("/api/v1/admin/crypto/rotation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration 系统管理", description = "Operating the platform")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an administrator")
public class KeyRotationResource {
    @Inject
    KeyRotation rotation;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "What is not yet under the current key 密钥轮换进度", description = "Encrypted values by table and attachments still written with a "
            + "previous key (or from before key ids); done: the previous keys can be dropped from GONGKAI_SM4_PREVIOUS_KEYS.")
    @APIResponse(responseCode = "200", description = "The status")
    public Uni<KeyRotation.Status> status() {
        return rotation.status();
    }

    @POST
    @Operation(summary = "Rewrite everything to the current key 执行密钥轮换", description = "Every encrypted column and attachment re-encrypted with "
            + "GONGKAI_SM4_KEY, in batches; safe to run again, and while the platform is in use.")
    @APIResponse(responseCode = "200", description = "The status afterwards")
    public Uni<KeyRotation.Status> rotate() {
        return rotation.rotate(Actor.of(user));
    }
}
