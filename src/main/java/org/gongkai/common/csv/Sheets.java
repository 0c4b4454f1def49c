package org.gongkai.common.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.error.ProblemException;

/**
 * XLSX workbooks (Apache POI), written and read in one place: a bold frozen header, every cell text (what an officer
 * types is kept as typed: leading zeros, ID numbers). Run on a worker: a workbook is CPU work.
 */
public final class Sheets {
    private Sheets() {}

    /** One sheet: the header in bold and frozen, the rows as text; {@code widths} in characters (null: 16 each). */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows, int[] widths) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ").substring(0, Math.min(31, sheetName.length())));
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row x = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = x.createCell(c);
                    cell.setCellValue(cells.get(c) == null ? "" : cells.get(c));
                    cell.setCellStyle(wrap);
                }
            }
            for (int c = 0; c < header.size(); c++) sheet.setColumnWidth(c, (widths != null && c < widths.length ? widths[c] : 16) * 256);
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The first sheet's rows as text, blank rows left out; {@code columns} cells a row (0: as many as the header has),
     * at most {@code maxRows} rows. Not a workbook: a 400 naming {@code field}.
     */
    public static List<List<String>> read(byte[] bytes, int columns, int maxRows, String field) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int width = columns;
            for (Row r : sheet) {
                if (rows.size() > maxRows) break;
                if (width == 0) width = Math.max(0, r.getLastCellNum());
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = r.getCell(c);
                    cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badField(field, "is not a readable XLSX workbook");
        }
    }

    /** Whether the bytes are a ZIP container (an XLSX workbook is one; a CSV never starts so). */
    public static boolean looksLikeXlsx(byte[] bytes) {
        return bytes != null && bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
