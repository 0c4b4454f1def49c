package org.gongkai.disclosure.rest;

import static org.gongkai.common.error.Validation.blank;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.repository.InfoItemRepository;
import org.gongkai.disclosure.repository.InfoItemVersionRepository;
import org.gongkai.disclosure.rest.dto.ItemRequest;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.disclosure.rest.dto.PortalItemView;
import org.gongkai.disclosure.rest.dto.TextRequest;
import org.gongkai.disclosure.service.ItemPolicy;
import org.gongkai.disclosure.service.ItemService;
import org.gongkai.publication.AttributeBasis;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewOpinion;
import org.gongkai.publication.service.PublicationPipeline;

@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items 信息发布", description = "Drafting, review and publication of proactive-disclosure items (R5, R8, R12, R13)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEGAL, Roles.INFO_SECTION, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role or department not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ItemResource {
    static final Set<String> SORTABLE = Set.of("updatedAt", "createdDate", "title", "indexNo", "id");

    @Inject
    ItemService service;
    @Inject
    ItemPolicy policy;
    @Inject
    InfoItemRepository items;
    @Inject
    InfoItemVersionRepository versions;
    @Inject
    PublicationPipeline pipeline;
    @Inject
    ObligationService obligations;
    @Inject
    CurrentUser user;
    @Inject
    org.gongkai.files.AttachmentService attachments;
    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to a draft 上传附件", description = "PDF, OFD, Office documents, images, ZIP; at most 20 MB; the type is read from the bytes.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "Empty, too large or of a type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attach(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return guarded(id, true).flatMap(x -> attachments.upload(ItemService.SUBJECT, file, p -> service.addAttachment(id, p, Actor.of(user))))
                .map(a -> Response.status(201).entity(org.gongkai.files.AttachmentService.View.of(a)).build());
    }

    @jakarta.ws.rs.DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove a file from a draft 删除附件")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return guarded(id, true).flatMap(x -> service.removeAttachment(id, attachmentId, Actor.of(user))).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a file of an item 下载附件")
    @APIResponse(responseCode = "200", description = "The file, streamed", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public org.jboss.resteasy.reactive.RestMulti<byte[]> download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return attachments.download(guarded(id, false).flatMap(x -> attachments.one(ItemService.SUBJECT, String.valueOf(id), attachmentId)));
    }

    @GET
    @Operation(summary = "List items 信息列表", description = "The department's items (the office, legal section, leaders and administrators: every department's).")
    @APIResponse(responseCode = "200", description = "One page of items")
    @APIResponse(responseCode = "400", description = "A filter is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ItemView>> list(@QueryParam("department") String department, @QueryParam("state") String state,
                                    @QueryParam("column") String column, @QueryParam("normative") String normative,
                                    @QueryParam("validity") String validity, @QueryParam("kind") String kind,
                                    @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PublicationState st = blank(state) ? null : v.enumValue("state", state, PublicationState.class, null);
        Validity val = blank(validity) ? null : v.enumValue("validity", validity, Validity.class, null);
        InfoItem.Kind k = blank(kind) ? null : v.enumValue("kind", kind, InfoItem.Kind.class, null);
        Boolean norm = blank(normative) ? null : v.bool("normative", normative, false);
        PageRequest.Checked page = paging.check(v, SORTABLE, "updatedAt,desc");
        v.throwIfInvalid();
        String dept = policy.departmentScope(department);
        return items.search(new InfoItemRepository.Filter(dept, st, null, blank(column) ? null : column, norm,
                val == null ? null : val.name(), k, blank(q) ? null : q.trim()), page).map(p -> p.map(ItemView::of));
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed({Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Items waiting for my review 待审核", description = "Department heads: items submitted by their department. The office: items approved by a department head.")
    @APIResponse(responseCode = "200", description = "One page of items")
    public Uni<Page<ItemView>> queue(@BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, SORTABLE, "updatedAt,asc");
        v.throwIfInvalid();
        boolean office = user.hasAnyRole(Roles.OFFICE, Roles.OFFICE_HEAD);
        InfoItemRepository.Filter f = office
                ? new InfoItemRepository.Filter(null, PublicationState.DEPT_APPROVED, null, null, null, null, null, null)
                : new InfoItemRepository.Filter(policy.ownDepartment(), PublicationState.SUBMITTED, null, null, null, null, null, null);
        return items.search(f, page).map(p -> p.map(ItemView::of));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an item 新建信息", description = "Gets its index number; opens the R8 obligation to publish within 20 working days of its creation date.")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull ItemRequest r) {
        policy.checkCanCreate(r.kind() == null ? InfoItem.Kind.ITEM : r.kind());
        return service.create(r.input(), Actor.of(user))
                .map(i -> Response.created(java.net.URI.create("/api/v1/items/" + i.id)).entity(ItemView.of(i)).build());
    }

    @Schema(name = "ReviewOpinion")
    public record OpinionView(long id, int round, ReviewOpinion.Step step, ReviewOpinion.Decision decision, String opinion,
                              String attribute, String actor, String department, String decidedAt) {
        static OpinionView of(ReviewOpinion o) {
            return new OpinionView(o.id, o.round, o.step, o.decision, o.opinion, o.attribute, o.actor, o.department, o.decidedAt.toString());
        }
    }

    @Schema(name = "ItemDetail")
    public record Detail(ItemView item, List<OpinionView> opinions, List<ObligationView> obligations, List<PortalItemView> versions,
                         List<org.gongkai.files.AttachmentService.View> attachments,
                         @Schema(description = "its interpretation, the document it interprets, related items (issue 10)") List<ItemLinkResource.LinkView> links) {}

    @GET
    @Path("/{id}")
    @Operation(summary = "One item with its review opinions, obligations and published versions")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item (or not yours to see)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return service.find(id).invoke(policy::checkCanSee).flatMap(i -> detail(i));
    }

    private Uni<Detail> detail(InfoItem i) {
        String sid = String.valueOf(i.id);
        return pipeline.opinions(ItemService.SUBJECT, sid).flatMap(ops -> obligations.find(
                        new ObligationService.Query(null, null, null, null, null, ItemService.SUBJECT, sid),
                        new PageRequest.Checked(0, 100, io.quarkus.panache.common.Sort.by("id")))
                .flatMap(obs -> versions.history(i.id).flatMap(vs -> attachments.list(ItemService.SUBJECT, sid).flatMap(files -> links.of(i.id)
                        .map(ls -> new Detail(ItemView.of(i),
                        ops.stream().map(OpinionView::of).toList(),
                        obs.items().stream().map(ObligationView::of).toList(),
                        vs.stream().map(PortalItemView::brief).toList(),
                        files.stream().map(org.gongkai.files.AttachmentService.View::of).toList(),
                        ls.stream().map(ItemLinkResource.LinkView::of).toList()))))));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft 修改草稿", description = "Only drafts and returned items can be edited.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Under review or published: not editable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> update(@PathParam("id") long id, @Valid @NotNull ItemRequest r) {
        return guarded(id, true).flatMap(x -> service.update(id, r.input(), Actor.of(user))).map(ItemView::of);
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit for review with the drafter's opinion 提交审查", description = "R12 step 1; the attribute must be set (R13).")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> submit(@PathParam("id") long id, @Valid @NotNull TextRequest.Opinion r) {
        return guarded(id, true).flatMap(x -> service.submit(id, r.opinion(), Actor.of(user))).map(ItemView::of);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.DEPARTMENT_HEAD, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve 审核通过", description = "The department head, then the head of the office; the second approval publishes (or archives a non-public item).")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "409", description = "Not waiting for approval", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> approve(@PathParam("id") long id, @Valid @NotNull TextRequest.Opinion r) {
        return guarded(id, false).flatMap(x -> service.approve(id, r.opinion(), Actor.of(user))).map(ItemView::of);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return to the drafter 退回", description = "With the reason, e.g. a wrong disclosure attribute (R13).")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "409", description = "Not under review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> giveBack(@PathParam("id") long id, @Valid @NotNull TextRequest.Reason r) {
        return guarded(id, false).flatMap(x -> service.returnToDrafter(id, r.reason(), Actor.of(user))).map(ItemView::of);
    }

    @POST
    @Path("/{id}/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a published item 修订", description = "A new draft; the portal keeps the live version until the change is published (R8: within 20 working days).")
    @APIResponse(responseCode = "200", description = "Back to draft")
    @APIResponse(responseCode = "409", description = "Not published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> revise(@PathParam("id") long id, @Valid @NotNull TextRequest.Note r) {
        return guarded(id, false).flatMap(x -> service.revise(id, r.note(), Actor.of(user))).map(ItemView::of);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw from the portal 撤下", description = "Leaves the portal, stays in the archive; fulfils R8 expiry and R9 obligations. "
            + "When live items belong to it (its interpretation, items published with it), say what happens to them: linked=WITHDRAW or KEEP.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Not on the portal, or linked items are live and linked= is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemView> withdraw(@PathParam("id") long id, @QueryParam("linked") String linked, @Valid @NotNull TextRequest.Reason r) {
        Validation v = new Validation();
        ItemService.Linked l = linked == null || linked.isBlank() ? null : v.enumValue("linked", linked, ItemService.Linked.class, null);
        v.throwIfInvalid();
        return service.withdraw(id, r.reason(), l, Actor.of(user)).map(ItemView::of);
    }

    @GET
    @Path("/{id}/opinions")
    @Operation(summary = "The review opinions of an item 审查意见", description = "Archived and immutable (R12).")
    @APIResponse(responseCode = "200", description = "In order")
    public Uni<List<OpinionView>> opinions(@PathParam("id") long id) {
        return service.find(id).invoke(policy::checkCanSee)
                .flatMap(i -> pipeline.opinions(ItemService.SUBJECT, String.valueOf(id))).map(l -> l.stream().map(OpinionView::of).toList());
    }

    @Schema(name = "AttributeBasis")
    public record BasisView(String code, String zh, String en) {}

    @GET
    @Path("/attribute-bases")
    @Operation(summary = "Legal bases for non-public items 不公开的法律依据 (R4)")
    @APIResponse(responseCode = "200", description = "The list")
    public List<BasisView> bases() {
        return java.util.Arrays.stream(AttributeBasis.values()).map(b -> new BasisView(b.code, b.zh, b.en)).toList();
    }

    @Schema(name = "SweepResult")
    public record SweepResult(int opened) {}

    @POST
    @Path("/sweep")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open the date-driven obligations now 立即检查到期与复审", description = "Expiry (R8) and attribute review dates (R14), as of today; runs daily.")
    @APIResponse(responseCode = "200", description = "How many obligations were opened")
    public Uni<SweepResult> sweep() {
        // always today: a sweep "as of" another day would open back-dated clocks (issue 9)
        return service.sweep(policy.today(), Actor.of(user)).map(SweepResult::new);
    }

    /** Object-level rule before a move: the caller may see the item, and for drafting moves edit it. */
    @Inject
    org.gongkai.disclosure.service.ItemLinkService links;

    private Uni<InfoItem> guarded(long id, boolean edit) {
        return service.find(id).invoke(i -> {
            policy.checkCanSee(i);
            if (edit) policy.checkCanEdit(i);
        });
    }

}
