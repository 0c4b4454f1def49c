package org.gongkai.search;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Item bodies are rich text: sanitised on the way in (no scripts, no event handlers), flattened for search. */
public final class HtmlText {
    private static final Safelist SAFE = Safelist.relaxed().addTags("figure", "figcaption", "hr", "ins", "del")
            .addAttributes("td", "colspan", "rowspan").addAttributes("th", "colspan", "rowspan")
            .addProtocols("img", "src", "http", "https", "data");

    private HtmlText() {}

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) return "";
        return Jsoup.clean(html, SAFE);
    }

    public static String plain(String html) {
        if (html == null || html.isBlank()) return "";
        return Jsoup.parse(html).text();
    }

    /** Text made safe to place in HTML (a body a feature writes for an item: a plan's table, a report's). */
    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
