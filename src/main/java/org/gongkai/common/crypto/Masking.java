package org.gongkai.common.crypto;

/** How personal data appears on screen unless a handler opens it (an audited act). */
public final class Masking {
    private Masking() {}

    /** 13812345678 → 138****5678 */
    public static String phone(String p) {
        if (p == null || p.isBlank()) return p;
        String s = p.trim();
        if (s.length() <= 4) return "*".repeat(s.length());
        if (s.length() < 8) return "*".repeat(s.length() - 4) + s.substring(s.length() - 4);
        return s.substring(0, 3) + "****" + s.substring(s.length() - 4);
    }

    /** 张三丰 → 张** */
    public static String name(String n) {
        if (n == null || n.isBlank()) return n;
        String s = n.trim();
        return s.substring(0, 1) + "*".repeat(Math.max(1, s.length() - 1));
    }

    /** zhang.san@example.cn → z***@example.cn */
    public static String email(String e) {
        if (e == null || e.isBlank()) return e;
        int at = e.indexOf('@');
        if (at <= 0) return "***";
        return e.charAt(0) + "***" + e.substring(at);
    }

    /** 370102199001011234 → 3701**********1234 */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) return id == null ? null : "*".repeat(id.length());
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
