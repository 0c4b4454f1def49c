package org.gongkai.dataresource;

import static org.gongkai.testsupport.DataCatalogues.field;
import static org.gongkai.testsupport.Users.as;
import static org.gongkai.testsupport.Users.asSystem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.dataresource.service.DataCatalogueService.Field;
import org.gongkai.dataresource.service.DataCatalogueService.Sensitivity;
import org.gongkai.dataresource.sharing.SharingService;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.DataCatalogues;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, R40: sharing by API call. A real small HTTP server plays the information system that carries a resource;
 * real client-credentials tokens of the realm play the consumer systems. The grant's fields are honoured, the others
 * dropped, masked fields masked; the quota gives a 429, a revoked grant a 403; every call is logged.
 */
@QuarkusTest
class SharingTest {
    static final String MARK = String.format("%04d", (System.nanoTime() / 13) % 10_000);

    @Test
    void maskingForASharedRecordKeepsOnlyTheGrantedFields() {
        List<Field> fields = List.of(new Field("学校名称", "STRING", null, Sensitivity.PUBLIC, null),
                new Field("校长姓名", "STRING", null, Sensitivity.MASKED, "KEEP_ENDS:1,0"),
                new Field("身份证号", "STRING", null, Sensitivity.WITHHELD, null),
                new Field("学生数", "NUMBER", null, Sensitivity.SHARE_ONLY, null),
                new Field("地址", "STRING", null, Sensitivity.MASKED, "DROP"));
        var given = SharingService.given(fields, java.util.Set.of("学校名称", "校长姓名", "身份证号", "学生数", "地址"));
        assertEquals(List.of("学校名称", "校长姓名", "学生数"), given.stream().map(Field::name).toList(), "withheld and dropped fields never leave");
        Map<String, String> out = SharingService.share(Map.of("学校名称", "一中", "校长姓名", "王建国", "身份证号", "371302198805051236", "学生数", 860, "外加", "x"), given, "s");
        assertEquals(Map.of("学校名称", "一中", "校长姓名", "王**", "学生数", "860"), out);
        var onlyName = SharingService.given(fields, java.util.Set.of("学校名称"));
        assertEquals(Map.of("学校名称", "一中"), SharingService.share(Map.of("学校名称", "一中", "校长姓名", "王建国"), onlyName, "s"));
    }

