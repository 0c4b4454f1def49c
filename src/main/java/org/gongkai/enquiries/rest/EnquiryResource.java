package org.gongkai.enquiries.rest;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.search.ChineseSegmenter;
import org.gongkai.enquiries.Enquiry;
import org.gongkai.enquiries.EnquiryState;
import org.gongkai.enquiries.Enums;
import org.gongkai.enquiries.repository.EnquiryRepository;
import org.gongkai.common.abuse.ChallengeService;
import org.gongkai.enquiries.service.EnquiryPolicy;
import org.gongkai.enquiries.service.EnquiryService;

@Path("/api/v1/enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enquiries 留言咨询", description = "Online enquiries and 12345 hotline tickets (R21–R23)")
public class EnquiryResource {
    static final Set<String> SORTABLE = Set.of("receivedOn", "updatedAt", "id");
    static final String[] STAFF = {Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN};

    @Inject
    org.gongkai.audit.service.Timeline timeline;
    @Inject
    EnquiryService service;
    @Inject
    EnquiryRepository repository;
    @Inject
    EnquiryPolicy policy;
    @Inject
    ChallengeService challenges;
    @Inject
    ObligationService obligations;
    @Inject
    CalendarService calendars;
    @Inject
    AuditService audit;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    ChineseSegmenter segmenter;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.files.AttachmentService attachments;
    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    // ------------------------------------------------------------------ the public

    @GET
    @Path("/challenge")
    @PermitAll
    @Operation(summary = "A question against spam 验证问题", description = "Plain text, readable by screen readers; answer it when submitting.")
    @APIResponse(responseCode = "200", description = "The question, valid ten minutes, used up by any answer")
    @APIResponse(responseCode = "429", description = "Too many questions asked from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ChallengeService.Challenge> challenge(@Context HttpServerRequest request) {
        return challenges.create(CurrentUser.clientAddress(request));
    }

    @Schema(name = "EnquirySubmission")
    public record Submission(@NotNull Enums.Category category,
                             @NotBlank @Size(max = 200) @Schema(examples = "孩子入学需要哪些材料？") String title,
                             @NotBlank @Size(max = 5000) String question,
                             @Size(max = 50) String contactName, @Size(max = 20) String contactPhone, @Size(max = 254) String contactEmail,
                             @Schema(description = "may the question and its answer be shown on the portal") boolean publishable,
                             @NotBlank String challengeId, @NotBlank @Size(max = 16) String challengeAnswer,
                             @Schema(description = "tell me by e-mail or text message when there is an answer (only with this consent)") Boolean notifyMe) {}

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave an enquiry 我要留言", description = "Anonymous or as a logged-in citizen. A retried submission with the same Idempotency-Key returns the first receipt.")
    @APIResponse(responseCode = "201", description = "Received: keep the tracking number and the query code")
    @APIResponse(responseCode = "200", description = "The same submission again (Idempotency-Key): the first receipt")
    @APIResponse(responseCode = "400", description = "A field is wrong, or the challenge", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many submissions from this address or account", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@Valid @NotNull Submission s,
                                @Parameter(description = "a client-made key, the same on retries") @HeaderParam("Idempotency-Key") String key,
                                @Parameter(description = "the browser's own random id (the web UI keeps one): limited per device") @HeaderParam("X-Device-Id") String device,
                                @Context HttpServerRequest request) {
        var caller = org.gongkai.common.abuse.IntakeLimits.Caller.of(CurrentUser.clientAddress(request), device, user.citizenAccount());
        Actor actor = user.anonymous() ? Actor.PUBLIC : Actor.of(user);
        return service.submit(new EnquiryService.Submission(s.category(), s.title(), s.question(), s.contactName(), s.contactPhone(),
                        s.contactEmail(), s.publishable(), s.challengeId(), s.challengeAnswer(), Boolean.TRUE.equals(s.notifyMe())), key, caller, actor)
                .map(r -> Response.status(r.replayed() ? 200 : 201).entity(new EnquiryViews.Receipt(r.trackingNo(), r.queryCode(), r.receivedOn(), r.dueDate(), r.provisional())).build());
    }

