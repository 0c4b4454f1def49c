package org.gongkai.dataresource;

import java.util.List;
import java.util.Locale;

import org.gongkai.audit.AuditHasher;

/**
 * How one field of a data resource leaves the platform when it is masked (R37: a partly sensitive resource is
 * desensitised, never withheld whole). One place for every way data leaves — shared by API call, opened for download,
 * shown on the portal. Pure: a rule and a value in, the masked value (or nothing: dropped) out.
 *
 * <ul>
 *   <li>{@code NONE}: as it is;</li>
 *   <li>{@code KEEP_ENDS:f,l}: the first f and the last l characters kept, each other one a {@code *} (张三丰 with 1,0 →
 *       张**; 13812345678 with 3,4 → 138****5678); a value no longer than f + l is masked whole;</li>
 *   <li>{@code YEAR}: a date to its year (2012-05-05 → 2012);</li>
 *   <li>{@code DISTRICT}: an address to its county-level district (山东省临沂市兰山区通达路1号 → 山东省临沂市兰山区);</li>
 *   <li>{@code HASH}: a stable pseudonym, the salted SM3 of the value (records can still be joined, never read);</li>
 *   <li>{@code DROP}: the field is left out.</li>
 * </ul>
 */
public record FieldMask(Kind kind, int first, int last) {
    public enum Kind { NONE, KEEP_ENDS, YEAR, DISTRICT, HASH, DROP }

    public static final FieldMask NONE = new FieldMask(Kind.NONE, 0, 0);
    public static final FieldMask DROP = new FieldMask(Kind.DROP, 0, 0);

    public FieldMask {
        if (kind == null) throw new IllegalArgumentException("a mask has a kind");
        if (first < 0 || last < 0 || first > 32 || last > 32) throw new IllegalArgumentException("keep 0 to 32 characters at each end");
    }

    /** "KEEP_ENDS:1,0", "YEAR", "HASH" …; null or blank: NONE. A wrong rule is an IllegalArgumentException saying what is allowed. */
    public static FieldMask parse(String rule) {
        if (rule == null || rule.isBlank()) return NONE;
        String r = rule.trim().toUpperCase(Locale.ROOT);
        String[] parts = r.split(":", 2);
        Kind k;
        try {
            k = Kind.valueOf(parts[0].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a mask is one of " + List.of(Kind.values()) + " (KEEP_ENDS:first,last)");
        }
        if (k != Kind.KEEP_ENDS) {
            if (parts.length > 1) throw new IllegalArgumentException(k + " takes no numbers");
            return new FieldMask(k, 0, 0);
        }
        if (parts.length < 2) throw new IllegalArgumentException("KEEP_ENDS says how many characters to keep: KEEP_ENDS:first,last");
        String[] n = parts[1].split(",");
        if (n.length != 2) throw new IllegalArgumentException("KEEP_ENDS:first,last");
        try {
            return new FieldMask(k, Integer.parseInt(n[0].trim()), Integer.parseInt(n[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KEEP_ENDS:first,last with whole numbers");
        }
    }

    /** The rule as written. */
    @Override
    public String toString() {
        return kind == Kind.KEEP_ENDS ? "KEEP_ENDS:" + first + "," + last : kind.name();
    }

    /** The masked value; null when the field is dropped (or the value is null). {@code salt} is used by HASH only. */
    public String apply(String value, String salt) {
        if (value == null || kind == Kind.DROP) return null;
        return switch (kind) {
            case NONE -> value;
            case KEEP_ENDS -> keepEnds(value, first, last);
            case YEAR -> year(value);
            case DISTRICT -> district(value);
            case HASH -> AuditHasher.sm3Hex((salt == null ? "" : salt) + "\n" + value);
            case DROP -> null;
        };
    }

    static String keepEnds(String v, int first, int last) {
        int[] cps = v.codePoints().toArray();
        int n = cps.length;
        StringBuilder b = new StringBuilder();
        boolean whole = n <= first + last;
        for (int i = 0; i < n; i++) {
            boolean keep = !whole && (i < first || i >= n - last);
            if (keep) b.appendCodePoint(cps[i]);
            else b.append('*');
        }
        return b.toString();
    }

    /** The leading four-digit year of a date; anything else masked whole. */
    static String year(String v) {
        String t = v.trim();
        return t.length() >= 4 && t.substring(0, 4).chars().allMatch(Character::isDigit) ? t.substring(0, 4) : "****";
    }

    /** Up to the first county-level unit (区, 县, 旗, or a 市 that follows another 市); without one, the province or city part only. */
    static String district(String v) {
        String t = v.trim();
        int city = t.indexOf('市');
        int from = Math.max(0, city + 1);
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '区' || c == '县' || c == '旗' || (c == '市' && city >= 0 && i > city)) return t.substring(0, i + 1);
        }
        if (city >= 0) return t.substring(0, city + 1);
        int province = t.indexOf('省');
        return province >= 0 ? t.substring(0, province + 1) : "***";
    }
}
