package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A published report as PDF and DOCX, from the very HTML that was reviewed and published (the item version's body):
 * headings, paragraphs and tables — colspans and rowspans kept — in A4 with a CJK font embedded in the PDF. Pure but
 * for the font file; blocking: call on a worker.
 */
public final class ReportDocuments {
    private ReportDocuments() {}

    /** A cell of a laid-out table: its text, where it starts, how many columns and rows it spans. */
    record Cell(String text, int column, int colspan, int rowspan, boolean head) {}

    sealed interface Block permits Heading, Para, Table {}

    record Heading(String text) implements Block {}

    record Para(String text) implements Block {}

    record Table(int columns, List<List<Cell>> rows) implements Block {}

    /** The blocks of the HTML, each table laid out on a grid (a rowspan keeps its column taken in the rows below). */
    static List<Block> blocks(String html) {
        List<Block> out = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().children()) {
            switch (e.tagName()) {
                case "h1", "h2", "h3" -> out.add(new Heading(e.text()));
                case "table" -> out.add(table(e));
                default -> {
                    if (!e.text().isBlank()) out.add(new Para(e.text()));
                }
            }
        }
        return out;
    }

    static Table table(Element t) {
        List<List<Cell>> rows = new ArrayList<>();
        List<int[]> taken = new ArrayList<>(); // per row: columns occupied from rows above
        int width = 0;
        List<Element> trs = t.select("tr");
        for (int r = 0; r < trs.size(); r++) {
            while (taken.size() <= r) taken.add(new int[64]);
            List<Cell> cells = new ArrayList<>();
            int col = 0;
            for (Element td : trs.get(r).children()) {
                while (col < 64 && taken.get(r)[col] > 0) col++;
                int cs = Math.max(1, parse(td.attr("colspan")));
                int rs = Math.max(1, parse(td.attr("rowspan")));
                cells.add(new Cell(td.text(), col, cs, rs, td.tagName().equals("th")));
                for (int k = 1; k < rs; k++) {
                    while (taken.size() <= r + k) taken.add(new int[64]);
                    for (int c = col; c < col + cs && c < 64; c++) taken.get(r + k)[c] = 1;
                }
                col += cs;
            }
            for (int c = col; c < 64; c++) if (taken.get(r)[c] > 0) col = c + 1;
            width = Math.max(width, col);
            rows.add(cells);
        }
        return new Table(width, rows);
    }

    private static int parse(String s) {
        try {
            return s == null || s.isBlank() ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ------------------------------------------------------------------------------------------------ PDF

    static final float MARGIN = 50;

    public static byte[] pdf(String title, String html, String fontPath) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = org.gongkai.common.pdf.CjkFonts.load(doc, fontPath);
            Pdf p = new Pdf(doc, font);
            p.text(title, 16, true);
            p.y -= 10;
            for (Block b : blocks(html)) {
                if (b instanceof Heading h) {
                    p.y -= 6;
                    p.text(h.text(), 13, false);
                } else if (b instanceof Para x) {
                    p.text("　　" + x.text(), 10.5f, false);
                } else if (b instanceof Table t) {
                    p.table(t);
                }
            }
            p.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writer down A4 pages: text wrapped to the width, tables with wrapped cells, a new page when one is full. */
    static final class Pdf {
        final PDDocument doc;
        final PDType0Font font;
        final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        PDPageContentStream cs;
        float y;

        Pdf(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            page();
        }

        void page() throws IOException {
            if (cs != null) cs.close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            cs.close();
        }

        List<String> wrap(String text, float size, float w) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (!line.isEmpty() && font.getStringWidth(line + ch) / 1000 * size > w) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
            return lines;
        }

        void text(String text, float size, boolean centre) throws IOException {
            for (String l : wrap(text, size, width)) {
                if (y < MARGIN + size) page();
                y -= size * 1.5f;
                float x = MARGIN + (centre ? (width - font.getStringWidth(l) / 1000 * size) / 2 : 0);
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, y);
                cs.showText(l);
                cs.endText();
            }
        }

        void table(Table t) throws IOException {
            float size = t.columns() > 10 ? 7 : 8.5f;
            float[] w = new float[t.columns()];
            // the first column (the row's label) wider when the table has one, the others shared
            float first = t.columns() > 3 && t.columns() <= 10 ? width * 0.36f : width / t.columns();
            w[0] = first;
            for (int c = 1; c < w.length; c++) w[c] = (width - first) / (t.columns() - 1);
            y -= 4;
            for (List<Cell> row : t.rows()) {
                float h = 0;
                List<List<String>> texts = new ArrayList<>();
                for (Cell c : row) {
                    List<String> lines = wrap(c.text(), size, span(w, c) - 4);
                    texts.add(lines);
                    // a cell spanning rows takes the rows below as one line each; this row holds the rest
                    h = Math.max(h, lines.size() * size * 1.3f + 4 - (c.rowspan() - 1) * (size * 1.3f + 4));
                }
                h = Math.max(h, size * 1.3f + 4);
                if (y - h < MARGIN) page();
                for (int i = 0; i < row.size(); i++) {
                    Cell c = row.get(i);
                    float x = MARGIN;
                    for (int k = 0; k < c.column(); k++) x += w[k];
                    float cw = span(w, c);
                    float ch = h + (c.rowspan() - 1) * (size * 1.3f + 4);
                    cs.addRect(x, y - ch, cw, ch);
                    cs.stroke();
                    float ty = y - size - 1;
                    for (String l : texts.get(i)) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(x + 2, ty);
                        cs.showText(l);
                        cs.endText();
                        ty -= size * 1.3f;
                    }
                }
                y -= h;
            }
            y -= 6;
        }

        static float span(float[] w, Cell c) {
            float s = 0;
            for (int k = c.column(); k < c.column() + c.colspan() && k < w.length; k++) s += w[k];
            return s;
        }
    }

    // ------------------------------------------------------------------------------------------------ DOCX

    public static byte[] docx(String title, String html) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc.createParagraph(), title, 32, true).getParagraph().setAlignment(ParagraphAlignment.CENTER);
            for (Block b : blocks(html)) {
                if (b instanceof Heading h) run(doc.createParagraph(), h.text(), 28, true);
                else if (b instanceof Para p) run(doc.createParagraph(), "　　" + p.text(), 24, false);
                else if (b instanceof Table t) {
                    XWPFTable table = doc.createTable(t.rows().size(), t.columns());
                    for (int r = 0; r < t.rows().size(); r++) {
                        for (Cell c : t.rows().get(r)) {
                            XWPFTableCell cell = table.getRow(r).getCell(c.column());
                            if (cell == null) continue;
                            cell.removeParagraph(0);
                            run(cell.addParagraph(), c.text(), 18, c.head());
                        }
                    }
                    // a spanned cell's text stands in its first column; the columns it covers stay empty (aligned for editing)
                    doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int halfPoints, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(halfPoints / 2.0);
        r.setFontFamily("SimSun");
        return r;
    }
}
