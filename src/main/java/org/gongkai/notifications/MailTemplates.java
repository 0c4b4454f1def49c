package org.gongkai.notifications;

import java.util.List;

/**
 * The mails the platform sends, each in Chinese first and English below (one message serves both). They name the
 * tracking number and what happened, never the person's name, ID number, phone or address: the addressee is the
 * person, and a mail can be forwarded.
 */
public final class MailTemplates {
    private MailTemplates() {}

    /** A subject and a plain-text body. */
    public record Mail(String subject, String body) {}

    public static Mail applicationReplied(String bureauZh, String bureauEn, String trackingNo, String portal) {
        return new Mail("您的政府信息公开申请已答复 Your application has a reply（" + trackingNo + "）", """
                您好：

                您向%1$s提交的政府信息公开申请（申请编号 %2$s）已作出答复。
                请凭申请编号和查询码在门户网站“依申请公开—进度查询”查看答复内容：%3$s/apply/track

                本邮件由系统自动发送，请勿回复。

                ----
                Hello,

                The %4$s has replied to your application for government information (tracking number %2$s).
                See the reply with your tracking number and query code at %3$s/apply/track

                This message was sent automatically; please do not reply.
                """.formatted(bureauZh, trackingNo, portal, bureauEn));
    }

    public static Mail enquiryAnswered(String bureauZh, String bureauEn, String trackingNo, String portal) {
        return new Mail("您的留言已答复 Your enquiry has an answer（" + trackingNo + "）", """
                您好：

                您向%1$s提交的留言（编号 %2$s）已经答复。
                请凭编号和查询码在门户网站“留言咨询—进度查询”查看答复：%3$s/enquiries/track

                本邮件由系统自动发送，请勿回复。

                ----
                Hello,

                The %4$s has answered your enquiry (tracking number %2$s).
                See the answer with your tracking number and query code at %3$s/enquiries/track

                This message was sent automatically; please do not reply.
                """.formatted(bureauZh, trackingNo, portal, bureauEn));
    }

    /** A notification to a member of staff: what it is and where to act on it. */
    public static Mail staffNotice(String titleZh, String titleEn, String link) {
        String subject = titleZh.length() > 120 ? titleZh.substring(0, 119) + "…" : titleZh;
        return new Mail("【政务公开】" + subject, """
                %1$s

                请登录政务公开工作台办理：%3$s

                ----
                %2$s
                Act on it in the console: %3$s
                """.formatted(titleZh, titleEn, link));
    }

    /** One line of a department's daily reminder digest. */
    public record DigestLine(String kind, String title, String due) {}

    public static Mail departmentDigest(String departmentZh, String day, List<DigestLine> lines, String portal) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (DigestLine l : lines) {
            zh.append("· ").append("OVERDUE".equals(l.kind()) ? "【已逾期】" : "DUE_SOON".equals(l.kind()) ? "【即将到期】" : "【时限提醒】")
                    .append(l.title()).append("，截止 ").append(l.due()).append('\n');
            en.append("· ").append("OVERDUE".equals(l.kind()) ? "[overdue] " : "DUE_SOON".equals(l.kind()) ? "[due soon] " : "[reminder] ")
                    .append(l.title()).append(", due ").append(l.due()).append('\n');
        }
        return new Mail(departmentZh + "时限提醒 Deadline reminders " + day, """
                %1$s：

                截至 %2$s，以下事项需要办理：
                %3$s
                请登录政务公开工作台“时限台账”查看：%5$s/console/obligations

                ----
                As of %2$s these obligations need attention:
                %4$s
                See them in the console's obligations page: %5$s/console/obligations
                """.formatted(departmentZh, day, zh, en, portal));
    }

    /** A text message: short, the tracking number only. */
    public static String smsApplicationReplied(String bureauZh, String trackingNo) {
        return "【" + bureauZh + "】您的政府信息公开申请" + trackingNo + "已答复，请凭查询码在门户网站查看。";
    }

    public static String smsEnquiryAnswered(String bureauZh, String trackingNo) {
        return "【" + bureauZh + "】您的留言" + trackingNo + "已答复，请凭查询码在门户网站查看。";
    }

    /** R30 (issue 12): the adoption report of a consultation someone commented on is published, with each comment's fate. */
    public static Mail consultationReported(String bureauZh, String bureauEn, String commentNo, String title, long consultationId, String portal) {
        return new Mail("您提出的意见已有处理结果 The fate of your comment is published（" + commentNo + "）", """
                您好：

                您对《%5$s》提出的意见（编号 %2$s），%1$s已公布意见采纳情况。
                请在门户网站“意见征集”查看每条意见的处理结果和理由：%3$s/consultations/%6$d

                本邮件由系统自动发送，请勿回复。

                ----
                Hello,

                The %4$s has published the adoption report of the consultation you commented on (comment %2$s), with the
                fate of every comment and its reason: %3$s/consultations/%6$d

                This message was sent automatically; please do not reply.
                """.formatted(bureauZh, commentNo, portal, bureauEn, title, consultationId));
    }

    public static String smsConsultationReported(String bureauZh, String commentNo) {
        return "【" + bureauZh + "】您提出的意见" + commentNo + "已有处理结果，请在门户网站“意见征集”查看。";
    }
}
