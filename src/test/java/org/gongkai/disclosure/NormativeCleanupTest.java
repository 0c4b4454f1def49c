package org.gongkai.disclosure;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.junit.jupiter.api.Test;

/** R9: a repealed normative document must leave the portal within 20 working days; withdrawal meets the obligation. */
@QuarkusTest
class NormativeCleanupTest {

    @Test
    void repealedDocumentOpensR9AndWithdrawalMeetsIt() {
        Clock.today("2026-09-28");
        String title = "临沂市中小学学籍管理办法" + UUID.randomUUID().toString().substring(0, 6);
        long id = as("staff").body(Items.body("GFXWJ", title, "临教发〔2018〕62号", "2026-09-28", "PUBLIC",
                        "\"normative\":true,\"validity\":\"VALID\",\"validFrom\":\"2018-09-01\""))
                .post("/api/v1/items").then().statusCode(201).extract().jsonPath().getLong("id");
        long interp = Items.publishWithInterpretation(id, title);
        as("legal").queryParam("validity", "VALID").get("/api/v1/normative-documents").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as("staff").body(Map.of("validity", "REPEALED", "note", "已废止")).post("/api/v1/normative-documents/" + id + "/validity")
                .then().statusCode(403);
        as("legal").body(Map.of("validity", "REPEALED", "note", "经2026年清理，已被新办法废止"))
                .post("/api/v1/normative-documents/" + id + "/validity").then().statusCode(200).body("validity", equalTo("REPEALED"));
        as("anonymous").get("/api/v1/portal/items/" + id).then().statusCode(200).body("validity", equalTo("REPEALED"));
        // 20 working days from 9/28 across the National Day holiday
        as("office").get("/api/v1/items/" + id).then()
                .body("obligations.find { it.ruleId == 'R9' }.dueDate", equalTo("2026-10-30"))
                .body("obligations.find { it.ruleId == 'R9' }.status", equalTo("OPEN"));
        Clock.today("2026-10-12");
        // its interpretation (R24) leaves with it
        as("office").queryParam("linked", "WITHDRAW").body(Map.of("reason", "规范性文件已废止")).post("/api/v1/items/" + id + "/withdrawal")
                .then().statusCode(200);
        as("office").get("/api/v1/items/" + id).then().body("obligations.find { it.ruleId == 'R9' }.status", equalTo("MET"));
        as("anonymous").get("/api/v1/portal/items/" + interp).then().statusCode(404);
        as("legal").body(Map.of("validity", "VALID", "note", "x")).post("/api/v1/normative-documents/999999/validity")
                .then().statusCode(404);
    }
}
