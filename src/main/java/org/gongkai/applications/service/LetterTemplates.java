package org.gongkai.applications.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.Letter;

/**
 * The letter templates: the body of each kind with the legal basis it quotes (OGI Regulations). The office edits the
 * drafted text before it goes to the legal section.
 */
public final class LetterTemplates {
    private LetterTemplates() {}

    static final DateTimeFormatter CN = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public static String body(Letter.Kind kind, DisclosureApplication a, String applicant, LocalDate dueDate, String bureau) {
        String received = CN.format(a.receivedOn);
        String head = applicant + "：\n本机关于" + received + "收到您（单位）提出的政府信息公开申请（申请编号：" + a.trackingNo + "），"
                + "申请获取“" + a.description + "”。";
        return switch (kind) {
            case REPLY_NOTICE -> head + "\n经审查，" + (a.outcome == null ? "（办理结果）" : a.outcome.zh) + "。"
                    + (a.outcomeNote == null ? "" : a.outcomeNote) + "\n根据《中华人民共和国政府信息公开条例》第三十六条的规定，特此告知。"
                    + "\n如对本答复不服，可以自收到本告知书之日起六十日内向临沂市人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。";
            case CORRECTION -> head + "\n因申请内容不明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于收到本告知书之日起十五个工作日内"
                    + "对申请内容作出补正，说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。"
                    + "\n答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。";
            case EXTENSION -> head + "\n因" + "（延期理由）" + "，不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，"
                    + "经本机关政府信息公开工作机构负责人同意，答复期限延长二十个工作日，至" + (dueDate == null ? "（新的答复期限）" : CN.format(dueDate)) + "。";
            case THIRD_PARTY -> "（第三方名称）：\n本机关收到的政府信息公开申请（申请编号：" + a.trackingNo + "）涉及贵方合法权益。根据《中华人民共和国政府信息公开条例》"
                    + "第三十二条的规定，请贵方自收到本函之日起十五个工作日内提出意见。逾期未提出意见的，由本机关依照条例的规定决定是否公开。";
            case OTHER -> head + "\n（告知内容）";
        };
    }

    public static Map<Letter.Kind, String> titles() {
        return Map.of(Letter.Kind.REPLY_NOTICE, Letter.Kind.REPLY_NOTICE.title, Letter.Kind.CORRECTION, Letter.Kind.CORRECTION.title,
                Letter.Kind.EXTENSION, Letter.Kind.EXTENSION.title, Letter.Kind.THIRD_PARTY, Letter.Kind.THIRD_PARTY.title,
                Letter.Kind.OTHER, Letter.Kind.OTHER.title);
    }
}
