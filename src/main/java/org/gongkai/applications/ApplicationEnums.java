package org.gongkai.applications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The vocabularies of applications, taken from the law and the annual report's template. */
public final class ApplicationEnums {
    private ApplicationEnums() {}

    public enum Channel { ONLINE, LETTER }

    /** The reply clock as the public sees it (issue 9): running, stopped for a cause, or closed. */
    public enum ClockState { RUNNING, PAUSED, CLOSED }

    /**
     * Why the reply clock is stopped, as a category: the public page never shows the internal text of a pause
     * (it may name the third party consulted).
     */
    public enum PauseCause {
        CORRECTION("补正：", "申请人补正材料（条例第三十条）"),
        THIRD_PARTY("征求第三方意见：", "征求第三方意见（条例第三十二条）"),
        FEE("收费通知：", "缴纳信息处理费（国办函〔2020〕109号）"),
        OTHER("", "其他情形");

        /** The prefix the workflow writes in front of its pause reason. */
        public final String prefix;
        public final String zh;

        PauseCause(String prefix, String zh) {
            this.prefix = prefix;
            this.zh = zh;
        }

        public static PauseCause of(String reason) {
            for (PauseCause c : values()) {
                if (!c.prefix.isEmpty() && reason != null && reason.startsWith(c.prefix)) return c;
            }
            return OTHER;
        }
    }

    /** Art. 31: what fixes the day of receipt. */
    public enum ReceiptRule { ONLINE, IN_PERSON, REGISTERED_MAIL, ORDINARY_MAIL, FAX }

    /** The annual report's applicant columns: 自然人; 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
    public enum ApplicantType { NATURAL_PERSON, COMMERCIAL, RESEARCH, NON_PROFIT, LEGAL_SERVICE, OTHER_ORG }

    /** R20: 邮寄 / 上传扫描件 / 电子邮件 / 当面领取. */
    public enum DeliveryForm { POST, UPLOAD, EMAIL, COLLECT }

    /** Outcomes exactly as Art. 36 and the annual report's table III list them. */
    public enum Outcome {
        DISCLOSED("一", "予以公开", "条例第三十六条第（一）项"),
        PARTIALLY_DISCLOSED("二", "部分公开", "条例第三十六条第（二）项、第三十七条"),
        NOT_DISCLOSED_STATE_SECRET("三-1", "不予公开：属于国家秘密", "条例第十四条、第三十六条第（三）项"),
        NOT_DISCLOSED_PROHIBITED_BY_LAW("三-2", "不予公开：其他法律行政法规禁止公开", "条例第十四条、第三十六条第（三）项"),
        NOT_DISCLOSED_SECURITY("三-3", "不予公开：危及“三安全一稳定”", "条例第十四条、第三十六条第（三）项"),
        NOT_DISCLOSED_THIRD_PARTY("三-4", "不予公开：保护第三方合法权益", "条例第十五条、第三十六条第（三）项"),
        NOT_DISCLOSED_INTERNAL_AFFAIRS("三-5", "不予公开：属于三类内部事务信息", "条例第十六条第一款、第三十六条第（三）项"),
        NOT_DISCLOSED_PROCESS_INFO("三-6", "不予公开：属于四类过程性信息", "条例第十六条第二款、第三十六条第（三）项"),
        NOT_DISCLOSED_ENFORCEMENT_FILE("三-7", "不予公开：属于行政执法案卷", "条例第十六条第二款、第三十六条第（三）项"),
        NOT_DISCLOSED_ADMIN_QUERY("三-8", "不予公开：属于行政查询事项", "条例第三十六条第（三）项"),
        UNABLE_NOT_HELD("四-1", "无法提供：本机关不掌握相关政府信息", "条例第三十六条第（四）项"),
        UNABLE_NEEDS_CREATION("四-2", "无法提供：没有现成信息需要另行制作", "条例第三十八条"),
        UNABLE_STILL_UNCLEAR("四-3", "无法提供：补正后申请内容仍不明确", "条例第三十条"),
        NOT_PROCESSED_PETITION("五-1", "不予处理：信访举报投诉类申请", "条例第三十九条第一款"),
        NOT_PROCESSED_REPEATED("五-2", "不予处理：重复申请", "条例第三十六条第（六）项"),
        NOT_PROCESSED_PUBLICATION("五-3", "不予处理：要求提供公开出版物", "条例第三十九条第二款"),
        NOT_PROCESSED_EXCESSIVE("五-4", "不予处理：无正当理由大量反复申请", "条例第三十五条"),
        NOT_PROCESSED_CONFIRMATION("五-5", "不予处理：要求行政机关确认或重新出具已获取信息", "条例第三十六条第（七）项"),
        OTHER_NO_CORRECTION("六-1", "其他处理：申请人无正当理由逾期不补正", "条例第三十条"),
        OTHER_UNPAID_FEE("六-2", "其他处理：申请人逾期未按收费通知要求缴纳费用", "条例第四十二条"),
        OTHER("六-3", "其他处理：其他", "条例第三十六条");

