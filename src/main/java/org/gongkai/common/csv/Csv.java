package org.gongkai.common.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheet programs read and write it (RFC 4180): UTF-8 with its byte-order mark, every cell quoted, CRLF
 * line ends; a cell beginning with = + - @ is prefixed with ' so that a spreadsheet does not run it as a formula
 * (CSV injection). One writer and one reader for every export and import (the double-publicity exchange file, the poll
 * results, the key-task ledger).
 */
public final class Csv {
    private Csv() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, header);
        for (List<String> r : rows) line(b, r);
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        boolean first = true;
        for (String c : cells) {
            if (!first) b.append(',');
            first = false;
            String v = c == null ? "" : c;
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
            b.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }

    /** A sheet's bytes as text: UTF-8 (with or without its mark); else GB 18030, which spreadsheet programs on Chinese Windows write. */
    public static String decode(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
    }

    /** A CSV text as rows of cells (the mark, quoting, doubled quotes, CR LF or LF, line breaks inside quotes); blank lines dropped. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null) return rows;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else quoted = false;
                } else cell.append(ch);
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                    if (any || row.size() > 1 || !row.get(0).isEmpty()) rows.add(row);
                    row = new ArrayList<>();
                    any = false;
                }
                default -> {
                    cell.append(ch);
                    any = true;
                }
            }
        }
        if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