    @Test
    void aGrantedSystemGetsItsFieldsMaskedWithinItsQuotaAndEveryCallIsLogged() throws Exception {
        Clock.today("2026-11-16");
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer system = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        system.createContext("/share/query", ex -> {
            asked.add(ex.getRequestURI().getRawQuery());
            byte[] b = ("{\"total\":57,\"records\":[{\"学校名称\":\"临沂第一中学\",\"校长姓名\":\"王建国\",\"联系电话\":\"13812345678\",\"身份证号\":\"371302198805051236\","
                    + "\"在校生人数\":3120,\"内部备注\":\"不应外传\"},{\"学校名称\":\"临沂第二中学\",\"校长姓名\":\"李秀英\",\"联系电话\":\"13987654321\","
                    + "\"身份证号\":\"371302197001011234\",\"在校生人数\":2210}]}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        system.start();
        try {
            String code = "05.01-" + MARK;
            String sys = "学籍管理系统" + MARK;
            DataCatalogues.publishWith("新增学籍共享资源" + MARK, DataCatalogues.resource(code, "中小学校基本信息" + MARK, sys, "CONDITIONAL", List.of(
                    field("学校名称", "PUBLIC", null), field("校长姓名", "MASKED", "KEEP_ENDS:1,0"), field("联系电话", "MASKED", "KEEP_ENDS:3,4"),
                    field("身份证号", "WITHHELD", null), field("在校生人数", "SHARE_ONLY", null))));
            String endpoint = "http://127.0.0.1:" + system.getAddress().getPort() + "/share/query";

            // the system's endpoint: only the info section (or an administrator) registers it; a wrong one is named
            as("staff").body(Map.of("name", sys, "endpoint", endpoint)).post("/api/v1/data-sharing/systems").then().statusCode(403);
            as("infosection").body(Map.of("name", sys, "endpoint", "ftp://x")).post("/api/v1/data-sharing/systems").then().statusCode(400)
                    .body("errors[0].field", equalTo("endpoint"));
            as("infosection").body(Map.of("name", sys, "endpoint", endpoint)).post("/api/v1/data-sharing/systems").then().statusCode(200);
            // the consumer (another test may have registered it)
            int st = as("infosection").body(Map.of("clientId", "city-hr-system", "body", "临沂市人力资源和社会保障局")).post("/api/v1/data-sharing/consumers").then()
                    .extract().statusCode();
            assertTrue(st == 201 || st == 409, "registered, or registered already: " + st);

            // a grant: only the info section decides; never a withheld field; every wrong field named
            Map<String, Object> grant = new java.util.HashMap<>(Map.of("clientId", "city-hr-system", "resourceCode", code,
                    "fields", List.of("学校名称", "校长姓名", "在校生人数"), "dailyQuota", 3, "expiresOn", "2027-12-31", "basis", "人社局共享申请 SQ-" + MARK));
            as("office").body(grant).post("/api/v1/data-sharing/grants").then().statusCode(403);
            Map<String, Object> bad = new java.util.HashMap<>(grant);
            bad.put("fields", List.of("学校名称", "身份证号", "邮箱"));
            bad.put("dailyQuota", 0);
            bad.put("expiresOn", "2026-11-16");
            as("infosection").body(bad).post("/api/v1/data-sharing/grants").then().statusCode(400)
                    .body("errors.field", hasItems("fields[1]", "fields[2]", "dailyQuota", "expiresOn"));
            long grantId = as("infosection").body(grant).post("/api/v1/data-sharing/grants").then().statusCode(200)
                    .body("state", equalTo("ACTIVE")).body("body", equalTo("临沂市人力资源和社会保障局")).extract().jsonPath().getLong("id");

            // staff tokens cannot call; the consumer sees what it may call
            as("infosection").get("/api/v1/share/" + code).then().statusCode(403);
            asSystem("city-hr-system").get("/api/v1/share").then().statusCode(200)
                    .body("find { it.resource == '" + code + "' }.fields", equalTo(List.of("学校名称", "校长姓名", "在校生人数")));
            // the consumer's system has no business in the console
            asSystem("city-hr-system").get("/api/v1/data-sharing/grants").then().statusCode(403);

            // the call: forwarded with the page, answered with the grant's fields only, masked
            JsonPath a = asSystem("city-hr-system").queryParam("page", 0).queryParam("size", 2).get("/api/v1/share/" + code).then().statusCode(200)
                    .header("X-Quota-Remaining", "2")
                    .body("fields", equalTo(List.of("学校名称", "校长姓名", "在校生人数"))).body("total", equalTo(57))
                    .body("records[0].学校名称", equalTo("临沂第一中学")).body("records[0].校长姓名", equalTo("王**"))
                    .body("records[1].在校生人数", equalTo("2210"))
                    .body("records[0]", not(hasKey("联系电话"))).body("records[0]", not(hasKey("身份证号"))).body("records[0]", not(hasKey("内部备注")))
                    .extract().jsonPath();
            assertTrue(!a.prettify().contains("王建国") && !a.prettify().contains("371302"), a.prettify());
            assertTrue(asked.get(0).contains("page=0") && asked.get(0).contains("size=2") && asked.get(0).contains("resource=" + code), asked.toString());
            // no bulk export: a page is at most 100
            asSystem("city-hr-system").queryParam("size", 5000).get("/api/v1/share/" + code).then().statusCode(400).body("errors[0].field", equalTo("size"));
            // a system without a grant
            asSystem("county-edu-system").get("/api/v1/share/" + code).then().statusCode(403).body("detail", containsString("no grant"));
            // not in the catalogue
            asSystem("city-hr-system").get("/api/v1/share/NO-" + MARK).then().statusCode(404);

            // the system fails: a 502, counted and logged
            as("infosection").body(Map.of("name", sys, "endpoint", "http://127.0.0.1:9/none")).post("/api/v1/data-sharing/systems").then().statusCode(200);
            asSystem("city-hr-system").get("/api/v1/share/" + code).then().statusCode(502).body("type", containsString("upstream"));
            as("infosection").body(Map.of("name", sys, "endpoint", endpoint)).post("/api/v1/data-sharing/systems").then().statusCode(200);
            asSystem("city-hr-system").get("/api/v1/share/" + code).then().statusCode(200).header("X-Quota-Remaining", "0");
            // the quota: the fourth call of the day is a 429 with the time to wait
            asSystem("city-hr-system").get("/api/v1/share/" + code).then().statusCode(429).header("Retry-After", notNullValue())
                    .contentType(containsString("problem+json"));

            // revoked: a 403 at once; revoking twice is a conflict
            as("staff").body(Map.of("reason", "x")).post("/api/v1/data-sharing/grants/" + grantId + "/revocation").then().statusCode(403);
            as("infosection").body(Map.of()).post("/api/v1/data-sharing/grants/" + grantId + "/revocation").then().statusCode(400).body("errors[0].field", equalTo("reason"));
            as("infosection").body(Map.of("reason", "使用方系统安全整改期间暂停")).post("/api/v1/data-sharing/grants/" + grantId + "/revocation").then().statusCode(200)
                    .body("state", equalTo("REVOKED"));
            as("infosection").body(Map.of("reason", "again")).post("/api/v1/data-sharing/grants/" + grantId + "/revocation").then().statusCode(409);
            asSystem("city-hr-system").get("/api/v1/share/" + code).then().statusCode(403).body("detail", containsString("revoked"));
            asSystem("city-hr-system").get("/api/v1/share").then().statusCode(200).body("resource", not(hasItem(code)));

            // every call logged, refusals too: who, which resource, which fields, how many records — never the data
            JsonPath log = as("infosection").queryParam("resource", code).queryParam("size", 100).get("/api/v1/data-sharing/calls").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(6, log.getInt("total"), log.prettify());
            assertEquals(List.of(403, 429, 200, 502, 403, 200), log.getList("items.status", Integer.class));
            assertEquals("学校名称,校长姓名,在校生人数", log.getString("items[5].fields"));
            assertEquals(2, log.getInt("items[5].records"));
            assertEquals("city-hr-system", log.getString("items[5].clientId"));
            assertEquals("county-edu-system", log.getString("items[4].clientId"));
            assertTrue(!log.prettify().contains("王"), "the log holds no data");
            as("infosection").queryParam("resource", code).queryParam("refused", "true").get("/api/v1/data-sharing/calls").then().statusCode(200)
                    .body("total", equalTo(4));
            as("leader").queryParam("days", 7).get("/api/v1/data-sharing/calls/daily").then().statusCode(200)
                    .body("find { it.resource == '" + code + "' }.calls", equalTo(6)).body("find { it.resource == '" + code + "' }.refused", equalTo(4))
                    .body("find { it.resource == '" + code + "' }.day", equalTo("2026-11-16"));
            as("staff").get("/api/v1/data-sharing/calls").then().statusCode(403);
            as("infosection").queryParam("days", 0).get("/api/v1/data-sharing/calls/daily").then().statusCode(400);

            // granted again: extended, the revocation lifted; the next day a fresh quota
            as("infosection").body(grant).post("/api/v1/data-sharing/grants").then().statusCode(200).body("id", equalTo((int) grantId)).body("state", equalTo("ACTIVE"));
            Clock.today("2026-11-17");
            asSystem("city-hr-system").get("/api/v1/share/" + code).then().statusCode(200).header("X-Quota-Remaining", "2");
            // past its expiry: a 403 saying so
            Clock.today("2028-01-01");
            asSystem("city-hr-system").get("/api/v1/share/" + code).then().statusCode(403).body("detail", containsString("expired on 2027-12-31"));
            // every grant change is in the audit trail
            as("admin").queryParam("subjectType", "data-grant").queryParam("subjectId", String.valueOf(grantId)).get("/api/v1/audit/events").then().statusCode(200)
                    .body("items.action", hasItems("data-grant.given", "data-grant.revoked", "data-grant.extended"));
        } finally {
            system.stop(0);
        }
    }

    @Test
    void theRecordsThePlatformHoldsAreSharedTheSameWay() {
        Clock.today("2026-11-18");
        String stats = "05.02-" + MARK;
        String released = "05.03-" + MARK;
        String sys = "政务公开平台" + MARK;
        DataCatalogues.publishWith("新增平台统计资源" + MARK,
                DataCatalogues.resource(stats, "依申请公开受理统计" + MARK, sys, "UNCONDITIONAL", List.of(field("月份", "PUBLIC", null), field("收到申请", "PUBLIC", null),
                        field("已答复", "PUBLIC", null))),
                DataCatalogues.resource(released, "民办培训机构名录" + MARK, null, "UNCONDITIONAL", List.of(field("机构名称", "PUBLIC", null),
                        field("负责人", "MASKED", "HASH"), field("负责人电话", "SHARE_ONLY", null))));
        as("infosection").body(Map.of("name", sys, "endpoint", "platform:no-such")).post("/api/v1/data-sharing/systems").then().statusCode(400);
        as("infosection").body(Map.of("name", sys, "endpoint", "platform:application-stats")).post("/api/v1/data-sharing/systems").then().statusCode(200);
        as("infosection").body(Map.of("clientId", "city-hr-system", "body", "临沂市人力资源和社会保障局")).post("/api/v1/data-sharing/consumers");
        for (String c : List.of(stats, released)) {
            as("infosection").body(Map.of("clientId", "city-hr-system", "resourceCode", c, "fields", List.of("月份", "收到申请", "机构名称", "负责人").stream()
                            .filter(f -> c.equals(stats) ? !f.startsWith("机构") && !f.startsWith("负责") : f.startsWith("机构") || f.startsWith("负责")).toList(),
                    "dailyQuota", 100, "expiresOn", "2027-06-30", "basis", "共享协议 " + MARK)).post("/api/v1/data-sharing/grants").then().statusCode(200);
        }
        // the platform's own statistics: the months of applications, the granted columns only
        as("citizen").header("X-Forwarded-For", org.gongkai.testsupport.Addresses.fresh())
                .body(org.gongkai.testsupport.Applications.body("民办培训机构审批材料", "UPLOAD")).post("/api/v1/applications").then().statusCode(201);
        asSystem("city-hr-system").get("/api/v1/share/" + stats).then().statusCode(200)
                .body("fields", equalTo(List.of("月份", "收到申请"))).body("records[0]", hasKey("月份")).body("records[0]", not(hasKey("已答复")));
        // a resource no system carries: from the department's newest release, paged, masked
        as("staff").contentType("text/csv").body("机构名称,负责人,负责人电话\n启明培训,赵一,13800000001\n博学培训,钱二,13800000002\n星火培训,孙三,13800000003\n"
                .getBytes(StandardCharsets.UTF_8)).post("/api/v1/data-resources/" + released + "/releases").then().statusCode(201);
        JsonPath p = asSystem("city-hr-system").queryParam("page", 1).queryParam("size", 2).get("/api/v1/share/" + released).then().statusCode(200)
                .body("total", equalTo(3)).body("records.size()", equalTo(1)).body("records[0].机构名称", equalTo("星火培训"))
                .body("records[0]", not(hasKey("负责人电话"))).extract().jsonPath();
        String pseudonym = p.getString("records[0].负责人");
        assertEquals(64, pseudonym.length(), "a salted SM3 pseudonym: " + pseudonym);
        assertTrue(!p.prettify().contains("孙三"));
    }
}
