package org.gongkai.testsupport;

import static org.gongkai.testsupport.Users.as;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Items through the real API and real tokens: draft, and the three review steps. */
public final class Items {
    private Items() {}

    public static String body(String column, String title, String docNumber, String createdDate, String attribute, String extra) {
        return """
                {"columnCode":"%s","title":"%s",%s"issuingDepartment":"JCJY","createdDate":"%s",
                 "subjects":["招生","义务教育"],"summary":"%s的主要内容。",
                 "body":"<p>%s：为做好招生入学工作，现将有关事项通知如下。</p><script>alert(1)</script>",
                 "attribute":"%s"%s}""".formatted(column, title, docNumber == null ? "" : "\"docNumber\":\"" + docNumber + "\",",
                createdDate, title, title, attribute, extra == null ? "" : "," + extra);
    }

    /** staff (基础教育科) drafts: returns the item id. */
    public static long draft(String body) {
        return as("staff").body(body).post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static JsonPath move(String user, long id, String action, Map<String, String> text, int status) {
        return as(user).body(text).post("/api/v1/items/" + id + "/" + action).then().statusCode(status).extract().jsonPath();
    }

    /** submit (staff) → approve (depthead) → approve (officehead): published. */
    public static void publish(long id) {
        move("staff", id, "submission", Map.of("opinion", "经审查不涉密，同意公开"), 200);
        move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
    }
}
