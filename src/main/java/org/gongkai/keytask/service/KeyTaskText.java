package org.gongkai.keytask.service;

import static org.gongkai.search.HtmlText.escape;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.keytask.KeyTask;
import org.gongkai.keytask.KeyTaskMilestone;
import org.gongkai.keytask.KeyTaskProgress;
import org.gongkai.keytask.KeyTaskRectification;
import org.gongkai.keytask.KeyTaskRound;

/** The bodies of the division and of a round's progress, as the portal shows them: HTML tables, every value escaped. */
final class KeyTaskText {
    private KeyTaskText() {
    }

    static final Map<KeyTask.Source, String> SOURCE = Map.of(KeyTask.Source.NATIONAL_REPORT, "国务院政府工作报告", KeyTask.Source.PROVINCIAL_REPORT, "省政府工作报告",
            KeyTask.Source.CITY_REPORT, "市政府工作报告", KeyTask.Source.BUREAU_POINTS, "局年度工作要点", KeyTask.Source.OTHER, "其他重点工作");


    static String plan(int year, List<KeyTask> tasks, List<KeyTaskMilestone> milestones) {
        Map<Long, List<KeyTaskMilestone>> byTask = milestones.stream().collect(Collectors.groupingBy(m -> m.taskId));
        StringBuilder b = new StringBuilder("<p>").append(year).append("年度重点工作任务分解如下，各牵头单位按时间节点推进，局办公室每半年开展一次督查并公开落实情况。</p>")
                .append("<table><thead><tr><th>编号</th><th>任务</th><th>来源</th><th>主要措施</th><th>牵头单位</th><th>配合单位</th><th>分管领导</th><th>时间节点</th></tr></thead><tbody>");
        for (KeyTask t : tasks) {
            b.append("<tr><td>").append(escape(t.refNo)).append("</td><td>").append(t.parentId == null ? "" : "　").append(escape(t.title)).append("</td><td>")
                    .append(escape(SOURCE.get(t.source))).append("</td><td>").append(escape(t.measures)).append("</td><td>").append(escape(t.leadDepartmentCode))
                    .append("</td><td>").append(escape(String.join("、", t.supporting()))).append("</td><td>").append(escape(t.leader)).append("</td><td>")
                    .append(byTask.getOrDefault(t.id, List.of()).stream().map(m -> m.dueOn + " " + escape(m.title)).collect(Collectors.joining("<br>")))
                    .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    static String round(KeyTaskRound r, List<KeyTask> tasks, List<KeyTaskProgress> progress, List<KeyTaskRectification> rectifications) {
        Map<Long, KeyTaskProgress> byTask = progress.stream().collect(Collectors.toMap(p -> p.taskId, p -> p));
        Map<Long, KeyTask> tasksById = tasks.stream().collect(Collectors.toMap(t -> t.id, t -> t));
        StringBuilder b = new StringBuilder("<p>").append(r.label()).append("重点工作落实情况督查结果如下。</p>")
                .append("<table><thead><tr><th>编号</th><th>任务</th><th>牵头单位</th><th>进度</th><th>进展情况</th><th>存在问题</th></tr></thead><tbody>");
        for (KeyTask t : tasks) {
            KeyTaskProgress p = byTask.get(t.id);
            b.append("<tr><td>").append(escape(t.refNo)).append("</td><td>").append(escape(t.title)).append("</td><td>").append(escape(t.leadDepartmentCode))
                    .append("</td><td>").append(p == null ? "" : p.percent + "%").append("</td><td>").append(escape(p == null ? "" : p.progress))
                    .append("</td><td>").append(escape(p == null || p.problems == null ? "无" : p.problems)).append("</td></tr>");
        }
        b.append("</tbody></table>");
        List<KeyTaskRectification> shown = rectifications.stream().filter(x -> tasksById.containsKey(x.taskId)).toList();
        if (!shown.isEmpty()) {
            b.append("<h2>整改情况</h2><table><thead><tr><th>任务</th><th>问题</th><th>整改措施</th><th>整改时限</th><th>整改结果</th></tr></thead><tbody>");
            for (KeyTaskRectification x : shown) {
                b.append("<tr><td>").append(escape(tasksById.get(x.taskId).refNo)).append("</td><td>").append(escape(x.problem)).append("</td><td>").append(escape(x.measure))
                        .append("</td><td>").append(x.dueOn).append("</td><td>")
                        .append(x.state == KeyTaskRectification.State.DONE ? "已整改：" + escape(x.evidence) : "整改中").append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return b.toString();
    }
}
