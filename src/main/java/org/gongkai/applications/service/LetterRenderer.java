package org.gongkai.applications.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.applications.Letter;

/**
 * Letters as PDF (PDFBox, a subset of a CJK font embedded: {@code gongkai.letters.font}, by default Debian's
 * WenQuanYi Micro Hei) and as DOCX (WordprocessingML written directly: a letter needs paragraphs, not a library).
 * Layout of an official letter: the bureau, the title, the document number, the body, the signature block.
 */
@ApplicationScoped
public class LetterRenderer {
    static final float MARGIN = 72;

    @ConfigProperty(name = "gongkai.letters.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String fontPath;

    public record Content(String bureau, String title, String docNumber, String body, String dateLine, String signer, boolean draft) {}

    public byte[] pdf(Content c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(doc);
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;
            List<Line> lines = new ArrayList<>();
            if (c.draft()) lines.add(new Line("草稿（未签发）", 12, Align.RIGHT, 8));
            lines.add(new Line(c.bureau(), 22, Align.CENTER, 10));
            lines.add(new Line(c.title(), 18, Align.CENTER, 6));
            lines.add(new Line(c.docNumber(), 12, Align.CENTER, 18));
            for (String para : c.body().split("\n")) {
                for (String l : wrap(font, "　　" + para.trim(), 14, width)) lines.add(new Line(l, 14, Align.LEFT, 8));
            }
            lines.add(new Line("", 14, Align.LEFT, 24));
            lines.add(new Line(c.bureau(), 14, Align.RIGHT, 8));
            lines.add(new Line(c.dateLine(), 14, Align.RIGHT, 8));
            if (c.signer() != null) lines.add(new Line("签发人：" + c.signer(), 12, Align.RIGHT, 8));

            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            float y = a4.getHeight() - MARGIN;
            for (Line l : lines) {
                float lead = l.size * 1.5f + l.after;
                if (y - lead < MARGIN) {
                    cs.close();
                    page = new PDPage(a4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = a4.getHeight() - MARGIN;
                }
                y -= l.size * 1.5f;
                if (!l.text.isEmpty()) {
                    float w = font.getStringWidth(l.text) / 1000 * l.size;
                    float x = switch (l.align) {
                        case LEFT -> MARGIN;
                        case CENTER -> (a4.getWidth() - w) / 2;
                        case RIGHT -> a4.getWidth() - MARGIN - w;
                    };
                    cs.beginText();
                    cs.setFont(font, l.size);
                    cs.newLineAtOffset(x, y);
                    cs.showText(l.text);
                    cs.endText();
                }
                y -= l.after;
            }
            cs.close();
            doc.getDocumentInformation().setTitle(c.title());
            doc.getDocumentInformation().setAuthor(c.bureau());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the letter could not be rendered: " + e.getMessage(), e);
        }
    }

    private PDType0Font loadFont(PDDocument doc) throws IOException {
        return org.gongkai.common.pdf.CjkFonts.load(doc, fontPath);
    }

    enum Align { LEFT, CENTER, RIGHT }

    record Line(String text, float size, Align align, float after) {}

    /** Chinese text breaks between any two characters. */
    static List<String> wrap(PDType0Font font, String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = font.getStringWidth(line + ch) / 1000 * size;
            if (w > width && !line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    public byte[] docx(Content c) {
        StringBuilder body = new StringBuilder();
        if (c.draft()) body.append(para("草稿（未签发）", 24, "right"));
        body.append(para(c.bureau(), 44, "center")).append(para(c.title(), 36, "center")).append(para(c.docNumber(), 24, "center"));
        for (String p : c.body().split("\n")) body.append(para("　　" + p.trim(), 28, "both"));
        body.append(para("", 28, "left")).append(para(c.bureau(), 28, "right")).append(para(c.dateLine(), 28, "right"));
        if (c.signer() != null) body.append(para("签发人：" + c.signer(), 24, "right"));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>"
                + "</w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String para(String text, int halfPoints, String align) {
        return "<w:p><w:pPr><w:jc w:val=\"" + align + "\"/><w:spacing w:line=\"480\" w:lineRule=\"auto\"/></w:pPr><w:r><w:rPr>"
                + "<w:rFonts w:ascii=\"SimSun\" w:eastAsia=\"SimSun\" w:hAnsi=\"SimSun\"/><w:sz w:val=\"" + halfPoints + "\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + xml(text) + "</w:t></w:r></w:p>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
