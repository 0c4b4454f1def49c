package org.gongkai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Issue 16: every holiday name in the bundled calendar years has an English name (nothing left in Chinese). */
class HolidayNamesTest {

    @Test
    void everyBundledHolidayHasItsEnglishName() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/holiday-cn"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    String en = HolidayNames.en(m.group(1));
                    assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), f + ": " + m.group(1) + " → " + en);
                }
            }
        }
        assertEquals("National Day and Mid-Autumn Festival", HolidayNames.en("国庆节、中秋节"));
    }
}
