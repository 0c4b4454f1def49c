package org.gongkai.assessment;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.testsupport.Clock;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, R44: the office sets a year's scheme (never below 4 of 100 points, the indicators adding up to it, a 409
 * on a concurrent change); every department's score comes from the ledger, each point explained with the records
 * that cost it; a dismissed violation costs nothing; manual items with a reason; the score sheet as XLSX and PDF with
 * its Chinese text; year on year. Years 2018 and 2019 hold no other test's clocks.
 */
@QuarkusTest
class AssessmentTest {
    static long open(String rule, String department, String start) {
        return as("office").body(Map.of("subjectType", "assessment-test", "subjectId", UUID.randomUUID().toString(), "ruleId", rule, "title", "考核测试 " + rule,
                        "departmentCode", department, "responsiblePerson", "赵测试", "start", start, "days", 5, "unit", "WORKING"))
                .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void complete(long id, String on) {
        Clock.today(on);
        as("office").body(Map.of()).post("/api/v1/obligations/" + id + "/completion").then().statusCode(200);
    }

    static Map<String, Object> indicator(String code, String name, double points, String formula, List<String> rules, String kind, Double deduction) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("code", code, "name", name, "points", points, "formula", formula, "rules", rules));
        if (kind != null) m.put("violationKind", kind);
        if (deduction != null) m.put("deduction", deduction);
        return m;
    }

    static final List<Map<String, Object>> INDICATORS = List.of(
            indicator("PUB", "主动公开按时率", 2.0, "ON_TIME_RATE", List.of("R8"), null, null),
            indicator("VIOL", "未及时公开扣分", 1.0, "VIOLATIONS", List.of(), "PUBLICATION", 0.5),
            indicator("SUMMARY", "年度工作总结报送", 1.0, "MANUAL", List.of(), null, null));

    @Test
    void theSchemeIsCheckedAndTheScoresComeFromTheRecordsExplained() throws IOException {
        // the default proposal until the office sets the year
        as("office").get("/api/v1/assessment/2018/scheme").then().statusCode(200).body("stored", equalTo(false)).body("totalPoints", equalTo(5.0f))
                .body("indicators.code", hasItem("ANNUAL_REPORT"));
        // the floor of 4 points (R44); the points adding up; only the office
        as("office").body(Map.of("totalPoints", 3.5, "indicators", INDICATORS, "version", 0)).put("/api/v1/assessment/2018/scheme").then().statusCode(400)
                .body("errors.field", hasItem("totalPoints")).body("errors.find { it.field == 'totalPoints' }.message", containsString("at least 4"));
        as("office").body(Map.of("totalPoints", 5, "indicators", INDICATORS, "version", 0)).put("/api/v1/assessment/2018/scheme").then().statusCode(400)
                .body("errors[0].field", equalTo("indicators")).body("errors[0].message", containsString("add up to 4.0"));
        as("office").body(Map.of("totalPoints", 4, "indicators", List.of(indicator("PUB", "x", 4.0, "ON_TIME_RATE", List.of(), null, null)), "version", 0))
                .put("/api/v1/assessment/2018/scheme").then().statusCode(400).body("errors[0].field", equalTo("indicators[0].rules"));
        as("leader").body(Map.of("totalPoints", 4, "indicators", INDICATORS, "version", 0)).put("/api/v1/assessment/2018/scheme").then().statusCode(403);
        as("office").body(Map.of("totalPoints", 4, "indicators", INDICATORS, "version", 0)).put("/api/v1/assessment/2018/scheme").then().log().ifValidationFails()
                .statusCode(200).body("stored", equalTo(true)).body("version", equalTo(1)).body("indicators.code", equalTo(List.of("PUB", "VIOL", "SUMMARY")))
                .body("indicators[0].windowFrom", equalTo("2018-01-01")).body("indicators[0].windowTo", equalTo("2018-12-31"));
        as("office").body(Map.of("totalPoints", 4, "indicators", INDICATORS, "version", 0)).put("/api/v1/assessment/2018/scheme").then().statusCode(409);

        // the records of 2018 for 教育技术装备中心: four R8 clocks, two kept, one met late, one still open past its due
        Clock.today("2018-03-01");
        long kept1 = open("R8", "ZBZX", "2018-03-01"), kept2 = open("R8", "ZBZX", "2018-03-01"), late = open("R8", "ZBZX", "2018-03-01"),
                overdue = open("R8", "ZBZX", "2018-03-01");
        complete(kept1, "2018-03-05");
        complete(kept2, "2018-03-08");
        complete(late, "2018-03-12");
        Clock.today("2019-06-01");
        JsonPath s = as("office").get("/api/v1/assessment/2018/scores").then().statusCode(200).extract().jsonPath();
        String zbzx = "departments.find { it.departmentCode == 'ZBZX' }";
        assertEquals(4.0f, s.getFloat("outOf"));
        assertEquals(1.0f, s.getFloat(zbzx + ".lines.find { it.code == 'PUB' }.score"), s.prettify());
        assertTrue(s.getString(zbzx + ".lines.find { it.code == 'PUB' }.explanation").contains("到期 4 项，按时办结 2 项"), s.prettify());
        assertEquals(List.of(late, overdue), s.getList(zbzx + ".lines.find { it.code == 'PUB' }.costs.id", Long.class));
        assertEquals(0.0f, s.getFloat(zbzx + ".lines.find { it.code == 'VIOL' }.score"));
        assertTrue(s.getString(zbzx + ".lines.find { it.code == 'VIOL' }.explanation").contains("2 项"), s.prettify());
        assertEquals(false, s.getBoolean(zbzx + ".complete"));
        // a department with nothing due: full points, the manual item not entered yet
        assertEquals(3.0f, s.getFloat("departments.find { it.departmentCode == 'JKY' }.score"), s.prettify());
        assertTrue(s.getList("departments.departmentCode").stream().noneMatch("LDBZ"::equals), "the leadership is not assessed");

        // a violation the office dismisses costs nothing
        as("office").body(Map.of("decision", "DISMISSED", "reason", "系统停机维护，已书面说明")).post("/api/v1/violations/" + overdue + "/decision").then().statusCode(200);
        // manual items: within the points, with a reason, only of a manual indicator and an assessed department
        as("office").body(Map.of("points", 2, "reason", "x")).put("/api/v1/assessment/2018/manual/SUMMARY/ZBZX").then().statusCode(400).body("errors[0].field", equalTo("points"));
        as("office").body(Map.of("points", 0.8)).put("/api/v1/assessment/2018/manual/SUMMARY/ZBZX").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("office").body(Map.of("points", 0.5, "reason", "x")).put("/api/v1/assessment/2018/manual/PUB/ZBZX").then().statusCode(400).body("errors[0].field", equalTo("indicatorCode"));
        as("office").body(Map.of("points", 0.5, "reason", "x")).put("/api/v1/assessment/2018/manual/NOPE/ZBZX").then().statusCode(404);
        as("office").body(Map.of("points", 0.5, "reason", "x")).put("/api/v1/assessment/2018/manual/SUMMARY/LDBZ").then().statusCode(400).body("errors[0].field", equalTo("departmentCode"));
        as("office").body(Map.of("points", 0.5, "reason", "x")).put("/api/v1/assessment/2019/manual/SUMMARY/ZBZX").then().statusCode(409);
        as("leader").body(Map.of("points", 0.8, "reason", "x")).put("/api/v1/assessment/2018/manual/SUMMARY/ZBZX").then().statusCode(403);
        as("office").body(Map.of("points", 0.8, "reason", "年度工作总结逾期3天报送")).put("/api/v1/assessment/2018/manual/SUMMARY/ZBZX").then().statusCode(200)
                .body("points", equalTo(0.8f));

        s = as("leader").get("/api/v1/assessment/2018/scores").then().statusCode(200).extract().jsonPath();
        assertEquals(1.5f, s.getFloat(zbzx + ".lines.find { it.code == 'PUB' }.score"), s.prettify());
        assertEquals(List.of(late), s.getList(zbzx + ".lines.find { it.code == 'PUB' }.costs.id", Long.class));
        assertEquals(0.5f, s.getFloat(zbzx + ".lines.find { it.code == 'VIOL' }.score"));
        assertEquals("人工评分 0.8 分：年度工作总结逾期3天报送", s.getString(zbzx + ".lines.find { it.code == 'SUMMARY' }.explanation"));
        assertEquals(2.8f, s.getFloat(zbzx + ".score"));
        assertEquals(70.0f, s.getFloat(zbzx + ".percent"));
        assertEquals(true, s.getBoolean(zbzx + ".complete"));

        // the score sheet for the personnel section
        byte[] xlsx = as("office").get("/api/v1/assessment/2018/scores.xlsx").then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("单位", f.formatCellValue(sheet.getRow(0).getCell(0)));
            boolean found = false;
            for (var row : sheet)
                if (f.formatCellValue(row.getCell(0)).equals("教育技术装备中心") && f.formatCellValue(row.getCell(1)).equals("TOTAL")) {
                    assertEquals("2.8", f.formatCellValue(row.getCell(4)));
                    found = true;
                }
            assertTrue(found, "the total row of 教育技术装备中心");
        }
        byte[] pdf = as("office").get("/api/v1/assessment/2018/scores.pdf").then().statusCode(200).contentType(containsString("pdf")).extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", ""); // wrapped lines joined
            assertTrue(text.contains("2018年度政务公开工作绩效考核评分表") && text.contains("教育技术装备中心") && text.contains("年度工作总结逾期3天报送"), text);
        }

        // year on year: 2019 has no scheme (the proposal) and nothing due for 教育技术装备中心; the office's annual report of 2018 was not published
        JsonPath c = as("office").get("/api/v1/assessment/2019/comparison").then().statusCode(200).extract().jsonPath();
        assertEquals(70.0f, c.getFloat("find { it.departmentCode == 'ZBZX' }.lastYearPercent"), c.prettify());
        assertEquals(100.0f, c.getFloat("find { it.departmentCode == 'ZBZX' }.thisYearPercent"));
        assertEquals(30.0f, c.getFloat("find { it.departmentCode == 'ZBZX' }.change"));
        as("office").get("/api/v1/assessment/2019/scores").then().statusCode(200)
                .body("departments.find { it.departmentCode == 'BGS' }.lines.find { it.code == 'ANNUAL_REPORT' }.score", equalTo(0.0f))
                .body("departments.find { it.departmentCode == 'BGS' }.lines.find { it.code == 'ANNUAL_REPORT' }.costs[0].type", equalTo("ANNUAL_REPORT"));

        // audited; read by the office, the leaders and the administrators, not by a section's staff or the public
        as("admin").queryParam("subjectType", "assessment").queryParam("subjectId", "2018").get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItem("assessment.scheme.saved"));
        as("staff").get("/api/v1/assessment/2018/scores").then().statusCode(403);
        as("depthead").get("/api/v1/assessment/2018/scores").then().statusCode(403);
        as("citizen").get("/api/v1/assessment/2018/scores").then().statusCode(403);
        as("anonymous").get("/api/v1/assessment/2018/scores").then().statusCode(401);
        as("admin").get("/api/v1/assessment/2018/scores").then().statusCode(200);
        as("office").get("/api/v1/assessment/x/scores").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
