package org.gongkai.search;

import static org.gongkai.testsupport.Users.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 16: search relevance, measured. A corpus of 300 documents (45 that queries look for, 255 that compete for the
 * same words: the same tags, the words in their bodies, the same departments) is indexed through the application's
 * own preparation (SearchIndex.prepare: segmentation, weights, bigrams) under a kind of its own, and 60 queries —
 * two-character words, phrases, document numbers in their usual forms, department names, questions, wrong characters,
 * and queries nothing is relevant to — are asked through the API. Mean reciprocal rank and precision at 5 must stay
 * above their floors, so that a change to search can only make it better.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTest {
    static final String KIND = "CORPUS";

    @Inject
    SearchIndex index;
    @Inject
    ChineseSegmenter segmenter;

    record Doc(String key, String title, String docNumber, String dept, String column, String summary, String body, List<String> tags) {}

    static final List<Doc> TARGETS = List.of(
            doc("T1", "临沂市2026年义务教育阶段学校招生入学工作方案", "临教发〔2026〕12号", "JCJY", "YWJYZS", "明确2026年全市义务教育阶段公办、民办学校招生入学的对象、原则、时间安排和学区划分。"),
            doc("T2", "关于公布2026年中心城区小学学区划分的通知", null, "JCJY", "YWJYZS", "公布中心城区各公办小学2026年招生学区范围，家长可按户籍和房产所在地查询对应学校。"),
            doc("T3", "2026年家庭经济困难学生资助政策问答", null, "JCJY", "XSZZ", "介绍学前教育、义务教育、普通高中阶段家庭经济困难学生资助项目、标准和申请方式。"),
            doc("T4", "临沂市中小学学籍管理实施细则", "临教发〔2018〕62号", "JCJY", "GFXWJ", "规范全市中小学学籍建立、变动、转学、休学复学和毕业管理。"),
            doc("T5", "关于做好2026年冬季校园安全工作的通知", "临教办字〔2026〕45号", "JCJY", "TZGG", "部署冬季校园消防、交通、防寒防冻和食品安全工作。"),
            doc("T6", "2026年秋季学期中小学课后服务工作安排", null, "JCJY", "YWJY", "课后服务时间、内容、保障措施和收费政策。"),
            doc("T7", "小学一年级新生入学报名材料清单", null, "JCJY", "YWJYZS", "新生入学报名需提交户口簿、不动产权证书、儿童预防接种证等材料。"),
            doc("T8", "2026年全市中考招生录取工作实施意见", "临教发〔2026〕20号", "ZSKS", "ZKGK", "普通高中招生计划、录取批次、志愿填报和加分政策。"),
            doc("T9", "关于2026年普通高中招生计划的公告", null, "ZSKS", "ZKGK", "公布全市普通高中学校2026年计划招收人数。"),
            doc("T10", "2026年公开招聘中小学教师简章", null, "JSGZ", "RSXX", "招聘岗位、报名条件、报名时间和考试安排。"),
            doc("T11", "2026年公开招聘教师笔试成绩公示", null, "JSGZ", "RSXX", "公示参加笔试人员的成绩和进入面试人员名单。"),
            doc("T12", "关于开展中小学教师资格认定工作的通知", "临教发〔2025〕33号", "JSGZ", "TZGG", "教师资格认定的条件、材料和受理时间。"),
            doc("T13", "2025年度部门预算公开说明", null, "CWK", "CZZJ", "本部门2025年度收支预算和三公经费预算。"),
            doc("T14", "2024年度部门决算公开", null, "CWK", "CZZJ", "本部门2024年度收支决算和三公经费决算情况。"),
            doc("T15", "临沂市教育局2025年政府信息公开工作年度报告", null, "BGS", "GZDT", "依据《中华人民共和国政府信息公开条例》编制本年度报告。"),
            doc("T16", "临沂市教育事业发展“十四五”规划", null, "ZCFG", "GHJH", "提出到2025年全市教育事业发展的主要目标和重点任务。"),
            doc("T17", "关于规范民办学校收费行为的通知", "临教发〔2024〕8号", "CWK", "TZGG", "民办学校收费项目、标准的公示和退费管理。"),
            doc("T18", "关于加强中小学食堂食品安全管理的意见", null, "JCJY", "QTWJ", "学校食堂从业人员健康管理、食材采购查验和陪餐制度。"),
            doc("T19", "校车安全管理办法", "临教发〔2023〕15号", "JCJY", "GFXWJ", "校车的使用许可、驾驶人、随车照管人员和通行安全。"),
            doc("T20", "2026年寒假放假时间安排的通知", null, "BGS", "TZGG", "全市中小学寒假起止日期和假期安全提示。"),
            doc("T21", "关于做好随迁子女义务教育入学工作的通知", null, "JCJY", "YWJYZS", "外地户籍随迁子女在中心城区就读小学、初中的条件和办理流程。"),
            doc("T22", "幼儿园收费管理办法实施细则", null, "CWK", "GFXWJ", "公办幼儿园保育教育费、住宿费标准和收费公示。"),
            doc("T23", "学前教育三年行动计划", null, "JCJY", "GHJH", "扩大普惠性学前教育资源，提高保教质量。"),
            doc("T24", "职业院校技能大赛获奖名单公示", null, "ZYJY", "GZDT", "公示本届职业院校技能大赛各赛项获奖学生和指导教师。"),
            doc("T25", "中等职业学校国家助学金发放情况公示", null, "ZYJY", "XSZZ", "公示本学期国家助学金受助学生人数和发放金额。"),
            doc("T26", "教育督导评估结果公告", null, "DDS", "JYDD", "公布各区县教育工作督导评估等次。"),
            doc("T27", "义务教育优质均衡发展督导评估报告", null, "DDS", "JYDD", "对照国家标准评估全市义务教育优质均衡发展情况。"),
            doc("T28", "2026年高考报名工作通知", null, "ZSKS", "ZKGK", "普通高校招生考试报名的条件、时间和网上报名流程。"),
            doc("T29", "中小学生体质健康监测结果通报", null, "JCJY", "GZDT", "全市中小学生体质健康测试优良率和近视率。"),
            doc("T30", "关于进一步减轻义务教育阶段学生作业负担的实施方案", "临教发〔2021〕40号", "JCJY", "QTWJ", "控制书面作业总量，提高作业设计质量。"),
            doc("T31", "教育技术装备采购项目招标公告", null, "ZBZX", "CZZJ", "中小学实验室仪器设备采购项目公开招标。"),
            doc("T32", "中小学教材征订目录", null, "ZBZX", "GZDT", "本学年中小学国家课程和地方课程教材目录。"),
            doc("T33", "教育科学规划课题立项名单", null, "JKY", "GZDT", "本年度教育科学规划重点课题和一般课题立项名单。"),
            doc("T34", "学生资助热线电话公布", null, "JCJY", "XSZZ", "资助政策咨询电话和受理时间。"),
            doc("T35", "关于义务教育阶段学校学区范围调整的公告", null, "JCJY", "YWJYZS", "部分小学学区范围调整，新生按调整后的范围入学。"),
            doc("T36", "学校周边划分责任区网格化管理办法", null, "ZCFG", "GFXWJ", "学校周边治安责任区的划分和网格员职责。"),
            doc("T37", "民办义务教育学校招生计划公示", null, "JCJY", "YWJYZS", "全市民办义务教育学校本年度招生计划和收费标准。"),
            doc("T38", "特殊教育学校招生简章", null, "JCJY", "YWJYZS", "招收视力、听力、智力残疾儿童少年的条件和报名方式。"),
            doc("T39", "教师职称评审结果公示", null, "RSK", "RSXX", "本年度中小学教师职称评审通过人员名单。"),
            doc("T40", "局机关内设机构及职能", null, "BGS", "JGZN", "办公室、政策法规科、基础教育科等内设机构的主要职责。"),
            doc("T41", "2026年暑期防溺水安全教育告家长书", null, "JCJY", "TZGG", "提醒家长加强暑期学生防溺水安全教育和看护。"),
            doc("T42", "关于印发《临沂市中小学校长职级制改革方案》的通知", "临教发〔2022〕5号", "RSK", "QTWJ", "推行中小学校长职级制，完善校长选聘和考核。"),
            doc("T43", "校外培训机构白名单公示", null, "JCJY", "GZDT", "经审核符合要求的非学科类校外培训机构名单。"),
            doc("T44", "中小学研学旅行实践教育基地名单", null, "JCJY", "GZDT", "全市认定的研学旅行实践教育基地和营地。"),
            doc("T45", "2026年教育系统安全生产专项整治方案", "临教办字〔2026〕9号", "BGS", "TZGG", "排查校舍、实验室、消防和燃气安全隐患。"));

    static Doc doc(String key, String title, String docNumber, String dept, String column, String summary) {
        return new Doc(key, title, docNumber, dept, column, summary, summary + "现将有关事项通知如下，请认真贯彻执行。", List.of("义务教育", "招生"));
    }

    /** 255 that compete: the demo's tags on many, query words in bodies, the same departments and columns. */
    static List<Doc> fillers() {
        String[] topics = {"教育信息化", "校园文化建设", "师德师风建设", "家校共育", "心理健康教育", "劳动教育", "科技创新教育", "平安校园创建",
                "教研活动", "学校体育工作", "美育工作", "语言文字工作", "控辍保学", "教育扶贫", "疫情防控", "节能减排", "档案管理"};
        String[] types = {"工作动态", "会议通知", "工作简报", "工作总结", "经验交流", "情况通报", "工作要点", "推进会议纪要"};
        String[] depts = {"BGS", "ZCFG", "JCJY", "ZYJY", "RSK", "CWK", "JSGZ", "DDS", "ZSKS", "JKY", "ZBZX", "XXK"};
        String[] cols = {"GZDT", "TZGG", "QTWJ", "GHJH", "JYDD"};
        String[] bodyMentions = {"各校要做好招生入学宣传工作。", "按照学区划分结果做好新生接收。", "认真落实学生资助政策。", "做好学籍信息核查。",
                "加强食品安全和校车安全管理。", "规范课后服务收费。", "统筹教师招聘和培训。", "做好中考和高考组织工作。"};
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < 255; i++) {
            String topic = topics[i % topics.length];
            String type = types[(i / topics.length) % types.length];
            int year = 2019 + i % 8;
            String summary = year + "年" + topic + "有关情况。";
            String body = summary + bodyMentions[i % bodyMentions.length] + "请各单位结合实际抓好落实。";
            List<String> tags = i % 2 == 0 ? List.of("义务教育", "招生") : List.of("教育管理");
            String number = i % 5 == 0 ? "临教办字〔" + year + "〕" + (100 + i) + "号" : null;
            out.add(new Doc("F" + i, year + "年" + topic + type + "（第" + (i + 1) + "期）", number, depts[i % depts.length], cols[i % cols.length],
                    summary, body, tags));
        }
        return out;
    }

    final Map<String, Doc> corpus = new LinkedHashMap<>();

    @BeforeAll
    void indexTheCorpus() throws Throwable {
        TARGETS.forEach(d -> corpus.put(d.key(), d));
        fillers().forEach(d -> corpus.put(d.key(), d));
        List<SearchIndex.Document> docs = corpus.values().stream().map(d -> SearchIndex.prepare(segmenter, new SearchIndex.Source(KIND, d.key(), d.title(),
                d.summary(), d.body(), d.docNumber(), d.tags(), d.column(), d.dept(), 2026, null, "/corpus/" + d.key()))).toList();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            Instant at = Instant.parse("2026-06-01T01:00:00Z");
            for (int i = 0; i < docs.size(); i++) {
                SearchIndex.Document d = docs.get(i);
                Instant when = at.plusSeconds(3600L * i);
                chain = chain.flatMap(x -> index.put(d, when));
            }
            return chain;
        }));
    }

    @AfterAll
    void removeTheCorpus() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(s ->
                s.createNativeQuery("delete from search_document where kind = '" + KIND + "'").executeUpdate())));
    }

    /** A query, the documents relevant to it (the best first where it matters for MRR: any of them counts). */
    record Case(String query, String why, Set<String> relevant) {}

    static Case c(String q, String why, String... keys) {
        return new Case(q, why, Set.of(keys));
    }

    Set<String> ofDepartment(String dept) {
        return corpus.values().stream().filter(d -> d.dept().equals(dept)).map(Doc::key).collect(Collectors.toSet());
    }

    Set<String> withInTitle(String word) {
        return corpus.values().stream().filter(d -> d.title().contains(word)).map(Doc::key).collect(Collectors.toSet());
    }

    List<Case> cases() {
        List<Case> cs = new ArrayList<>(List.of(
                c("学区划分", "a phrase the segmenter cuts differently in query and title", "T2", "T1"),
                c("学区", "two characters", "T2", "T35", "T1"),
                c("划分", "two characters", "T2", "T36", "T1"),
                c("学区划份", "a wrong character", "T2", "T1"),
                c("小学入学需要哪些材料", "a question", "T7"),
                c("随迁子女怎么入学", "a question", "T21"),
                c("随迁子女人学", "a wrong character (入/人)", "T21"),
                c("学籍管里", "a wrong character (理/里)", "T4"),
                c("家庭经济困难学生资组", "a wrong character (助/组)", "T3"),
                c("临教发〔2026〕12号", "文号 as written", "T1"),
                c("临教发[2026]12号", "文号 with square brackets", "T1"),
                c("临教发（2026）12号", "文号 with round brackets", "T1"),
                c("临教发 〔2026〕 12号", "文号 with spaces", "T1"),
                c("2026年12号", "文号 as people say it", "T1"),
                c("〔2018〕62号", "文号 without its prefix", "T4"),
                c("临教办字〔2026〕45号", "文号", "T5"),
                c("2021年40号", "文号 as people say it", "T30"),
                c("临教发〔2022〕5号", "a short 文号", "T42"),
                c("资助", "two characters", "T3", "T34"),
                c("学籍", "two characters", "T4"),
                c("学籍管理", "a title phrase", "T4"),
                c("中小学学籍", "a title phrase", "T4"),
                c("课后服务", "a word in titles and bodies", "T6"),
                c("课后服务收费", "title and summary", "T6"),
                c("教师招聘", "words in another order", "T10", "T11"),
                c("招聘教师", "a title phrase", "T10", "T11"),
                c("中考", "two characters", "T8"),
                c("高考报名", "a title phrase", "T28"),
                c("部门预算", "a title phrase", "T13"),
                c("决算", "two characters", "T14"),
                c("年度报告", "a title phrase", "T15"),
                c("十四五规划", "a phrase split by quotation marks", "T16"),
                c("民办学校收费", "a title phrase", "T17"),
                c("食品安全", "a title phrase", "T18", "T5"),
                c("校车", "two characters", "T19"),
                c("寒假", "two characters", "T20"),
                c("随迁子女", "a title phrase", "T21"),
                c("幼儿园收费", "a title phrase", "T22"),
                c("学前教育", "title and summary", "T23", "T3"),
                c("技能大赛", "a title phrase", "T24"),
                c("助学金", "three characters", "T25"),
                c("督导评估", "a title phrase", "T26", "T27"),
                c("减轻作业负担", "words not adjacent in the title", "T30"),
                c("招标公告", "a title phrase", "T31"),
                c("教材", "two characters", "T32"),
                c("课题立项", "a title phrase", "T33"),
                c("职称评审", "a title phrase", "T39"),
                c("校长职级制", "a title phrase", "T42"),
                c("白名单", "three characters", "T43"),
                c("防溺水", "three characters", "T41"),
                c("研学旅行", "a title phrase", "T44"),
                c("学生资助政策", "a title phrase", "T3"),
                c("招生方案", "words", "T1"),
                c("体质健康", "a title phrase", "T29"),
                c("义务教育优质均衡发展", "a long phrase", "T27"),
                c("安全生产专项整治", "a long phrase", "T45")));
        cs.add(new Case("招生", "a tag on half the corpus: titles first", withInTitle("招生")));
        Set<String> basic = new java.util.HashSet<>(ofDepartment("JCJY"));
        basic.add("T40"); // the page on the bureau's sections names it
        cs.add(new Case("基础教育科", "a department by name", basic));
        cs.add(new Case("招生考试中心", "a department by name", ofDepartment("ZSKS")));
        cs.add(new Case("财务科", "a department by name", ofDepartment("CWK")));
        return cs;
    }

    /** Queries nothing in the corpus is relevant to: nothing comes back. */
    static final List<String> NOTHING = List.of("火星探测器", "量子计算机", "足球联赛门票", "股票开户");

    List<String> ask(String q) {
        JsonPath r = as("anonymous").queryParam("q", q).queryParam("kind", KIND).queryParam("size", "10").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        return r.getList("items.refId", String.class);
    }

    @Test
    void rankingMeetsItsFloors() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "at least 40 queries");
        double rr = 0, p5 = 0;
        List<String> report = new ArrayList<>();
        for (Case c : cases) {
            List<String> got = ask(c.query());
            int rank = 0;
            for (int i = 0; i < got.size(); i++) if (c.relevant().contains(got.get(i))) { rank = i + 1; break; }
            double r = rank == 0 ? 0 : 1.0 / rank;
            long hits = got.stream().limit(5).filter(c.relevant()::contains).count();
            double p = hits / (double) Math.min(5, c.relevant().size());
            rr += r;
            p5 += p;
            if (r < 1 || p < 1) report.add(String.format("%-16s rr=%.2f p@5=%.2f (%s) got %s, relevant %s", c.query(), r, p, c.why(),
                    got.stream().limit(5).map(k -> k + ":" + corpus.get(k).title()).toList(), c.relevant().size() > 6 ? c.relevant().size() + " documents" : c.relevant()));
        }
        double mrr = rr / cases.size(), precision = p5 / cases.size();
        System.out.printf("relevance: %d queries, MRR %.3f, precision@5 %.3f%n", cases.size(), mrr, precision);
        report.forEach(l -> System.out.println("  " + l));
        assertTrue(mrr >= 0.9, "MRR " + mrr + " below 0.9:\n" + String.join("\n", report));
        assertTrue(precision >= 0.85, "precision@5 " + precision + " below 0.85:\n" + String.join("\n", report));
    }

    @Test
    void queriesNothingIsRelevantToFindNothing() {
        for (String q : NOTHING) assertEquals(List.of(), ask(q), q + " finds nothing");
    }

    @Test
    void theMatchSaysHowTheQueryWasMatched() {
        as("anonymous").queryParam("q", "学区划分").queryParam("kind", KIND).get("/api/v1/search").then().statusCode(200)
                .body("match", org.hamcrest.Matchers.equalTo("ALL"));
        as("anonymous").queryParam("q", "小学入学需要哪些材料").queryParam("kind", KIND).get("/api/v1/search").then().statusCode(200)
                .body("match", org.hamcrest.Matchers.equalTo("WITHOUT_QUESTION_WORDS"));
        as("anonymous").queryParam("q", "学区划份").queryParam("kind", KIND).get("/api/v1/search").then().statusCode(200)
                .body("match", org.hamcrest.Matchers.equalTo("MOST"))
                .body("items[0].titleSegments.findAll { it.hit }.text", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("学区")));
        as("anonymous").queryParam("q", "火星探测器").queryParam("kind", KIND).get("/api/v1/search").then().statusCode(200)
                .body("match", org.hamcrest.Matchers.equalTo("NONE")).body("total", org.hamcrest.Matchers.equalTo(0));
    }
}
