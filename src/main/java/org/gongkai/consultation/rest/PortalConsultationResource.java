package org.gongkai.consultation.rest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.Actor;
import org.gongkai.common.abuse.IntakeLimits;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.web.PublicCache;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationDisposition;
import org.gongkai.consultation.ConsultationPhase;
import org.gongkai.consultation.repository.ConsultationRepository;
import org.gongkai.consultation.service.ConsultationService;

/**
 * The portal's 意见征集 column (R30): open consultations with the days left, closed ones with their reports; the comment
 * form; published comments (when the consultation lists them), and every comment's fate once the report is published —
 * never before, never a name or a contact.
 */
@Path("/api/v1/portal/consultations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalConsultationResource {
    static final EnumSet<ConsultationComment.State> SHOWN = EnumSet.of(ConsultationComment.State.PUBLISHED, ConsultationComment.State.MERGED);

    @Inject
    ConsultationService service;
    @Inject
    ConsultationRepository repository;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    PublicCache cache;

    @Schema(name = "ConsultationCommentSubmission")
    public record Submission(@Schema(description = "the article (条) it is about, or none for the whole text") Integer article,
                             @Schema(description = "a passage of the draft it is about") String quote,
                             @Schema(examples = "建议第五条增加随迁子女入学的具体材料清单。") String body,
                             @Schema(description = "optional; never public") String name,
                             @Schema(description = "optional, to be told the fate of the comment; never public") String email,
                             @Schema(description = "optional, to be told by text message; never public") String phone,
                             @Schema(description = "GET /api/v1/enquiries/challenge; not needed when logged in") String challengeId, String challengeAnswer) {}

    @GET
    @Operation(summary = "Consultations 意见征集", description = "status=open (default): open and announced ones, closing soonest first, with days left; "
            + "status=closed: closed ones, latest first, with their reports. q: words in the title.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A parameter is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ConsultationViews.Portal>> list(@QueryParam("status") String status, @QueryParam("q") String q, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        v.check(status == null || status.isBlank() || "open".equals(status) || "closed".equals(status), "status", "open or closed");
        v.check(q == null || q.length() <= 100, "q", "at most 100 characters");
        PageRequest.Checked page = paging.check(v, java.util.Set.of("id"), "id");
        v.throwIfInvalid();
        boolean open = !"closed".equals(status);
        String words = q == null || q.isBlank() ? null : q.trim();
        LocalDate today = time.today();
        return cache.get(List.of("portal-consultations", today, open, String.valueOf(words), page.page(), page.size()),
                () -> Panache.withSession(() -> repository.portal(open, words, today, page).flatMap(p -> repository.commentCounts(p.items().stream().map(k -> k.id).toList())
                        .map(counts -> p.map(k -> ConsultationViews.Portal.of(k, today, total(counts.get(k.id))))))));
    }

    private static long total(Map<ConsultationComment.State, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One consultation 征求意见详情", description = "Its explanation, dates, phase; the draft and, later, the report are items on the portal.")
    @APIResponse(responseCode = "200", description = "The consultation")
    @APIResponse(responseCode = "404", description = "No such consultation on the portal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConsultationViews.PortalDetail> get(@PathParam("id") long id) {
        LocalDate today = time.today();
        return cache.get(List.of("portal-consultation", today, id), () -> Panache.withSession(() -> visible(id)
                .flatMap(k -> repository.commentCounts(List.of(id)).map(c -> new ConsultationViews.PortalDetail(ConsultationViews.Portal.of(k, today, total(c.get(id))),
                        k.explanation, k.articleCount, k.publicComments)))));
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "Published comments 已公开意见", description = "While open, when the consultation lists them; after the report, all with their fate and reason. Never a name or a contact.")
    @APIResponse(responseCode = "200", description = "One page, oldest first")
    public Uni<Page<ConsultationViews.PortalComment>> comments(@PathParam("id") long id, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, java.util.Set.of("id"), "id");
        v.throwIfInvalid();
        LocalDate today = time.today();
        return cache.get(List.of("portal-consultation-comments", today, id, page.page(), page.size()), () -> Panache.withSession(() -> visible(id).flatMap(k -> {
            boolean reported = k.phase(today) == ConsultationPhase.REPORTED;
            if (!reported && !k.publicComments) return Uni.createFrom().item(new Page<ConsultationViews.PortalComment>(List.of(), page.page(), page.size(), 0, 0));
            return repository.comments(id, SHOWN, page).flatMap(p -> service.dispositions(id).flatMap(ds -> refsOf(p.items()).map(refs -> {
                Map<Long, ConsultationDisposition> fates = new java.util.HashMap<>();
                ds.forEach(d -> fates.put(d.id, d));
                return p.map(c -> {
                    ConsultationDisposition d = !reported ? null : fates.get(c.state == ConsultationComment.State.MERGED ? refs.dispositionOf(c.duplicateOf) : c.dispositionId);
                    boolean merged = c.state == ConsultationComment.State.MERGED;
                    return new ConsultationViews.PortalComment(c.refNo, c.channel, c.article, c.quote, merged ? null : c.body, c.receivedOn.toString(),
                            merged ? refs.refOf(c.duplicateOf) : null, d == null ? null : d.fate, d == null ? null : d.reason);
                });
            })));
        })));
    }

    /** The comments merged ones repeat: their numbers and fates. */
    record Refs(Map<Long, String> refs, Map<Long, Long> dispositions) {
        String refOf(Long id) {
            return refs.get(id);
        }

        Long dispositionOf(Long id) {
            return dispositions.get(id);
        }
    }

    private Uni<Refs> refsOf(List<ConsultationComment> list) {
        List<Long> ids = list.stream().filter(c -> c.duplicateOf != null).map(c -> c.duplicateOf).distinct().toList();
        if (ids.isEmpty()) return Uni.createFrom().item(new Refs(Map.of(), Map.of()));
        return Panache.getSession().flatMap(s -> s.createQuery("from ConsultationComment where id in :ids", ConsultationComment.class).setParameter("ids", ids).getResultList())
                .map(l -> {
                    Map<Long, String> refs = new java.util.HashMap<>();
                    Map<Long, Long> ds = new java.util.HashMap<>();
                    l.forEach(c -> {
                        refs.put(c.id, c.refNo);
                        if (c.dispositionId != null) ds.put(c.id, c.dispositionId);
                    });
                    return new Refs(refs, ds);
                });
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a draft 我要提意见", description = "While it is open: on the whole text, an article or a quoted passage. Anonymous with the text challenge, "
            + "or logged in. A retried submission with the same Idempotency-Key returns the first receipt. Name and contact are optional and never public.")
    @APIResponse(responseCode = "201", description = "Received: keep the number, the report names every comment by it")
    @APIResponse(responseCode = "200", description = "The same submission again (Idempotency-Key): the first receipt")
    @APIResponse(responseCode = "400", description = "A field is wrong, or the challenge", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not open for comment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many comments from this address, device or account", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "onArticle", value = """
            {"article":5,"body":"建议第五条增加随迁子女入学的具体材料清单。","email":"parent@example.cn","challengeId":"6f1c2b1e-3c1a-4d2e-9f0a-1b2c3d4e5f60","challengeAnswer":"7"}""")))
    public Uni<Response> comment(@PathParam("id") long id, @Valid @NotNull Submission s,
                                 @Parameter(description = "a client-made key, the same on retries") @HeaderParam("Idempotency-Key") String key,
                                 @Parameter(description = "the browser's own random id (the web UI keeps one): limited per device") @HeaderParam("X-Device-Id") String device,
                                 @Context HttpServerRequest request) {
        var caller = IntakeLimits.Caller.of(CurrentUser.clientAddress(request), device, user.citizenAccount());
        Actor actor = user.anonymous() ? Actor.PUBLIC : Actor.of(user);
        return Panache.withSession(() -> visible(id)).flatMap(k -> service.comment(id, new ConsultationService.PublicComment(
                        new ConsultationService.CommentInput(s.article(), s.quote(), s.body(), s.name(), s.email(), s.phone()), s.challengeId(), s.challengeAnswer()),
                key, caller, actor))
                .map(r -> Response.status(r.replayed() ? 200 : 201).entity(new ConsultationViews.Receipt(r.refNo(), r.receivedOn().toString())).build());
    }

    @GET
    @Path("/comments/{refNo}")
    @Operation(summary = "Where my comment stands 意见处理结果", description = "By the comment's number: received, published, merged; its fate and reason once the report is published.")
    @APIResponse(responseCode = "200", description = "The comment's status")
    @APIResponse(responseCode = "404", description = "No comment with this number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConsultationViews.CommentStatus> status(@PathParam("refNo") String refNo) {
        if (refNo == null || refNo.length() > 32) throw ProblemException.notFound("comment", refNo);
        LocalDate today = time.today();
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from ConsultationComment where refNo = :r", ConsultationComment.class)
                .setParameter("r", refNo.trim()).getResultList()).flatMap(l -> {
            if (l.isEmpty()) throw ProblemException.notFound("comment", refNo);
            ConsultationComment c = l.get(0);
            return service.find(c.consultationId).flatMap(k -> {
                boolean reported = k.phase(today) == ConsultationPhase.REPORTED;
                Uni<Long> own = c.state != ConsultationComment.State.MERGED ? Uni.createFrom().item(c.dispositionId)
                        : Panache.getSession().flatMap(s -> s.find(ConsultationComment.class, c.duplicateOf)).map(o -> o == null ? null : o.dispositionId);
                return own.flatMap(did -> !reported || did == null ? Uni.createFrom().<ConsultationDisposition>nullItem()
                        : Panache.getSession().flatMap(s -> s.find(ConsultationDisposition.class, did))).map(d -> {
                    String status = switch (c.state) {
                        case PENDING -> "RECEIVED";
                        case PUBLISHED -> "PUBLISHED";
                        case HIDDEN -> "NOT_PUBLISHED";
                        case MERGED -> "MERGED";
                    };
                    return new ConsultationViews.CommentStatus(c.refNo, k.id, k.title, c.receivedOn.toString(), status, k.phase(today),
                            d == null ? null : d.fate, d == null ? null : d.reason, reported ? k.reportItemId : null);
                });
            });
        }));
    }

    /** A consultation the public may see: its draft is on the portal. */
    private Uni<Consultation> visible(long id) {
        return Panache.getSession().flatMap(s -> s.find(Consultation.class, id)).map(k -> {
            if (k == null || k.draftPublishedOn == null) throw ProblemException.notFound("consultation", id);
            return k;
        });
    }
}
