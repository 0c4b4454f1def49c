package org.gongkai.notifications;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications 消息提醒", description = "What is due soon, overdue, assigned, returned or awaiting you (issue 10)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not staff", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationResource {
    @Inject
    NotificationService notifications;
    @Inject
    CurrentUser user;

    @Schema(name = "Notification")
    public record View(long id,
                       @Schema(description = "DUE_SOON, OVERDUE, HOUR_REMINDER, ASSIGNED, RETURNED, AWAITING_APPROVAL, AWAITING_SIGNATURE") String kind,
                       String titleZh, String titleEn, @Schema(description = "where in the console to act on it") String link,
                       String subjectType, String subjectId, Instant createdAt, boolean read) {
        static View of(NotificationService.Row r) {
            return new View(r.id(), r.kind(), r.titleZh(), r.titleEn(), r.link(), r.subjectType(), r.subjectId(), r.createdAt(), r.read());
        }
    }

    @Schema(name = "UnreadCount")
    public record Unread(long unread) {}

    private NotificationService.Reader reader() {
        return new NotificationService.Reader(user.username(), user.department().orElse(null), user.roles());
    }

    @GET
    @Operation(summary = "My notifications 我的消息", description = "Addressed to me, to my department, or to a role I hold; newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<View>> list(@QueryParam("unread") Boolean unread, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, java.util.Set.of("createdAt"), "createdAt,desc");
        v.throwIfInvalid();
        return notifications.mine(reader(), Boolean.TRUE.equals(unread), page.page(), page.size()).map(p -> p.map(View::of));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many are unread 未读数", description = "For the bell in the console's header.")
    @APIResponse(responseCode = "200", description = "The count")
    public Uni<Unread> unread() {
        return notifications.unread(reader()).map(Unread::new);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark as read 标为已读")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "Not one of mine", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> read(@PathParam("id") long id) {
        return notifications.read(reader(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all as read 全部标为已读")
    @APIResponse(responseCode = "200", description = "How many were marked")
    public Uni<Unread> readAll() {
        return notifications.readAll(reader()).map(n -> new Unread(0));
    }
}
