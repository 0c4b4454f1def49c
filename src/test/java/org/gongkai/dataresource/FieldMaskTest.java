package org.gongkai.dataresource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Issue 14, R37: each masking rule on the values a bureau holds, and what no rule may ever let through. */
class FieldMaskTest {

    @Test
    void eachRuleOnTypicalValues() {
        assertEquals("张**", FieldMask.parse("KEEP_ENDS:1,0").apply("张三丰", null));
        assertEquals("138****5678", FieldMask.parse("keep_ends:3,4").apply("13812345678", null));
        assertEquals("**", FieldMask.parse("KEEP_ENDS:1,1").apply("李四", null), "too short to keep both ends: masked whole");
        assertEquals("2012", FieldMask.parse("YEAR").apply("2012-05-05", null));
        assertEquals("****", FieldMask.parse("YEAR").apply("五月", null));
        assertEquals("山东省临沂市兰山区", FieldMask.parse("DISTRICT").apply("山东省临沂市兰山区通达路1号", null));
        assertEquals("山东省临沂市沂南县", FieldMask.parse("DISTRICT").apply("山东省临沂市沂南县界湖街道", null));
        assertEquals("山东省临沂市", FieldMask.parse("DISTRICT").apply("山东省临沂市某某路", null));
        assertEquals("临沂市兰陵县", FieldMask.parse("DISTRICT").apply("临沂市兰陵县卞庄街道", null));
        assertEquals("北京市朝阳区", FieldMask.parse("DISTRICT").apply("北京市朝阳区建国路1号", null));
        assertNull(FieldMask.parse("DROP").apply("371302198805051236", null));
        assertEquals("x", FieldMask.parse(null).apply("x", null));
        String h = FieldMask.parse("HASH").apply("371302198805051236", "salt");
        assertEquals(64, h.length());
        assertEquals(h, FieldMask.parse("HASH").apply("371302198805051236", "salt"), "a stable pseudonym: records still join");
        assertNotEquals(h, FieldMask.parse("HASH").apply("371302198805051236", "other"), "salted");
        assertEquals("KEEP_ENDS:3,4", FieldMask.parse(" KEEP_ENDS: 3 , 4 ").toString());
    }

    @Test
    void aWrongRuleSaysWhatIsAllowed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("BLUR")).getMessage().contains("KEEP_ENDS"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("KEEP_ENDS"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("KEEP_ENDS:a,b"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("KEEP_ENDS:1"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("KEEP_ENDS:99,0"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("YEAR:4"));
    }

    /** Keeping the ends keeps the length and never shows a character from the middle. */
    @Property(tries = 300)
    void keepingTheEndsHidesTheMiddle(@ForAll @StringLength(min = 1, max = 40) String value, @ForAll @IntRange(max = 4) int first,
                                      @ForAll @IntRange(max = 4) int last) {
        String masked = new FieldMask(FieldMask.Kind.KEEP_ENDS, first, last).apply(value, null);
        int[] v = value.codePoints().toArray();
        int[] m = masked.codePoints().toArray();
        assertEquals(v.length, m.length);
        boolean whole = v.length <= first + last;
        for (int i = 0; i < v.length; i++) {
            boolean kept = !whole && (i < first || i >= v.length - last);
            assertEquals(kept ? v[i] : '*', m[i]);
        }
    }

    /** No rule but NONE gives the value back whole (an 18-digit ID number, a phone number). */
    @Property(tries = 200)
    void onlyNoneGivesTheValueBack(@ForAll("secrets") String secret) {
        for (FieldMask.Kind k : FieldMask.Kind.values()) {
            if (k == FieldMask.Kind.NONE) continue;
            FieldMask mask = k == FieldMask.Kind.KEEP_ENDS ? new FieldMask(k, 3, 4) : new FieldMask(k, 0, 0);
            String out = mask.apply(secret, "s");
            assertFalse(secret.equals(out), k + " let " + secret + " through");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> secrets() {
        return net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(18);
    }
}
