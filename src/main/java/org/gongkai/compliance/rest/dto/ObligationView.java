package org.gongkai.compliance.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.CountUnit;
import org.gongkai.compliance.ObligationState;
import org.gongkai.compliance.ObligationStatus;
import org.gongkai.compliance.service.ObligationService;

@Schema(name = "Obligation")
public record ObligationView(
        long id,
        @Schema(examples = "application") String subjectType,
        @Schema(examples = "2026-0042") String subjectId,
        @Schema(examples = "OGI-33") String ruleId,
        @Schema(examples = "答复政府信息公开申请") String title,
        @Schema(examples = "BGS") String departmentCode,
        String responsiblePerson,
        LocalDate startDate,
        int days,
        CountUnit unit,
        boolean countStartDay,
        LocalDate dueDate,
        boolean provisional,
        ObligationState state,
        @Schema(description = "derived when read: OPEN, DUE_SOON, OVERDUE, PAUSED, MET, MET_LATE, CANCELLED") ObligationStatus status,
        @Schema(description = "working days left (negative: working days overdue); only while open") Integer workingDaysLeft,
        LocalDate completedOn,
        String cancelReason) {

    public static ObligationView of(ObligationService.Row r) {
        var o = r.obligation();
        return new ObligationView(o.id, o.subjectType, o.subjectId, o.ruleId, o.title, o.departmentCode, o.responsiblePerson,
                o.startDate, o.days, o.unit, o.countStartDay, o.dueDate, o.provisional, o.state, r.status(), r.workingDaysLeft(),
                o.completedOn, o.cancelReason);
    }
}
