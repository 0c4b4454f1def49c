package org.gongkai.compliance.rest.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.CountUnit;
import org.gongkai.compliance.ObligationKind;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.service.ObligationService;

@Schema(name = "Obligation")
public record ObligationView(
        long id,
        @Schema(description = "DEADLINE (days), MINIMUM (at least so many days), HOURS (due at an instant), QUOTA (at least N in a period)")
        ObligationKind kind,
        @Schema(examples = "application") String subjectType,
        @Schema(examples = "2026-0042") String subjectId,
        @Schema(examples = "OGI-33") String ruleId,
        @Schema(examples = "答复政府信息公开申请") String title,
        @Schema(examples = "BGS") String departmentCode,
        String responsiblePerson,
        LocalDate startDate,
        @Schema(description = "days of a DEADLINE or MINIMUM clock") Integer days,
        CountUnit unit,
        boolean countStartDay,
        @Schema(description = "the last day (an hour clock: the day of dueAt; a minimum duration: the day it has run)") LocalDate dueDate,
        boolean provisional,
        ObligationState state,
        @Schema(description = "derived when read: OPEN, DUE_SOON, OVERDUE, PAUSED, MET, MET_LATE, CUT_SHORT, CANCELLED") ObligationStatus status,
        @Schema(description = "working days left (negative: working days overdue); only while a dated clock is open") Integer workingDaysLeft,
        LocalDate completedOn,
        String cancelReason,
        @Schema(description = "HOURS: the length in calendar hours") Integer hours,
        @Schema(description = "HOURS: when it started") Instant startedAt,
        @Schema(description = "HOURS: when it is due") Instant dueAt,
        @Schema(description = "HOURS: minutes left while open (negative: overdue)") Long minutesLeft,
        @Schema(description = "HOURS: when it was done") Instant completedAt,
        @Schema(description = "QUOTA: the period's first day") LocalDate periodStart,
        @Schema(description = "QUOTA: how many qualifying events the period needs") Integer required,
        @Schema(description = "QUOTA: how many were recorded (n of N)") Integer achieved) {

    public static ObligationView of(ObligationService.Row r) {
        var o = r.obligation();
        boolean quota = o.kind == ObligationKind.QUOTA;
        return new ObligationView(o.id, o.kind, o.subjectType, o.subjectId, o.ruleId, o.title, o.departmentCode, o.responsiblePerson,
                o.startDate, o.days, o.unit, o.countStartDay, o.dueDate, o.provisional, o.state, r.status(), r.workingDaysLeft(),
                o.completedOn, o.cancelReason, o.hours, o.startedAt, o.dueAt, r.minutesLeft(), o.completedAt,
                o.periodStart, o.required, quota ? o.achieved : null);
    }
}
