package org.gongkai.annualreport;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.testsupport.Applications;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, R11: the annual report's figures from a seeded year of records. Applications of several applicant types
 * and outcomes, received in 2023, 2024 and carried into 2025, give table III exactly as counted by hand below; a
 * reconsideration and a suit give table IV as at the year's end; normative documents issued and repealed move table II.
 * No other test receives applications in 2023–2025.
 */
@QuarkusTest
class AnnualFiguresTest {

    /** An application received by letter on a day, of a type; concluded (decided and delivered) on another, if given. */
    static long application(ApplicantType type, String receivedOn, String outcome, String concludedOn) {
        Clock.today(receivedOn);
        Map<String, Object> applicant = new HashMap<>(Applications.body("年度报告测试申请 " + type + " " + receivedOn, "POST"));
        applicant.put("applicantType", type.name());
        if (type != ApplicantType.NATURAL_PERSON) applicant.put("organisation", "测试单位" + type);
        long id = as("office").body(Map.of("applicant", applicant, "receiptRule", "IN_PERSON", "receivedOn", receivedOn)).post("/api/v1/applications/letters")
                .then().statusCode(201).extract().jsonPath().getLong("application.id");
        if (outcome != null) {
            Clock.today(concludedOn);
            as("office").body(Map.of("outcome", outcome, "note", "答复")).post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
            as("office").body(Map.of("reference", "邮寄")).post("/api/v1/applications/" + id + "/delivery").then().statusCode(200);
        }
        return id;
    }

    static long cell(JsonPath f, String row, String column) {
        return f.getLong("three.rows.find { it.key == '" + row + "' }.cells." + column);
    }

