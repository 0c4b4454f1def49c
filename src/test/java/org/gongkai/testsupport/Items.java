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

    /** A one-pixel PNG image (an interpretation's graphic, a capture of a public-opinion event). */
    public static final byte[] PNG = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
            8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 'B', 0x60, (byte) 0x82};

    /** An interpretation's elements in text form (R25): what every interpretation states. */
    public static final String TEXT_INTERPRETATION = """
            "interpretation":{"background":"依据《中华人民共和国义务教育法》和省教育厅有关规定制定。","purpose":"保障适龄儿童少年就近入学。",
             "scope":"全市义务教育阶段公办、民办学校。","measures":"划片招生、阳光招生、公民同招。","contact":"市教育局基础教育科，0539-8123456",
             "forms":["TEXT"]}""";

    /** An interpretation in text form of the given item (linked at creation, to be published together): its body's extra fields. */
    public static String interpretationOf(long document) {
        return "\"type\":\"INTERPRETATION\",\"interprets\":" + document + "," + TEXT_INTERPRETATION;
    }

    /** staff (基础教育科) drafts: returns the item id. */
    public static long draft(String body) {
        return as("staff").body(body).post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static JsonPath move(String user, long id, String action, Map<String, String> text, int status) {
        return as(user).body(text).post("/api/v1/items/" + id + "/" + action).then().statusCode(status).extract().jsonPath();
    }

    /** An item of the office's own (BGS): submitted by the office, approved by its head — published. */
    public static void publishByOffice(long id) {
        move("office", id, "submission", Map.of("opinion", "经审查不涉密，同意公开"), 200);
        move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
    }

    /** submit (staff) → approve (depthead) → approve (officehead): published. */
    public static void publish(long id) {
        move("staff", id, "submission", Map.of("opinion", "经审查不涉密，同意公开"), 200);
        move("depthead", id, "approval", Map.of("opinion", "同意"), 200);
        move("officehead", id, "approval", Map.of("opinion", "同意发布"), 200);
    }

    /**
     * A normative document or major decision with its interpretation (R24): the interpretation drafted, linked and
     * approved by the department, then the document's review, whose last approval publishes both. Returns the
     * interpretation's id.
     */
    public static long publishWithInterpretation(long document, String title) {
        exemptFromConsultation(document);
        return publishInterpreted(document, title);
    }

    /** The same, for a document whose consultation (R30) is done or exempted already. */
    public static long publishInterpreted(long document, String title) {
        long interp = draft("""
                {"title":"《%s》政策解读","issuingDepartment":"JCJY","summary":"解读要点。","body":"<p>一问一答。</p>","attribute":"PUBLIC",%s}"""
                .formatted(title, interpretationOf(document)));
        move("staff", interp, "submission", Map.of("opinion", "经审查不涉密，同意公开"), 200);
        move("depthead", interp, "approval", Map.of("opinion", "同意"), 200);
        publish(document);
        return interp;
    }

    /**
     * R30: a normative document or major decision is routed only after its consultation, or with an exemption the head of
     * the office approved. For tests about something else: consulted through the city's site, approved.
     */
    public static void exemptFromConsultation(long document) {
        long x = as("staff").body(Map.of("documentId", document, "ground", "CONSULTED_ELSEWHERE", "reason", "已通过市政府门户网站公开征求意见"))
                .post("/api/v1/consultations/exemptions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("officehead").body(Map.of("approve", true)).post("/api/v1/consultations/exemptions/" + x + "/decision").then().statusCode(200);
    }
}
