package org.gongkai.compliance.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.CountUnit;

/** Request bodies of the ledger's actions. */
public final class ObligationRequests {
    private ObligationRequests() {}

    @Schema(name = "OpenObligationRequest")
    public record Open(
            @NotBlank @Size(max = 64) @Schema(examples = "annual-report") String subjectType,
            @NotBlank @Size(max = 64) @Schema(examples = "2026") String subjectId,
            @NotBlank @Size(max = 16) @Schema(examples = "R11") String ruleId,
            @NotBlank @Size(max = 300) @Schema(examples = "发布2026年度政府信息公开工作年度报告") String title,
            @NotBlank @Size(max = 32) @Schema(examples = "BGS") String departmentCode,
            @Size(max = 128) String responsiblePerson,
            @NotNull @Schema(examples = "2026-11-27") LocalDate start,
            @NotNull @Min(1) @Max(366) @Schema(examples = "20") Integer days,
            @NotNull CountUnit unit,
            Boolean countStartDay,
            @Schema(description = "a minimum duration (at least so many calendar days: a comment period, R30), never moved and never overdue; unit CALENDAR")
            Boolean minimum) {}

    @Schema(name = "OpenHourObligationRequest", description = "An hour clock (issue 10): due so many calendar hours after it started")
    public record OpenHours(
            @NotBlank @Size(max = 64) @Schema(examples = "opinion") String subjectType,
            @NotBlank @Size(max = 64) @Schema(examples = "2026-007") String subjectId,
            @NotBlank @Size(max = 16) @Schema(examples = "R25") String ruleId,
            @NotBlank @Size(max = 300) @Schema(examples = "回应网络舆情：学区划分调整") String title,
            @NotBlank @Size(max = 32) @Schema(examples = "JCJY") String departmentCode,
            @Size(max = 128) String responsiblePerson,
            @Schema(description = "when it started (Asia/Shanghai offset allowed); now when omitted", examples = "2026-10-16T20:00:00+08:00")
            java.time.OffsetDateTime startedAt,
            @NotNull @Min(1) @Max(8784) @Schema(examples = "48") Integer hours) {}

    @Schema(name = "ObligationEventRequest", description = "A qualifying event counted towards a quota")
    public record Event(@NotBlank @Size(max = 300) @Schema(examples = "2026年第3次局长办公会纪要") String reference,
                        @Schema(description = "the day it happened; today when omitted") LocalDate on) {}

    @Schema(name = "QuotaChangeRequest", description = "A quota rule's number, its fixed date (MM-DD), or switching it off")
    public record QuotaChange(@Min(1) @Max(1000) Integer required, Boolean enabled,
                              @Schema(description = "MM-DD: the fixed day of the period it is due (the R33 division: 03-31 by default)", examples = "03-31") String dueDay) {}

    @Schema(name = "ObligationReasonRequest")
    public record Reason(@NotBlank @Size(max = 500) @Schema(examples = "征求第三方意见") String reason,
                         @Schema(description = "the day it happened; today when omitted") LocalDate on) {}

    @Schema(name = "ObligationDayRequest")
    public record Day(@Schema(description = "the day it happened; today when omitted") LocalDate on,
                      @Schema(description = "for an hour clock: the moment it was done; now when omitted", examples = "2026-10-17T09:30:00+08:00")
                      java.time.OffsetDateTime at) {}

    @Schema(name = "ObligationExtendRequest")
    public record Extend(@NotNull @Min(1) @Max(366) @Schema(examples = "20") Integer days,
                         @NotBlank @Size(max = 500) @Schema(examples = "情形复杂，经办公室负责人批准延期") String reason) {}

    @Schema(name = "ObligationRestartRequest")
    public record Restart(@NotNull @Schema(examples = "2026-10-12") LocalDate start,
                          @NotBlank @Size(max = 500) @Schema(examples = "补正材料已收到") String reason) {}
}
