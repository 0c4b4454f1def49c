package org.gongkai.organisation.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.organisation.Department;
import org.gongkai.organisation.repository.DepartmentRepository;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation 机构", description = "Departments, units and the current user (R1–R3)")
public class OrganisationResource {
    @Inject
    DepartmentRepository departments;
    @Inject
    CurrentUser user;

    @Schema(name = "Department")
    public record DepartmentView(String code, String nameZh, String nameEn, Department.Kind kind, String parentCode) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.nameZh, d.nameEn, d.kind, d.parentCode);
        }
    }

    @GET
    @Path("/departments")
    @PermitAll
    @Operation(summary = "Departments and units 机构列表")
    public Uni<List<DepartmentView>> departments() {
        return departments.active().map(l -> l.stream().map(DepartmentView::of).toList());
    }

    @Schema(name = "Me")
    public record MeView(String username, String name, Set<String> roles, String department, DepartmentView departmentDetail) {}

    @jakarta.inject.Inject
    org.gongkai.notifications.NotificationService notifications;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The current user 当前用户", description = "User name, roles and department from the token.")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Uni<MeView> me() {
        String dept = user.department().orElse(null);
        String username = user.username();
        String name = user.displayName();
        Set<String> roles = user.roles();
        // staff are told by e-mail too (issue 10) and shown by name in timelines (issue 16): remember what the token says
        Uni<Void> remembered = user.isStaff()
                ? notifications.rememberContact(username, user.email().orElse(null), name.equals(username) ? null : name, dept, roles)
                : Uni.createFrom().voidItem();
        if (dept == null) return remembered.replaceWith(new MeView(username, name, roles, null, null));
        return remembered.flatMap(x -> departments.byCode(dept)).map(d -> new MeView(username, name, roles, dept, d == null ? null : DepartmentView.of(d)));
    }
}
