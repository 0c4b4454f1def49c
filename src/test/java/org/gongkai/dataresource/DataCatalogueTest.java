package org.gongkai.dataresource;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, R37–R39: the data resource catalogue — resources with their fields' sensitivity and masking rules, every
 * wrong field named, who may describe what, the R39 clock opened by a change and met by the publication, the review
 * refusing a register changed after it was drafted, versions frozen as reviewed, and the published metadata read on
 * the portal, as DCAT and through CKAN's read API.
 */
@QuarkusTest
class DataCatalogueTest {
    static final String RUN = String.format("%04d", System.nanoTime() % 10_000);

    static Map<String, Object> resource(String code, String name, String provider) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("classification", code.substring(0, code.indexOf('-')));
        m.put("name", name);
        m.put("providerDepartmentCode", provider);
        m.put("summary", "全市中小学校名称、地址、办学类型和联系电话");
        m.put("format", "SHEET");
        m.put("shareType", "UNCONDITIONAL");
        m.put("openType", "OPEN");
        m.put("updateCycle", "YEARLY");
        m.put("systemName", "教育管理信息系统");
        m.put("fields", List.of(Map.of("name", "学校名称", "type", "STRING", "sensitivity", "PUBLIC"),
                Map.of("name", "校长姓名", "type", "STRING", "sensitivity", "MASKED", "mask", "keep_ends:1,0"),
                Map.of("name", "校长身份证号", "type", "STRING", "sensitivity", "WITHHELD")));
        return m;
    }

    static JsonPath catalogue() {
        return as("infosection").get("/api/v1/data-resources/catalogue").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theCatalogueIsDescribedVersionedPublishedThroughTheReviewAndReadByHarvesters() {
        Clock.today("2026-09-24");
        int before = catalogue().getInt("publishedVersion");
        String a = "01.02-1" + RUN;
        String b = "01.03-2" + RUN;
        // a department describes the resources it provides, not another's; the info section any
        as("staff").body(resource(a, "全市中小学学校名录" + RUN, "ZCFG")).post("/api/v1/data-resources").then().statusCode(403);
        as("reader").body(resource(a, "x", "JCJY")).post("/api/v1/data-resources").then().statusCode(403);
        as("staff").body(resource(a, "全市中小学学校名录" + RUN, "JCJY")).post("/api/v1/data-resources").then().statusCode(201)
                .body("fields.find { it.name == '校长姓名' }.mask", equalTo("KEEP_ENDS:1,0"));
        as("infosection").body(resource(a, "重复", "JCJY")).post("/api/v1/data-resources").then().statusCode(409);

        JsonPath c = catalogue();
        assertEquals("R39", c.getString("obligation.ruleId"));
        assertEquals("2026-10-29", c.getString("obligation.dueDate"));
        assertEquals("XXK", c.getString("obligation.departmentCode"));

        // the office drafts the catalogue; a department may not
        as("staff").contentType("application/json").body("{}").post("/api/v1/data-resources/catalogue/list-item").then().statusCode(403);
        // (another test of this class may have published the catalogue already: a reason is always given)
        JsonPath item = as("office").body(Map.of("reason", "新增学校名录" + RUN)).post("/api/v1/data-resources/catalogue/list-item").then().statusCode(200)
                .extract().jsonPath();
        long id = item.getLong("id");
        assertEquals("DATA_CATALOGUE", item.getString("type"));
        assertEquals("SJZY", item.getString("columnCode"));
        assertTrue(item.getString("body").contains("全市中小学学校名录" + RUN));
        assertTrue(item.getString("body").contains("校长姓名（脱敏）"));
        // changed after drafting: refused by the review until drafted again
        Map<String, Object> second = resource(b, "学生资助发放名单" + RUN, "JCJY");
        second.put("shareType", "CONDITIONAL");
        second.put("shareCondition", "仅向民政、财政部门共享，用于核对困难家庭");
        second.put("openType", "NOT_OPEN");
        second.put("openCondition", "涉及个人隐私（《中华人民共和国个人信息保护法》第十三条）");
        as("infosection").body(second).post("/api/v1/data-resources").then().statusCode(201);
        Items.move("office", id, "submission", Map.of("opinion", "经审查，同意公开。"), 409);
        as("office").body(Map.of("reason", "新增学校名录和学生资助名单" + RUN)).post("/api/v1/data-resources/catalogue/list-item").then().statusCode(200);
        Items.move("office", id, "submission", Map.of("opinion", "经审查，同意公开。"), 200);
        // in the review, the register does not change
        as("infosection").body(resource(a, "全市中小学学校名录（改）" + RUN, "JCJY")).put("/api/v1/data-resources/" + a).then().statusCode(409);
        Items.move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);

        int v1 = before + 1;
        c = catalogue();
        assertEquals(v1, c.getInt("publishedVersion"));
        assertNull(c.get("obligation"), "met by the publication");
        as("anonymous").queryParam("q", RUN).get("/api/v1/portal/data-resources").then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", hasItems(a, b))
                // metadata public while the data is restricted: the not-open resource is listed with its condition
                .body("items.find { it.code == '" + b + "' }.openCondition", containsString("个人隐私"));
        as("anonymous").queryParam("q", RUN).queryParam("openType", "OPEN").get("/api/v1/portal/data-resources").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(a));
        as("anonymous").get("/api/v1/portal/data-resources/" + a).then().statusCode(200)
                .body("fields.find { it.name == '校长身份证号' }.sensitivity", equalTo("WITHHELD"));

        // DCAT and CKAN's read API
        as("anonymous").get("/api/v1/portal/data-resources/dcat").then().statusCode(200)
                .body("'@type'", equalTo("dcat:Catalog")).body("'@context'", hasKey("dcat"))
                .body("'dcat:dataset'.'dct:identifier'", hasItems(a, b))
                .body("'dcat:dataset'.find { it.'dct:identifier' == '" + a + "' }.'dcat:distribution'[0].'dct:format'", equalTo("SHEET"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == '" + a + "' }.'dcat:distribution'[0].'dct:license'.'@id'", containsString("creativecommons.org/licenses/by/4.0"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == '" + b + "' }", not(hasKey("dcat:distribution")))
                .body("'dcat:dataset'.find { it.'dct:identifier' == '" + a + "' }.'dcat:keyword'", not(hasItem("校长身份证号")));
        String name = a.toLowerCase().replace('.', '-');
        as("anonymous").get("/api/3/action/package_list").then().statusCode(200).body("success", equalTo(true)).body("result", hasItem(name));
        as("anonymous").queryParam("id", name).get("/api/3/action/package_show").then().statusCode(200)
                .body("success", equalTo(true)).body("result.name", equalTo(name)).body("result.title", equalTo("全市中小学学校名录" + RUN))
                .body("result.resources[0].format", equalTo("SHEET")).body("result.extras.key", hasItems("share_type", "open_type"))
                .body("result", hasKey("metadata_modified")).body("result", hasKey("organization")).body("result", hasKey("tags"))
                .body("result.license_id", equalTo("cc-by")).body("result.license_title", containsString("CC BY 4.0"));
        as("anonymous").queryParam("id", b).get("/api/3/action/package_show").then().statusCode(200).body("result.num_resources", equalTo(0));
        as("anonymous").queryParam("id", "no-such").get("/api/3/action/package_show").then().statusCode(404)
                .body("success", equalTo(false)).body("error.__type", equalTo("Not Found Error"));
        as("anonymous").queryParam("q", RUN).queryParam("rows", 1).get("/api/3/action/package_search").then().statusCode(200)
                .body("result.count", equalTo(2)).body("result.results.size()", equalTo(1));
        as("anonymous").queryParam("rows", "many").get("/api/3/action/package_search").then().statusCode(409).body("success", equalTo(false));

        // the next version: a change and a retirement; the portal keeps version 1 until it is published
        Clock.today("2026-11-02");
        as("staff").body(resource(a, "全市中小学学校名录（含幼儿园）" + RUN, "JCJY")).put("/api/v1/data-resources/" + a).then().statusCode(200);
        as("infosection").contentType("application/json").body("{}").post("/api/v1/data-resources/" + b + "/retirement").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("infosection").body(Map.of("reason", "该资源并入学生资助管理系统")).post("/api/v1/data-resources/" + b + "/retirement").then().statusCode(204);
        assertEquals("2026-11-30", catalogue().getString("obligation.dueDate"));
        as("anonymous").get("/api/v1/portal/data-resources/" + a).then().statusCode(200).body("name", equalTo("全市中小学学校名录" + RUN));
        as("office").contentType("application/json").body("{}").post("/api/v1/data-resources/catalogue/list-item").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("office").body(Map.of("reason", "学校名录含幼儿园；学生资助名单并入资助系统")).post("/api/v1/data-resources/catalogue/list-item").then().statusCode(200)
                .body("id", equalTo((int) id));
        Items.publishByOffice(id);
        int v2 = v1 + 1;
        as("anonymous").get("/api/v1/portal/data-resources/versions").then().statusCode(200)
                .body("[0].version", equalTo(v2)).body("[0].reason", containsString("幼儿园")).body("[1].version", equalTo(v1));
        as("anonymous").get("/api/v1/portal/data-resources/" + a).then().statusCode(200).body("name", equalTo("全市中小学学校名录（含幼儿园）" + RUN));
        as("anonymous").get("/api/v1/portal/data-resources/" + b).then().statusCode(404);
        as("anonymous").queryParam("version", v1).get("/api/v1/portal/data-resources/" + b).then().statusCode(200);
        as("anonymous").queryParam("version", v2 + 1).get("/api/v1/portal/data-resources").then().statusCode(404);
        // nothing changed: nothing to draft
        as("office").body(Map.of("reason", "无变化")).post("/api/v1/data-resources/catalogue/list-item").then().statusCode(409);
        as("admin").queryParam("subjectType", "data-catalogue").queryParam("size", 100).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItems("data-resource.added", "data-resource.changed", "data-resource.retired", "data-catalogue.drafted", "data-catalogue.published"));
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsWithheldWhole() {
        Clock.today("2026-10-12");
        Map<String, Object> bad = resource("01.02-9" + RUN, "x", "JCJY");
        bad.put("classification", "1.2");
        bad.put("shareType", "NOT_SHARED");
        bad.put("fields", List.of(Map.of("name", "姓名", "type", "STRING", "sensitivity", "MASKED"),
                Map.of("name", "姓名", "type", "TEXTISH", "sensitivity", "PUBLIC", "mask", "YEAR"),
                Map.of("name", "住址", "type", "STRING", "sensitivity", "MASKED", "mask", "BLUR")));
        as("infosection").body(bad).post("/api/v1/data-resources").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("classification", "shareCondition", "openType", "fields[0].mask", "fields[1].name", "fields[1].type",
                        "fields[1].mask", "fields[2].mask"));
        Map<String, Object> withheld = resource("01.02-8" + RUN, "全部不予提供的资源", "JCJY");
        withheld.put("fields", List.of(Map.of("name", "身份证号", "type", "STRING", "sensitivity", "WITHHELD")));
        as("infosection").body(withheld).post("/api/v1/data-resources").then().statusCode(400).body("errors.field", hasItem("fields"))
                .body("errors.find { it.field == 'fields' }.message", containsString("R37"));
        Map<String, Object> wrongCode = resource("01.02-7" + RUN, "编码不符", "JCJY");
        wrongCode.put("classification", "01.03");
        as("infosection").body(wrongCode).post("/api/v1/data-resources").then().statusCode(400).body("errors[0].field", equalTo("code"));
        as("infosection").body(resource("01.02-6" + RUN, "x", "NOPE")).post("/api/v1/data-resources").then().statusCode(400)
                .body("errors[0].field", equalTo("providerDepartmentCode"));
        as("infosection").body(resource("01.02-6" + RUN, "x", "JCJY")).put("/api/v1/data-resources/NO-SUCH").then().statusCode(400).body("errors[0].field", equalTo("code"));
        Map<String, Object> none = resource("01.02-5" + RUN, "x", "JCJY");
        as("infosection").body(none).put("/api/v1/data-resources/01.02-5" + RUN).then().statusCode(404);
        as("staff").queryParam("sort", "summary").get("/api/v1/data-resources").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aDepartmentReportsItsDataOnTimeAndTheOpenDownloadIsDesensitised() throws Exception {
        Clock.today("2026-10-12");
        String mark = String.format("%04d", (System.nanoTime() / 7) % 10_000);
        String code = "03.01-7" + mark;
        Map<String, Object> r = resource(code, "全市民办学校名录" + mark, "JCJY");
        r.remove("systemName");
        r.put("fields", List.of(Map.of("name", "学校名称", "type", "STRING", "sensitivity", "PUBLIC"),
                Map.of("name", "校长姓名", "type", "STRING", "sensitivity", "MASKED", "mask", "KEEP_ENDS:1,0"),
                Map.of("name", "联系电话", "type", "STRING", "sensitivity", "MASKED", "mask", "KEEP_ENDS:3,4"),
                Map.of("name", "举办者身份证号", "type", "STRING", "sensitivity", "WITHHELD"),
                Map.of("name", "在校生人数", "type", "NUMBER", "sensitivity", "SHARE_ONLY")));
        as("infosection").body(r).post("/api/v1/data-resources").then().statusCode(201);
        Map<String, Object> carried = resource("03.01-8" + mark, "由系统承载的资源" + mark, "JCJY");
        carried.put("openType", "CONDITIONAL");
        carried.put("openCondition", "经申请后向研究机构开放");
        as("infosection").body(carried).post("/api/v1/data-resources").then().statusCode(201);
        // before the first release there is nothing to download
        
        as("office").body(Map.of("reason", "新增民办学校名录" + mark)).post("/api/v1/data-resources/catalogue/list-item").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        long item = catalogue().getLong("itemId");
        Items.publishByOffice(item);
        // published, but nothing released yet: nothing to download
        as("anonymous").get("/api/v1/portal/data-resources/" + code + "/data").then().statusCode(404);

        // the department records the change (Friday 9 Oct; Saturday 10 Oct a make-up working day): due Thursday 5 Nov
        as("legal").body(Map.of("changedOn", "2026-10-09")).post("/api/v1/data-resources/" + code + "/data-changes").then().statusCode(403);
        as("staff").body(Map.of("changedOn", "2026-10-13")).post("/api/v1/data-resources/" + code + "/data-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("changedOn"));
        as("staff").body(Map.of("changedOn", "2026-10-09")).post("/api/v1/data-resources/" + code + "/data-changes").then().statusCode(204);
        as("staff").body(Map.of("changedOn", "2026-10-09")).post("/api/v1/data-resources/03.01-8" + mark + "/data-changes").then().statusCode(409);
        JsonPath clocks = as("office").queryParam("rule", "R40-RPT").queryParam("size", 100).get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
        String title = "数据资源更新报送：全市民办学校名录" + mark;
        assertEquals("2026-11-05", clocks.getString("items.find { it.title == '" + title + "' }.dueDate"));
        assertEquals("JCJY", clocks.getString("items.find { it.title == '" + title + "' }.departmentCode"));

        // the release: its header names the resource's fields; a short row or an unknown column is refused
        String path = "/api/v1/data-resources/" + code + "/releases";
        as("staff").contentType("text/csv").body("学校名称,校长姓名,邮箱\n启航学校,王建国,x@y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(path)
                .then().statusCode(400).body("errors.field", hasItem("file.header[2]"));
        as("staff").contentType("text/csv").body("学校名称,校长姓名\n启航学校\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(path)
                .then().statusCode(400).body("errors.field", hasItem("file.row[2]"));
        String csv = "学校名称,校长姓名,联系电话,举办者身份证号,在校生人数\r\n临沂启航学校,王建国,13812345678,371302198805051236,860\r\n临沂明德学校,李秀英,13987654321,371302197001011234,420\r\n";
        // as a spreadsheet on Chinese Windows saves it: GB 18030
        as("staff").contentType("text/csv").body(csv.getBytes(java.nio.charset.Charset.forName("GB18030"))).post(path).then().statusCode(201)
                .body("rows", equalTo(2)).body("columns", hasItems("校长姓名", "举办者身份证号"));
        clocks = as("office").queryParam("rule", "R40-RPT").queryParam("size", 100).get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
        assertEquals("MET", clocks.getString("items.find { it.title == '" + title + "' }.status"));
        // stored encrypted; the audit trail says how many rows, never what
        try (var db = org.gongkai.testsupport.Db.connect(); var st = db.createStatement();
             var rs = st.executeQuery("select content_enc from data_release where resource_code = '" + code + "'")) {
            assertTrue(rs.next());
            assertTrue(!rs.getString(1).contains("王建国") && !rs.getString(1).contains("13812345678"), "the release is encrypted at rest");
        }
        as("admin").queryParam("subjectType", "data-resource").queryParam("subjectId", code).get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", hasItem("data-resource.released")).body(not(containsString("王建国")));

        // the open download: public fields as they are, masked ones masked, shared-only and withheld ones left out
        String out = as("anonymous").get("/api/v1/portal/data-resources/" + code + "/data").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(out.contains("临沂启航学校") && out.contains("王**") && out.contains("138****5678"), out);
        assertTrue(!out.contains("王建国") && !out.contains("371302") && !out.contains("860") && !out.contains("在校生人数") && !out.contains("举办者身份证号"), out);
        as("anonymous").queryParam("format", "json").get("/api/v1/portal/data-resources/" + code + "/data").then().statusCode(200)
                .body("[1].校长姓名", equalTo("李**")).body("[1].联系电话", equalTo("139****4321")).body("[0]", not(hasKey("举办者身份证号")));
        // as a workbook: the same desensitised columns, every cell text
        byte[] xlsx = as("anonymous").queryParam("format", "xlsx").get("/api/v1/portal/data-resources/" + code + "/data").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        List<List<String>> sheet = org.gongkai.common.csv.Sheets.read(xlsx, 0, 100, "file");
        assertEquals(List.of("学校名称", "校长姓名", "联系电话"), sheet.get(0));
        assertEquals(List.of("临沂启航学校", "王**", "138****5678"), sheet.get(1));
        // queried on the portal, a page at a time, desensitised the same way
        as("anonymous").queryParam("q", "明德").get("/api/v1/portal/data-resources/" + code + "/rows").then().statusCode(200)
                .body("total", equalTo(1)).body("columns", equalTo(List.of("学校名称", "校长姓名", "联系电话"))).body("rows[0][1]", equalTo("李**"))
                .body("licence", containsString("CC BY 4.0"));
        as("anonymous").queryParam("size", 1).queryParam("page", 1).get("/api/v1/portal/data-resources/" + code + "/rows").then().statusCode(200)
                .body("total", equalTo(2)).body("rows[0][0]", equalTo("临沂明德学校"));
        as("anonymous").get("/api/v1/portal/data-resources/03.01-8" + mark + "/rows").then().statusCode(403);
        as("anonymous").queryParam("format", "xml").get("/api/v1/portal/data-resources/" + code + "/data").then().statusCode(400);
        // a resource not open: 403, its condition said
        as("anonymous").get("/api/v1/portal/data-resources/03.01-8" + mark + "/data").then().statusCode(403).body("detail", containsString("研究机构"));
        as("staff").get(path).then().statusCode(200).body("[0].rows", equalTo(2)).body(not(containsString("王建国")));

        // a yearly resource refreshed in the third quarter counts towards the bureau's R40 quota (not in October, above)
        Clock.today("2026-08-10");
        // (as a workbook this time: the department's spreadsheet as it is)
        byte[] book = org.gongkai.common.csv.Sheets.xlsx("民办学校", List.of("学校名称", "校长姓名", "联系电话", "举办者身份证号", "在校生人数"),
                List.of(List.of("临沂启航学校", "王建国", "13812345678", "371302198805051236", "860")), null);
        as("staff").contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(book).post(path).then().statusCode(201)
                .body("seq", equalTo(2)).body("rows", equalTo(1));
        JsonPath quota = as("office").queryParam("rule", "R40").queryParam("size", 100).get("/api/v1/obligations").then().statusCode(200).extract().jsonPath();
        long row = quota.getLong("items.find { it.startDate == '2026-07-01' }.id");
        as("office").get("/api/v1/obligations/" + row).then().statusCode(200)
                .body("events.reference", hasItem(containsString("数据资源年度更新：" + code)))
                // once: the October release did not count
                .body("events.findAll { it.reference.contains('" + code + "') }.size()", equalTo(1));
    }
}
