package org.gongkai.applications;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.testsupport.Clock;
import org.junit.jupiter.api.Test;

/** Letters (R18, R19): drafted from templates quoting the law, reviewed by legal, signed by role, rendered with Chinese text. */
@QuarkusTest
class LetterTest {

    @Test
    void aReplyNoticeIsReviewedSignedByTheLeaderAndRendersInChinese() throws Exception {
        Clock.today("2026-10-12");
        JsonPath receipt = ApplicationClockTest.apply("anonymous", "192.0.2.80", null, "2025年教育经费决算表", "UPLOAD", 201);
        String tracking = receipt.getString("trackingNo");
        String code = receipt.getString("queryCode");
        long app = ApplicationClockTest.idOf(tracking);
        as("office").body(Map.of("outcome", "DISCLOSED", "note", "予以公开，见附件。")).post("/api/v1/applications/" + app + "/decision").then().statusCode(200);

        long letter = as("office").body(Map.of("kind", "REPLY_NOTICE")).post("/api/v1/applications/" + app + "/letters").then().statusCode(201)
                .body("docNumber", matchesPattern("临教公开〔2026〕\\d+号")).body("state", equalTo("DRAFT"))
                .body("body", containsString("第三十六条")).body("body", not(containsString("王小明")))
                .body("signerRole", equalTo("leader")).extract().jsonPath().getLong("id");
        String base = "/api/v1/applications/" + app + "/letters/" + letter;
        as("office").body(Map.of("body", "{{申请人}}：\n经审查，予以公开。根据《中华人民共和国政府信息公开条例》第三十六条的规定，特此告知。")).put(base).then().statusCode(200);
        as("office").post(base + "/submission").then().statusCode(200).body("state", equalTo("IN_LEGAL_REVIEW"));
        as("office").body(Map.of("body", "x")).put(base).then().statusCode(409);
        as("office").body(Map.of("approve", true, "note", "x")).post(base + "/legal-review").then().statusCode(403);
        as("legal").get("/api/v1/letters/queue").then().statusCode(200).body("id", hasItem((int) letter));
        as("legal").body(Map.of("approve", false, "note", "请补充救济途径")).post(base + "/legal-review").then().statusCode(200).body("state", equalTo("DRAFT"));
        as("office").body(Map.of("body", "{{申请人}}：\n经审查，予以公开。根据《中华人民共和国政府信息公开条例》第三十六条的规定，特此告知。\n"
                + "如对本答复不服，可以自收到本告知书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。")).put(base).then().statusCode(200);
        as("office").post(base + "/submission").then().statusCode(200);
        as("legal").body(Map.of("approve", true, "note", "合法")).post(base + "/legal-review").then().statusCode(200).body("state", equalTo("LEGAL_APPROVED"));
        as("leader").get("/api/v1/letters/queue").then().body("id", hasItem((int) letter));
        as("officehead").post(base + "/signature").then().statusCode(403).body("detail", containsString("leader"));
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", code).get("/api/v1/applications/track/letters/" + letter).then().statusCode(404);
        as("leader").post(base + "/signature").then().statusCode(200).body("state", equalTo("SIGNED"))
                .body("signerName", equalTo("孙强 Sun")).body("signedOn", equalTo("2026-10-12"));
        as("office").body(Map.of("body", "x")).put(base).then().statusCode(409);

        byte[] pdf = as("office").get(base + "/document").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("临沂市教育局"), text);
            assertTrue(text.contains("政府信息公开申请答复告知书"), text);
            assertTrue(text.contains("王小明"), "the applicant's name is filled in when rendered: " + text);
            assertTrue(text.contains("2026年10月12日"), text);
            assertTrue(text.contains("签发人：孙强 Sun"), text);
        }
        byte[] docx = as("office").queryParam("format", "docx").get(base + "/document").then().statusCode(200).extract().asByteArray();
        assertTrue(entry(docx, "word/document.xml").contains("政府信息公开申请答复告知书"));

        // the applicant's copy on the tracking page
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", code).get("/api/v1/applications/track").then()
                .body("letters", hasSize(1)).body("letters[0].title", equalTo("政府信息公开申请答复告知书"));
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", code).get("/api/v1/applications/track/letters/" + letter)
                .then().statusCode(200).contentType("application/pdf");
        as("anonymous").queryParam("trackingNo", tracking).header("X-Query-Code", "WRONG000").get("/api/v1/applications/track/letters/" + letter)
                .then().statusCode(404);
    }

    @Test
    void theHeadOfTheOfficeSignsACorrectionLetter() {
        Clock.today("2026-10-12");
        long app = ApplicationClockTest.idOf(ApplicationClockTest.apply("anonymous", "192.0.2.81", null, "不明确的申请", "EMAIL", 201).getString("trackingNo"));
        long letter = as("office").body(Map.of("kind", "CORRECTION")).post("/api/v1/applications/" + app + "/letters").then().statusCode(201)
                .body("body", containsString("第三十条")).body("signerRole", equalTo("office-head")).extract().jsonPath().getLong("id");
        String base = "/api/v1/applications/" + app + "/letters/" + letter;
        as("office").post(base + "/submission").then().statusCode(200);
        as("legal").body(Map.of("approve", true, "note", "合法")).post(base + "/legal-review").then().statusCode(200);
        as("leader").post(base + "/signature").then().statusCode(403);
        as("officehead").post(base + "/signature").then().statusCode(200).body("state", equalTo("SIGNED"));
        as("staff").get("/api/v1/applications/" + app + "/letters").then().statusCode(403);
    }

    @Test
    void aConsultationMeetingIsRecorded() {
        Clock.today("2026-10-12");
        long app = ApplicationClockTest.idOf(ApplicationClockTest.apply("anonymous", "192.0.2.82", null, "涉及多个部门的申请", "EMAIL", 201).getString("trackingNo"));
        as("office").body(Map.of("heldOn", "2026-10-12", "participants", "办公室、基础教育科、财务科", "minutes", "会商意见：由基础教育科牵头答复。"))
                .post("/api/v1/applications/" + app + "/meetings").then().statusCode(201);
        as("office").body(Map.of("participants", "x")).post("/api/v1/applications/" + app + "/meetings").then().statusCode(400);
        as("legal").get("/api/v1/applications/" + app + "/meetings").then().statusCode(200).body("[0].participants", containsString("财务科"));
    }

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name);
    }
}