    @Test
    void theInvariantRefusesAReportThatDoesNotAddUp() {
        List<AnnualFigures.Count> counts = List.of(new AnnualFigures.Count(AnnualFigures.NEW, ApplicantType.NATURAL_PERSON, 3),
                new AnnualFigures.Count("DISCLOSED", ApplicantType.NATURAL_PERSON, 2), new AnnualFigures.Count(AnnualFigures.CARRIED_OUT, ApplicantType.NATURAL_PERSON, 1));
        AnnualFigures ok = AnnualFigures.of(2024, null, counts, List.of(), null);
        assertEquals(List.of(), ok.problems());
        // one application concluded that was never received: 一 + 二 = 3, 三（七）+ 四 = 4
        AnnualFigures bad = AnnualFigures.of(2024, null, List.of(counts.get(0), counts.get(1), counts.get(2),
                new AnnualFigures.Count("PARTIALLY_DISCLOSED", ApplicantType.NATURAL_PERSON, 1)), List.of(), null);
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("NATURAL_PERSON") && p.contains("一 + 二 = 3") && p.contains("三（七）+ 四 = 4")), bad.problems().toString());
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("TOTAL")), bad.problems().toString());
    }

    @Test
    void aYearOfRecordsGivesTheTemplatesTables() {
        // table II before: other tests publish normative documents too
        Clock.today("2026-11-30");
        JsonPath before = as("office").get("/api/v1/annual-reports/2024/figures").then().statusCode(200).extract().jsonPath();

        long a1 = application(ApplicantType.NATURAL_PERSON, "2023-12-20", "DISCLOSED", "2024-01-10");
        application(ApplicantType.COMMERCIAL, "2023-12-25", "UNABLE_NOT_HELD", "2023-12-28");
        application(ApplicantType.NATURAL_PERSON, "2024-03-04", "PARTIALLY_DISCLOSED", "2024-03-20");
        long a4 = application(ApplicantType.RESEARCH, "2024-05-06", "NOT_DISCLOSED_THIRD_PARTY", "2024-05-20");
        long a5 = application(ApplicantType.NATURAL_PERSON, "2024-06-03", "NOT_PROCESSED_REPEATED", "2024-06-14");
        long a6 = application(ApplicantType.LEGAL_SERVICE, "2024-12-23", "DISCLOSED", "2025-01-08");
        long a7 = application(ApplicantType.NATURAL_PERSON, "2024-12-30", null, null);
        application(ApplicantType.NON_PROFIT, "2024-09-02", "DISCLOSED", "2024-09-12");
        // a reconsideration decided within the year, a suit still undecided at its end
        Clock.today("2025-03-03");
        as("legal").body(Map.of("kind", "RECONSIDERATION", "body", "临沂市人民政府", "filedOn", "2024-06-10", "result", "CORRECTED", "decidedOn", "2024-08-01"))
                .post("/api/v1/applications/" + a4 + "/reviews").then().statusCode(201);
        as("legal").body(Map.of("kind", "LITIGATION_DIRECT", "body", "临沂市兰山区人民法院", "filedOn", "2024-07-01", "result", "MAINTAINED", "decidedOn", "2025-02-01"))
                .post("/api/v1/applications/" + a5 + "/reviews").then().statusCode(201);
        // normative documents: one issued in 2024 and in force at its end, one issued in 2024 and repealed in it
        String mark = UUID.randomUUID().toString().substring(0, 6);
        Clock.today("2024-04-01");
        long kept = as("staff").body(Items.body("GFXWJ", "临沂市中小学课后服务管理办法" + mark, "临教发〔2024〕3号", "2024-04-01", "PUBLIC",
                "\"normative\":true,\"validity\":\"VALID\",\"validFrom\":\"2024-04-01\"")).post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
        Items.publishWithInterpretation(kept, "临沂市中小学课后服务管理办法" + mark);
        long gone = as("staff").body(Items.body("GFXWJ", "临沂市校外培训临时管理规定" + mark, "临教发〔2024〕4号", "2024-04-01", "PUBLIC",
                "\"normative\":true,\"validity\":\"VALID\",\"validFrom\":\"2024-04-01\"")).post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
        Items.publishWithInterpretation(gone, "临沂市校外培训临时管理规定" + mark);
        Clock.today("2024-10-08");
        as("legal").body(Map.of("validity", "REPEALED", "note", "已被新规定取代")).post("/api/v1/normative-documents/" + gone + "/validity").then().statusCode(200);

        Clock.today("2026-11-30");
        JsonPath f = as("office").get("/api/v1/annual-reports/2024/figures").then().statusCode(200).body("problems.size()", equalTo(0)).extract().jsonPath();
        // table III, counted by hand
        assertEquals(3, cell(f, "NEW", "NATURAL_PERSON"));
        assertEquals(1, cell(f, "NEW", "RESEARCH"));
        assertEquals(1, cell(f, "NEW", "LEGAL_SERVICE"));
        assertEquals(1, cell(f, "NEW", "NON_PROFIT"));
        assertEquals(0, cell(f, "NEW", "COMMERCIAL"));
        assertEquals(6, cell(f, "NEW", "TOTAL"));
        assertEquals(1, cell(f, "CARRIED_IN", "NATURAL_PERSON"));
        assertEquals(1, cell(f, "CARRIED_IN", "TOTAL"));
        assertEquals(1, cell(f, "DISCLOSED", "NATURAL_PERSON"));
        assertEquals(1, cell(f, "DISCLOSED", "NON_PROFIT"));
        assertEquals(2, cell(f, "DISCLOSED", "TOTAL"));
        assertEquals(1, cell(f, "PARTIALLY_DISCLOSED", "TOTAL"));
        assertEquals(1, cell(f, "NOT_DISCLOSED_THIRD_PARTY", "RESEARCH"));
        assertEquals(1, cell(f, "NOT_PROCESSED_REPEATED", "NATURAL_PERSON"));
        assertEquals(0, cell(f, "UNABLE_NOT_HELD", "TOTAL"));
        assertEquals(3, cell(f, "OUTCOME_TOTAL", "NATURAL_PERSON"));
        assertEquals(5, cell(f, "OUTCOME_TOTAL", "TOTAL"));
        assertEquals(1, cell(f, "CARRIED_OUT", "LEGAL_SERVICE"));
        assertEquals(1, cell(f, "CARRIED_OUT", "NATURAL_PERSON"));
        assertEquals(2, cell(f, "CARRIED_OUT", "TOTAL"));
        assertEquals("三、本年度办理结果 二 部分公开", f.getString("three.rows.find { it.key == 'PARTIALLY_DISCLOSED' }.label"));
        // the neighbouring years
        JsonPath y2023 = as("office").get("/api/v1/annual-reports/2023/figures").then().statusCode(200).body("problems.size()", equalTo(0)).extract().jsonPath();
        assertEquals(2, cell(y2023, "NEW", "TOTAL"));
        assertEquals(1, cell(y2023, "UNABLE_NOT_HELD", "COMMERCIAL"));
        assertEquals(1, cell(y2023, "CARRIED_OUT", "NATURAL_PERSON"));
        JsonPath y2025 = as("office").get("/api/v1/annual-reports/2025/figures").then().statusCode(200).body("problems.size()", equalTo(0)).extract().jsonPath();
        assertEquals(2, cell(y2025, "CARRIED_IN", "TOTAL"));
        assertEquals(1, cell(y2025, "DISCLOSED", "LEGAL_SERVICE"));
        assertEquals(1, cell(y2025, "CARRIED_OUT", "NATURAL_PERSON"));

        // table IV as at the end of 2024: the suit decided in 2025 is still 尚未审结
        assertEquals(1, f.getLong("four.rows.find { it.key == 'RECONSIDERATION' }.cells.CORRECTED"));
        assertEquals(1, f.getLong("four.rows.find { it.key == 'RECONSIDERATION' }.cells.TOTAL"));
        assertEquals(1, f.getLong("four.rows.find { it.key == 'LITIGATION_DIRECT' }.cells.PENDING"));
        assertEquals(0, f.getLong("four.rows.find { it.key == 'LITIGATION_DIRECT' }.cells.MAINTAINED"));
        assertEquals(0, f.getLong("four.rows.find { it.key == 'LITIGATION_AFTER' }.cells.TOTAL"));

        // table II moved by the two documents: both issued, one repealed, one in force at the year's end
        assertEquals(before.getLong("two.normativeIssued") + 2, f.getLong("two.normativeIssued"));
        assertEquals(before.getLong("two.normativeRepealed") + 1, f.getLong("two.normativeRepealed"));
        assertEquals(before.getLong("two.normativeInForce") + 1, f.getLong("two.normativeInForce"));
        assertEquals(0, f.getLong("two.rulesIssued"));

        // every figure opens on the records it counts
        as("office").get("/api/v1/annual-reports/2024/figures/III.CARRIED_IN.NATURAL_PERSON/records").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) a1)).body("items[0].link", equalTo("/console/applications/" + a1));
        as("office").get("/api/v1/annual-reports/2024/figures/III.CARRIED_OUT.TOTAL/records").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of((int) a6, (int) a7)));
        as("office").get("/api/v1/annual-reports/2024/figures/IV.LITIGATION_DIRECT.PENDING/records").then().statusCode(200)
                .body("items[0].id", equalTo((int) a5));
        as("office").get("/api/v1/annual-reports/2024/figures/II.normativeRepealed/records").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) gone)).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) kept)));
        // nothing personal in a drill-down: the tracking number and the applicant type, never the name
        as("office").get("/api/v1/annual-reports/2024/figures/III.NEW.TOTAL/records").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("王小明")));
        // a cell the tables do not have, a year outside the law's
        as("office").get("/api/v1/annual-reports/2024/figures/III.NOPE.TOTAL/records").then().statusCode(400).body("errors[0].field", equalTo("cell"));
        as("office").get("/api/v1/annual-reports/2024/figures/III.NEW.1 or 1=1/records").then().statusCode(400);
        as("office").get("/api/v1/annual-reports/2007/figures").then().statusCode(400).body("errors[0].field", equalTo("year"));
        as("office").get("/api/v1/annual-reports/2027/figures").then().statusCode(400);
        as("citizen").get("/api/v1/annual-reports/2024/figures").then().statusCode(403);
    }

    @Test
    void theOfficeWritesDraftsAndPublishesTheReportAndItIsRefusedWhenTheRecordsChanged() {
        Clock.today("2026-11-30");
        String path = "/api/v1/annual-reports/2022";
        as("office").body(Map.of()).post("/api/v1/annual-reports/2026/list-item").then().statusCode(409).body("detail", containsString("not over"));
        as("office").body(Map.of()).post(path + "/list-item").then().statusCode(409).body("detail", containsString("text first"));
        as("staff").body(Map.of("overview", "x", "problems", "y")).put(path + "/text").then().statusCode(403);
        as("office").body(Map.of("proactive", "x")).put(path + "/text").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("overview", "problems"));
        Map<String, Object> text = Map.of("overview", "2022年，本局深入贯彻《中华人民共和国政府信息公开条例》，主动公开、依申请公开工作平稳有序。",
                "proactive", "全年主动公开政府信息，重点公开招生入学、学生资助等信息。",
                "problems", "存在的主要问题：部分栏目更新不够及时。改进措施：建立栏目更新提醒机制。");
        as("office").body(text).put(path + "/text").then().statusCode(200).body("sections.overview", containsString("深入贯彻"));
        long item = as("office").body(Map.of()).post(path + "/list-item").then().statusCode(200)
                .body("type", equalTo("ANNUAL_REPORT")).body("columnCode", equalTo("NDBG")).body("state", equalTo("DRAFT"))
                .body("title", containsString("2022年政府信息公开工作年度报告")).extract().jsonPath().getLong("id");
        as("office").get("/api/v1/items/" + item).then().statusCode(200)
                .body("item.body", containsString("三、收到和处理政府信息公开申请情况")).body("item.body", containsString("<table>"))
                .body("item.body", containsString("本列数据的勾稽关系为"));
        // the records change after drafting (an application received and answered at the end of 2022): the review refuses the report
        application(ApplicantType.NATURAL_PERSON, "2022-12-28", "DISCLOSED", "2022-12-30");
        Clock.today("2026-11-30");
        as("office").body(Map.of("opinion", "经审查不涉密，同意公开")).post("/api/v1/items/" + item + "/submission").then().statusCode(409)
                .body("detail", containsString("figures changed"));
        as("office").body(Map.of()).post(path + "/list-item").then().statusCode(200);
        as("office").get("/api/v1/annual-reports/2022/figures").then().statusCode(200).body("three.rows.find { it.key == 'NEW' }.cells.TOTAL", equalTo(1))
                .body("three.rows.find { it.key == 'DISCLOSED' }.cells.NATURAL_PERSON", equalTo(1));
        // not filed before it is published
        as("office").body(Map.of("reference", "报市政府办公室备案")).post(path + "/filing").then().statusCode(409);
        Items.publishByOffice(item);
        as("anonymous").get("/api/v1/portal/items/" + item).then().statusCode(200).body("title", containsString("2022年政府信息公开工作年度报告"));
        as("office").body(Map.of("reference", " ")).post(path + "/filing").then().statusCode(400).body("errors[0].field", equalTo("reference"));
        as("office").body(Map.of("reference", "报市政府办公室备案（临政办字〔2023〕5号）", "filedOn", "2026-11-27")).post(path + "/filing").then().statusCode(200)
                .body("filedOn", equalTo("2026-11-27")).body("publishedVersion", equalTo(1));
        // for everyone: the years, the figures as JSON, the report as PDF and DOCX with its Chinese text
        as("anonymous").get("/api/v1/portal/annual-reports").then().statusCode(200).body("find { it.year == 2022 }.itemId", equalTo((int) item));
        as("anonymous").get("/api/v1/portal/annual-reports/2022").then().statusCode(200)
                .body("figures.three.rows.find { it.key == 'NEW' }.cells.TOTAL", equalTo(1)).body("title", containsString("2022年"));
        as("anonymous").get("/api/v1/portal/annual-reports/2019").then().statusCode(404);
        as("anonymous").get("/api/v1/portal/annual-reports/x").then().statusCode(400);
        byte[] pdf = as("anonymous").get("/api/v1/portal/annual-reports/2022/report.pdf").then().statusCode(200).contentType(containsString("pdf"))
                .extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String inPdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(inPdf.contains("三、收到和处理政府信息公开申请情况") && inPdf.contains("深入贯彻") && inPdf.contains("本年新收政府信息公开申请数量"), inPdf);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        byte[] docx = as("anonymous").get("/api/v1/portal/annual-reports/2022/report.docx").then().statusCode(200).extract().asByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String inDocx = ex.getText();
            assertTrue(inDocx.contains("五、存在的主要问题及改进情况") && inDocx.contains("栏目更新提醒机制") && inDocx.contains("结果维持"), inDocx);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        // drafted again once published: a corrected report, with its reason
        as("office").body(Map.of()).post(path + "/list-item").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("office").body(Map.of("reason", "更正第一部分文字")).post(path + "/list-item").then().statusCode(200).body("id", equalTo((int) item));
        as("admin").queryParam("subjectType", "annual-report").queryParam("subjectId", "2022").get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("annual-report.written", "annual-report.drafted", "annual-report.published",
                        "annual-report.filed", "annual-report.corrected"));
    }

    @Test
    void theOfficeEntersTheFiguresThePlatformHasNoRecordsOf() {
        Clock.today("2026-11-20");
        as("office").get("/api/v1/annual-reports/2020/figures").then().statusCode(200).body("two.enforcement", equalTo(0));
        as("office").body(Map.of("enforcementDecisions", -1, "administrativeFees", 1.123456)).put("/api/v1/annual-reports/2020/manual-figures").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("enforcementDecisions", "administrativeFees"));
        as("staff").body(Map.of("enforcementDecisions", 3)).put("/api/v1/annual-reports/2020/manual-figures").then().statusCode(403);
        as("office").body(Map.of("enforcementDecisions", 3, "administrativeFees", 1.5)).put("/api/v1/annual-reports/2020/manual-figures").then().statusCode(200)
                .body("two.enforcement", equalTo(3)).body("two.feesTenThousandYuan", equalTo(1.5f));
        // the text written afterwards keeps them: one row per year
        as("office").get("/api/v1/annual-reports/2020/figures").then().statusCode(200).body("two.enforcement", equalTo(3));
        as("admin").queryParam("subjectType", "annual-report").queryParam("subjectId", "2020").get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("annual-report.figures.entered"));
    }
}