        public final String row;
        public final String zh;
        /** The legal basis quoted with the outcome (OGI Regulations). */
        public final String article;

        Outcome(String row, String zh, String article) {
            this.row = row;
            this.zh = zh;
            this.article = article;
        }
    }

    /** received → (correction | third party) → decided → delivered; closed for the endings without a delivery. */
    public enum State {
        RECEIVED, IN_CORRECTION, THIRD_PARTY, FEE_PENDING, DECIDED, DELIVERED, CLOSED;

        public enum Action { CORRECTION, CORRECTED, ABANDON, THIRD_PARTY, THIRD_PARTY_DONE, EXTEND, ASSIGN, DECIDE, DELIVER, FEE, FEE_PAID, FEE_LAPSED }

        static final Map<Action, Set<State>> FROM = Map.ofEntries(
                Map.entry(Action.FEE, EnumSet.of(RECEIVED)),
                Map.entry(Action.FEE_PAID, EnumSet.of(FEE_PENDING)),
                Map.entry(Action.FEE_LAPSED, EnumSet.of(FEE_PENDING)),
                Map.entry(Action.CORRECTION, EnumSet.of(RECEIVED)),
                Map.entry(Action.CORRECTED, EnumSet.of(IN_CORRECTION)),
                Map.entry(Action.ABANDON, EnumSet.of(IN_CORRECTION)),
                Map.entry(Action.THIRD_PARTY, EnumSet.of(RECEIVED)),
                Map.entry(Action.THIRD_PARTY_DONE, EnumSet.of(THIRD_PARTY)),
                Map.entry(Action.EXTEND, EnumSet.of(RECEIVED)),
                Map.entry(Action.ASSIGN, EnumSet.of(RECEIVED, THIRD_PARTY)),
                Map.entry(Action.DECIDE, EnumSet.of(RECEIVED)),
                Map.entry(Action.DELIVER, EnumSet.of(DECIDED)));

        /** Where each action leads; an action not listed (extending, assigning) leaves the state as it is. */
        static final Map<Action, State> TO = Map.ofEntries(
                Map.entry(Action.FEE, FEE_PENDING),
                Map.entry(Action.FEE_PAID, RECEIVED),
                Map.entry(Action.FEE_LAPSED, CLOSED),
                Map.entry(Action.CORRECTION, IN_CORRECTION),
                Map.entry(Action.CORRECTED, RECEIVED),
                Map.entry(Action.ABANDON, CLOSED),
                Map.entry(Action.THIRD_PARTY, THIRD_PARTY),
                Map.entry(Action.THIRD_PARTY_DONE, RECEIVED),
                Map.entry(Action.DECIDE, DECIDED),
                Map.entry(Action.DELIVER, DELIVERED));

        public boolean allows(Action a) {
            return FROM.get(a).contains(this);
        }

        /** The state the action leads to, or null when it stays where it is. */
        public static State target(Action a) {
            return TO.get(a);
        }
    }
}
