package org.gongkai.violation;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, R45: each violation kind is detected from a clock that was not kept (overdue, met late, a minimum period cut
 * short) and not from one that was kept, nor from a clock of no kind; per department and person; the office confirms or
 * dismisses with a reason, audited.
 */
@QuarkusTest
class ViolationTest {
    static final String PERSON = "测试责任人" + UUID.randomUUID().toString().substring(0, 6);

    static long open(String rule, String subject, String department, String start, int days) {
        return as("office").body(Map.of("subjectType", "violation-test", "subjectId", subject, "ruleId", rule, "title", "测试时限 " + rule + " " + subject,
                        "departmentCode", department, "responsiblePerson", PERSON, "start", start, "days", days, "unit", "WORKING"))
                .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void everyKindIsDetectedFromAClockNotKeptAndDecidedByTheOffice() {
        Clock.today("2021-03-01");
        String m = UUID.randomUUID().toString().substring(0, 6);
        long late = open("R8", "late-" + m, "JCJY", "2021-03-01", 5);         // due 2021-03-08, met on 03-12: (1)
        long overdue = open("R22", "over-" + m, "JCJY", "2021-03-01", 5);     // due 2021-03-08, still open: (4)
        long kept = open("R8", "kept-" + m, "JCJY", "2021-03-01", 5);         // met on 03-05: none
        long noKind = open("R2-DB", "nokind-" + m, "JCJY", "2021-03-01", 5);  // overdue, but of no kind: none
        long sharing = open("R40-RPT", "share-" + m, "BGS", "2021-03-01", 5); // overdue: (2), another department
        Clock.today("2021-03-05");
        as("office").body(Map.of()).post("/api/v1/obligations/" + kept + "/completion").then().log().ifValidationFails().statusCode(200);
        Clock.today("2021-03-12");
        as("office").body(Map.of()).post("/api/v1/obligations/" + late + "/completion").then().statusCode(200);
        Clock.today("2021-06-01");

        JsonPath all = as("office").queryParam("person", PERSON).queryParam("size", 100).get("/api/v1/violations").then().statusCode(200).extract().jsonPath();
        assertEquals(3, all.getInt("total"), all.prettify());
        assertEquals("PUBLICATION", all.getString("items.find { it.obligationId == " + late + " }.kind"));
        assertEquals("MET_LATE", all.getString("items.find { it.obligationId == " + late + " }.status"));
        assertEquals("2021-03-12", all.getString("items.find { it.obligationId == " + late + " }.completedOn"));
        assertEquals("RESPONSE", all.getString("items.find { it.obligationId == " + overdue + " }.kind"));
        assertEquals("OVERDUE", all.getString("items.find { it.obligationId == " + overdue + " }.status"));
        assertEquals("SHARING", all.getString("items.find { it.obligationId == " + sharing + " }.kind"));
        assertEquals(List.of(), all.getList("items.findAll { it.obligationId == " + kept + " || it.obligationId == " + noKind + " }"));
        // per department, kind and year
        as("office").queryParam("person", PERSON).queryParam("department", "BGS").get("/api/v1/violations").then().statusCode(200).body("total", equalTo(1));
        as("office").queryParam("person", PERSON).queryParam("kind", "RESPONSE").get("/api/v1/violations").then().statusCode(200)
                .body("items.obligationId", equalTo(List.of((int) overdue)));
        as("office").queryParam("person", PERSON).queryParam("year", 2020).get("/api/v1/violations").then().statusCode(200).body("total", equalTo(0));
        as("office").queryParam("kind", "NOPE").get("/api/v1/violations").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as("office").get("/api/v1/violations/" + kept).then().statusCode(404);

        // the office decides: a reason always; a dismissal has no follow-up; only the office
        as("leader").body(Map.of("decision", "CONFIRMED", "reason", "x")).post("/api/v1/violations/" + late + "/decision").then().statusCode(403);
        as("office").body(Map.of("decision", "CONFIRMED")).post("/api/v1/violations/" + late + "/decision").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("office").body(Map.of("decision", "DISMISSED", "reason", "x", "followUp", "通报")).post("/api/v1/violations/" + overdue + "/decision").then().statusCode(400);
        as("office").body(Map.of("decision", "CONFIRMED", "reason", "经核实，科室未在时限内公开", "followUp", "全局通报批评；科室负责人书面检查", "escalated", true))
                .post("/api/v1/violations/" + late + "/decision").then().statusCode(200)
                .body("decision", equalTo("CONFIRMED")).body("escalated", equalTo(true)).body("decidedBy", equalTo("office"));
        as("office").body(Map.of("decision", "DISMISSED", "reason", "系统故障导致，已另行说明")).post("/api/v1/violations/" + overdue + "/decision").then().statusCode(200)
                .body("decision", equalTo("DISMISSED"));
        as("office").queryParam("person", PERSON).queryParam("decision", "PENDING").get("/api/v1/violations").then().statusCode(200)
                .body("items.obligationId", equalTo(List.of((int) sharing)));
        as("leader").queryParam("year", 2021).get("/api/v1/violations/summary").then().statusCode(200)
                .body("find { it.departmentCode == 'JCJY' && it.kind == 'PUBLICATION' }.confirmed", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("kind", not(hasItem("NOPE")));
        as("admin").queryParam("subjectType", "violation").queryParam("subjectId", String.valueOf(late)).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItems("violation.confirmed"));
        as("staff").get("/api/v1/violations").then().statusCode(403);
        as("office").get("/api/v1/violations/" + late).then().statusCode(200).body("reason", containsString("未在时限内"));
    }

    @Test
    void theRefusalsAndTheSelfExaminationAreEvidence() {
        Clock.today("2021-04-01");
        String m = UUID.randomUUID().toString().substring(0, 6);
        // R24: a normative document submitted without its interpretation is refused; the refusal is listed with who tried
        String title = "违规测试规范性文件" + m;
        long doc = org.gongkai.testsupport.Items.draft(org.gongkai.testsupport.Items.body("GFXWJ", title, "临教发〔2021〕" + (100 + (m.hashCode() & 0x3ff)) + "号",
                "2021-04-01", "PUBLIC", "\"normative\":true,\"validity\":\"VALID\""));
        org.gongkai.testsupport.Items.move("staff", doc, "submission", Map.of("opinion", "经审查不涉密"), 409);
        JsonPath r = as("office").queryParam("year", 2021).queryParam("person", "staff").queryParam("kind", "INTERPRETATION").queryParam("size", 100)
                .get("/api/v1/violations/refusals").then().statusCode(200).extract().jsonPath();
        String mine = "items.find { it.itemId == " + doc + " }";
        assertEquals("R24", r.getString(mine + ".gate"), r.prettify());
        assertEquals("INTERPRETATION", r.getString(mine + ".kind"));
        assertEquals(title, r.getString(mine + ".itemTitle"));
        assertEquals("JCJY", r.getString(mine + ".departmentCode"));
        as("office").queryParam("year", 2021).queryParam("kind", "CONSULTATION").queryParam("size", 100).get("/api/v1/violations/refusals").then().statusCode(200)
                .body("items.itemId", not(hasItem((int) doc)));
        as("office").queryParam("year", 2020).queryParam("person", "staff").get("/api/v1/violations/refusals").then().statusCode(200)
                .body("items.itemId", not(hasItem((int) doc)));
        as("staff").get("/api/v1/violations/refusals").then().statusCode(403);

        // the written self-examination follows a confirmation, by the office or the responsible department's head
        long late = as("office").body(Map.of("subjectType", "violation-test", "subjectId", "selfexam-" + m, "ruleId", "R9", "title", "测试时限 R9 " + m,
                        "departmentCode", "JCJY", "responsiblePerson", "书面检查测试人", "start", "2021-04-01", "days", 3, "unit", "WORKING"))
                .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
        Clock.today("2021-05-06");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        org.gongkai.testsupport.Users.upload("depthead").multiPart("file", "书面检查.pdf", pdf, "application/pdf")
                .post("/api/v1/violations/" + late + "/self-examination").then().statusCode(409);
        as("office").body(Map.of("decision", "CONFIRMED", "reason", "逾期未更新", "followUp", "全局通报批评；科室负责人书面检查"))
                .post("/api/v1/violations/" + late + "/decision").then().statusCode(200);
        long file = org.gongkai.testsupport.Users.upload("depthead").multiPart("file", "书面检查.pdf", pdf, "application/pdf")
                .post("/api/v1/violations/" + late + "/self-examination").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        as("office").get("/api/v1/violations/" + late + "/self-examination").then().statusCode(200).body("fileName", equalTo(List.of("书面检查.pdf")));
        byte[] back = as("leader").get("/api/v1/violations/" + late + "/self-examination/" + file).then().statusCode(200).extract().asByteArray();
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII), new String(back, java.nio.charset.StandardCharsets.US_ASCII));
        as("staff").get("/api/v1/violations/" + late + "/self-examination").then().statusCode(403);
        as("admin").queryParam("subjectType", "violation").queryParam("subjectId", String.valueOf(late)).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItems("violation.confirmed", "attachment.added"));
    }

    @Test
    void eachOfTheSevenKindsFromAFixtureThatCommitsItAndNotFromOneThatDoesNot() {
        Clock.today("2021-09-01");
        String person = "七类测试" + UUID.randomUUID().toString().substring(0, 6);
        java.util.Map<ViolationKind, Long> committed = new java.util.EnumMap<>(ViolationKind.class);
        java.util.List<Long> keptIds = new java.util.ArrayList<>();
        for (ViolationKind k : ViolationKind.values()) {
            String rule = k.rules.get(0);
            for (boolean commit : new boolean[] {true, false}) {
                long id = as("office").body(Map.of("subjectType", "violation-test", "subjectId", k + "-" + commit + "-" + person, "ruleId", rule,
                                "title", "七类测试 " + rule, "departmentCode", "ZYJY", "responsiblePerson", person, "start", "2021-09-01", "days", 5, "unit", "WORKING"))
                        .post("/api/v1/obligations").then().statusCode(201).extract().jsonPath().getLong("id");
                if (commit) committed.put(k, id);
                else {
                    as("office").body(Map.of()).post("/api/v1/obligations/" + id + "/completion").then().statusCode(200);
                    keptIds.add(id);
                }
            }
        }
        Clock.today("2021-10-20");
        JsonPath all = as("office").queryParam("person", person).queryParam("size", 100).get("/api/v1/violations").then().statusCode(200).extract().jsonPath();
        assertEquals(7, all.getInt("total"), all.prettify());
        for (var e : committed.entrySet()) {
            assertEquals(e.getKey().name(), all.getString("items.find { it.obligationId == " + e.getValue() + " }.kind"), e.getKey() + " " + all.prettify());
            as("office").queryParam("person", person).queryParam("kind", e.getKey().name()).get("/api/v1/violations").then().statusCode(200)
                    .body("items.obligationId", equalTo(List.of(e.getValue().intValue())));
        }
        for (long kept : keptIds) as("office").get("/api/v1/violations/" + kept).then().statusCode(404);
    }
}
