package org.gongkai.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Enquiries;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the role matrix on real objects, so that the object-level rules are what is tested, not only the roles:
 * an application of {@code citizen} assigned to 基础教育科 (JCJY), an enquiry transferred to JCJY, a draft item of JCJY
 * and its R8 obligation. Each row is read by every user, the owner's peer {@code citizen2} and the head of another
 * department ({@code zcfghead}) included. 200 may see it; 404 may not know it exists (issue 9: one rule, no 403 for
 * "exists but not yours": a citizen reads their own through /mine and /track, never through the console's path);
 * 401 anonymous; 403 the role never may; 409 may act on it, but not in its present state.
 */
@QuarkusTest
class ObjectLevelMatrixTest {
    static final String[] USERS = {"anonymous", "reader", "citizen", "citizen2", "staff", "depthead", "zcfghead", "office",
            "officehead", "legal", "infosection", "leader", "admin"};

    @Test
    void realObjectsAgainstEveryUser() {
        Clock.today("2026-10-12");
        long app = application();
        long enquiry = enquiry();
        long item = Items.draft(Items.body("YWJYZS", "对象级权限矩阵用的草稿", null, "2026-10-12", "PUBLIC", null));
        long obligation = Users.as("staff").queryParam("subjectType", "item").queryParam("subjectId", item).get("/api/v1/obligations")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        String closure = "{\"category\":\"ANSWERED\",\"answer\":\"答复\"}";
        String[][] rows = {
                // the application (citizen's own, assigned to JCJY)
                {"GET", "/api/v1/applications/" + app, null, "401 404 404 404 200 200 404 200 200 200 404 200 200"},
                {"GET", "/api/v1/applications/" + app + "/letters", null, "401 403 403 403 403 403 403 200 200 200 403 200 200"},
                {"GET", "/api/v1/applications/" + app + "/meetings", null, "401 403 403 403 403 403 403 200 200 200 403 200 200"},
                {"POST", "/api/v1/applications/" + app + "/delivery", "{}", "401 403 403 403 403 403 403 409 409 403 403 403 409"},
                {"POST", "/api/v1/applications/" + app + "/third-party/answered", "{}", "401 403 403 403 403 403 403 409 409 403 403 403 409"},
                // the enquiry (transferred to JCJY)
                {"GET", "/api/v1/enquiries/" + enquiry, null, "401 404 404 404 200 200 404 200 200 404 404 200 200"},
                {"POST", "/api/v1/enquiries/" + enquiry + "/closure", closure, "401 403 403 403 403 403 403 409 409 403 403 403 409"},
                {"POST", "/api/v1/enquiries/" + enquiry + "/transfer", "{\"departmentCode\":\"ZCFG\"}", "401 403 403 403 403 403 403 409 409 403 403 403 409"},
                // the draft item of JCJY and its R8 obligation
                {"GET", "/api/v1/items/" + item, null, "401 403 403 403 200 200 404 200 200 200 404 200 200"},
                {"GET", "/api/v1/items/" + item + "/opinions", null, "401 403 403 403 200 200 404 200 200 200 404 200 200"},
                {"POST", "/api/v1/items/" + item + "/approval", "{\"opinion\":\"同意\"}", "401 403 403 403 403 409 404 403 409 403 403 403 403"},
                {"GET", "/api/v1/portal/items/" + item, null, "404 404 404 404 404 404 404 404 404 404 404 404 404"},
                {"GET", "/api/v1/obligations/" + obligation, null, "401 403 403 403 200 200 404 200 200 404 404 200 200"},
        };
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            String[] want = row[3].trim().split("\\s+");
            assertEquals(USERS.length, want.length, "one expectation per user: " + row[1]);
            StringBuilder got = new StringBuilder();
            for (int i = 0; i < USERS.length; i++) {
                RequestSpecification r = Users.as(USERS[i]);
                if (row[2] != null) r = r.contentType(ContentType.JSON).body(row[2]);
                int status = "GET".equals(row[0]) ? r.get(row[1]).statusCode() : r.post(row[1]).statusCode();
                got.append(i == 0 ? "" : " ").append(status);
            }
            if (!got.toString().equals(row[3])) wrong.add(row[0] + " " + row[1] + "\n   want " + row[3] + "\n   got  " + got);
        }
        assertEquals(List.of(), wrong, "users:   " + String.join(" ", USERS));
    }

    /** An application of {@code citizen}, assigned to JCJY for its answer. */
    static long application() {
        Map<String, Object> m = org.gongkai.testsupport.Applications.body("对象级权限矩阵：兰山区小学学区划分文件", "EMAIL");
        String tracking = Users.as("citizen").header("X-Forwarded-For", "192.0.2.90").body(m).post("/api/v1/applications")
                .then().statusCode(201).extract().jsonPath().getString("trackingNo");
        long id = Users.as("office").queryParam("q", tracking).get("/api/v1/applications").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Users.as("office").body(Map.of("departments", List.of("JCJY"), "instructions", "请提供学区划分文件")).post("/api/v1/applications/" + id + "/assignments")
                .then().statusCode(200);
        return id;
    }

    /** An enquiry transferred to JCJY. */
    static long enquiry() {
        String tracking = Enquiries.submit("citizen", "192.0.2.91", null, "对象级权限矩阵的咨询", false).then().statusCode(201)
                .extract().jsonPath().getString("trackingNo");
        long id = Users.as("office").queryParam("q", tracking).get("/api/v1/enquiries").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Users.as("office").body(Map.of("departmentCode", "JCJY")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200);
        return id;
    }
}
