package org.gongkai.keytask.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.common.csv.Csv;
import org.gongkai.common.error.FieldError;
import org.gongkai.common.error.ProblemException;
import org.gongkai.keytask.KeyTask;
import org.gongkai.keytask.KeyTaskMilestone;

/**
 * The key-task ledger as a sheet (R33), the same columns in CSV and XLSX, for export and for import. Pure and blocking
 * (XLSX through Apache POI): call on a worker. An imported row names its parent by the number of a task on the ledger
 * (ZDGZ2026-001) or by its row in the file (#2); milestones are lines "2026-03-31 完成方案".
 */
public final class KeyTaskSheet {
    private KeyTaskSheet() {
    }

    public static final List<String> HEADER = List.of("编号", "年度", "上级任务", "来源", "任务名称", "主要措施", "牵头单位", "配合单位", "分管领导", "权重", "时间节点", "最新进度");

    public static final int MAX_ROWS = 500;

    /** A row read from a file: the task, and its parent as written (a number on the ledger, "#n" for row n, or empty). */
    public record Imported(int row, KeyTaskService.TaskInput task, String parent) {}

    static List<String> row(KeyTask t, String parentRef, List<KeyTaskMilestone> ms, Integer percent) {
        return List.of(t.refNo, String.valueOf(t.year), parentRef == null ? "" : parentRef, KeyTaskText.SOURCE.get(t.source), t.title, t.measures,
                t.leadDepartmentCode, String.join("、", t.supporting()), t.leader, String.valueOf(t.weight),
                ms.stream().map(m -> m.dueOn + " " + m.title).collect(Collectors.joining("\n")), percent == null ? "" : percent + "%");
    }

    public static String csv(List<List<String>> rows) {
        return Csv.write(HEADER, rows);
    }

    public static byte[] xlsx(int year, List<List<String>> rows) {
        return org.gongkai.common.csv.Sheets.xlsx(year + "年度重点工作", HEADER, rows, new int[] {16, 6, 16, 14, 40, 50, 10, 16, 10, 6, 30, 8});
    }

    /** The rows of an uploaded file (CSV text or XLSX bytes), header first. */
    public static List<List<String>> read(byte[] bytes, boolean xlsx) {
        return xlsx ? org.gongkai.common.csv.Sheets.read(bytes, HEADER.size(), MAX_ROWS + 1, "file") : Csv.parse(text(bytes));
    }

    static String text(byte[] bytes) {
        return org.gongkai.common.csv.Csv.decode(bytes);
    }

    private static final Map<String, KeyTask.Source> SOURCES = KeyTaskText.SOURCE.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    /** The rows as tasks: every failing cell named ("rows[3].leadDepartmentCode"), nothing stored when one fails. */
    public static List<Imported> tasks(List<List<String>> rows) {
        if (rows.isEmpty()) throw ProblemException.badField("file", "is empty");
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        if (!header.subList(0, Math.min(header.size(), HEADER.size())).equals(HEADER.subList(0, Math.min(header.size(), HEADER.size()))) || header.size() < 11) {
            throw ProblemException.badField("file", "the first row is the header: " + String.join(",", HEADER.subList(0, 11)));
        }
        if (rows.size() == 1) throw ProblemException.badField("file", "has no task under its header");
        if (rows.size() - 1 > MAX_ROWS) throw ProblemException.badField("file", "at most " + MAX_ROWS + " tasks at a time");
        List<FieldError> e = new ArrayList<>();
        List<Imported> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            while (r.size() < HEADER.size()) r.add("");
            String p = "rows[" + i + "].";
            if (!r.get(0).isBlank()) e.add(new FieldError(p + "refNo", "an import adds new tasks: leave 编号 empty (change a task on its page)"));
            Integer year = null;
            try {
                year = Integer.valueOf(r.get(1).trim());
            } catch (NumberFormatException x) {
                e.add(new FieldError(p + "year", "is a year, e.g. 2027"));
            }
            String src = r.get(3).trim();
            KeyTask.Source source = SOURCES.get(src);
            if (source == null) {
                try {
                    source = KeyTask.Source.valueOf(src);
                } catch (IllegalArgumentException x) {
                    e.add(new FieldError(p + "source", "one of " + String.join("、", KeyTaskText.SOURCE.values().stream().sorted().toList())));
                }
            }
            Integer weight = null;
            if (!r.get(9).isBlank()) {
                try {
                    weight = Integer.valueOf(r.get(9).trim());
                } catch (NumberFormatException x) {
                    e.add(new FieldError(p + "weight", "a whole number between 1 and 100"));
                }
            }
            List<KeyTaskService.MilestoneInput> ms = new ArrayList<>();
            for (String line : r.get(10).split("[\\n；;]")) {
                if (line.isBlank()) continue;
                String[] dt = line.trim().split("\\s+", 2);
                try {
                    ms.add(new KeyTaskService.MilestoneInput(dt.length > 1 ? dt[1] : null, LocalDate.parse(dt[0])));
                } catch (DateTimeParseException x) {
                    e.add(new FieldError(p + "milestones", "each line a date and a step: 2027-03-31 完成方案"));
                }
            }
            List<String> support = Arrays.stream(r.get(7).split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
            String parent = r.get(2).trim();
            if (parent.startsWith("#")) {
                try {
                    int n = Integer.parseInt(parent.substring(1));
                    if (n < 1 || n >= i) e.add(new FieldError(p + "parentId", "#" + n + " is not a row above this one"));
                } catch (NumberFormatException x) {
                    e.add(new FieldError(p + "parentId", "a task's number or #n, the row of the parent above"));
                }
            }
            KeyTaskService.TaskInput t = new KeyTaskService.TaskInput(year, null, source, r.get(4), r.get(5), r.get(6).trim(), support, r.get(8), weight, ms);
            // the year and the source are named above when unreadable
            boolean yearRead = year != null, sourceRead = source != null;
            e.addAll(KeyTaskService.check(t, p).stream().filter(x -> yearRead || !x.field().endsWith(".year")).filter(x -> sourceRead || !x.field().endsWith(".source")).toList());
            out.add(new Imported(i, t, parent));
        }
        if (!e.isEmpty()) throw ProblemException.badFields(e);
        return out;
    }
}
