package org.gongkai.publicity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The unified social credit code's check character (GB 32100-2015), on real codes and on every one-character slip. */
class CreditCodeTest {
    @Test
    void realCodesPassAndASlipFails() {
        for (String code : new String[] {"91350100M000100Y43", "91110000802100433B", "911100001000013419"}) assertTrue(CreditCode.valid(code), code);
        assertFalse(CreditCode.valid("91350100M000100Y44"));
        assertFalse(CreditCode.valid("91350100M000100Y4"));
        assertFalse(CreditCode.valid("91350100I000100Y43"), "I is not among the 31 characters");
        assertFalse(CreditCode.valid(null));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(CreditCode.CHARS.toCharArray()).ofLength(17);
    }

    @Property(tries = 500)
    void aComputedCheckCharacterIsValidAndAnyChangedCharacterIsCaught(@ForAll("bodies") String body, @ForAll("positions") int at, @ForAll("shifts") int shift) {
        String code = body + (char) CreditCode.check(body);
        assertTrue(CreditCode.valid(code), code);
        // the weights are powers of 3 modulo 31 (prime), none 0: a single changed character always changes the sum mod 31
        char[] c = code.toCharArray();
        int v = CreditCode.CHARS.indexOf(c[at]);
        c[at] = CreditCode.CHARS.charAt((v + shift) % 31);
        assertFalse(CreditCode.valid(new String(c)), new String(c));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 16);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(1, 30);
    }
}
