package org.gongkai.dataresource;

import static org.gongkai.testsupport.DataCatalogues.field;
import static org.gongkai.testsupport.Users.as;
import static org.gongkai.testsupport.Users.asSystem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.dataresource.DataResource.ShareType;
import org.gongkai.dataresource.service.DataCatalogueService.Field;
import org.gongkai.dataresource.service.DataCatalogueService.PublicResource;
import org.gongkai.dataresource.service.DataCatalogueService.Sensitivity;
import org.gongkai.dataresource.sharing.DataRequestService;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.DataCatalogues;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, R42 and R43: requests for data both ways through the city platform. Outbound: the department head, then
 * the leader, then the info section submits and records the answer. Inbound: the automatic checks refuse with reasons
 * at once; otherwise the decision is due in 10 working days (across the National Day holiday here); only the info
 * section decides; a grant follows; a refused requester may ask again.
 */
@QuarkusTest
class DataRequestTest {
    static final String MARK = String.format("%04d", (System.nanoTime() / 17) % 10_000);

    static PublicResource resource(ShareType share) {
        return new PublicResource("06.01-0001", "06.01", "教师基本信息", "JCJY", "s", DataResource.Format.DATABASE, share, share == ShareType.UNCONDITIONAL ? null : "仅用于资格核验",
                DataResource.OpenType.NOT_OPEN, "x", DataResource.Cycle.REAL_TIME, "系统", List.of(),
                List.of(new Field("姓名", "STRING", null, Sensitivity.MASKED, "KEEP_ENDS:1,0"), new Field("身份证号", "STRING", null, Sensitivity.WITHHELD, null),
                        new Field("职称", "STRING", null, Sensitivity.SHARE_ONLY, null)), null);
    }

    static DataRequestService.InboundInput input(List<String> fields, String purpose, String security) {
        return new DataRequestService.InboundInput("R1", "人社局", "city-hr-system", "06.01-0001", fields, purpose, security, LocalDate.of(2027, 1, 1), null);
    }

    @Test
    void theAutomaticChecksGiveEveryReason() {
        LocalDate today = LocalDate.of(2026, 9, 28);
        assertEquals(List.of(), DataRequestService.autoCheck(input(List.of("姓名", "职称"), "职称评审核验", "专网"), resource(ShareType.CONDITIONAL), today));
        List<String> r = DataRequestService.autoCheck(input(List.of("姓名", "身份证号", "住址"), null, " "), resource(ShareType.CONDITIONAL), today);
        assertTrue(r.contains("信息项“身份证号”不予共享"), r.toString());
        assertTrue(r.contains("“住址”不是资源 06.01-0001 的信息项"), r.toString());
        assertTrue(r.contains("未说明数据的实际用途") && r.contains("未说明安全保障措施"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.contains("有条件共享")), r.toString());
        assertTrue(DataRequestService.autoCheck(input(List.of("姓名"), "p", "s"), resource(ShareType.NOT_SHARED), today).get(0).contains("不予共享"));
        assertTrue(DataRequestService.autoCheck(input(List.of("姓名"), "p", "s"), null, today).get(0).contains("不在本局信息数据资源目录的共享范围内"));
    }

