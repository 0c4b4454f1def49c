package org.gongkai.demo;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.calendar.CountUnit;
import org.gongkai.common.time.TimeSource;
import org.gongkai.compliance.Obligation;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.compliance.service.ObligationService.OpenCommand;
import org.jboss.logging.Logger;

/**
 * Demo data for a newcomer's dev run (dev profile only): a few obligations around today, so that the console
 * shows something due soon, something overdue and something met. Departments and the calendar come from the
 * migrations and the bundled calendar years.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    ObligationService obligations;
    @Inject
    TimeSource time;
    @Inject
    org.gongkai.disclosure.service.ItemService items;
    @Inject
    org.gongkai.enquiries.service.EnquiryService enquiries;
    @Inject
    org.gongkai.applications.service.ApplicationService applications;

    void onStart(@Observes @jakarta.annotation.Priority(100) StartupEvent ev) throws Throwable {
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(this::seed);
    }

    Uni<Void> seed() {
        return Panache.withSession(() -> Panache.getSession()
                        .flatMap(s -> s.createQuery("select count(o) from Obligation o", Long.class).getSingleResult()))
                .flatMap(n -> {
                    if (n > 0) return Uni.createFrom().voidItem();
                    LocalDate today = time.today();
                    Actor demo = new Actor("demo", java.util.Set.of("office"), "BGS");
                    return open(demo, "application", "2026-0001", "OGI-33", "答复张某关于学区划分的信息公开申请", "BGS", "王芳", today.minusDays(30), 20)
                            .flatMap(x -> open(demo, "application", "2026-0002", "OGI-33", "答复李某关于教师招聘成绩的信息公开申请", "BGS", "王芳", today.minusDays(24), 20))
                            .flatMap(x -> open(demo, "assignment", "2026-0002-JCJY", "R17", "协助办理：学区划分文件检索", "JCJY", "张伟", today.minusDays(10), 15))
                            .flatMap(x -> open(demo, "item", "JCJY-2026-017", "R8", "公开《2026年义务教育招生工作方案》", "JCJY", "张伟", today.minusDays(2), 20))
                            .flatMap(x -> open(demo, "annual-report", "2026", "R11", "发布2026年度政府信息公开工作年度报告", "BGS", "陈静", today, 40))
                            .invoke(() -> LOG.info("demo obligations created"))
                            .flatMap(x -> demoItems(today))
                            .flatMap(x -> demoConsultation(today))
                            .flatMap(x -> demoPoll(today))
                            .flatMap(x -> demoMeeting(today))
                            .flatMap(x -> demoDecision(today))
                            .flatMap(x -> demoKeyTasks(today))
                            .flatMap(x -> demoServiceLists())
                            .flatMap(x -> demoDataCatalogue())
                            .flatMap(x -> demoSharing(today))
                            .flatMap(x -> demoTickets(today))
                            .flatMap(x -> demoApplications(today))
                            .replaceWithVoid();
                });
    }

    static final Actor STAFF = new Actor("staff", java.util.Set.of("staff"), "JCJY");
    static final Actor HEAD = new Actor("depthead", java.util.Set.of("staff", "department-head"), "JCJY");
    static final Actor OFFICE = new Actor("office", java.util.Set.of("staff", "office"), "BGS");
    static final Actor OFFICE_HEAD = new Actor("officehead", java.util.Set.of("staff", "office", "office-head"), "BGS");

    record Demo(String column, String title, String docNumber, String dept, int daysAgo, String summary, boolean normative) {}

    static final java.util.List<Demo> DEMO = java.util.List.of(
            new Demo("YWJYZS", "临沂市2026年义务教育阶段学校招生入学工作方案", "临教发〔2026〕12号", "JCJY", 40,
                    "明确2026年全市义务教育阶段公办、民办学校招生入学的对象、原则、时间安排和学区划分。", true),
            new Demo("YWJYZS", "关于公布2026年中心城区小学学区划分的通知", null, "JCJY", 30,
                    "公布中心城区各公办小学2026年招生学区范围，家长可按户籍和房产所在地查询对应学校。", false),
            new Demo("XSZZ", "2026年家庭经济困难学生资助政策问答", null, "JCJY", 20,
                    "介绍学前教育、义务教育、普通高中阶段家庭经济困难学生资助项目、标准和申请方式。", false),
            new Demo("GFXWJ", "临沂市中小学学籍管理实施细则", "临教发〔2018〕62号", "JCJY", 60,
                    "规范全市中小学学籍建立、变动、转学、休学复学和毕业管理。", true),
            new Demo("TZGG", "关于做好2026年冬季校园安全工作的通知", "临教办字〔2026〕45号", "JCJY", 5,
                    "部署冬季校园消防、交通、防寒防冻和食品安全工作。", false),
            new Demo("YWJY", "2026年秋季学期中小学课后服务工作安排", null, "JCJY", 12,
                    "课后服务时间、内容、保障措施和收费政策。", false));

    /** The interpretation of a demo normative document, in text and Q&A form with an expert (R25), approved by the department. */
    Uni<Void> interpretation(org.gongkai.disclosure.InfoItem doc, LocalDate today) {
        var details = new org.gongkai.interpretation.InterpretationDetails(
                "依据《中华人民共和国义务教育法》及省教育厅有关规定，结合本市实际制定。", "保障适龄儿童少年依法就近入学，促进教育公平。",
                "全市义务教育阶段公办、民办学校及适龄儿童少年家庭。", "一是划片招生；二是阳光招生、公民同招；三是随迁子女积分入学。",
                "与上年相比，新增网上报名“一网通办”，取消纸质证明材料。", null, "市教育局基础教育科，0539-8123456（工作日 9:00–17:00）",
                java.util.List.of(org.gongkai.interpretation.InterpretationDetails.Form.TEXT, org.gongkai.interpretation.InterpretationDetails.Form.QA,
                        org.gongkai.interpretation.InterpretationDetails.Form.EXPERT),
                java.util.List.of(new org.gongkai.interpretation.InterpretationDetails.Interpreter("王明",
                        org.gongkai.interpretation.InterpretationDetails.Interpreter.Kind.EXPERT, "临沂大学教育学院", "教授")),
                java.util.List.of(), false, null);
        return items.create(new org.gongkai.disclosure.service.ItemInput(null, null, "《" + doc.title + "》政策解读", null, doc.issuingDepartment,
                        today.minusDays(1), java.util.List.of("政策解读"), "一图读懂、一问一答：" + doc.title + "的背景、要点和变化。",
                        "<p>问：今年招生有哪些变化？</p><p>答：新增网上报名，取消纸质证明材料。</p>",
                        org.gongkai.publication.DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null,
                        java.util.List.of(org.gongkai.disclosure.Channel.WECHAT), org.gongkai.disclosure.ItemType.INTERPRETATION, null, null,
                        null, details, doc.id), STAFF)
                .flatMap(i -> items.submit(i.id, "经保密审查，不涉密，同意与文件同步公开。", STAFF))
                .flatMap(i -> items.approve(i.id, "同意。", HEAD))
                .replaceWithVoid();
    }

    Uni<Void> demoItems(LocalDate today) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Demo d : DEMO) {
            chain = chain.flatMap(x -> items.create(new org.gongkai.disclosure.service.ItemInput(null, d.column(), d.title(), d.docNumber(),
                            d.dept(), today.minusDays(d.daysAgo()), java.util.List.of("义务教育", "招生"), d.summary(),
                            "<p>" + d.summary() + "</p><p>各区县教育和体育局、市直各学校：现将有关事项通知如下，请认真贯彻执行。</p>",
                            org.gongkai.publication.DisclosureAttribute.PUBLIC, null, null, null, d.normative(),
                            d.normative() ? org.gongkai.disclosure.Validity.VALID : null, null, null, null,
                            java.util.List.of(org.gongkai.disclosure.Channel.WECHAT)), STAFF)
                    // R24: a normative document is routed and published with its interpretation
                    .call(i -> d.normative() ? interpretation(i, today) : Uni.createFrom().voidItem())
                    // R30: the demo's normative documents were consulted on before the platform existed
                    .call(i -> d.normative() ? consultations.requestExemption(i.id, org.gongkai.consultation.ConsultationExemption.Ground.CONSULTED_ELSEWHERE,
                                    "该文件制定时已通过市政府门户网站公开征求意见", STAFF, doc -> {})
                            .flatMap(ex -> consultations.decideExemption(ex.id, true, "同意", OFFICE_HEAD)) : Uni.createFrom().voidItem())
                    .flatMap(i -> items.submit(i.id, "经保密审查，不涉及国家秘密、商业秘密和个人隐私，同意主动公开。", STAFF))
                    .flatMap(i -> items.approve(i.id, "同意。", HEAD))
                    .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                    .replaceWithVoid());
        }
        // one draft waiting for the department head, so that the review queue is not empty
        chain = chain.flatMap(x -> items.create(new org.gongkai.disclosure.service.ItemInput(null, "YWJYZS", "关于2026年民办义务教育学校招生计划的公示",
                        null, "JCJY", today, java.util.List.of("招生"), "公示全市民办义务教育学校2026年招生计划。", "<p>详见附件。</p>",
                        org.gongkai.publication.DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, null), STAFF)
                .flatMap(i -> items.submit(i.id, "不涉密，同意公开。", STAFF)).replaceWithVoid());
        return chain.flatMap(x -> items.create(new org.gongkai.disclosure.service.ItemInput(org.gongkai.disclosure.InfoItem.Kind.GUIDE, null,
                        "临沂市教育局政府信息公开指南", null, "BGS", today.minusDays(90), java.util.List.of("指南"),
                        "本指南说明本机关政府信息公开的范围、方式、程序和监督方式。", GUIDE_HTML,
                        org.gongkai.publication.DisclosureAttribute.PUBLIC, null, null, null, false, null, null, null, null, null), OFFICE)
                .flatMap(g -> items.submit(g.id, "指南内容不涉密，同意公开。", OFFICE))
                .flatMap(g -> items.approve(g.id, "同意发布。", OFFICE_HEAD))
                .invoke(() -> LOG.info("demo items and the Disclosure Guide published"))
                .replaceWithVoid());
    }

    @Inject
    org.gongkai.consultation.service.ConsultationService consultations;

    /** R30: a draft normative document open for comment on the portal for 15 days from today, its draft published. */
    Uni<Void> demoConsultation(LocalDate today) {
        return items.create(new org.gongkai.disclosure.service.ItemInput(null, "GFXWJ", "临沂市中小学课后服务管理办法", null, "JCJY", today,
                        java.util.List.of("课后服务"), "规范全市中小学课后服务。",
                        "<p>第一条　为规范中小学课后服务，减轻家长负担，制定本办法。</p><p>第二条　本办法适用于全市公办义务教育学校。</p>"
                                + "<p>第三条　课后服务坚持学生自愿、家长申请原则，每天不少于2小时。</p><p>第四条　课后服务收费标准由市发展改革部门会同教育部门确定。</p>",
                        org.gongkai.publication.DisclosureAttribute.PUBLIC, null, null, null, true, org.gongkai.disclosure.Validity.VALID, null, null, null,
                        java.util.List.of()), STAFF)
                .flatMap(doc -> consultations.create(new org.gongkai.consultation.service.ConsultationService.SetUp(doc.id,
                        org.gongkai.consultation.Consultation.Kind.ORDINARY, today, today.plusDays(14),
                        "为落实“双减”要求，规范课后服务，根据教育部有关规定，我局起草了本办法。", true), STAFF, x -> {}))
                .flatMap(k -> items.submit(k.draftItemId, "经保密审查，同意公开征求意见。", STAFF)
                        .flatMap(i -> items.approve(i.id, "同意。", HEAD))
                        .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD)))
                .replaceWithVoid();
    }

    @Inject
    org.gongkai.poll.service.PollService polls;

    /** R36: the year's poll on after-school services, open on the portal for 14 days from today. */
    Uni<Void> demoPoll(LocalDate today) {
        var O = (java.util.function.BiFunction<String, String, org.gongkai.poll.PollForm.Option>) (k, l) -> new org.gongkai.poll.PollForm.Option(k, l, null);
        var form = new org.gongkai.poll.PollForm(java.util.List.of(
                new org.gongkai.poll.PollForm.Question("q1", org.gongkai.poll.PollForm.Type.SINGLE, "您对孩子所在学校的课后服务是否满意？", true,
                        java.util.List.of(O.apply("yes", "满意"), O.apply("fair", "基本满意"), O.apply("no", "不满意")), null, null, null, null),
                new org.gongkai.poll.PollForm.Question("q2", org.gongkai.poll.PollForm.Type.MULTIPLE, "您希望课后服务增加哪些内容？（最多选两项）", true,
                        java.util.List.of(O.apply("sport", "体育锻炼"), O.apply("art", "艺术活动"), O.apply("science", "科技活动"), O.apply("homework", "作业辅导"),
                                new org.gongkai.poll.PollForm.Option("other", "其他", true)), 2, null, null, null),
                new org.gongkai.poll.PollForm.Question("q3", org.gongkai.poll.PollForm.Type.SCALE, "课后服务的结束时间是否方便您接孩子？", true, null, null,
                        java.util.List.of("很不方便", "不方便", "一般", "方便", "很方便"), null, null),
                new org.gongkai.poll.PollForm.Question("q4", org.gongkai.poll.PollForm.Type.TEXT, "请说明不满意的原因", false, null, null, null, null,
                        new org.gongkai.poll.PollForm.Condition("q1", "no"))));
        return polls.propose(new org.gongkai.poll.service.PollService.TopicInput(today.getYear(), "课后服务家长满意度调查", "《临沂市中小学课后服务管理办法》",
                        "义务教育阶段学生家长", "网上问卷、纸质问卷和电话访问"), STAFF)
                .flatMap(t -> polls.decide(t.id, true, null, OFFICE))
                .flatMap(t -> polls.create(new org.gongkai.poll.service.PollService.SetUp(t.id, today.getYear() + "年课后服务家长满意度调查",
                        "为评估课后服务政策落实情况，听取家长意见，开展本次调查。", org.gongkai.poll.Poll.Mode.ANONYMOUS, form, "义务教育阶段学生家长",
                        "按城区、乡镇学校分层随机抽样", 1000, today, today.plusDays(14)), STAFF, topic -> {}))
                .flatMap(p -> items.submit(p.announcementItemId, "经保密审查，同意公开。", STAFF)
                        .flatMap(i -> items.approve(i.id, "同意。", HEAD))
                        .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD)))
                .replaceWithVoid();
    }

    @Inject
    org.gongkai.meeting.service.MeetingService meetings;
    @Inject
    org.gongkai.publicity.service.PublicityService publicity;

    /** R31: a meeting of public interest a week from now, its notice with the live stream on the portal. */
    Uni<Void> demoMeeting(LocalDate today) {
        java.time.Instant starts = today.plusDays(7).atTime(9, 0).atZone(org.gongkai.common.time.TimeSource.ZONE).toInstant();
        return meetings.create(new org.gongkai.meeting.service.MeetingService.SetUp("2027年义务教育招生政策通报会", org.gongkai.meeting.Meeting.Category.PUBLIC_INTEREST,
                        org.gongkai.meeting.Meeting.Format.HYBRID, starts, starts.plusSeconds(9000), "市教育局三楼会议室", "https://live.example.gov.cn/jyj/zhaosheng",
                        "一、通报2027年义务教育招生政策\n二、答复家长代表提问", java.util.List.of(org.gongkai.disclosure.Channel.WECHAT), java.util.List.of()), "JCJY", STAFF)
                .flatMap(m -> meetings.draftNotice(m.id, STAFF, x -> {}))
                .flatMap(i -> items.submit(i.id, "经保密审查，同意公开。", STAFF))
                .flatMap(i -> items.approve(i.id, "同意。", HEAD))
                .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                .replaceWithVoid();
    }

    /** R35: a teacher-qualification licence decided yesterday, published (the holder's name masked). */
    Uni<Void> demoDecision(LocalDate today) {
        return publicity.record(new org.gongkai.publicity.service.PublicityService.DecisionInput(org.gongkai.publicity.AdminDecision.Kind.LICENSING,
                        org.gongkai.publicity.AdminDecision.PartyCategory.NATURAL_PERSON, "李晓梅", null, null, "37130219851212004X", "教师资格认定决定书",
                        "临教师认〔" + today.getYear() + "〕1号", "认可", "教师资格证书", today.getYear() + "37130210000001", "认定为小学教师资格（语文）。",
                        today.minusDays(1), null, null, null, null, null, null, null, null, today.minusDays(1), null, null, null, null, null, false), "JCJY", STAFF)
                .flatMap(d -> publicity.draftItem(d.id, STAFF, x -> {}))
                .flatMap(i -> items.submit(i.id, "经保密审查，同意公开。", STAFF))
                .flatMap(i -> items.approve(i.id, "同意。", HEAD))
                .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                .replaceWithVoid();
    }

    @Inject
    org.gongkai.keytask.service.KeyTaskService keyTasks;

    /** R33: this year's key tasks (a parent with two sub-tasks and one more), their division published. */
    Uni<Void> demoKeyTasks(LocalDate today) {
        int y = today.getYear();
        return keyTasks.create(keyTask(y, null, "推进义务教育优质均衡发展", "新建改扩建中小学10所，新增学位1.2万个。", "JCJY", 20), OFFICE)
                .flatMap(p -> keyTasks.create(keyTask(y, p.task().id, "新建改扩建中小学", "新建改扩建中小学10所。", "JCJY", 30), OFFICE)
                        .flatMap(x -> keyTasks.create(keyTask(y, p.task().id, "修订中小学学籍管理办法", "完成学籍管理办法修订。", "ZCFG", 10), OFFICE)))
                .flatMap(x -> keyTasks.create(keyTask(y, null, "规范校外培训机构管理", "开展校外培训机构专项治理。", "JCJY", 10), OFFICE))
                .flatMap(x -> keyTasks.draftPlan(y, null, OFFICE))
                .flatMap(i -> items.submit(i.id, "经保密审查，同意公开。", OFFICE))
                .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                .invoke(() -> LOG.info("demo key tasks published"))
                .replaceWithVoid();
    }

    static org.gongkai.keytask.service.KeyTaskService.TaskInput keyTask(int year, Long parent, String title, String measures, String lead, int weight) {
        return new org.gongkai.keytask.service.KeyTaskService.TaskInput(year, parent, org.gongkai.keytask.KeyTask.Source.CITY_REPORT, title, measures, lead,
                java.util.List.of(), "张明", weight, java.util.List.of(new org.gongkai.keytask.service.KeyTaskService.MilestoneInput("出台实施方案", LocalDate.of(year, 3, 31)),
                new org.gongkai.keytask.service.KeyTaskService.MilestoneInput("完成年度任务", LocalDate.of(year, 12, 31))));
    }

    @Inject
    org.gongkai.servicelist.service.ServiceListService serviceLists;

    static final Actor LEGAL = new Actor("legal", java.util.Set.of("staff", "legal"), "ZCFG");
    static final Actor LEGAL_HEAD = new Actor("zcfghead", java.util.Set.of("staff", "legal", "department-head"), "ZCFG");

    /** A service guide and a power, each list published through the review by the legal section (R35). */
    Uni<Void> demoServiceLists() {
        var guide = new org.gongkai.servicelist.service.ServiceListService.EntryInput("BS-001", "民办学校设立审批", "行政许可", "ZCFG",
                "《中华人民共和国民办教育促进法》第十二条、第十八条", null, null, null, null, null, "GG-001",
                "举办者为具备法人资格的社会组织或者完全民事行为能力的个人；有符合规定的章程、校舍、师资和办学资金。",
                "民办学校设立申请书\n举办者资格证明文件\n拟办学校章程、首届董事会成员名单\n校舍、资产来源证明", "受理—审查—实地考察—决定—送达", 20, 15,
                "临沂市政务服务中心二楼教育窗口", "工作日 9:00—12:00，13:30—17:00", "0539-8123456", null, null);
        var power = new org.gongkai.servicelist.service.ServiceListService.EntryInput("QZ-XK-001", "民办学校办学许可", "行政许可", "ZCFG",
                "《中华人民共和国民办教育促进法》第十八条", "受理责任、审查责任、决定责任、送达责任、事后监管责任",
                "对符合法定条件的申请不予受理、不予许可或者超过法定期限作出决定的，依法追究责任", "0539-8123400",
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        return serviceLists.add(org.gongkai.servicelist.ServiceList.Kind.GUIDE, guide, LEGAL)
                .flatMap(x -> serviceLists.draft(org.gongkai.servicelist.ServiceList.Kind.GUIDE, null, LEGAL))
                .flatMap(i -> items.submit(i.id, "经保密审查，同意公开。", LEGAL)).flatMap(i -> items.approve(i.id, "同意。", LEGAL_HEAD))
                .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                .flatMap(x -> serviceLists.add(org.gongkai.servicelist.ServiceList.Kind.POWER, power, LEGAL))
                .flatMap(x -> serviceLists.draft(org.gongkai.servicelist.ServiceList.Kind.POWER, null, LEGAL))
                .flatMap(i -> items.submit(i.id, "经保密审查，同意公开。", LEGAL)).flatMap(i -> items.approve(i.id, "同意。", LEGAL_HEAD))
                .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                .invoke(() -> LOG.info("demo service lists published"))
                .replaceWithVoid();
    }

    @Inject
    org.gongkai.dataresource.service.DataCatalogueService dataCatalogue;

    static final Actor INFO = new Actor("infosection", java.util.Set.of("staff", "info-section"), "XXK");

    /** The data resource catalogue with an open resource and a restricted one, published by the office (R38). */
    Uni<Void> demoDataCatalogue() {
        var schools = new org.gongkai.dataresource.service.DataCatalogueService.ResourceInput("01.02-0001", "01.02", "全市中小学学校名录", "JCJY",
                "全市中小学校名称、地址、办学类型和联系电话", org.gongkai.dataresource.DataResource.Format.SHEET,
                org.gongkai.dataresource.DataResource.ShareType.UNCONDITIONAL, null, org.gongkai.dataresource.DataResource.OpenType.OPEN, null,
                org.gongkai.dataresource.DataResource.Cycle.YEARLY, "教育管理信息系统", java.util.List.of(), java.util.List.of(
                new org.gongkai.dataresource.service.DataCatalogueService.Field("学校名称", "STRING", null, org.gongkai.dataresource.service.DataCatalogueService.Sensitivity.PUBLIC, null),
                new org.gongkai.dataresource.service.DataCatalogueService.Field("学校地址", "STRING", null, org.gongkai.dataresource.service.DataCatalogueService.Sensitivity.PUBLIC, null),
                new org.gongkai.dataresource.service.DataCatalogueService.Field("校长姓名", "STRING", null, org.gongkai.dataresource.service.DataCatalogueService.Sensitivity.MASKED, "KEEP_ENDS:1,0")));
        var aid = new org.gongkai.dataresource.service.DataCatalogueService.ResourceInput("01.03-0001", "01.03", "学生资助发放名单", "JCJY",
                "义务教育阶段家庭经济困难学生资助发放情况", org.gongkai.dataresource.DataResource.Format.DATABASE,
                org.gongkai.dataresource.DataResource.ShareType.CONDITIONAL, "仅向民政、财政部门共享，用于核对困难家庭",
                org.gongkai.dataresource.DataResource.OpenType.NOT_OPEN, "涉及个人隐私（《中华人民共和国个人信息保护法》第十三条）",
                org.gongkai.dataresource.DataResource.Cycle.HALF_YEARLY, "学生资助管理系统", java.util.List.of("01.02-0001"), java.util.List.of(
                new org.gongkai.dataresource.service.DataCatalogueService.Field("学生姓名", "STRING", null, org.gongkai.dataresource.service.DataCatalogueService.Sensitivity.MASKED, "KEEP_ENDS:1,0"),
                new org.gongkai.dataresource.service.DataCatalogueService.Field("身份证号", "STRING", null, org.gongkai.dataresource.service.DataCatalogueService.Sensitivity.MASKED, "HASH"),
                new org.gongkai.dataresource.service.DataCatalogueService.Field("资助金额", "NUMBER", "元", org.gongkai.dataresource.service.DataCatalogueService.Sensitivity.SHARE_ONLY, null)));
        return dataCatalogue.add(schools, INFO, d -> {})
                .flatMap(x -> dataCatalogue.add(aid, INFO, d -> {}))
                .flatMap(x -> dataCatalogue.draft(null, OFFICE))
                .flatMap(i -> items.submit(i.id, "经保密审查，同意公开。", OFFICE))
                .flatMap(i -> items.approve(i.id, "同意发布。", OFFICE_HEAD))
                .invoke(() -> LOG.info("demo data catalogue published"))
                .replaceWithVoid();
    }

    @Inject
    org.gongkai.dataresource.sharing.SharingService sharing;
    @Inject
    org.gongkai.dataresource.sharing.DataRequestService dataRequests;

    /** Sharing (R40–R43): a consumer with a grant, another body's request under review, one of ours waiting for the head. */
    Uni<Void> demoSharing(LocalDate today) {
        Actor staff = new Actor("staff", java.util.Set.of("staff"), "JCJY");
        return sharing.addConsumer("city-hr-system", "临沂市人力资源和社会保障局", "信息中心 0539-8000000", INFO)
                .flatMap(c -> sharing.grant(new org.gongkai.dataresource.sharing.SharingService.GrantInput("city-hr-system", "01.02-0001", java.util.List.of("学校名称", "校长姓名"),
                        1000, today.plusYears(1), "市人社局共享申请（教师职称评审单位核验）"), INFO))
                .flatMap(g -> dataRequests.receive(new org.gongkai.dataresource.sharing.DataRequestService.InboundInput("SQ-" + today.getYear() + "-0001",
                        "临沂市民政局", "city-civil-affairs", "01.03-0001", java.util.List.of("学生姓名", "身份证号", "资助金额"), "核对低保家庭子女受资助情况",
                        "政务外网传输，专人专用，核对后删除", today.plusMonths(6), null), INFO))
                .flatMap(x -> dataRequests.ask(new org.gongkai.dataresource.sharing.DataRequestService.OutboundInput("JCJY", "临沂市公安局", "户籍人口基本信息", null,
                        java.util.List.of("姓名", "出生日期", "户籍地址"), "全市当年适龄入学儿童", "义务教育新生入学资格核验", "政务外网传输，仅招生系统使用，专人管理，用后删除",
                        today.plusMonths(5), today.plusMonths(9)), staff, d -> {}))
                .invoke(() -> LOG.info("demo sharing: a grant, an inbound request, an outbound request"))
                .replaceWithVoid();
    }

    /** Two 12345 tickets: one waiting for the office, one with a department. */
    Uni<Void> demoTickets(LocalDate today) {
        return enquiries.registerTicket(new org.gongkai.enquiries.service.EnquiryService.Ticket("12345-" + today.getYear() + "-0001",
                        org.gongkai.enquiries.Enums.TicketType.CONSULT, org.gongkai.enquiries.Enums.Category.ENROLMENT, "随迁子女入学政策咨询",
                        "市民来电咨询外地户籍随迁子女在中心城区就读小学的条件。", "王先生", "13912345678", today.plusDays(10)), OFFICE)
                .flatMap(x -> enquiries.registerTicket(new org.gongkai.enquiries.service.EnquiryService.Ticket("12345-" + today.getYear() + "-0002",
                        org.gongkai.enquiries.Enums.TicketType.COMPLAINT, org.gongkai.enquiries.Enums.Category.FEES, "课后服务收费问题",
                        "市民反映某小学课后服务收费标准不清楚。", "刘女士", "13787654321", today.plusDays(7)), OFFICE))
                .flatMap(t -> enquiries.transfer(t.id, "JCJY", "请核实收费标准并答复。", null, OFFICE))
                .invoke(() -> LOG.info("demo 12345 tickets registered"))
                .replaceWithVoid();
    }

    /** Two applications by letter: one waiting for the office, one assigned to a department. */
    Uni<Void> demoApplications(LocalDate today) {
        return applications.registerLetter(new org.gongkai.applications.service.ApplicationService.Applicant(
                        org.gongkai.applications.ApplicationEnums.ApplicantType.NATURAL_PERSON, null, "赵云", "居民身份证", "371302198805051234",
                        "13600001111", "zhaoyun@example.cn", "临沂市兰山区示例路8号", "2026年兰山区小学学区划分的依据文件",
                        null, org.gongkai.applications.ApplicationEnums.DeliveryForm.EMAIL, false),
                        org.gongkai.applications.ApplicationEnums.ReceiptRule.REGISTERED_MAIL, today.minusDays(3), OFFICE)
                .flatMap(x -> applications.registerLetter(new org.gongkai.applications.service.ApplicationService.Applicant(
                        org.gongkai.applications.ApplicationEnums.ApplicantType.RESEARCH, "临沂大学教育学院", "钱老师", null, null,
                        "13500002222", "qian@example.edu.cn", null, "2025年全市义务教育阶段学校教师配备统计表", "教育研究",
                        org.gongkai.applications.ApplicationEnums.DeliveryForm.UPLOAD, false),
                        org.gongkai.applications.ApplicationEnums.ReceiptRule.IN_PERSON, today.minusDays(1), OFFICE))
                .flatMap(app -> applications.assign(app.id, java.util.List.of("JSGZ", "JCJY"), "请检索教师配备统计数据。", OFFICE))
                .invoke(() -> LOG.info("demo applications registered"))
                .replaceWithVoid();
    }

    static final String GUIDE_HTML = "<h3>一、公开范围</h3><p>本机关主动公开机构职能、政策文件、规划计划、财政资金、人事信息、招生考试、重点工作、建议提案办理等政府信息。</p>"
            + "<h3>二、主动公开</h3><p>主动公开的政府信息自形成或者变更之日起20个工作日内在本平台公开。</p>"
            + "<h3>三、依申请公开</h3><p>公民、法人或者其他组织可以通过本平台在线提交，或以信函方式向局办公室提交政府信息公开申请。</p>"
            + "<h3>四、办理时限</h3><p>能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经办公室负责人同意并告知申请人，延长期限最长不超过20个工作日。</p>"
            + "<h3>五、监督和救济</h3><p>申请人认为本机关侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。</p>"
            + "<h3>六、联系方式</h3><p>临沂市教育局办公室，电话 0539-0000000，办公时间为法定工作日上午9:00—12:00、下午13:30—17:00。</p>";

    private Uni<Obligation> open(Actor a, String type, String id, String rule, String title, String dept, String person, LocalDate start, int days) {
        boolean countStart = "R17".equals(rule);
        return obligations.open(new OpenCommand(type, id, rule, title, dept, person, start, days, CountUnit.WORKING, countStart), a);
    }
}
