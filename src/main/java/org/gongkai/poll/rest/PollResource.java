package org.gongkai.poll.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import org.gongkai.common.time.TimeSource;
import org.gongkai.consultation.ConsultationPhase;
import org.gongkai.disclosure.rest.dto.ItemView;
import org.gongkai.poll.Poll;
import org.gongkai.poll.PollForm;
import org.gongkai.poll.PollResponse;
import org.gongkai.poll.PollTopic;
import org.gongkai.poll.service.PollResults;
import org.gongkai.poll.service.PollService;

/** Opinion polls (民意调查, R36) in the console: topics, the questionnaire, live counts, paper and telephone answers, the report. Staff only. */
@Path("/api/v1/polls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Polls 民意调查", description = "One or two topics a year selected by the office; one response per person across channels; counts per option; the report published (R36)")
@RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD, Roles.LEADER, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PollResource {
    @Inject
    PollService service;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    @Schema(name = "PollTopicRequest")
    public record TopicRequest(@Schema(examples = "2026") Integer year, @Schema(examples = "课后服务满意度调查") String title,
                               @Schema(description = "the policy it evaluates", examples = "《临沂市中小学课后服务管理办法》") String policy,
                               @Schema(examples = "义务教育阶段学生家长") String targetGroups, @Schema(examples = "网上问卷、纸质问卷和电话访问") String method) {}

    @Schema(name = "PollTopicDecision")
    public record DecisionRequest(@Schema(description = "select (true) into the year's polls, or decline (false, with a note)") Boolean select, String note) {}

    @Schema(name = "PollTopic")
    public record TopicView(long id, int year, String title, String policy, String targetGroups, String method, String departmentCode, PollTopic.State state, String note) {
        static TopicView of(PollTopic t) {
            return new TopicView(t.id, t.year, t.title, t.policy, t.targetGroups, t.method, t.departmentCode, t.state, t.note);
        }
    }

    @Schema(name = "PollRequest")
    public record SetUpRequest(Long topicId, @Schema(examples = "2026年课后服务满意度调查") String title, String description,
                               @Schema(description = "ANONYMOUS (one per account or verified phone, nothing else kept) or NAMED") Poll.Mode mode,
                               @Schema(description = "the questions") PollForm form, String targetGroups, String samplePlan,
                               @Schema(description = "the planned number of responses (the response rate's base)") Integer sampleSize,
                               LocalDate opensOn, LocalDate closesOn) {}

    @Schema(name = "Poll")
    public record PollView(long id, String refNo, long topicId, String title, String description, String departmentCode, Poll.Mode mode, PollForm form,
                           String targetGroups, String samplePlan, int sampleSize, String opensOn, String closesOn, ConsultationPhase phase,
                           Long announcementItemId, Long reportItemId) {
        static PollView of(Poll p, LocalDate today) {
            return new PollView(p.id, p.refNo, p.topicId, p.title, p.description, p.departmentCode, p.mode, p.questionnaire(), p.targetGroups, p.samplePlan,
                    p.sampleSize, p.opensOn.toString(), p.closesOn.toString(), p.phase(today), p.announcementItemId, p.reportItemId);
        }
    }

    @Schema(name = "PollDetail")
    public record Detail(PollView poll, @Schema(description = "live counts, for the office while it runs") PollResults results) {}

    @Schema(name = "PollEntryRequest", description = "A paper form or a telephone interview")
    public record EntryRequest(@Schema(description = "PAPER or TELEPHONE") PollResponse.Channel channel,
                               @Schema(description = "the number called (required for TELEPHONE): a second response from it is refused") String phone,
                               String name, Map<String, PollForm.Answer> answers) {}

    @Schema(name = "PollEntered")
    public record Entered(long responseId) {}

    @Schema(name = "PollReportRequest")
    public record ReportRequest(@Schema(examples = "网上问卷与电话访问相结合，按学段分层抽样。") String method, String conclusions,
                                @Schema(description = "how the results were used (the decisions they fed)") String use,
                                List<PollService.Theme> themes, @Schema(description = "items of the decisions the results fed") List<Long> decisionItemIds) {}

    private void checkCanWork(Poll p) {
        user.checkWorksForDepartment(p.departmentCode, "poll", p.id, "the department running the poll, or the office");
    }

    private void checkCanSee(Poll p) {
        user.checkSeesDepartment(p.departmentCode, "poll", p.id);
    }

    @POST
    @Path("/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Propose a topic 申报调查选题", description = "For this year or the next: its title, the policy it evaluates, target groups and method.")
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "400", description = "A field is wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "topic", value = """
            {"year":2026,"title":"课后服务满意度调查","policy":"《临沂市中小学课后服务管理办法》","targetGroups":"义务教育阶段学生家长","method":"网上问卷和电话访问"}""")))
    public Uni<Response> propose(@Valid @NotNull TopicRequest r) {
        return service.propose(new PollService.TopicInput(r.year(), r.title(), r.policy(), r.targetGroups(), r.method()), Actor.of(user))
                .map(t -> Response.status(201).entity(TopicView.of(t)).build());
    }

    @GET
    @Path("/topics")
    @Operation(summary = "Topics of a year 调查选题")
    @APIResponse(responseCode = "200", description = "The topics, in the order proposed")
    public Uni<List<TopicView>> topics(@QueryParam("year") String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, time.today().getYear(), 2000, 2100);
        v.throwIfInvalid();
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> s.createQuery("from PollTopic where year = :y order by id", PollTopic.class)
                .setParameter("y", y).getResultList())).map(l -> l.stream().map(TopicView::of).toList());
    }

    @POST
    @Path("/topics/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Select or decline a topic 确定调查选题", description = "The office selects one or two a year (R36).")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "select", value = """
            {"select":true}""")))
    public Uni<TopicView> decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest r) {
        if (r.select() == null) throw ProblemException.badField("select", "is required: true or false");
        return service.decide(id, r.select(), r.note(), Actor.of(user)).map(TopicView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Set up a poll 创建民意调查", description = "On a selected topic: the questionnaire (single, multiple with a maximum, scale, ranking, matrix, "
            + "free text, \"other\", conditions), mode, target groups, sample plan and dates; its announcement is drafted as an item for the review, whose publication opens it.")
    @APIResponse(responseCode = "201", description = "Set up")
    @APIResponse(responseCode = "400", description = "A field is wrong (form.questions[2].options …)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "poll", value = """
            {"topicId":3,"title":"2026年课后服务满意度调查","description":"了解家长对课后服务的评价。","mode":"ANONYMOUS","targetGroups":"义务教育阶段学生家长","samplePlan":"按学段分层抽样","sampleSize":1000,"opensOn":"2026-12-07","closesOn":"2026-12-20","form":{"questions":[{"key":"q1","type":"SINGLE","text":"您对课后服务是否满意？","required":true,"options":[{"key":"yes","label":"满意"},{"key":"no","label":"不满意"}]},{"key":"q2","type":"MULTIPLE","text":"希望增加哪些活动？","required":true,"maxChoices":2,"options":[{"key":"a","label":"体育"},{"key":"b","label":"艺术"},{"key":"c","label":"科技"},{"key":"other","label":"其他","other":true}]},{"key":"q3","type":"SCALE","text":"时间安排是否合理？","required":true,"scaleLabels":["很不合理","不合理","一般","合理","很合理"]},{"key":"q4","type":"TEXT","text":"不满意的原因","required":true,"showIf":{"question":"q1","option":"no"}}]}}""")))
    public Uni<Response> create(@Valid @NotNull SetUpRequest r) {
        return service.create(new PollService.SetUp(r.topicId(), r.title(), r.description(), r.mode(), r.form(), r.targetGroups(), r.samplePlan(),
                r.sampleSize(), r.opensOn(), r.closesOn()), Actor.of(user),
                t -> user.checkWorksForDepartment(t.departmentCode, "poll topic", t.id, "the department that proposed the topic, or the office, runs its poll")).flatMap(p -> detail(p.id)).map(d -> Response.status(201).entity(d).build());
    }

    @GET
    @Operation(summary = "Polls 民意调查列表", description = "A department sees its own; newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<PollView>> list(@BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, java.util.Set.of("id"), "id,desc");
        v.throwIfInvalid();
        String dept = user.departmentScope(null, user.seesEveryDepartment(), "polls");
        LocalDate today = time.today();
        return Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            String where = dept == null ? "" : " where departmentCode = :d";
            var count = s.createQuery("select count(*) from Poll" + where, Long.class);
            var list = s.createQuery("from Poll" + where + " order by id desc", Poll.class).setFirstResult(page.offset()).setMaxResults(page.size());
            if (dept != null) {
                count.setParameter("d", dept);
                list.setParameter("d", dept);
            }
            return count.getSingleResult().flatMap(total -> list.getResultList().map(l -> Page.of(l.stream().map(p -> PollView.of(p, today)).toList(), page, total)));
        }));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One poll with its live counts")
    @APIResponse(responseCode = "200", description = "The poll")
    @APIResponse(responseCode = "404", description = "No such poll (or not your department's)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        return Panache.withSession(() -> service.find(id)).invoke(this::checkCanSee).flatMap(p -> detail(id));
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Enter a paper or telephone response 录入问卷", description = "While open or after the close; a phone answers once across every channel.")
    @APIResponse(responseCode = "201", description = "Entered")
    @APIResponse(responseCode = "409", description = "This phone answered already, or the poll is not running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "telephone", value = """
            {"channel":"TELEPHONE","phone":"13812345678","answers":{"q1":{"option":"yes"},"q2":{"options":["a","other"],"other":"书法"},"q3":{"scale":4}}}""")))
    public Uni<Response> enter(@PathParam("id") long id, @Valid @NotNull EntryRequest r) {
        return service.enter(id, r.channel(), r.phone(), r.name(), r.answers(), Actor.of(user), this::checkCanWork)
                .map(x -> Response.status(201).entity(new Entered(x.id)).build());
    }

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT_HEAD, Roles.OFFICE, Roles.OFFICE_HEAD})
    @Operation(summary = "Draft the report 生成调查结果", description = "After the close: method, sample, response rate, each question's counts per option, the free-text themes, "
            + "conclusions and how the results were used, as a POLL_REPORT item for the review; drafted again while it is editable.")
    @APIResponse(responseCode = "200", description = "The report item")
    @APIResponse(responseCode = "409", description = "Not closed yet, or the report is in the review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "report", value = """
            {"method":"网上问卷与电话访问相结合，按学段分层抽样。","conclusions":"家长总体满意，希望增加体育活动。","use":"已据此修订课后服务管理办法第三条。","themes":[{"question":"q4","theme":"收费偏高","count":12}],"decisionItemIds":[57]}""")))
    public Uni<ItemView> report(@PathParam("id") long id, @Valid @NotNull ReportRequest r) {
        return service.draftReport(id, new PollService.ReportInput(r.method(), r.conclusions(), r.use(), r.themes(), r.decisionItemIds()), Actor.of(user), this::checkCanWork)
                .map(ItemView::of);
    }

    private Uni<Detail> detail(long id) {
        LocalDate today = time.today();
        return Panache.withSession(() -> service.find(id).flatMap(p -> service.results(p).map(r -> new Detail(PollView.of(p, today), r))));
    }
}
