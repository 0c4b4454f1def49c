package org.gongkai.disclosure;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.Users;
import org.junit.jupiter.api.Test;

/** Attachments: typed from their bytes, published with the version, downloadable from the portal only then. */
@QuarkusTest
class AttachmentTest {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void anItemsFilesArePublishedWithItsVersion() {
        Clock.today("2026-10-12");
        long id = Items.draft(Items.body("YWJYZS", "2026年招生简章（附件）", null, "2026-10-12", "PUBLIC", null));
        long fileId = Users.upload("staff").multiPart("file", "招生简章.pdf", PDF, "application/pdf")
                .post("/api/v1/items/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("fileName", equalTo("招生简章.pdf"))
                .extract().jsonPath().getLong("id");
        // a page of HTML that claims to be a PDF is refused: the type comes from the bytes
        Users.upload("staff")
                .multiPart("file", "fake.exe", "MZ\u0090\u0000\u0003 this is not a document".getBytes(StandardCharsets.ISO_8859_1), "application/pdf")
                .post("/api/v1/items/" + id + "/attachments").then().statusCode(400).body("errors[0].field", equalTo("file"));
        Users.upload("zcfghead").multiPart("file", "x.pdf", PDF, "application/pdf")
                .post("/api/v1/items/" + id + "/attachments").then().statusCode(404);
        // not on the portal before publication
        as("anonymous").get("/api/v1/portal/items/" + id + "/attachments/" + fileId).then().statusCode(404);

        Items.publish(id);
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200)
                .body("attachments", hasSize(1)).body("attachments[0].fileName", equalTo("招生简章.pdf"));
        byte[] got = as("anonymous").get("/api/v1/portal/items/" + id + "/attachments/" + fileId).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E6%8B%9B%E7%94%9F"))
                .extract().asByteArray();
        assertArrayEquals(PDF, got);
        // a published item's files change only through a revision
        Users.upload("staff").multiPart("file", "more.pdf", PDF, "application/pdf")
                .post("/api/v1/items/" + id + "/attachments").then().statusCode(409);
        as("staff").delete("/api/v1/items/" + id + "/attachments/" + fileId).then().statusCode(409);
        Items.move("staff", id, "revision", Map.of("note", "更换附件"), 200);
        as("staff").delete("/api/v1/items/" + id + "/attachments/" + fileId).then().statusCode(204);
        // the live version keeps its file until the change is published
        as("anonymous").get("/api/v1/portal/items/" + id + "/attachments/" + fileId).then().statusCode(200);
        Items.publish(id);
        as("anonymous").get("/api/v1/portal/items/" + id).then().body("attachments", hasSize(0));
    }

    @Test
    void aTicketsFilesStayWithIt() {
        Clock.today("2026-09-28");
        long id = as("office").body(Map.of("ticketNo", "12345-att-" + System.nanoTime(), "type", "HELP", "category", "STUDENT_AID",
                        "title", "资助申请材料", "request", "附申请表", "platformDueDate", "2026-10-12"))
                .post("/api/v1/enquiries/tickets").then().statusCode(201).extract().jsonPath().getLong("id");
        long fileId = Users.upload("office").multiPart("file", "申请表.pdf", PDF, "application/pdf")
                .post("/api/v1/enquiries/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        as("office").body(Map.of("departmentCode", "JCJY")).post("/api/v1/enquiries/" + id + "/transfer").then().statusCode(200);
        as("staff").get("/api/v1/enquiries/" + id).then().body("attachments[0].fileName", equalTo("申请表.pdf"));
        as("staff").get("/api/v1/enquiries/" + id + "/attachments/" + fileId).then().statusCode(200);
        as("zcfghead").get("/api/v1/enquiries/" + id + "/attachments/" + fileId).then().statusCode(404);
    }

    /** Issue 9: every upload is SM4-encrypted at rest; the file name stays out of the audit trail. */
    @Test
    void filesAreEncryptedAtRestAndTheirNamesStayOutOfTheAudit() throws Exception {
        Clock.today("2026-10-12");
        long id = Items.draft(Items.body("YWJYZS", "加密存储的附件", null, "2026-10-12", "PUBLIC", null));
        byte[] marked = (new String(PDF, StandardCharsets.US_ASCII) + "% 身份证号371302199001011234\n").getBytes(StandardCharsets.UTF_8);
        long fileId = Users.upload("staff").multiPart("file", "张三身份证扫描.pdf", marked, "application/pdf")
                .post("/api/v1/items/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        String key;
        try (java.sql.Connection c = org.gongkai.testsupport.Db.connect()) {
            var rs = c.createStatement().executeQuery("select storage_key, encrypted from attachment where id = " + fileId);
            org.junit.jupiter.api.Assertions.assertTrue(rs.next());
            key = rs.getString(1);
            org.junit.jupiter.api.Assertions.assertTrue(rs.getBoolean(2));
            var audit = c.createStatement().executeQuery("select count(*) from audit_event where after_state like '%身份证扫描%' or before_state like '%身份证扫描%'");
            audit.next();
            org.junit.jupiter.api.Assertions.assertEquals(0, audit.getInt(1), "no file name in the audit trail");
        }
        String dir = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("gongkai.files.dir", String.class);
        byte[] stored = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(dir).resolve(key));
        String asText = new String(stored, StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertFalse(asText.contains("%PDF") || new String(stored, StandardCharsets.UTF_8).contains("371302"),
                "the stored file is not readable without the key");
        byte[] got = as("staff").get("/api/v1/items/" + id + "/attachments/" + fileId).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(marked, got);
    }

    /** Issue 9: downloads are streamed in chunks (never the whole file in memory); a refusal is still a problem. */
    @Test
    void downloadsAreStreamedAndRefusalsStayProblems() {
        Clock.today("2026-10-12");
        long id = Items.draft(Items.body("YWJYZS", "大附件的流式下载", null, "2026-10-12", "PUBLIC", null));
        byte[] big = new byte[3 * 1024 * 1024 + 123];
        new java.util.Random(9).nextBytes(big);
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        long fileId = Users.upload("staff").multiPart("file", "大文件.pdf", big, "application/pdf")
                .post("/api/v1/items/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        var response = as("staff").get("/api/v1/items/" + id + "/attachments/" + fileId).then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Transfer-Encoding", equalTo("chunked"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%A4%A7")).extract();
        assertArrayEquals(big, response.asByteArray());
        as("staff").get("/api/v1/items/" + id + "/attachments/" + (fileId + 100000)).then().statusCode(404)
                .header("Content-Type", containsString("application/problem+json")).body("status", equalTo(404));
        as("zcfghead").get("/api/v1/items/" + id + "/attachments/" + fileId).then().statusCode(404)
                .header("Content-Type", containsString("application/problem+json"));
    }
}
