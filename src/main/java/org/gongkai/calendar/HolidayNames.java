package org.gongkai.calendar;

import java.util.Map;

/** The public holidays' names in English (issue 16: the English portal shows no Chinese but the documents). Pure. */
public final class HolidayNames {
    private HolidayNames() {}

    static final Map<String, String> EN = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labour Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day");

    /** The English name; names joined by 、 (国庆节、中秋节) are translated part by part; an unknown name stays as it is. */
    public static String en(String zh) {
        if (zh == null) return null;
        String[] parts = zh.split("、");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (out.length() > 0) out.append(" and ");
            out.append(EN.getOrDefault(p.strip(), p.strip()));
        }
        return out.toString();
    }
}
