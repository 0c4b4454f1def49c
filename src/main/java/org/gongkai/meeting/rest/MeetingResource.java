package org.gongkai.meeting.rest;

import static org.gongkai.common.error.Validation.blank;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.meeting.Meeting;
import org.gongkai.meeting.MeetingAttendee;
import org.gongkai.meeting.MeetingDecision;
import org.gongkai.meeting.MeetingMaterial;
import org.gongkai.meeting.MeetingTopic;
import org.gongkai.meeting.repository.MeetingRepository;
import org.gongkai.meeting.service.MeetingService;

/** Meetings for the staff (R31, R32): set-up, notice, materials and their clock, topics open to attendance, attendees. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings 会议公开", description = "Meetings of public interest and the director's meetings: notices, materials due 1 working day after, attendance (R31, R32)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeetingResource {
    @Inject
    MeetingService service;
    @Inject
    MeetingRepository meetings;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;

    @Schema(name = "MeetingRequest")
    public record SetUpRequest(@Schema(examples = "2027年义务教育招生政策通报会") String title,
                               @Schema(description = "PUBLIC_INTEREST (R31), DIRECTORS (局长办公会, R32) or LEADING_GROUP") Meeting.Category category,
                               @Schema(description = "IN_PERSON, ONLINE or HYBRID") Meeting.Format format,
                               @Schema(examples = "2026-12-11T09:00:00+08:00") Instant startsAt, @Schema(examples = "2026-12-11T11:30:00+08:00") Instant endsAt,
                               String venue, @Schema(description = "the live stream (required online)") String liveUrl, String agenda,
                               @Schema(description = "also published on (WEIBO, WECHAT …)") List<Channel> channels,
                               @Schema(description = "a director's meeting's topics with the department reporting each") List<MeetingService.TopicInput> topics,
                               @Schema(description = "the organising department (the office may name one; others organise their own)") String departmentCode) {}

    @Schema(name = "Meeting")
    public record MeetingView(long id, String refNo, String title, Meeting.Category category, Meeting.Format format, String departmentCode,
                              String startsAt, String endsAt, String venue, String liveUrl, String replayUrl, String agenda, List<String> channels,
                              Meeting.State state, String cancelReason, Long noticeItemId, String announcedOn, String materialsHandedInAt,
                              Long materialsItemId, String materialsPublishedOn) {
        public static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.refNo, m.title, m.category, m.format, m.departmentCode, m.startsAt.toString(), m.endsAt.toString(), m.venue,
                    m.liveUrl, m.replayUrl, m.agenda, m.channelList(), m.state, m.cancelReason, m.noticeItemId, str(m.announcedOn),
                    str(m.materialsHandedInAt), m.materialsItemId, str(m.materialsPublishedOn));
        }
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @Schema(name = "MeetingTopic")
    public record TopicView(long id, int seq, String title, String departmentCode, boolean openToAttendance, MeetingTopic.Answer answer, String answerReason,
                            @Schema(description = "the leading group's yearly report on openness work (R2)") boolean opennessReport) {
        static TopicView of(MeetingTopic t) {
            return new TopicView(t.id, t.seq, t.title, t.departmentCode, t.openToAttendance, t.answer, t.answerReason, t.opennessReport);
        }
    }

    @Schema(name = "MeetingMaterial")
    public record MaterialView(long id, MeetingMaterial.Kind kind, String title, String content, String submittedBy, String submittedAt) {
        static MaterialView of(MeetingMaterial m) {
            return new MaterialView(m.id, m.kind, m.title, m.content, m.submittedBy, m.submittedAt.toString());
        }
    }

    @Schema(name = "MeetingAttendee")
    public record AttendeeView(long id, Long topicId, MeetingAttendee.Category category, @Schema(description = "masked (张**)") String name, String affiliation,
                               MeetingAttendee.State state, String remarks) {
        static AttendeeView of(MeetingAttendee a) {
            return new AttendeeView(a.id, a.topicId, a.category, a.nameMasked, a.affiliation, a.state, a.remarks);
        }
    }

    @Schema(name = "MeetingDecision")
    public record DecisionView(long id, int seq, String text, String departmentCode, String dueOn, MeetingDecision.State state, String evidence, String doneAt,
                               @Schema(description = "its clock (R2-DB)") ObligationView obligation) {
        static DecisionView of(MeetingDecision d, ObligationView o) {
            return new DecisionView(d.id, d.seq, d.text, d.departmentCode, d.dueOn.toString(), d.state, d.evidence, str(d.doneAt), o);
        }
    }

    @Schema(name = "MeetingDetail")
    public record Detail(MeetingView meeting, List<TopicView> topics, List<MaterialView> materials, List<AttendeeView> attendees,
                         @Schema(description = "decisions followed up (督办), with their clocks") List<DecisionView> decisions,
                         @Schema(description = "the R31 clock: materials to the office") List<ObligationView> obligations) {}

    @Schema(name = "MeetingDecisionRequest")
    public record DecisionRequest(@Schema(examples = "完善校外培训机构监管办法，报局长办公会审议。") String text, @Schema(examples = "JCJY") String departmentCode,
                                  @Schema(examples = "2027-01-29") java.time.LocalDate dueOn) {}

    @Schema(name = "MeetingDecisionCompletion")
    public record Completion(@Schema(description = "what was done") String evidence) {}

    @Schema(name = "MeetingMaterialRequest")
    public record MaterialRequest(@Schema(description = "AGENDA, SPEECH, DECISION, MINUTES or MEDIA") MeetingMaterial.Kind kind, String title,
                                  @Schema(description = "the text; files go on the materials item") String content) {}

    @Schema(name = "MeetingTopicMark")
    public record Mark(@Schema(description = "open to attendance (列席)") boolean open) {}

    @Schema(name = "MeetingTopicAnswer")
    public record Answer(@Schema(description = "the reporting department agrees to attendance") Boolean agree, @Schema(description = "required when declining") String reason) {}

    @Schema(name = "MeetingInvitation")
    public record InvitationRequest(@Schema(description = "the topic (a director's meeting)") Long topicId, MeetingAttendee.Category category, String name, String affiliation) {}

    @Schema(name = "MeetingAttendance")
    public record Attendance(Boolean attended, @Schema(description = "what they said, summarised") String remarks) {}

    public record Replay(String replayUrl) {}

    public record Reason(String reason) {}

    // ------------------------------------------------------------------ who may

    private void checkCanWork(Meeting m) {
        user.checkWorksForDepartment(m.departmentCode, "meeting", m.id, "the organising department, or the office");
    }

    private void office() {
        if (!user.office()) throw ProblemException.forbidden("the office keeps the topics open to attendance and the attendees");
    }

    /** The organiser's department, those who see every department, and the departments reporting one of its topics. */
    private Uni<Meeting> visible(long id) {
        return service.meeting(id).flatMap(m -> {
            if (user.seesEveryDepartment() || m.departmentCode.equals(user.department().orElse(null))) return Uni.createFrom().item(m);
            String own = user.department().orElse("");
            return service.topics(id).flatMap(ts -> service.decisions(id).map(ds -> {
                if (ts.stream().noneMatch(t -> t.departmentCode.equals(own)) && ds.stream().noneMatch(d -> d.departmentCode.equals(own))) {
                    throw ProblemException.notFound("meeting", id);
                }
                return m;
            }));
        });
    }

    // ------------------------------------------------------------------ endpoints

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a meeting 登记会议", description = "Its materials are due at the office N working days after the day it ends (R31, a setting; the law's 1): the clock is on the ledger from now.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "meeting", value = """
            {"title":"2027年义务教育招生政策通报会","category":"PUBLIC_INTEREST","format":"HYBRID","startsAt":"2026-12-11T09:00:00+08:00","endsAt":"2026-12-11T11:30:00+08:00",
             "venue":"市教育局三楼会议室","liveUrl":"https://live.example.gov.cn/jyj/20261211","agenda":"一、通报2027年招生政策\\n二、答复家长代表提问","channels":["WECHAT"]}""")))
    @APIResponse(responseCode = "201", description = "Set up")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@NotNull SetUpRequest r) {
        String own = user.department().orElse(null);
        String dept = user.office() && !blank(r.departmentCode()) ? r.departmentCode().trim() : own;
        if (dept == null) throw ProblemException.forbidden("your account has no department");
        user.checkOfficeOrWorksIn(dept, "a department's staff, or the office, set up its meetings");
        if (!user.office() && !blank(r.departmentCode()) && !r.departmentCode().trim().equals(own)) {
            throw ProblemException.forbidden("you set up your own department's meetings");
        }
        return service.create(new MeetingService.SetUp(r.title(), r.category(), r.format(), r.startsAt(), r.endsAt(), r.venue(), r.liveUrl(), r.agenda(),
                        r.channels(), r.topics()), dept, Actor.of(user))
                .flatMap(m -> detail(m.id)).map(d -> Response.status(201).entity(d).build());
    }

    @GET
    @Operation(summary = "Meetings 会议", description = "A department sees its own; the office, leaders and administrators every department's. Newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<MeetingView>> list(@QueryParam("category") String category, @QueryParam("state") String state, @QueryParam("departmentCode") String department,
                                       @BeanParam PageRequest paging) {
        Validation v = new Validation();
        Meeting.Category cat = blank(category) ? null : v.enumValue("category", category, Meeting.Category.class, null);
        Meeting.State st = blank(state) ? null : v.enumValue("state", state, Meeting.State.class, null);
        PageRequest.Checked page = paging.check(v, java.util.Set.of("startsAt", "id"), "startsAt,desc");
        v.throwIfInvalid();
        String dept = user.departmentScope(department, user.seesEveryDepartment(), "meetings");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new java.util.HashMap<>();
        if (cat != null) { where.append(" and category = :c"); p.put("c", cat); }
        if (st != null) { where.append(" and state = :s"); p.put("s", st); }
        if (dept != null) { where.append(" and departmentCode = :d"); p.put("d", dept); }
        return Panache.withSession(() -> org.gongkai.common.paging.Pages.of(meetings.find(where.toString(), page.sort(), p), page)).map(pg -> pg.map(MeetingView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting with its topics, materials, attendees and clock")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting (or another department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return Panache.withSession(() -> visible(id)).flatMap(m -> detail(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a planned meeting 修改会议", description = "Title, format, time, venue, stream, agenda and channels; its kind and topics stay. "
            + "Moved to another day, its materials clock counts from the new last day (R31). A drafted notice is drafted again.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such meeting (or another department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Held or cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> change(@PathParam("id") long id, @NotNull SetUpRequest r) {
        return service.reschedule(id, new MeetingService.SetUp(r.title(), r.category(), r.format(), r.startsAt(), r.endsAt(), r.venue(), r.liveUrl(), r.agenda(),
                r.channels(), null), Actor.of(user), this::checkCanWork).flatMap(m -> detail(id));
    }

    @POST
    @Path("/{id}/notice")
    @Operation(summary = "Draft the notice 起草会议预告", description = "Time, venue, live stream, agenda and the topics open to attendance, as an item (MEETING_NOTICE) for the review; its publication announces the meeting.")
    @APIResponse(responseCode = "200", description = "The notice's item, a draft")
    public Uni<ItemView> notice(@PathParam("id") long id) {
        return service.draftNotice(id, Actor.of(user), this::checkCanWork).map(ItemView::of);
    }

    @POST
    @Path("/{id}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark as held 已召开", description = "After its start, with the replay link when there is one.")
    @APIResponse(responseCode = "200", description = "Held")
    public Uni<Detail> held(@PathParam("id") long id, @NotNull Replay r) {
        return service.held(id, r.replayUrl(), Actor.of(user), this::checkCanWork).flatMap(m -> detail(id));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel 取消会议", description = "With the reason; its materials clock is cancelled with it.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    public Uni<Detail> cancel(@PathParam("id") long id, @NotNull Reason r) {
        return service.cancel(id, r.reason(), Actor.of(user), this::checkCanWork).flatMap(m -> detail(id));
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a material 添加会议材料", description = "The agenda, a speech, the decisions, the minutes or media, as text.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "minutes", value = """
            {"kind":"MINUTES","title":"招生政策通报会纪要","content":"会议通报了2027年义务教育招生政策，并答复了家长代表的提问。"}""")))
    @APIResponse(responseCode = "201", description = "Added")
    public Uni<Response> addMaterial(@PathParam("id") long id, @NotNull MaterialRequest r) {
        return service.addMaterial(id, r.kind(), r.title(), r.content(), Actor.of(user), this::checkCanWork)
                .map(m -> Response.status(201).entity(MaterialView.of(m)).build());
    }

    @POST
    @Path("/{id}/handover")
    @Operation(summary = "Hand the materials to the office 报送会议材料", description = "After the meeting ends: meets the R31 clock, on time or late as the ledger says.")
    @APIResponse(responseCode = "200", description = "Handed over")
    @APIResponse(responseCode = "409", description = "Not ended yet, no materials, or handed over already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> handOver(@PathParam("id") long id) {
        return service.handOver(id, Actor.of(user), this::checkCanWork).flatMap(m -> detail(id));
    }

    @POST
    @Path("/{id}/materials-item")
    @Operation(summary = "Draft the materials for publication 起草会议材料公开稿", description = "By the office: an item (MEETING_MATERIALS) with the agenda, the materials, the replay and who attended (names masked), for the review.")
    @APIResponse(responseCode = "200", description = "The materials' item, a draft")
    @APIResponse(responseCode = "409", description = "Not handed over yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> draftMaterials(@PathParam("id") long id) {
        office();
        return service.draftMaterials(id, Actor.of(user)).map(ItemView::of);
    }

    @POST
    @Path("/{id}/topics/{topicId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a topic to attendance 确定列席议题", description = "By the office (R32); the reporting department is asked to agree.")
    @APIResponse(responseCode = "200", description = "The topic")
    public Uni<TopicView> mark(@PathParam("id") long id, @PathParam("topicId") long topicId, @NotNull Mark r) {
        office();
        return service.markTopic(id, topicId, r.open(), Actor.of(user)).map(TopicView::of);
    }

    @POST
    @Path("/{id}/topics/{topicId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree or decline attendance 汇报科室意见", description = "By the department reporting the topic (or the office): a refusal gives its reason.")
    @APIResponse(responseCode = "200", description = "The topic")
    public Uni<TopicView> answer(@PathParam("id") long id, @PathParam("topicId") long topicId, @NotNull Answer r) {
        return service.answerTopic(id, topicId, r.agree(), r.reason(), Actor.of(user),
                t -> user.checkWorksForDepartment(t.departmentCode, "topic", t.id, "the department reporting the topic, or the office")).map(TopicView::of);
    }

    @POST
    @Path("/{id}/attendees")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an attendee 邀请列席", description = "By the office: a stakeholder, a member of the public, a deputy, a CPPCC member, an expert or the press; the name is stored encrypted and shown masked.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "deputy", value = """
            {"topicId":12,"category":"NPC_DEPUTY","name":"李明华","affiliation":"市人大代表、兰山区第一实验小学校长"}""")))
    @APIResponse(responseCode = "201", description = "Invited")
    @APIResponse(responseCode = "409", description = "The topic is not open to attendance", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> invite(@PathParam("id") long id, @NotNull InvitationRequest r) {
        office();
        return service.invite(id, new MeetingService.Invitation(r.topicId(), r.category(), r.name(), r.affiliation()), Actor.of(user))
                .map(a -> Response.status(201).entity(AttendeeView.of(a)).build());
    }

    @POST
    @Path("/{id}/attendees/{attendeeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record attendance 记录列席情况", description = "By the office, once the meeting has begun: who came and what they said.")
    @APIResponse(responseCode = "200", description = "The attendee")
    public Uni<AttendeeView> attendance(@PathParam("id") long id, @PathParam("attendeeId") long attendeeId, @NotNull Attendance r) {
        office();
        return service.recordAttendance(id, attendeeId, r.attended(), r.remarks(), Actor.of(user)).map(AttendeeView::of);
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow up a decision 督办事项", description = "By the office, for a leading-group or director's meeting that has begun: a task on a department, due on a day, on the ledger (R2-DB).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "decision", value = """
            {"text":"完善校外培训机构监管办法，报局长办公会审议。","departmentCode":"JCJY","dueOn":"2027-01-29"}""")))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> decide(@PathParam("id") long id, @NotNull DecisionRequest r) {
        if (!user.office()) throw ProblemException.forbidden("the office supervises the follow-up of decisions (督办)");
        return service.decide(id, new MeetingService.DecisionInput(r.text(), r.departmentCode(), r.dueOn()), Actor.of(user))
                .flatMap(d -> detail(id)).map(x -> Response.status(201).entity(x).build());
    }

    @POST
    @Path("/{id}/decisions/{decisionId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a decision done 督办事项办结", description = "By the department carrying it out (or the office), with what was done: meets its clock, on time or late.")
    @APIResponse(responseCode = "200", description = "The meeting now")
    public Uni<Detail> complete(@PathParam("id") long id, @PathParam("decisionId") long decisionId, @NotNull Completion r) {
        return service.completeDecision(id, decisionId, r.evidence(), Actor.of(user),
                d -> user.checkWorksForDepartment(d.departmentCode, "decision", d.id, "the department carrying it out, or the office")).flatMap(d -> detail(id));
    }

    private Uni<Detail> detail(long id) {
        return Panache.withSession(() -> service.meeting(id).flatMap(m -> service.topics(id).flatMap(ts -> service.materials(id).flatMap(ms -> service.attendees(id)
                .flatMap(as -> service.decisions(id).flatMap(ds -> obligations.rowsFor(MeetingService.DECISION, ds.stream().map(d -> String.valueOf(d.id)).toList())
                        .flatMap(drows -> obligations.rowsFor(MeetingService.SUBJECT, List.of(String.valueOf(id))).map(rows -> {
                            Map<String, ObligationView> byDecision = new java.util.HashMap<>();
                            for (var r : drows) byDecision.put(r.obligation().subjectId, ObligationView.of(r));
                            return new Detail(MeetingView.of(m), ts.stream().map(TopicView::of).toList(), ms.stream().map(MaterialView::of).toList(),
                                    as.stream().map(AttendeeView::of).toList(), ds.stream().map(d -> DecisionView.of(d, byDecision.get(String.valueOf(d.id)))).toList(),
                                    rows.stream().map(ObligationView::of).toList());
                        }))))))));
    }
}
