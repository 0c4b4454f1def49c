package org.gongkai.common.pdf;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The CJK font a PDF embeds (a subset): {@code gongkai.letters.font}, by default Debian's WenQuanYi Micro Hei collection. */
public final class CjkFonts {
    private CjkFonts() {}

    public static PDType0Font load(PDDocument doc, String path) throws IOException {
        File f = new File(path);
        if (!f.isFile()) throw new IllegalStateException("no CJK font at " + path + " (gongkai.letters.font); install fonts-wqy-microhei");
        if (path.toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(f);
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(t -> first.compareAndSet(null, t));
            return PDType0Font.load(doc, first.get(), true);
        }
        return PDType0Font.load(doc, f);
    }
}
