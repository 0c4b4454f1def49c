package org.gongkai.violation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The seven violations of R45, each by the clocks whose breach is it: a clock of the kind not kept (overdue, met late,
 * a minimum period cut short) is the evidence. One table, the only one.
 */
public enum ViolationKind {
    /** (1) an item not published, changed or removed in time. */
    PUBLICATION("未按规定及时公开、更新或撤下信息", List.of("R8", "R8-EXP", "R9", "R11", "R28", "R31", "R33", "R34-RES", "R35")),
    /** (2) a resource not shared or opened as required. */
    SHARING("未按规定共享、开放数据资源", List.of("R39", "R40", "R40-RPT", "R43")),
    /** (3) a review, attribute or adjustment step skipped or late. */
    REVIEW_STEP("未按规定审查、确定公开属性或调整目录", List.of("R7", "R14", "R35-LIST")),
    /** (4) an application, enquiry or 12345 ticket overdue. */
    RESPONSE("依申请公开、留言或12345工单办理超期", List.of("OGI-33", "OGI-30-7", "OGI-32", "R17", "R21", "R22")),
    /** (5) a document without its interpretation in time. */
    INTERPRETATION("政策文件未同步解读或解读滞后", List.of("R24", "R26")),
    /** (6) a public-opinion event not handled in time. */
    OPINION("政务舆情未及时回应", List.of("R27", "R27-PRESS", "OPINION-48H")),
    /** (7) a consultation or its adoption report skipped or late. */
    CONSULTATION("未按规定征求意见或公布采纳情况", List.of("R30", "R30-MIN"));

    public final String zh;
    public final List<String> rules;

    ViolationKind(String zh, List<String> rules) {
        this.zh = zh;
        this.rules = rules;
    }

    public static Optional<ViolationKind> of(String ruleId) {
        return Arrays.stream(values()).filter(k -> k.rules.contains(ruleId)).findFirst();
    }

    /** Every rule that counts, for the query. */
    public static List<String> allRules() {
        return Arrays.stream(values()).flatMap(k -> k.rules.stream()).toList();
    }
}
