package org.gongkai.notifications;

/**
 * One thing to tell someone. The addressee is one user, or everyone of a department (optionally only those holding a
 * role), or everyone holding a role. {@code dedupeKey} makes the same reminder or hand-over announced once.
 */
public record Notice(Kind kind, String user, String department, String role, String titleZh, String titleEn, String link,
                     String subjectType, String subjectId, String dedupeKey) {

    public enum Kind { DUE_SOON, OVERDUE, HOUR_REMINDER, ASSIGNED, RETURNED, AWAITING_APPROVAL, AWAITING_SIGNATURE, PORTAL_WARNING }

    public static Notice toUser(Kind kind, String user, String zh, String en, String link, String subjectType, String subjectId, String key) {
        return new Notice(kind, user, null, null, zh, en, link, subjectType, subjectId, key);
    }

    public static Notice toDepartment(Kind kind, String department, String role, String zh, String en, String link, String subjectType,
                                      String subjectId, String key) {
        return new Notice(kind, null, department, role, zh, en, link, subjectType, subjectId, key);
    }

    public static Notice toRole(Kind kind, String role, String zh, String en, String link, String subjectType, String subjectId, String key) {
        return new Notice(kind, null, null, role, zh, en, link, subjectType, subjectId, key);
    }
}
