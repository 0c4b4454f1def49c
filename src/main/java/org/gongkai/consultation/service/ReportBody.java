package org.gongkai.consultation.service;

import static org.gongkai.search.HtmlText.escape;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationDisposition;
import org.gongkai.consultation.TextDiff;

/**
 * The adoption report's text (采纳情况, R30), written as tables with captions: the counts (received, by channel, by fate),
 * every comment with its fate and reason (a duplicate named with the comment it repeats, a hidden one only counted),
 * and what changed between the draft and the final text. Pure: no names, no contact details, nothing from the session.
 */
final class ReportBody {
    private ReportBody() {}

    static final Map<ConsultationComment.Channel, String> CHANNELS = Map.of(
            ConsultationComment.Channel.PORTAL, "网站留言", ConsultationComment.Channel.LETTER, "信函",
            ConsultationComment.Channel.EMAIL, "电子邮件", ConsultationComment.Channel.SYMPOSIUM, "座谈会",
            ConsultationComment.Channel.HEARING, "听证会");

    static int received(List<ConsultationComment> comments) {
        return comments.size();
    }

    /** The fate a comment has: its own, or (merged) the one of the comment it repeats. */
    static ConsultationDisposition fateOf(ConsultationComment c, Map<Long, ConsultationComment> byId, Map<Long, ConsultationDisposition> fates) {
        ConsultationComment own = c.state == ConsultationComment.State.MERGED ? byId.get(c.duplicateOf) : c;
        return own == null || own.dispositionId == null ? null : fates.get(own.dispositionId);
    }

    static String html(Consultation k, List<ConsultationComment> comments, Map<Long, ConsultationDisposition> fates, List<TextDiff.Change> changes) {
        Map<Long, ConsultationComment> byId = new java.util.HashMap<>();
        comments.forEach(c -> byId.put(c.id, c));
        Map<ConsultationComment.Channel, Integer> byChannel = new EnumMap<>(ConsultationComment.Channel.class);
        Map<ConsultationDisposition.Fate, Integer> byFate = new EnumMap<>(ConsultationDisposition.Fate.class);
        int hidden = 0;
        for (ConsultationComment c : comments) {
            byChannel.merge(c.channel, 1, Integer::sum);
            if (c.state == ConsultationComment.State.HIDDEN) {
                hidden++;
                continue;
            }
            ConsultationDisposition d = fateOf(c, byId, fates);
            if (d != null) byFate.merge(d.fate, 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(k.opensOn).append("至").append(k.closesOn).append("，我局就《").append(escape(k.title))
                .append("》（征求意见稿）公开征求社会公众意见，共收到意见").append(comments.size()).append("条。现将意见采纳情况公布如下。</p>");
        b.append("<table><caption>意见来源</caption><thead><tr><th scope=\"col\">渠道</th><th scope=\"col\">条数</th></tr></thead><tbody>");
        for (ConsultationComment.Channel ch : ConsultationComment.Channel.values()) {
            b.append("<tr><td>").append(CHANNELS.get(ch)).append("</td><td>").append(byChannel.getOrDefault(ch, 0)).append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<table><caption>采纳情况</caption><thead><tr><th scope=\"col\">处理结果</th><th scope=\"col\">条数</th></tr></thead><tbody>");
        for (ConsultationDisposition.Fate f : ConsultationDisposition.Fate.values()) {
            b.append("<tr><td>").append(f.zh).append("</td><td>").append(byFate.getOrDefault(f, 0)).append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (hidden > 0) b.append("<p>另有").append(hidden).append("条意见因与征求内容无关或含有不宜公开的内容未予公布。</p>");
        b.append("<table><caption>逐条意见及处理结果</caption><thead><tr><th scope=\"col\">编号</th><th scope=\"col\">渠道</th><th scope=\"col\">针对条款</th>"
                + "<th scope=\"col\">意见内容</th><th scope=\"col\">处理结果</th><th scope=\"col\">理由</th></tr></thead><tbody>");
        for (ConsultationComment c : comments) {
            if (c.state == ConsultationComment.State.HIDDEN) continue;
            ConsultationDisposition d = fateOf(c, byId, fates);
            String on = c.article != null ? "第" + c.article + "条" : c.quote != null ? "“" + escape(c.quote) + "”" : "全文";
            String text = c.state == ConsultationComment.State.MERGED && byId.get(c.duplicateOf) != null
                    ? "与" + byId.get(c.duplicateOf).refNo + "意见相同" : escape(c.body);
            b.append("<tr><td>").append(c.refNo).append("</td><td>").append(CHANNELS.get(c.channel)).append("</td><td>").append(on)
                    .append("</td><td>").append(text).append("</td><td>").append(d == null ? "" : d.fate.zh).append("</td><td>")
                    .append(d == null || d.reason == null ? "" : escape(d.reason)).append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<h2>修改情况</h2>");
        List<TextDiff.Change> changed = changes.stream().filter(c -> c.kind() != TextDiff.Kind.SAME).toList();
        if (changed.isEmpty()) {
            b.append("<p>与征求意见稿相比，正式文本未作修改。</p>");
        } else {
            b.append("<ul>");
            for (TextDiff.Change c : changed) {
                b.append("<li>").append(c.kind() == TextDiff.Kind.ADDED ? "<ins>增加：" : "<del>删去：").append(escape(c.text()))
                        .append(c.kind() == TextDiff.Kind.ADDED ? "</ins>" : "</del>").append("</li>");
            }
            b.append("</ul>");
        }
        return b.toString();
    }
}
