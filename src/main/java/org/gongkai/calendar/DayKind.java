package org.gongkai.calendar;

/** Why a date is or is not a working day. */
public enum DayKind {
    /** Monday–Friday, not listed: a working day. */
    WORKDAY(true),
    /** Saturday or Sunday, not listed as a make-up day. */
    WEEKEND(false),
    /** Listed as an official day off (法定节假日 / 调休放假). */
    HOLIDAY(false),
    /** A weekend day listed as a make-up working day (调休上班). */
    MAKEUP_WORKDAY(true);

    public final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }
}
