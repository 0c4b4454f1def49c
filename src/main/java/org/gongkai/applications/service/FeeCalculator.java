package org.gongkai.applications.service;

/**
 * The information-processing fee of 国办函〔2020〕109号 (legal-rules.md), by item or by volume, never both:
 * <ul>
 * <li>by item, per applicant per calendar month: items 1–10 free; 11–30 ¥100 each; from 31 on, ¥100 more for each
 * further 10 (31–40 ¥200 each, 41–50 ¥300 each …);</li>
 * <li>by volume: pages 1–30 free; 31–100 ¥10 a page; 101–200 ¥20 a page; from 201 ¥40 a page.</li>
 * </ul>
 */
public final class FeeCalculator {
    private FeeCalculator() {}

    public enum Mode { ITEMS, PAGES }

    /** The fee in yuan for the {@code quantity}-th item of the month (or the pages of one application). */
    public static long fee(Mode mode, int quantity) {
        if (quantity < 0) throw new IllegalArgumentException("quantity");
        long total = 0;
        for (int i = 1; i <= quantity; i++) total += mode == Mode.ITEMS ? perItem(i) : perPage(i);
        return total;
    }

    /** What the i-th item of a month costs. */
    static long perItem(int i) {
        if (i <= 10) return 0;
        if (i <= 30) return 100;
        return 100 + 100L * ((i - 31) / 10 + 1);
    }

    static long perPage(int k) {
        if (k <= 30) return 0;
        if (k <= 100) return 10;
        if (k <= 200) return 20;
        return 40;
    }
}