    @GET
    @Path("/track")
    @PermitAll
    @Operation(summary = "Follow an enquiry 查询办理进度", description = "By tracking number and query code; no personal data is ever shown.")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "404", description = "No enquiry with this number and code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EnquiryViews.Progress> track(@QueryParam("trackingNo") String trackingNo, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the query code, in a header: it never travels in a URL (logs, history, referrers)") @HeaderParam(org.gongkai.common.numbering.TrackingNumbers.CODE_HEADER) String code) {
        return service.track(trackingNo, code).flatMap(this::progress);
    }

    private Uni<EnquiryViews.Progress> progress(org.gongkai.enquiries.Enquiry e) {
        return service.replyClock(e).map(o -> EnquiryViews.Progress.of(e, o));
    }

    @Schema(name = "EnquiryRating")
    public record Rating(@NotBlank String trackingNo, @NotBlank String code, @NotNull @Min(1) @Max(5) Integer rating, @Size(max = 500) String comment) {}

    @POST
    @Path("/track/rating")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the answer 评价", description = "Once, after the enquiry is closed.")
    @APIResponse(responseCode = "200", description = "Rated")
    @APIResponse(responseCode = "409", description = "Not closed yet, or rated already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EnquiryViews.Progress> rate(@Valid @NotNull Rating r) {
        return service.rate(r.trackingNo(), r.code(), r.rating(), r.comment()).flatMap(this::progress);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My enquiries 我的留言", description = "A logged-in citizen's own enquiries.")
    public Uni<List<EnquiryViews.Progress>> mine() {
        String sub = user.subject().orElseThrow(() -> ProblemException.forbidden("no account"));
        return repository.ofCitizen(sub).flatMap(l -> obligations.rowsFor(EnquiryService.SUBJECT, l.stream().map(e -> String.valueOf(e.id)).toList())
                .map(rows -> {
                    Map<String, org.gongkai.compliance.Obligation> reply = rows.stream().map(ObligationService.Row::obligation)
                            .filter(o -> "R21".equals(o.ruleId)).collect(Collectors.toMap(o -> o.subjectId, o -> o, (a, b) -> b));
                    return l.stream().map(e -> EnquiryViews.Progress.of(e, reply.get(String.valueOf(e.id)))).toList();
                }));
    }

    @GET
    @Path("/answered")
    @PermitAll
    @Operation(summary = "Answered enquiries 留言选登", description = "Closed enquiries their authors allowed to be shown; searchable in Chinese.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<EnquiryViews.Answered>> answered(@QueryParam("q") String q, @QueryParam("category") String category,
                                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation v = new Validation();
        Enums.Category cat = category == null || category.isBlank() ? null : v.enumValue("category", category, Enums.Category.class, null);
        Integer p = v.integer("page", page, 0, 0, 10000);
        Integer s = v.integer("size", size, 20, 1, 100);
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        v.throwIfInvalid();
        String tokens = q == null || q.isBlank() ? null : String.join(" ", segmenter.queryWords(q.trim()));
        return repository.publicIds(tokens, cat, p, s).flatMap(ids -> repository.byIds(ids.items())
                .map(list -> new Page<>(list.stream().map(EnquiryViews.Answered::of).toList(), ids.page(), ids.size(), ids.total(), ids.totalPages())));
    }

    @GET
    @Path("/answered/{trackingNo}")
    @PermitAll
    @Operation(summary = "One answered enquiry")
    @APIResponse(responseCode = "200", description = "The enquiry and its answer")
    @APIResponse(responseCode = "404", description = "Not answered, or not to be shown", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EnquiryViews.Answered> answeredOne(@PathParam("trackingNo") String trackingNo) {
        return repository.find("trackingNo", trackingNo).firstResult().map(e -> {
            if (e == null || e.state != EnquiryState.CLOSED || !e.publishable) throw ProblemException.notFound("answered enquiry", trackingNo);
            return EnquiryViews.Answered.of(e);
        });
    }

    @Inject
    org.gongkai.enquiries.service.EnquiryFigures figures;

    @GET
    @Path("/statistics")
    @PermitAll
    @Operation(summary = "Monthly figures 月度统计", description = "Received, answered, average working days to answer, on-time rate (from the ledger).")
    @APIResponse(responseCode = "200", description = "Twelve months")
    public Uni<List<EnquiryViews.Month>> statistics(@QueryParam("year") String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, time.today().getYear(), 2000, 2100);
        v.throwIfInvalid();
        return figures.of(y);
    }

    // ------------------------------------------------------------------ staff

    @GET
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The queue 留言办理", description = "The office: every item; a department: what was transferred to it. Filters: channel, state, department, due (DUE_SOON, OVERDUE from the ledger).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A filter is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<EnquiryViews.Staff>> list(@QueryParam("channel") String channel, @QueryParam("state") String state,
                                              @QueryParam("department") String department, @QueryParam("due") String due,
                                              @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        Enums.Channel ch = blank(channel) ? null : v.enumValue("channel", channel, Enums.Channel.class, null);
        EnquiryState st = blank(state) ? null : v.enumValue("state", state, EnquiryState.class, null);
        v.check(blank(due) || "OVERDUE".equals(due) || "DUE_SOON".equals(due), "due", "OVERDUE or DUE_SOON");
        PageRequest.Checked page = paging.check(v, SORTABLE, "receivedOn,desc");
        v.throwIfInvalid();
        String dept = policy.departmentScope(department);
        LocalDate today = time.today();
        return calendars.calendar().flatMap(cal -> repository.search(new EnquiryRepository.Filter(ch, st, dept, blank(due) ? null : due, today,
                        obligations.dueSoonLimit(cal, today), time.now(), blank(q) ? null : q.trim()), page))
                .flatMap(this::withClocks);
    }

    private Uni<Page<EnquiryViews.Staff>> withClocks(Page<Enquiry> p) {
        return obligations.rowsFor(EnquiryService.SUBJECT, p.items().stream().map(e -> String.valueOf(e.id)).toList()).map(rows -> {
            Map<String, ObligationService.Row> open = rows.stream()
                    .filter(r -> r.obligation().state == ObligationState.OPEN || r.obligation().state == ObligationState.PAUSED)
                    .sorted(Comparator.comparing((ObligationService.Row r) -> r.obligation().dueDate))
                    .collect(Collectors.toMap(r -> r.obligation().subjectId, Function.identity(), (a, b) -> a));
            return p.map(e -> {
                ObligationService.Row r = open.get(String.valueOf(e.id));
                return EnquiryViews.Staff.of(e, cipher, r == null ? null : ObligationView.of(r));
            });
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PUBLIC, Roles.CITIZEN, Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "One enquiry with its clocks, extension requests and history")
    @APIResponse(responseCode = "200", description = "The enquiry")
    @APIResponse(responseCode = "404", description = "No such enquiry (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EnquiryViews.Detail> get(@PathParam("id") long id) {
        user.requireStaffOrNotFound("enquiry", id);
        return repository.find(id).invoke(policy::checkCanSee).flatMap(this::detail);
    }

    /** After a move the caller may no longer see the item (a department that sent it back): answer with what it did. */
    private Uni<EnquiryViews.Staff> moved(Enquiry e) {
        return detail(e).map(EnquiryViews.Detail::enquiry);
    }

    private Uni<EnquiryViews.Detail> detail(Enquiry e) {
        long id = e.id;
        return obligations.rowsFor(EnquiryService.SUBJECT, List.of(String.valueOf(id)))
                .flatMap(rows -> repository.extensions(id).flatMap(ext -> audit.forSubject(EnquiryService.SUBJECT, String.valueOf(id)).flatMap(timeline::of)
                        .flatMap(events -> attachments.list(EnquiryService.SUBJECT, String.valueOf(id)).map(files -> {
                            List<ObligationView> clocks = rows.stream().map(ObligationView::of).toList();
                            ObligationView open = clocks.stream().filter(c -> c.state() == ObligationState.OPEN || c.state() == ObligationState.PAUSED)
                                    .min(Comparator.comparing(ObligationView::dueDate)).orElse(null);
                            return new EnquiryViews.Detail(EnquiryViews.Staff.of(e, cipher, open), clocks,
                                    ext.stream().map(EnquiryViews.Extension::of).toList(),
                                    events,
                                    files.stream().map(org.gongkai.files.AttachmentService.View::of).toList());
                        }))));
    }

    @Schema(name = "HotlineTicket")
    public record TicketRequest(@NotBlank @Size(max = 64) @Schema(examples = "12345-20261127-0001") String ticketNo, @NotNull Enums.TicketType type,
                                @NotNull Enums.Category category, @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String request,
                                @Size(max = 50) String callerName, @Size(max = 20) String callerPhone, @NotNull LocalDate platformDueDate) {}

    @POST
    @Path("/tickets")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a 12345 ticket 登记12345工单", description = "With the platform's own due date: the clocks run to it.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "This ticket is registered already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ticket(@Valid @NotNull TicketRequest t) {
        return service.registerTicket(new EnquiryService.Ticket(t.ticketNo(), t.type(), t.category(), t.title(), t.request(), t.callerName(),
                        t.callerPhone(), t.platformDueDate()), Actor.of(user))
                .flatMap(this::moved).map(v -> Response.status(201).entity(v).build());
    }

    @Schema(name = "EnquiryTransfer")
    public record Transfer(@NotBlank String departmentCode, @Size(max = 2000) String instructions,
                           @Schema(description = "working days for the department; default the setting, or the 12345 due date") Integer days) {}

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer to a department 转办", description = "Opens the department's clock (R22).")
    @APIResponse(responseCode = "200", description = "Transferred")
    @APIResponse(responseCode = "409", description = "Not waiting for the office", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EnquiryViews.Staff> transfer(@PathParam("id") long id, @Valid @NotNull Transfer t) {
        return service.transfer(id, t.departmentCode(), t.instructions(), t.days(), Actor.of(user)).flatMap(this::moved);
    }

    @Schema(name = "EnquiryText")
    public record Text(@NotBlank @Size(max = 10000) String text) {}

    @POST
    @Path("/{id}/send-back")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send back to the office 退回办公室", description = "Not this department's matter: with the reason; the office re-routes it.")
    @APIResponse(responseCode = "200", description = "Back with the office")
    public Uni<EnquiryViews.Staff> sendBack(@PathParam("id") long id, @Valid @NotNull Text t) {
        return guarded(id).flatMap(x -> service.sendBack(id, t.text(), Actor.of(user))).flatMap(this::moved);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The department's answer 部门答复", description = "A draft the office checks and sends; fulfils the department's clock.")
    @APIResponse(responseCode = "200", description = "Answered")
    public Uni<EnquiryViews.Staff> answer(@PathParam("id") long id, @Valid @NotNull Text t) {
        return guarded(id).flatMap(x -> service.answer(id, t.text(), Actor.of(user))).flatMap(this::moved);
    }

    @Schema(name = "EnquiryExtensionRequest")
    public record ExtensionRequest(@NotNull @Min(1) @Max(60) Integer days, @NotBlank @Size(max = 1000) String reason) {}

    @POST
    @Path("/{id}/extension-requests")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for more time 申请延期 (R22)")
    @APIResponse(responseCode = "201", description = "Requested")
    public Uni<Response> requestExtension(@PathParam("id") long id, @Valid @NotNull ExtensionRequest r) {
        return guarded(id).flatMap(x -> service.requestExtension(id, r.days(), r.reason(), Actor.of(user)))
                .map(x -> Response.status(201).entity(EnquiryViews.Extension.of(x)).build());
    }

    @Schema(name = "EnquiryExtensionDecision")
    public record Decision(@NotNull Boolean grant, @NotBlank @Size(max = 1000) String note) {}

    @POST
    @Path("/{id}/extension-requests/{requestId}/decision")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or refuse more time 审批延期", description = "A grant moves the department's due date in the ledger.")
    @APIResponse(responseCode = "200", description = "Decided")
    public Uni<EnquiryViews.Extension> decide(@PathParam("id") long id, @PathParam("requestId") long requestId, @Valid @NotNull Decision d) {
        return service.decideExtension(id, requestId, d.grant(), d.note(), Actor.of(user)).map(EnquiryViews.Extension::of);
    }

    @Schema(name = "EnquiryClosure")
    public record Closure(@NotNull Enums.ClosingCategory category, @NotBlank @Size(max = 10000) String answer, @Size(max = 300) String referTo) {}

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the answer and close 答复办结", description = "Every item gets an answer or explanation and a category (R23).")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "400", description = "No category, no answer, or no body to refer to", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EnquiryViews.Staff> close(@PathParam("id") long id, @Valid @NotNull Closure c) {
        return service.close(id, c.category(), c.answer(), c.referTo(), Actor.of(user)).flatMap(this::moved);
    }

    @Schema(name = "EnquiryContact")
    public record Contact(String name, String phone, String email) {}

    @POST
    @Path("/{id}/contact")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Open the contact details 查看联系方式", description = "In clear, for the handler; recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The contact details")
    public Uni<Contact> contact(@PathParam("id") long id) {
        return repository.find(id).invoke(policy::checkCanSee).flatMap(e -> service.revealContact(id, Actor.of(user)))
                .map(m -> new Contact(m.get("name"), m.get("phone"), m.get("email")));
    }

    @POST
    @Path("/{id}/attachments")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file 上传附件", description = "E.g. the documents of a 12345 ticket; at most 20 MB; the type is read from the bytes.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "Empty, too large or of a type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attach(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return attachments.upload(EnquiryService.SUBJECT, file, p -> service.addAttachment(id, p, Actor.of(user)))
                .map(a -> Response.status(201).entity(org.gongkai.files.AttachmentService.View.of(a)).build());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file of an enquiry 下载附件")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return attachments.download(repository.find(id).invoke(policy::checkCanSee).flatMap(e -> attachments.one(EnquiryService.SUBJECT, String.valueOf(id), attachmentId)));
    }

    private Uni<Enquiry> guarded(long id) {
        return repository.find(id).invoke(policy::checkAssignedDepartment);
    }

}
