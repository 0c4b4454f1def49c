package org.gongkai.disclosure;

/**
 * What an information item is (issue 10): everything that reaches the portal is an item of its type, passing the same
 * review (R12) with its attribute (R13). Each type names its default catalogue column, used when the drafter names
 * none (the feature issues add the columns they need).
 */
public enum ItemType {
    DOCUMENT(null, "信息", "Information"),
    INTERPRETATION("ZCJD", "政策解读", "Policy interpretation"),
    /** A draft open for comment (R30, issue 12), in the consultations column. */
    CONSULTATION_DRAFT("YJZJ", "征求意见稿", "Consultation draft"),
    ADOPTION_REPORT("YJZJ", "意见采纳情况", "Adoption report"),
    /** A meeting's materials, attendance and replay (R31, R32, issue 13), in the meetings column. */
    MEETING_MATERIALS("HYGK", "会议材料", "Meeting materials"),
    /** A press conference's record (实录, R28, issue 11), in the press column. */
    PRESS_RECORD("XWFB", "新闻发布会实录", "Press-conference record"),
    /** The yearly press plan (R28, issue 11): a plan, published in the plans column. */
    PRESS_PLAN("GHJH", "年度新闻发布计划", "Yearly press plan"),
    /** A random inspection's results (R34, issue 13), in the 双随机一公开 column. */
    INSPECTION_RESULTS("SJGK", "抽查结果", "Inspection results"),
    /** A licensing or penalty decision (R35, issue 13), in the double-publicity column. */
    DOUBLE_PUBLICITY("SGS", "双公示", "Licensing and penalty decision"),
    POLL_REPORT("MYDC", "调查结果", "Poll report"),
    /** A poll's announcement with its questionnaire (R36, issue 12): its publication opens the poll. */
    POLL("MYDC", "民意调查", "Opinion poll"),
    ANNUAL_REPORT("NDBG", "政府信息公开工作年度报告", "Annual report"),
    KEY_TASK_PROGRESS("ZDGZ", "重点工作进展", "Key-task progress"),
    SERVICE_LIST(null, "服务清单", "Service list"),
    /** A meeting's notice with its time, venue and live stream (R31, issue 13): its publication announces it. */
    MEETING_NOTICE("HYGK", "会议预告", "Meeting notice"),
    /** The year's division of key tasks (R33, issue 13), in the key-tasks column: its publication makes the year's tasks public. */
    KEY_TASK_PLAN("ZDGZ", "重点工作任务分解", "Division of key tasks"),
    /** The list of random-inspection matters (R34, issue 13), kept by the legal section: each change a new version. */
    INSPECTION_LIST("SJGK", "随机抽查事项清单", "List of inspection matters"),
    /** A press conference's notice with its time, venue, speakers and live stream (R28, R29, issue 11): its publication announces it. */
    PRESS_NOTICE("XWFB", "新闻发布会预告", "Press-conference notice"),
    /** The data resource catalogue (R38, issue 14), kept by the info section: each publication a version. */
    DATA_CATALOGUE("SJZY", "信息数据资源共享开放目录", "Data resource catalogue");

    public final String defaultColumn;
    public final String zh;
    public final String en;

    ItemType(String defaultColumn, String zh, String en) {
        this.defaultColumn = defaultColumn;
        this.zh = zh;
        this.en = en;
    }
}
