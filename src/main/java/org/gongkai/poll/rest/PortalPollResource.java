package org.gongkai.poll.rest;

import java.time.LocalDate;
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
import org.gongkai.consultation.ConsultationPhase;
import org.gongkai.poll.Poll;
import org.gongkai.poll.PollForm;
import org.gongkai.poll.service.PollResults;
import org.gongkai.poll.service.PollService;

/**
 * The portal's 民意调查 column (R36): open polls to answer (at phone width), once per person; reports of closed ones with
 * their results per option, as JSON and CSV (open data). Who answered is never shown, nor kept for an anonymous poll.
 */
@Path("/api/v1/portal/polls")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalPollResource {
    @Inject
    PollService service;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;
    @Inject
    PublicCache cache;

    @Schema(name = "PortalPoll")
    public record PortalPoll(long id, String refNo, String title, String description, Poll.Mode mode, String targetGroups, String opensOn, String closesOn,
                             ConsultationPhase phase, @Schema(description = "the questions, when open") PollForm form,
                             @Schema(description = "the published report, once reported") Long reportItemId) {
        static PortalPoll of(Poll p, LocalDate today, boolean withForm) {
            ConsultationPhase ph = p.phase(today);
            return new PortalPoll(p.id, p.refNo, p.title, p.description, p.mode, p.targetGroups, p.opensOn.toString(), p.closesOn.toString(), ph,
                    withForm ? p.questionnaire() : null, ph == ConsultationPhase.REPORTED ? p.reportItemId : null);
        }
    }

    @Schema(name = "PollPhoneCheckRequest")
    public record PhoneCheckRequest(@Schema(examples = "13812345678") String phone, String challengeId, String challengeAnswer) {}

    @Schema(name = "PollResponseSubmission")
    public record Submission(Map<String, PollForm.Answer> answers,
                             @Schema(description = "without an account: the phone check and the code sent to it") String checkId, String code,
                             @Schema(description = "a named poll only; never public") String name, @Schema(description = "a named poll only; never public") String phone) {}

    @Schema(name = "PollReceipt")
    public record Receipt(boolean received) {}

    @GET
    @Operation(summary = "Opinion polls 民意调查", description = "status=open (default): announced and open; status=closed: closed ones, newest first, with their reports.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<PortalPoll>> list(@QueryParam("status") String status, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        v.check(status == null || status.isBlank() || "open".equals(status) || "closed".equals(status), "status", "open or closed");
        PageRequest.Checked page = paging.check(v, java.util.Set.of("id"), "id");
        v.throwIfInvalid();
        boolean open = !"closed".equals(status);
        LocalDate today = time.today();
        return cache.get(List.of("portal-polls", today, open, page.page(), page.size()), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            String where = "announcedOn is not null and " + (open ? "reportPublishedOn is null and closesOn >= :today" : "(reportPublishedOn is not null or closesOn < :today)");
            var count = s.createQuery("select count(*) from Poll where " + where, Long.class).setParameter("today", today);
            var list = s.createQuery("from Poll where " + where + (open ? " order by closesOn, id" : " order by closesOn desc, id desc"), Poll.class)
                    .setParameter("today", today).setFirstResult(page.offset()).setMaxResults(page.size());
            return count.getSingleResult().flatMap(total -> list.getResultList().map(l -> Page.of(l.stream().map(p -> PortalPoll.of(p, today, false)).toList(), page, total)));
        })));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One poll 民意调查详情", description = "With its questions while open.")
    @APIResponse(responseCode = "200", description = "The poll")
    @APIResponse(responseCode = "404", description = "No such poll on the portal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortalPoll> get(@PathParam("id") long id) {
        LocalDate today = time.today();
        return Panache.withSession(() -> visible(id)).map(p -> PortalPoll.of(p, today, true));
    }

    @POST
    @Path("/{id}/phone-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a phone 获取验证码", description = "Without an account, a poll is answered with a phone verified by a code sent to it (the text challenge first). "
            + "The phone is kept only as a salted hash, to refuse a second response.")
    @APIResponse(responseCode = "201", description = "A code is on its way")
    @APIResponse(responseCode = "400", description = "A field is wrong, or the challenge", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many codes asked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "phone", value = """
            {"phone":"13812345678","challengeId":"6f1c2b1e-3c1a-4d2e-9f0a-1b2c3d4e5f60","challengeAnswer":"7"}""")))
    public Uni<Response> checkPhone(@PathParam("id") long id, @Valid @NotNull PhoneCheckRequest r,
                                    @Parameter(description = "the browser's own random id") @HeaderParam("X-Device-Id") String device, @Context HttpServerRequest request) {
        var caller = IntakeLimits.Caller.of(CurrentUser.clientAddress(request), device, user.citizenAccount());
        return Panache.withSession(() -> visible(id)).flatMap(p -> service.checkPhone(id, r.phone(), r.challengeId(), r.challengeAnswer(), caller))
                .map(c -> Response.status(201).entity(c).build());
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a poll 参与调查", description = "While open: logged in, or with a verified phone. One response per person, on any channel; a retry with "
            + "the same Idempotency-Key returns the first receipt.")
    @APIResponse(responseCode = "201", description = "Received")
    @APIResponse(responseCode = "200", description = "The same submission again (Idempotency-Key)")
    @APIResponse(responseCode = "400", description = "An answer is wrong (answers.q3 …), or the code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Answered already, or not open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "withPhone", value = """
            {"checkId":"0b8e4a4c-5d2f-4f7e-8a1b-2c3d4e5f6a7b","code":"482913","answers":{"q1":{"option":"no"},"q2":{"options":["a"]},"q3":{"scale":2},"q4":{"text":"结束时间太早，不方便接孩子。"}}}""")))
    public Uni<Response> respond(@PathParam("id") long id, @Valid @NotNull Submission s,
                                 @Parameter(description = "a client-made key, the same on retries") @HeaderParam("Idempotency-Key") String key,
                                 @Parameter(description = "the browser's own random id") @HeaderParam("X-Device-Id") String device, @Context HttpServerRequest request) {
        var caller = IntakeLimits.Caller.of(CurrentUser.clientAddress(request), device, user.citizenAccount());
        Actor actor = user.anonymous() ? Actor.PUBLIC : Actor.of(user);
        return Panache.withSession(() -> visible(id)).flatMap(p -> service.respond(id, new PollService.Answering(s.answers(), s.checkId(), s.code(), s.name(), s.phone()),
                key, caller, actor)).map(r -> Response.status(r.replayed() ? 200 : 201).entity(new Receipt(true)).build());
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Results 调查结果", description = "Once the report is published: each question's counts and shares per option (open data).")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "404", description = "No published results", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PollResults> results(@PathParam("id") long id) {
        return cache.get(List.of("portal-poll-results", id), () -> Panache.withSession(() -> reported(id).flatMap(service::results)));
    }

    @GET
    @Path("/{id}/results.csv")
    @Produces("text/csv")
    @Operation(summary = "Results as CSV", description = "question, row, option, label, count, share_percent; UTF-8.")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Uni<Response> csv(@PathParam("id") long id) {
        return Panache.withSession(() -> reported(id).flatMap(service::results)).map(r -> Response.ok(r.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"poll-" + id + "-results.csv\"").build());
    }

    private Uni<Poll> visible(long id) {
        return Panache.getSession().flatMap(s -> s.find(Poll.class, id)).map(p -> {
            if (p == null || p.announcedOn == null) throw ProblemException.notFound("poll", id);
            return p;
        });
    }

    private Uni<Poll> reported(long id) {
        return visible(id).map(p -> {
            if (p.reportPublishedOn == null) throw ProblemException.notFound("published results of poll", id);
            return p;
        });
    }
}