    @Test
    void anOutboundRequestIsApprovedByTheHeadThenTheLeaderAndSubmittedByTheInfoSection() {
        Map<String, Object> ask = new HashMap<>(Map.of("providerBody", "临沂市公安局", "resourceName", "户籍人口基本信息" + MARK, "fields", List.of("姓名", "出生日期", "户籍地址"),
                "scope", "全市2020年出生的适龄儿童", "purpose", "义务教育新生入学资格核验", "security", "政务外网传输，仅招生系统使用，专人管理，用后删除",
                "periodFrom", "2027-05-01", "periodTo", "2027-09-30"));
        Map<String, Object> missing = new HashMap<>(ask);
        missing.remove("purpose");
        missing.put("security", " ");
        as("staff").body(missing).post("/api/v1/data-requests/outbound").then().statusCode(400).body("errors.field", hasItems("purpose", "security"));
        as("citizen").body(ask).post("/api/v1/data-requests/outbound").then().statusCode(403);
        long id = as("staff").body(ask).post("/api/v1/data-requests/outbound").then().statusCode(201)
                .body("state", equalTo("PENDING_HEAD")).body("departmentCode", equalTo("JCJY")).extract().jsonPath().getLong("id");
        String path = "/api/v1/data-requests/outbound/" + id;
        // in order: not the leader first; not another department's head; a return needs a reason
        as("leader").body(Map.of("approve", true)).post(path + "/leader-approval").then().statusCode(409);
        as("zcfghead").body(Map.of("approve", true)).post(path + "/head-approval").then().statusCode(404);
        as("staff").body(Map.of("approve", true)).post(path + "/head-approval").then().statusCode(403);
        as("depthead").body(Map.of("approve", false)).post(path + "/head-approval").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("depthead").body(Map.of("approve", true)).post(path + "/head-approval").then().statusCode(200).body("state", equalTo("PENDING_LEADER"))
                .body("headBy", equalTo("depthead"));
        as("infosection").post(path + "/submission").then().statusCode(409);
        as("depthead").body(Map.of("approve", true)).post(path + "/leader-approval").then().statusCode(403);
        as("leader").body(Map.of("approve", true)).post(path + "/leader-approval").then().statusCode(200).body("state", equalTo("APPROVED"));
        // the info section submits it through the city platform, which gives its reference
        as("staff").post(path + "/submission").then().statusCode(403);
        String ref = as("infosection").post(path + "/submission").then().statusCode(200).body("state", equalTo("SUBMITTED"))
                .body("platformRef", notNullValue()).extract().jsonPath().getString("platformRef");
        as("infosection").queryParam("reference", ref).get("/api/v1/data-sharing/platform-messages").then().statusCode(200)
                .body("items[0].kind", equalTo("data-request")).body("items[0].payload", containsString("义务教育新生入学资格核验"))
                .body("items[0].payload", containsString("depthead"));
        as("infosection").body(Map.of("granted", true)).post(path + "/answer").then().statusCode(400).body("errors[0].field", equalTo("answer"));
        as("infosection").body(Map.of("granted", true, "answer", "同意共享，接口另行通知")).post(path + "/answer").then().statusCode(200).body("state", equalTo("GRANTED"));
        as("infosection").body(Map.of("granted", true, "answer", "again")).post(path + "/answer").then().statusCode(409);
        // the department sees its own; another department does not
        as("staff").get(path).then().statusCode(200);
        as("legal").get(path).then().statusCode(404);
        as("legal").queryParam("size", 100).get("/api/v1/data-requests/outbound").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
        as("admin").queryParam("subjectType", DataRequestService.OUT).queryParam("subjectId", String.valueOf(id)).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItems("data-request-out.asked", "data-request-out.head-approved", "data-request-out.leader-approved",
                        "data-request-out.submitted", "data-request-out.answered"));

