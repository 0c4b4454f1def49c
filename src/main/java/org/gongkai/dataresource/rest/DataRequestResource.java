package org.gongkai.dataresource.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.paging.Where;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.dataresource.DataRequestIn;
import org.gongkai.dataresource.DataRequestOut;
import org.gongkai.dataresource.sharing.DataRequestService;

/**
 * Requests for data both ways (R42, R43), through the city platform (R41). Outbound: a department asks, its head and
 * then the leader approve, the info section submits and records the answer. Inbound: the city platform (its client,
 * role city-platform) or the info section registers what arrived; the automatic checks run; the providing department
 * gives its opinion; only the info section decides.
 */
@Path("/api/v1/data-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
@Tag(name = "Data requests 数据共享申请", description = "Outbound (R42: head, then leader, then submitted through the city platform) and inbound "
        + "(R43: automatic checks, the department's opinion, the info section's decision within 10 working days)")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DataRequestResource {
    @Inject
    DataRequestService service;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;

    /** Who sees every department's requests: the info section, the office, the leaders, the administrators. */
    private boolean seesAll() {
        return user.hasRole(Roles.INFO_SECTION) || user.seesEveryDepartment();
    }

    private void infoSection() {
        if (!user.hasRole(Roles.INFO_SECTION)) throw ProblemException.forbidden("only the info section submits, records answers and decides");
    }

    // ------------------------------------------------------------------------------------------------ outbound

    @Schema(name = "OutboundDataRequest")
    public record OutboundRequest(@Schema(description = "default: the caller's department") String departmentCode,
                                  @Schema(examples = "临沂市公安局") String providerBody, @Schema(examples = "户籍人口基本信息") String resourceName,
                                  String resourceCode, List<String> fields, @Schema(examples = "全市适龄儿童的姓名、出生日期、户籍地址") String scope,
                                  @Schema(examples = "义务教育新生入学资格核验") String purpose, @Schema(examples = "专网传输，仅招生系统使用，专人管理，用后删除") String security,
                                  java.time.LocalDate periodFrom, java.time.LocalDate periodTo) {}

    @GET
    @Path("/outbound")
    @Operation(summary = "Our requests to other bodies 本局共享申请", description = "A department sees its own; the info section, the office and the leaders all. state filters.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<DataRequestOut>> outbound(@QueryParam("state") String state, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,desc");
        DataRequestOut.State st = Validation.blank(state) ? null : v.enumValue("state", state, DataRequestOut.State.class, null);
        v.throwIfInvalid();
        Where w = new Where().and(st != null, "state = :s", "s", st).and(!seesAll(), "departmentCode = :d", "d", user.department().orElse("-"));
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, DataRequestOut.class, Where.orderBy(page.sort()), page)));
    }

    @GET
    @Path("/outbound/{id}")
    @Operation(summary = "One of our requests 本局共享申请详情")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request (or another department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestOut> outboundOne(@PathParam("id") long id) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(DataRequestOut.class, id))).map(r -> {
            if (r == null) throw ProblemException.notFound("outbound data request", id);
            if (!seesAll()) user.checkSeesDepartment(r.departmentCode, "outbound data request", id);
            return r;
        });
    }

    @POST
    @Path("/outbound")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask another body for data 提出共享申请", description = "By a department's staff (or the office for it): name, scope, purpose, "
            + "security measures and period (R42); its head approves next.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "household data", value = """
            {"providerBody":"临沂市公安局","resourceName":"户籍人口基本信息","fields":["姓名","出生日期","户籍地址"],"scope":"全市2020年出生的适龄儿童",
             "purpose":"义务教育新生入学资格核验","security":"专网传输，仅招生系统使用，专人管理，用后删除","periodFrom":"2027-05-01","periodTo":"2027-09-30"}""")))
    @APIResponse(responseCode = "201", description = "Asked; waiting for the head")
    @APIResponse(responseCode = "400", description = "A field is missing (which one)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ask(OutboundRequest r) {
        if (r == null) throw ProblemException.badField("resourceName", "is required");
        String dept = Validation.blank(r.departmentCode()) ? user.department().orElse(null) : r.departmentCode().trim();
        return service.ask(new DataRequestService.OutboundInput(dept, r.providerBody(), r.resourceName(), r.resourceCode(), r.fields(), r.scope(), r.purpose(),
                        r.security(), r.periodFrom(), r.periodTo()), Actor.of(user),
                d -> user.checkOfficeOrWorksIn(d, "a department asks for data for itself (or the office for it)"))
                .map(x -> Response.status(201).entity(x).build());
    }

    @Schema(name = "DataRequestApproval")
    public record Approval(@Schema(description = "true: approve; false: return with a reason") Boolean approve, String reason) {}

    @POST
    @Path("/outbound/{id}/head-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The department head's approval 科室负责人审核", description = "Approve (to the leader) or return with a reason.")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "409", description = "Not waiting for the head", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestOut> headApproval(@PathParam("id") long id, Approval a) {
        if (a == null || a.approve() == null) throw ProblemException.badField("approve", "is required");
        return service.headApproval(id, a.approve(), a.reason(), Actor.of(user), d -> {
            user.checkSeesDepartment(d, "outbound data request", id);
            if (!user.hasRole(Roles.DEPARTMENT_HEAD) || !d.equals(user.department().orElse(null)))
                throw ProblemException.forbidden("the head of the asking department approves");
        });
    }

    @POST
    @Path("/outbound/{id}/leader-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The leader's approval 分管领导审批", description = "Approve (for the info section to submit) or return with a reason.")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "409", description = "Not waiting for the leader", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestOut> leaderApproval(@PathParam("id") long id, Approval a) {
        if (!user.hasRole(Roles.LEADER)) throw ProblemException.forbidden("the leader in charge approves");
        if (a == null || a.approve() == null) throw ProblemException.badField("approve", "is required");
        return service.leaderApproval(id, a.approve(), a.reason(), Actor.of(user));
    }

    @POST
    @Path("/outbound/{id}/submission")
    @Operation(summary = "Submit through the city platform 通过市级平台提交", description = "By the info section, once approved; the platform's reference is kept.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Not approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestOut> submit(@PathParam("id") long id) {
        infoSection();
        return service.submit(id, Actor.of(user));
    }

    @Schema(name = "OutboundAnswer")
    public record Answer(@Schema(description = "whether the provider granted it") Boolean granted, @Schema(examples = "同意共享，接口地址另行通知") String answer) {}

    @POST
    @Path("/outbound/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the provider's answer 登记答复", description = "By the info section, as the platform brought it.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Not submitted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestOut> answer(@PathParam("id") long id, Answer a) {
        infoSection();
        if (a == null || a.granted() == null) throw ProblemException.badField("granted", "is required");
        return service.answered(id, a.granted(), a.answer(), Actor.of(user));
    }

    // ------------------------------------------------------------------------------------------------ inbound

    @Schema(name = "InboundDataRequest")
    public record InboundView(DataRequestIn request, @Schema(description = "the R43 decision clock, once one was opened") ObligationView obligation) {}

    @GET
    @Path("/inbound")
    @Operation(summary = "Other bodies' requests 外单位共享申请", description = "The info section, the office and the leaders see all; a department those for its resources.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A wrong parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<DataRequestIn>> inbound(@QueryParam("state") String state, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, Set.of("id"), "id,desc");
        DataRequestIn.State st = Validation.blank(state) ? null : v.enumValue("state", state, DataRequestIn.State.class, null);
        v.throwIfInvalid();
        Where w = new Where().and(st != null, "state = :s", "s", st).and(!seesAll(), "departmentCode = :d", "d", user.department().orElse("-"));
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> w.page(s, DataRequestIn.class, Where.orderBy(page.sort()), page)));
    }

    @GET
    @Path("/inbound/{id}")
    @Operation(summary = "One request of another body 外单位申请详情", description = "With its R43 clock.")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request (or not for the caller's resources)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InboundView> inboundOne(@PathParam("id") long id) {
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.find(DataRequestIn.class, id))).flatMap(r -> {
            if (r == null || (!seesAll() && (r.departmentCode == null || !user.worksIn(r.departmentCode)))) throw ProblemException.notFound("inbound data request", id);
            return obligations.rowsFor(DataRequestService.IN, List.of(String.valueOf(id)))
                    .map(os -> new InboundView(r, os.stream().findFirst().map(ObligationView::of).orElse(null)));
        });
    }

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_PLATFORM, Roles.INFO_SECTION})
    @Operation(summary = "A request arrives 接收共享申请", description = "From the city platform (its client, role city-platform) or registered by the info section: "
            + "the automatic checks run at once — a failing request is refused with the reasons sent back; otherwise the R43 clock opens. "
            + "previousRef: the refused request this one asks again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "request", value = """
            {"platformRef":"SQ-2026-1201-001","requesterBody":"临沂市人力资源和社会保障局","consumerClientId":"city-hr-system","resourceCode":"01.02-0001",
             "fields":["学校名称","校长姓名"],"purpose":"教师职称评审单位核验","security":"政务外网，专人专用","periodTo":"2027-12-31"}""")))
    @APIResponse(responseCode = "201", description = "Received: UNDER_REVIEW, or REFUSED by the checks with their reasons")
    @APIResponse(responseCode = "400", description = "A field is missing (which one)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Received already, or asking again what is not refused", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receive(DataRequestService.InboundInput in) {
        return service.receive(in, Actor.of(user)).map(x -> Response.status(201).entity(x).build());
    }

    @Schema(name = "DataRequestOpinion")
    public record Opinion(@Schema(examples = "同意共享，校长姓名按规则脱敏") String opinion) {}

    @POST
    @Path("/inbound/{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The providing department's opinion 提供科室意见")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestIn> opinion(@PathParam("id") long id, Opinion o) {
        return service.opinion(id, o == null ? null : o.opinion(), Actor.of(user), d -> {
            if (user.hasRole(Roles.INFO_SECTION)) return;
            if (d == null || !user.worksIn(d)) throw ProblemException.forbidden("the department that provides the resource (or the info section) gives the opinion");
        });
    }

    @POST
    @Path("/inbound/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide 审核决定", description = "Only the info section: grant (the consumer's grant created or extended: the request's fields, dailyQuota "
            + "default 1000, expiresOn default the period asked) or refuse with reasons; sent back through the city platform; meets the R43 clock.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "grant", value = "{\"grant\":true,\"dailyQuota\":500}"),
            @ExampleObject(name = "refuse", value = "{\"grant\":false,\"reasons\":\"申请用途与所需信息项不符\"}")}))
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "No reasons for a refusal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided already, or no longer passes the checks", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DataRequestIn> decide(@PathParam("id") long id, DataRequestService.Decision d) {
        infoSection();
        return service.decide(id, d, Actor.of(user));
    }
}
