package org.gongkai.interpretation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongkai.common.error.FieldError;
import org.gongkai.interpretation.InterpretationDetails.Form;
import org.gongkai.interpretation.InterpretationDetails.Media;
import org.junit.jupiter.api.Test;

/** The details' rules as plain code: built in Java (immutable lists, as DemoData does) as well as from JSON. */
class InterpretationDetailsTest {

    static InterpretationDetails of(List<Form> forms, List<Media> media) {
        return new InterpretationDetails("背景", "目标", "范围", "措施", null, null, "0539-8123456", forms, List.of(), media, false, null);
    }

    @Test
    void immutableListsAreChecked() {
        assertEquals(List.of(), of(List.of(Form.TEXT, Form.QA), List.of()).check());
        List<FieldError> e = of(Arrays.asList(Form.TEXT, null), List.of()).check();
        assertEquals("interpretation.forms", e.get(0).field());
    }

    @Test
    void aFormNeedsItsMediaAndAnAttachmentOfTheRightType() {
        assertEquals("interpretation.media", of(List.of(Form.VIDEO), List.of()).completeness(Map.of()).get(0).field());
        var video = new Media(Media.MediaKind.VIDEO, 7L, null, "视频解读", null, "文字稿");
        assertTrue(of(List.of(Form.VIDEO), List.of(video)).completeness(Map.of(7L, "video/mp4")).isEmpty());
        assertEquals("interpretation.media[0].attachmentId", of(List.of(Form.VIDEO), List.of(video)).completeness(Map.of(7L, "image/png")).get(0).field());
        assertTrue(of(List.of(Form.VIDEO), List.of()).richForm());
        assertEquals("TEXT,VIDEO", of(List.of(Form.TEXT, Form.VIDEO, Form.TEXT), List.of()).formsCsv());
    }
}
