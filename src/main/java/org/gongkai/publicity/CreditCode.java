package org.gongkai.publicity;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31 allowed (digits and
 * capitals without I, O, S, V, Z), the first two a registering authority and kind, the last a check character over
 * the 17 before it with weights 3^i mod 31.
 */
public final class CreditCode {
    static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** The check character of the first 17 characters, or -1 when one of them is not allowed. */
    public static int check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(first17.charAt(i));
            if (v < 0) return -1;
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARS.charAt(c == 31 ? 0 : c);
    }

    public static boolean valid(String code) {
        if (code == null || code.length() != 18) return false;
        int c = check(code.substring(0, 17));
        return c >= 0 && code.charAt(17) == c;
    }
}
