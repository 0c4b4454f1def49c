package org.gongkai.interpretation;

import static org.gongkai.testsupport.Users.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.gongkai.testsupport.Clock;
import org.gongkai.testsupport.Items;
import org.gongkai.testsupport.NonDefaultSettings;
import org.junit.jupiter.api.Test;

/**
 * R24 where the setting allows an interpretation after its document (3 working days here): the document is routed
 * alone, its publication opens the obligation on the ledger — across a weekend — and the interpretation's
 * publication meets it; one that comes too late is met late (evidence for R45(5)).
 */
@QuarkusTest
@TestProfile(NonDefaultSettings.class)
class InterpretationLaterTest {

    static String r24(long doc, String field) {
        return as("office").get("/api/v1/items/" + doc).then().statusCode(200).extract().path("obligations.find { it.ruleId == 'R24' }." + field);
    }

    @Test
    void aDocumentPublishedAloneOpensTheObligationItsInterpretationMeets() {
        // Thursday 2026-10-15: 3 working days are Fri 10/16, Mon 10/19, Tue 10/20
        Clock.today("2026-10-15");
        String title = "临沂市中小学校服管理办法" + System.nanoTime();
        long doc = Items.draft(Items.body("GFXWJ", title, null, "2026-10-15", "PUBLIC", "\"normative\":true,\"validity\":\"VALID\""));
        Items.exemptFromConsultation(doc);
        Items.publish(doc);
        org.junit.jupiter.api.Assertions.assertEquals("2026-10-20", r24(doc, "dueDate"));
        // open, and due within the "due soon" window of 3 working days
        org.junit.jupiter.api.Assertions.assertEquals("DUE_SOON", r24(doc, "status"));

        Clock.today("2026-10-19");
        long interp = Items.draft("""
                {"title":"《%s》政策解读","issuingDepartment":"JCJY","summary":"解读。","body":"<p>问答。</p>","attribute":"PUBLIC",%s}"""
                .formatted(title, Items.interpretationOf(doc)));
        Items.publish(interp);
        as("anonymous").get("/api/v1/portal/items/" + doc).then().statusCode(200).body("links[0].id", equalTo((int) interp));
        org.junit.jupiter.api.Assertions.assertEquals("MET", r24(doc, "status"));

        // another one, interpreted too late: met late
        Clock.today("2026-10-15");
        String late = "临沂市中小学课后服务管理办法" + System.nanoTime();
        long doc2 = Items.draft(Items.body("GFXWJ", late, null, "2026-10-15", "PUBLIC", "\"normative\":true,\"validity\":\"VALID\""));
        Items.exemptFromConsultation(doc2);
        Items.publish(doc2);
        Clock.today("2026-10-22");
        org.junit.jupiter.api.Assertions.assertEquals("OVERDUE", r24(doc2, "status"));
        long interp2 = Items.draft("""
                {"title":"《%s》政策解读","issuingDepartment":"JCJY","summary":"解读。","body":"<p>问答。</p>","attribute":"PUBLIC",%s}"""
                .formatted(late, Items.interpretationOf(doc2)));
        Items.publish(interp2);
        org.junit.jupiter.api.Assertions.assertEquals("MET_LATE", r24(doc2, "status"));
    }
}
