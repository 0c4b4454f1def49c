package org.gongkai.press.rest;

import static org.gongkai.common.error.Validation.blank;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.press.PressConference;
import org.gongkai.press.PressMaterial;
import org.gongkai.press.PressPlanEntry;
import org.gongkai.press.PressTopic;
import org.gongkai.press.service.PressService;

/** Press conferences for the staff (R28–R29): topics, the yearly plan, conferences, materials, records. */
@Path("/api/v1/press")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Press 新闻发布", description = "Topic proposals, the yearly press plan, press conferences with their materials and records (R28–R29)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PressResource {
    @Inject
    PressService service;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;
    @Inject
    org.gongkai.press.repository.PressTopicRepository topics;
    @Inject
    org.gongkai.press.repository.PressConferenceRepository conferences;

    @Schema(name = "PressTopicRequest")
    public record TopicRequest(@Schema(examples = "2027") Integer year, @Schema(examples = "2027年义务教育招生政策") String title,
                               @Schema(description = "why now") String reason, @Schema(description = "speakers proposed") String speakers,
                               @Schema(description = "materials needed") String materials, @Schema(description = "1–12") Integer preferredMonth) {}

    @Schema(name = "PressTopic")
    public record TopicView(long id, int year, String title, String reason, String speakers, String materials, Integer preferredMonth,
                            String departmentCode, String proposedBy, PressTopic.State state, String decisionNote) {
        static TopicView of(PressTopic t) {
            return new TopicView(t.id, t.year, t.title, t.reason, t.speakers, t.materials, t.preferredMonth, t.departmentCode, t.proposedBy, t.state, t.decisionNote);
        }
    }

    @Schema(name = "PressPlanEntry")
    public record EntryView(long id, int year, long topicId, int month, String title, String departmentCode, boolean removed, String removedReason) {
        static EntryView of(PressPlanEntry e) {
            return new EntryView(e.id, e.year, e.topicId, e.month, e.title, e.departmentCode, e.removed, e.removedReason);
        }
    }

    @Schema(name = "PressPlan")
    public record PlanView(int year, Long itemId, int adjustments, List<EntryView> entries) {}

    @Schema(name = "PressConferenceRequest")
    public record ConferenceRequest(String title, @Schema(description = "REGULAR (from the plan), AD_HOC, EMERGENCY (R29: any time, outside the plan), BRIEFING") PressConference.Kind kind,
                                    @Schema(description = "the plan entry (required for REGULAR)") Long planEntryId,
                                    @Schema(examples = "2026-10-20T10:00:00+08:00") java.time.Instant startsAt, String venue, String host,
                                    List<PressService.Speaker> speakers, String liveUrl,
                                    @Schema(description = "the items it interprets") List<Long> documentIds,
                                    @Schema(description = "materials asked of departments, due N working days before") List<PressService.MaterialAsk> materials) {}

    @Schema(name = "PressMaterial")
    public record MaterialView(long id, String departmentCode, PressMaterial.Kind kind, String dueDate, boolean submitted, String submittedAt,
                               @Schema(description = "internal: the Q&A's prepared answers are never published") String content,
                               @Schema(description = "files handed in with it (internal)") List<org.gongkai.files.AttachmentService.View> files) {
        static MaterialView of(PressMaterial m, List<org.gongkai.files.Attachment> files) {
            return new MaterialView(m.id, m.departmentCode, m.kind, m.dueDate.toString(), m.submittedAt != null,
                    m.submittedAt == null ? null : m.submittedAt.toString(), m.content,
                    files.stream().map(org.gongkai.files.AttachmentService.View::of).toList());
        }
    }

    @Schema(name = "PressConference")
    public record ConferenceView(long id, String title, PressConference.Kind kind, Long planEntryId, String startsAt, String venue, String host,
                                 List<PressService.Speaker> speakers, String liveUrl, String replayUrl, PressConference.State state,
                                 @Schema(description = "its notice (PRESS_NOTICE) is published") boolean announced,
                                 Long recordItemId, String departmentCode, @Schema(description = "its notice, drafted for the review") Long noticeItemId) {
        public static ConferenceView of(PressConference c) {
            return new ConferenceView(c.id, c.title, c.kind, c.planEntryId, c.startsAt.toString(), c.venue, c.host, PressService.speakers(c), c.liveUrl,
                    c.replayUrl, c.state, c.announced, c.recordItemId, c.departmentCode, c.noticeItemId);
        }
    }

    @Schema(name = "PressConferenceDetail")
    public record ConferenceDetail(ConferenceView conference, List<Long> documentIds, List<MaterialView> materials, List<ObligationView> obligations) {}

    public record Month(Integer month) {}

    public record Note(String note) {}

    public record Reason(String reason) {}

    public record Replay(String replayUrl) {}

    public record Content(String content) {}

    public record Transcript(@Schema(description = "the transcript (实录) with times, as HTML; photos as attachments of the item") String transcript) {}

    private void office() {
        if (!user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD)) throw ProblemException.forbidden("the office runs the press plan and conferences");
    }

    @POST
    @Path("/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a topic 申报发布选题", description = "By a department, for this year's or next year's plan.")
    @RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @ExampleObject(name = "topic", value = """
            {"year":2027,"title":"2027年义务教育招生政策","reason":"招生政策调整，社会关注度高","speakers":"分管副局长、基础教育科科长","materials":"新闻通稿、答问口径","preferredMonth":5}""")))
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> propose(@NotNull TopicRequest r) {
        return service.propose(new PressService.TopicCommand(r.year(), r.title(), r.reason(), r.speakers(), r.materials(), r.preferredMonth()), Actor.of(user))
                .map(t -> Response.status(201).entity(TopicView.of(t)).build());
    }

    @GET
    @Path("/topics")
    @Operation(summary = "Topic proposals 选题申报", description = "The office, leaders and administrators see every department's; a department its own.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    public Uni<Page<TopicView>> topics(@QueryParam("year") String year, @QueryParam("state") String state, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, -1, 2000, 2100);
        PressTopic.State st = blank(state) ? null : v.enumValue("state", state, PressTopic.State.class, null);
        PageRequest.Checked page = paging.check(v, java.util.Set.of("id", "year"), "id,desc");
        v.throwIfInvalid();
        String dept = user.departmentScope(null, user.seesEveryDepartment(), "press topics");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new java.util.HashMap<>();
        if (y != null && y > 0) { where.append(" and year = :y"); p.put("y", y); }
        if (st != null) { where.append(" and state = :st"); p.put("st", st); }
        if (dept != null) { where.append(" and departmentCode = :d"); p.put("d", dept); }
        return Panache.withSession(() -> org.gongkai.common.paging.Pages.of(topics.find(where.toString(), page.sort(), p), page))
                .map(pg -> pg.map(TopicView::of));
    }

    @POST
    @Path("/topics/{id}/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select into the plan 列入年度计划", description = "By the office, in a month.")
    @APIResponse(responseCode = "200", description = "The plan entry")
    @APIResponse(responseCode = "409", description = "Decided already", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EntryView> select(@PathParam("id") long id, @NotNull Month r) {
        office();
        return service.select(id, r.month(), Actor.of(user)).map(EntryView::of);
    }

    @POST
    @Path("/topics/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline a proposal 不予列入", description = "By the office, with the reason.")
    @APIResponse(responseCode = "200", description = "Declined")
    public Uni<TopicView> decline(@PathParam("id") long id, @NotNull Note r) {
        office();
        return service.decline(id, r.note(), Actor.of(user)).map(TopicView::of);
    }

    @GET
    @Path("/plans/{year}")
    @Operation(summary = "The yearly press plan 年度新闻发布计划", description = "Its entries and the item it is published as.")
    @APIResponse(responseCode = "200", description = "The plan")
    public Uni<PlanView> plan(@PathParam("year") int year) {
        return service.plan(year).flatMap(p -> service.entries(year).map(es -> new PlanView(year, p == null ? null : p.itemId, p == null ? 0 : p.adjustments,
                es.stream().map(EntryView::of).toList())));
    }

    @POST
    @Path("/plans/{year}/entries/{entryId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a topic out of the plan 调整计划", description = "With the reason, shown in the plan's next version.")
    @APIResponse(responseCode = "200", description = "Removed")
    public Uni<EntryView> removeEntry(@PathParam("year") int year, @PathParam("entryId") long entryId, @NotNull Reason r) {
        office();
        return service.removeEntry(entryId, r.reason(), Actor.of(user)).map(EntryView::of);
    }

    @POST
    @Path("/plans/{year}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the plan for review 生成计划稿", description = "The plan as an item (type PRESS_PLAN) for the review; after its publication an adjustment is a revision stating its reason, published as a new version.")
    @APIResponse(responseCode = "200", description = "The plan's item, a draft")
    @APIResponse(responseCode = "409", description = "No topic selected yet, or the plan is in review", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> draftPlan(@PathParam("year") int year, @NotNull Reason r) {
        office();
        return service.draftPlan(year, r.reason(), Actor.of(user)).map(ItemView::of);
    }

    @POST
    @Path("/conferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a conference 安排新闻发布会", description = "Regular ones from the plan; emergencies (R29) at any time outside it. Each department's materials are due on the ledger N working days before.")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> schedule(@NotNull ConferenceRequest r) {
        office();
        return service.schedule(new PressService.ConferenceCommand(r.title(), r.kind(), r.planEntryId(), r.startsAt(), r.venue(), r.host(), r.speakers(),
                        r.liveUrl(), r.documentIds(), r.materials()), Actor.of(user))
                .flatMap(c -> detail(c.id)).map(d -> Response.status(201).entity(d).build());
    }

    @GET
    @Path("/conferences")
    @Operation(summary = "Press conferences 新闻发布会", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of conferences")
    public Uni<Page<ConferenceView>> conferences(@QueryParam("state") String state, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PressConference.State st = blank(state) ? null : v.enumValue("state", state, PressConference.State.class, null);
        PageRequest.Checked page = paging.check(v, java.util.Set.of("startsAt", "id"), "startsAt,desc");
        v.throwIfInvalid();
        return Panache.withSession(() -> org.gongkai.common.paging.Pages.of(st == null ? conferences.findAll(page.sort())
                : conferences.find("state", page.sort(), st), page)).map(pg -> pg.map(ConferenceView::of));
    }

    @GET
    @Path("/conferences/{id}")
    @Operation(summary = "One conference with its documents, materials and clocks")
    @APIResponse(responseCode = "200", description = "The conference")
    @APIResponse(responseCode = "404", description = "No such conference", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConferenceDetail> get(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Path("/conferences/{id}/materials/{materialId}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand in a material 提交发布会材料", description = "By the department asked (or the office); meets its clock on the ledger.")
    @APIResponse(responseCode = "200", description = "The conference now")
    public Uni<ConferenceDetail> submitMaterial(@PathParam("id") long id, @PathParam("materialId") long materialId, @NotNull Content r) {
        return service.submitMaterial(id, materialId, r.content(), Actor.of(user), user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD)).flatMap(m -> detail(id));
    }

    @POST
    @Path("/conferences/{id}/announcement")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Draft the notice 起草发布会预告", description = "By the office: time, venue, host, speakers and live stream as a PRESS_NOTICE item for "
            + "the review; its publication announces the conference on the portal (upcoming, with its live link). Drafted again while not yet published.")
    @APIResponse(responseCode = "200", description = "The notice's item, a draft")
    @APIResponse(responseCode = "404", description = "No such conference", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Held, cancelled or announced already", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<org.gongkai.disclosure.rest.dto.ItemView> announce(@PathParam("id") long id) {
        return service.draftNotice(id, Actor.of(user)).map(org.gongkai.disclosure.rest.dto.ItemView::of);
    }

    @POST
    @Path("/conferences/{id}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark as held 已召开", description = "After its start, with the replay link.")
    @APIResponse(responseCode = "200", description = "Held")
    public Uni<ConferenceDetail> held(@PathParam("id") long id, @NotNull Replay r) {
        office();
        return service.held(id, r.replayUrl(), Actor.of(user)).flatMap(c -> detail(id));
    }

    @POST
    @Path("/conferences/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel 取消", description = "With the reason; its material clocks are cancelled.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    public Uni<ConferenceDetail> cancel(@PathParam("id") long id, @NotNull Reason r) {
        office();
        return service.cancel(id, r.reason(), Actor.of(user)).flatMap(c -> detail(id));
    }

    @POST
    @Path("/conferences/{id}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the record 起草发布会实录", description = "An item of type PRESS_RECORD, linked to the documents it interpreted, for the review; published, it is the conference's record on the portal.")
    @APIResponse(responseCode = "201", description = "The record's item, a draft")
    @APIResponse(responseCode = "409", description = "Not held yet, or drafted already", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> record(@PathParam("id") long id, @NotNull Transcript r) {
        office();
        return service.draftRecord(id, r.transcript(), Actor.of(user)).map(i -> Response.status(201).entity(ItemView.of(i)).build());
    }

    private Uni<ConferenceDetail> detail(long id) {
        return service.conference(id).flatMap(c -> service.documentIds(id).flatMap(docs -> service.materials(id).flatMap(ms -> materialFiles(ms).flatMap(files ->
                obligations.rowsFor(PressService.MATERIAL, ms.stream().map(m -> String.valueOf(m.id)).toList()).map(rows -> new ConferenceDetail(ConferenceView.of(c), docs,
                        ms.stream().map(m -> MaterialView.of(m, files.getOrDefault(m.id, List.of()))).toList(),
                        rows.stream().map(ObligationView::of).collect(Collectors.toList())))))));
    }

    /** Each material's files (a conference has a handful of materials). */
    private Uni<Map<Long, List<org.gongkai.files.Attachment>>> materialFiles(List<PressMaterial> ms) {
        Uni<Map<Long, List<org.gongkai.files.Attachment>>> chain = Uni.createFrom().item(new java.util.HashMap<>());
        for (PressMaterial m : ms) {
            chain = chain.flatMap(map -> attachments.list(PressService.MATERIAL, String.valueOf(m.id)).map(l -> {
                map.put(m.id, l);
                return map;
            }));
        }
        return chain;
    }

    @Inject
    org.gongkai.files.AttachmentService attachments;

    @POST
    @Path("/conferences/{id}/materials/{materialId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Hand in a material as a file 上传发布会材料", description = "By the department asked (or the office): Word, PDF, images; at most 20 MB; meets its clock like a text.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "Empty, too large or of a type not accepted", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attachMaterial(@PathParam("id") long id, @PathParam("materialId") long materialId,
                                        @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        boolean office = user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD);
        return service.conference(id).flatMap(c -> attachments.upload(PressService.MATERIAL, file, p -> service.addMaterialFile(id, materialId, p, Actor.of(user), office)))
                .map(a -> Response.status(201).entity(org.gongkai.files.AttachmentService.View.of(a)).build());
    }

    @GET
    @Path("/conferences/{id}/materials/{materialId}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a material's file")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> downloadMaterial(@PathParam("id") long id, @PathParam("materialId") long materialId, @PathParam("attachmentId") long attachmentId) {
        return attachments.download(io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> service.materials(id).map(ms -> {
            if (ms.stream().noneMatch(m -> m.id == materialId)) throw ProblemException.notFound("material", materialId);
            return ms;
        }).flatMap(x -> attachments.one(PressService.MATERIAL, String.valueOf(materialId), attachmentId))));
    }
}
