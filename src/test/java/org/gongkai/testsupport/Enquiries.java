package org.gongkai.testsupport;

import static org.gongkai.testsupport.Users.as;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Submitting enquiries as the public would: a fresh challenge answered, from a given client address. */
public final class Enquiries {
    private Enquiries() {}


    public static Map<String, Object> answeredChallenge(String user) {
        // from an address of its own: each address may ask for only so many challenges an hour
        String address = Addresses.fresh();
        JsonPath c = as(user).header("X-Forwarded-For", address).get("/api/v1/enquiries/challenge").then().statusCode(200).extract().jsonPath();
        Matcher m = Pattern.compile("(\\d+) plus (\\d+)").matcher(c.getString("questionEn"));
        if (!m.find()) throw new IllegalStateException(c.getString("questionEn"));
        Map<String, Object> body = new HashMap<>();
        body.put("challengeId", c.getString("id"));
        body.put("challengeAnswer", String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))));
        return body;
    }

    /** What was sent under each Idempotency-Key: a retry sends the very same body, as a phone on a bad network does. */
    private static final Map<String, Map<String, Object>> SENT = new java.util.concurrent.ConcurrentHashMap<>();

    public static Response submit(String user, String address, String key, String title, boolean publishable) {
        if (key != null && SENT.containsKey(key + title)) {
            return as(user).header("X-Forwarded-For", address).header("Idempotency-Key", key).body(SENT.get(key + title)).post("/api/v1/enquiries");
        }
        Map<String, Object> body = answeredChallenge(user);
        body.put("category", "ENROLMENT");
        body.put("title", title);
        body.put("question", title + "：孩子今年秋季入学，需要准备哪些材料？户籍不在本区怎么办？");
        body.put("contactName", "张三丰");
        body.put("contactPhone", "13812345678");
        body.put("contactEmail", "zhangsan@example.cn");
        body.put("publishable", publishable);
        var r = as(user).header("X-Forwarded-For", address).body(body);
        if (key != null) {
            r = r.header("Idempotency-Key", key);
            SENT.put(key + title, body);
        }
        return r.post("/api/v1/enquiries");
    }
}