        // returned by the leader, with the reason
        long other = as("staff").body(ask).post("/api/v1/data-requests/outbound").then().statusCode(201).extract().jsonPath().getLong("id");
        as("depthead").body(Map.of("approve", true)).post("/api/v1/data-requests/outbound/" + other + "/head-approval").then().statusCode(200);
        as("leader").body(Map.of("approve", false, "reason", "与教育局已有数据重复")).post("/api/v1/data-requests/outbound/" + other + "/leader-approval").then()
                .statusCode(200).body("state", equalTo("RETURNED")).body("returnedReason", equalTo("与教育局已有数据重复"));
    }

    @Test
    void anInboundRequestIsCheckedDecidedWithinTenWorkingDaysAndMayBeAskedAgain() {
        Clock.today("2026-09-28");
        String code = "06.02-" + MARK;
        DataCatalogues.publishWith("新增教师信息共享资源" + MARK, DataCatalogues.resource(code, "教师基本信息" + MARK, "教师管理系统" + MARK, "CONDITIONAL", List.of(
                field("姓名", "MASKED", "KEEP_ENDS:1,0"), field("身份证号", "WITHHELD", null), field("职称", "SHARE_ONLY", null), field("任教学校", "PUBLIC", null))));
        Map<String, Object> req = new HashMap<>(Map.of("platformRef", "SQ-" + MARK + "-1", "requesterBody", "临沂市人力资源和社会保障局", "consumerClientId", "city-hr-system",
                "resourceCode", code, "fields", List.of("姓名", "身份证号"), "purpose", "教师职称评审资格核验", "periodTo", "2027-12-31"));
        // only the city platform's system or the info section registers what arrived
        as("staff").body(req).post("/api/v1/data-requests/inbound").then().statusCode(403);
        asSystem("city-hr-system").body(req).post("/api/v1/data-requests/inbound").then().statusCode(403);
        as("infosection").body(Map.of("platformRef", "x")).post("/api/v1/data-requests/inbound").then().statusCode(400)
                .body("errors.field", hasItems("requesterBody", "consumerClientId", "resourceCode", "fields", "periodTo"));
        // a withheld field and no security measures: refused at once, the reasons sent back through the platform
        asSystem("city-platform").body(req).post("/api/v1/data-requests/inbound").then().statusCode(201)
                .body("state", equalTo("REFUSED")).body("reasons", containsString("信息项“身份证号”不予共享")).body("reasons", containsString("未说明安全保障措施"))
                .body("decidedBy", equalTo("auto-check"));
        as("infosection").queryParam("reference", "SQ-" + MARK + "-1").get("/api/v1/data-sharing/platform-messages").then().statusCode(200)
                .body("items[0].kind", equalTo("data-request-answer")).body("items[0].payload", containsString("不予共享"));
        // the same reference twice: a conflict
        asSystem("city-platform").body(req).post("/api/v1/data-requests/inbound").then().statusCode(409);

        // asked again, as it should be: under review, the R43 clock across the National Day holiday (and Saturday 10 Oct, a working day)
        Map<String, Object> again = new HashMap<>(req);
        again.put("platformRef", "SQ-" + MARK + "-2");
        again.put("previousRef", "SQ-" + MARK + "-1");
        again.put("fields", List.of("姓名", "职称", "任教学校"));
        again.put("security", "政务外网传输，专人专用，用后删除");
        JsonPath in = asSystem("city-platform").body(again).post("/api/v1/data-requests/inbound").then().statusCode(201)
                .body("state", equalTo("UNDER_REVIEW")).body("departmentCode", equalTo("JCJY")).body("checkFailures", nullValue()).extract().jsonPath();
        long id = in.getLong("id");
        assertTrue(in.getLong("previousId") > 0);
        String path = "/api/v1/data-requests/inbound/" + id;
        as("infosection").get(path).then().statusCode(200).body("obligation.dueDate", equalTo("2026-10-16")).body("obligation.ruleId", equalTo("R43"))
                .body("obligation.departmentCode", equalTo("XXK"));
        // asking again what is not refused is a conflict
        Map<String, Object> third = new HashMap<>(again);
        third.put("platformRef", "SQ-" + MARK + "-3");
        third.put("previousRef", "SQ-" + MARK + "-2");
        as("infosection").body(third).post("/api/v1/data-requests/inbound").then().statusCode(409);

        // the providing department's opinion; another department neither sees nor gives one
        as("staff").get(path).then().statusCode(200);
        as("legal").get(path).then().statusCode(404);
        as("legal").body(Map.of("opinion", "同意")).post(path + "/opinion").then().statusCode(403);
        as("staff").body(Map.of("opinion", "同意共享，姓名按规则脱敏")).post(path + "/opinion").then().statusCode(200).body("opinionBy", equalTo("staff"));

        // only the info section decides; a refusal has reasons
        as("office").body(Map.of("grant", true)).post(path + "/decision").then().statusCode(403);
        as("depthead").body(Map.of("grant", true)).post(path + "/decision").then().statusCode(403);
        as("infosection").body(Map.of("grant", false)).post(path + "/decision").then().statusCode(400).body("errors[0].field", equalTo("reasons"));
        Clock.today("2026-10-13");
        long grant = as("infosection").body(Map.of("grant", true, "dailyQuota", 200)).post(path + "/decision").then().statusCode(200)
                .body("state", equalTo("GRANTED")).body("grantId", notNullValue()).extract().jsonPath().getLong("grantId");
        as("infosection").body(Map.of("grant", false, "reasons", "x")).post(path + "/decision").then().statusCode(409);
        as("infosection").get(path).then().statusCode(200).body("obligation.status", equalTo("MET"));
        // the grant: the request's fields, until the period asked; the consumer registered with the requester's name if it was not
        as("infosection").queryParam("client", "city-hr-system").queryParam("resource", code).get("/api/v1/data-sharing/grants").then().statusCode(200)
                .body("items[0].id", equalTo((int) grant)).body("items[0].fields", equalTo(List.of("姓名", "职称", "任教学校")))
                .body("items[0].dailyQuota", equalTo(200)).body("items[0].expiresOn", equalTo("2027-12-31")).body("items[0].basis", containsString("SQ-" + MARK + "-2"));
        as("infosection").queryParam("reference", "SQ-" + MARK + "-2").get("/api/v1/data-sharing/platform-messages").then().statusCode(200)
                .body("items[0].payload", containsString("\"granted\":true"));
        as("admin").queryParam("subjectType", DataRequestService.IN).queryParam("subjectId", String.valueOf(id)).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItems("data-request-in.received", "data-request-in.opinion", "data-request-in.granted"));
        // a request for a resource not in the catalogue: refused at once
        Map<String, Object> unknown = new HashMap<>(again);
        unknown.put("platformRef", "SQ-" + MARK + "-4");
        unknown.remove("previousRef");
        unknown.put("resourceCode", "99.99-" + MARK);
        as("infosection").body(unknown).post("/api/v1/data-requests/inbound").then().statusCode(201).body("state", equalTo("REFUSED"))
                .body("reasons", containsString("不在本局信息数据资源目录的共享范围内")).body("departmentCode", nullValue());
    }
}
