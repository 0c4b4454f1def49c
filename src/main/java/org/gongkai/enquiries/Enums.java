package org.gongkai.enquiries;

/** The small vocabularies of enquiries. */
public final class Enums {
    private Enums() {}

    public enum Channel { ONLINE, HOTLINE }

    /** 12345 ticket types: 咨询 / 投诉 / 求助 / 建议 / 举报. */
    public enum TicketType { CONSULT, COMPLAINT, HELP, SUGGESTION, REPORT }

    /** Subject categories a person chooses. */
    public enum Category { ENROLMENT, STUDENT_AID, FEES, TEACHERS, EXAMS, SAFETY, SCHOOL_MANAGEMENT, OTHER }

    /**
     * R23: every item is closed with one of these; the unfounded, untrue or out-of-scope ones still get an explanation.
     * NOT_OUR_DUTY names the body to contact.
     */
    public enum ClosingCategory { ANSWERED, NO_POLICY_BASIS, NOT_TRUE, NOT_OUR_DUTY, DUPLICATE }
}
