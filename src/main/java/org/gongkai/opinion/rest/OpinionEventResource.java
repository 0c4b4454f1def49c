package org.gongkai.opinion.rest;

import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.calendar.service.CalendarService;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.files.AttachmentService;
import org.gongkai.opinion.OpinionEvent;
import org.gongkai.opinion.OpinionResponse;
import org.gongkai.opinion.OpinionState;
import org.gongkai.opinion.repository.OpinionEventRepository;
import org.gongkai.opinion.service.OpinionPolicy;
import org.gongkai.opinion.service.OpinionService;

/** Public-opinion events (舆情, R27): the office's log, the unit's responses, the clocks from the ledger. Staff only. */
@Path("/api/v1/opinion-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public opinion 舆情", description = "Public-opinion events: logged, answered within 48 hours (a press conference within 24 for a major one), closed with an assessment (R27)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OpinionEventResource {
    static final Set<String> SORTABLE = Set.of("firstSeenAt", "updatedAt", "id");

    @Inject
    OpinionService service;
    @Inject
    OpinionEventRepository repository;
    @Inject
    OpinionPolicy policy;
    @Inject
    ObligationService obligations;
    @Inject
    CalendarService calendars;
    @Inject
    AttachmentService attachments;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    @Schema(name = "OpinionEventRequest")
    public record LogRequest(@Schema(examples = "网传某小学划片招生变更引发家长关注") String title,
                             @Schema(description = "MEDIA, SOCIAL_MEDIA, HOTLINE_12345, HIGHER_AUTHORITY, OTHER") OpinionEvent.Source source,
                             @Schema(examples = "https://weibo.com/1234567890/AbCdEf") String sourceUrl,
                             @Schema(description = "what was seen, as text (a screenshot: upload it as an attachment)") String captureText,
                             @Schema(description = "when it was first seen: the clocks start then", examples = "2026-10-16T09:30:00+08:00") Instant firstSeenAt,
                             @Schema(description = "MISREAD_POLICY, VITAL_INTERESTS, LIVELIHOOD, EMERGENCY, HIGHER_REQUEST (the five that must be answered) or OTHER")
                             OpinionEvent.Category category,
                             @Schema(description = "GENERAL 一般, LARGER 较大, MAJOR 重大, EXTRA_MAJOR 特别重大") OpinionEvent.Level level,
                             @Schema(description = "涉事单位, the first responsible party", examples = "JCJY") String departmentCode,
                             @Schema(description = "internal working notes; never public") String internalNotes) {}

    @Schema(name = "OpinionResponseRequest")
    public record ResponseRequest(@Schema(description = "AUTHORITATIVE_RELEASE, PRESS_CONFERENCE, BRIEFING, INTERVIEW, PLATFORM_REPLY, FOLLOW_UP") OpinionResponse.Form form,
                                  @Schema(description = "when it was given; now when omitted") Instant respondedAt,
                                  @Schema(examples = "市教育局微信公众号") String channel,
                                  String link,
                                  @Schema(examples = "发布情况说明：今年划片范围不变。") String summary,
                                  @Schema(description = "the response statement, drafted as an item with featureType opinion-event and featureId this event's id, published through the review")
                                  Long itemId) {}

    @Schema(name = "OpinionClosureRequest")
    public record ClosureRequest(@Schema(description = "RESOLVED, CONTINUING or ESCALATED") OpinionEvent.Assessment assessment, String note) {}

    @Schema(name = "OpinionNotesRequest")
    public record NotesRequest(String internalNotes) {}

    @Schema(name = "OpinionEvent")
    public record EventView(long id, String refNo, String title, OpinionEvent.Source source, String sourceUrl, String firstSeenAt,
                            OpinionEvent.Category category, OpinionEvent.Level level, String departmentCode, OpinionState state,
                            OpinionEvent.Assessment assessment, String closingNote, String loggedBy, String updatedAt,
                            @Schema(description = "the 48-hour response clock (R27), when the category must be answered") ObligationView response,
                            @Schema(description = "the 24-hour press clock of a 重大 or 特别重大 event") ObligationView press) {
        static EventView of(OpinionEvent e, ObligationView response, ObligationView press) {
            return new EventView(e.id, e.refNo, e.title, e.source, e.sourceUrl, e.firstSeenAt.toString(), e.category, e.level, e.departmentCode,
                    e.state, e.assessment, e.closingNote, e.loggedBy, e.updatedAt.toString(), response, press);
        }
    }

    @Schema(name = "OpinionResponse")
    public record ResponseView(long id, OpinionResponse.Form form, String respondedAt, String channel, String link, String summary, Long itemId,
                               String recordedBy) {
        static ResponseView of(OpinionResponse r) {
            return new ResponseView(r.id, r.form, r.respondedAt.toString(), r.channel, r.link, r.summary, r.itemId, r.recordedBy);
        }
    }

    @Schema(name = "OpinionEventDetail")
    public record Detail(EventView event, String captureText, @Schema(description = "internal working notes (never public)") String internalNotes,
                         List<ResponseView> responses, List<AttachmentService.View> attachments) {}

    @Schema(name = "OpinionCount")
    public record CountView(String departmentCode, OpinionEvent.Category category, long open, long overdue) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Log an event 登记舆情", description = "Starts the response clock (48 hours from when it was first seen) for the five categories that must be answered, and the press clock (24 hours) for 重大 and 特别重大 events; tells the unit involved.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "major", value = """
            {"title":"网传某小学划片招生变更引发家长关注","source":"SOCIAL_MEDIA","sourceUrl":"https://weibo.com/1234567890/AbCdEf",
             "firstSeenAt":"2026-10-16T09:30:00+08:00","category":"MISREAD_POLICY","level":"MAJOR","departmentCode":"JCJY"}""")))
    @APIResponse(responseCode = "201", description = "Logged, with its clocks")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> log(@Valid @NotNull LogRequest r) {
        return service.log(new OpinionService.LogCommand(r.title(), r.source(), r.sourceUrl(), r.captureText(), r.firstSeenAt(), r.category(),
                        r.level(), r.departmentCode(), r.internalNotes()), Actor.of(user))
                .flatMap(e -> view(e)).map(v -> Response.created(java.net.URI.create("/api/v1/opinion-events/" + v.id())).entity(v).build());
    }

    @GET
    @Operation(summary = "Public-opinion events 舆情列表", description = "Newest first; a unit sees its own. due=OVERDUE: the clock has run out (violation R45(6)); due=DUE_SOON.")
    @APIResponse(responseCode = "200", description = "One page of events with their clocks")
    @APIResponse(responseCode = "400", description = "A filter is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<EventView>> list(@QueryParam("state") String state, @QueryParam("department") String department,
                                     @QueryParam("category") String category, @QueryParam("level") String level,
                                     @QueryParam("due") String due, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        OpinionState st = blank(state) ? null : v.enumValue("state", state, OpinionState.class, null);
        OpinionEvent.Category cat = blank(category) ? null : v.enumValue("category", category, OpinionEvent.Category.class, null);
        OpinionEvent.Level lvl = blank(level) ? null : v.enumValue("level", level, OpinionEvent.Level.class, null);
        v.check(blank(due) || "OVERDUE".equals(due) || "DUE_SOON".equals(due), "due", "OVERDUE or DUE_SOON");
        PageRequest.Checked page = paging.check(v, SORTABLE, "firstSeenAt,desc");
        v.throwIfInvalid();
        String dept = policy.departmentScope(department);
        LocalDate today = time.today();
        return calendars.calendar().flatMap(cal -> repository.search(new OpinionEventRepository.Filter(st, dept, cat, lvl,
                        blank(due) ? null : ObligationStatus.valueOf(due), today, obligations.dueSoonLimit(cal, today), time.now()), page))
                .flatMap(p -> clocks(p.items()).map(c -> p.map(e -> EventView.of(e, c.get(key(e.id, OpinionService.RULE)), c.get(key(e.id, OpinionService.PRESS_RULE))))));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Events by unit and category 舆情统计", description = "Not closed, and whose clock ran out (answered late or not yet), per unit and category.")
    @APIResponse(responseCode = "200", description = "The counts")
    public Uni<List<CountView>> summary(@QueryParam("department") String department) {
        return repository.counts(policy.departmentScope(department), time.today(), time.now())
                .map(l -> l.stream().map(c -> new CountView(c.departmentCode(), c.category(), c.open(), c.overdue())).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event with its responses, captures and clocks")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such event (or not your unit's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return service.find(id).invoke(policy::checkCanSee).flatMap(this::detail);
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a response 记录回应", description = "By the unit involved or the office; meets the response clock at the time given, and the press clock when it was a press conference or briefing.")
    @APIResponse(responseCode = "201", description = "Recorded: the event now")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Closed already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> respond(@PathParam("id") long id, @Valid @NotNull ResponseRequest r) {
        return service.respond(id, new OpinionService.ResponseCommand(r.form(), r.respondedAt(), r.channel(), r.link(), r.summary(), r.itemId()),
                        Actor.of(user), policy::checkCanRespond)
                .flatMap(x -> service.find(id)).flatMap(this::detail).map(d -> Response.status(201).entity(d).build());
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Close with an assessment 办结", description = "After a response: resolved, continuing or escalated, with a note.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Not answered yet, or closed already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> close(@PathParam("id") long id, @Valid @NotNull ClosureRequest r) {
        return service.find(id).invoke(policy::checkCanSee).flatMap(x -> service.close(id, r.assessment(), r.note(), Actor.of(user))).flatMap(this::detail);
    }

    @PUT
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Internal working notes 工作记录", description = "Never public; the audit trail records that they changed, not what they say.")
    @APIResponse(responseCode = "200", description = "Saved")
    public Uni<Detail> notes(@PathParam("id") long id, @NotNull NotesRequest r) {
        return service.notes(id, r.internalNotes(), Actor.of(user)).flatMap(this::detail);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a capture 上传截图", description = "A screenshot or saved page of what was seen; images, PDF; at most 20 MB.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "Empty, too large or of a type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attach(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return service.find(id).invoke(policy::checkCanRespond)
                .flatMap(x -> attachments.upload(OpinionService.SUBJECT, file, p -> service.addCapture(id, p, Actor.of(user), policy::checkCanRespond)))
                .map(a -> Response.status(201).entity(AttachmentService.View.of(a)).build());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a capture")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return attachments.download(service.find(id).invoke(policy::checkCanSee)
                .flatMap(x -> attachments.one(OpinionService.SUBJECT, String.valueOf(id), attachmentId)));
    }

    private Uni<EventView> view(OpinionEvent e) {
        return clocks(List.of(e)).map(c -> EventView.of(e, c.get(key(e.id, OpinionService.RULE)), c.get(key(e.id, OpinionService.PRESS_RULE))));
    }

    private Uni<Detail> detail(OpinionEvent e) {
        return view(e).flatMap(v -> service.responses(e.id).flatMap(rs -> attachments.list(OpinionService.SUBJECT, String.valueOf(e.id))
                .map(files -> new Detail(v, e.captureText, e.internalNotes, rs.stream().map(ResponseView::of).toList(),
                        files.stream().map(AttachmentService.View::of).toList()))));
    }

    private static String key(long id, String rule) {
        return id + "/" + rule;
    }

    /** Each event's clocks from the ledger, by event and rule. */
    private Uni<Map<String, ObligationView>> clocks(List<OpinionEvent> events) {
        if (events.isEmpty()) return Uni.createFrom().item(Map.of());
        return obligations.rowsFor(OpinionService.SUBJECT, events.stream().map(e -> String.valueOf(e.id)).toList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> key(Long.parseLong(r.obligation().subjectId), r.obligation().ruleId),
                        ObligationView::of, (a, b) -> b)));
    }
}
