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
            Boolean countStartDay) {}

    @Schema(name = "ObligationReasonRequest")
    public record Reason(@NotBlank @Size(max = 500) @Schema(examples = "征求第三方意见") String reason,
                         @Schema(description = "the day it happened; today when omitted") LocalDate on) {}

    @Schema(name = "ObligationDayRequest")
    public record Day(@Schema(description = "the day it happened; today when omitted") LocalDate on) {}

    @Schema(name = "ObligationExtendRequest")
    public record Extend(@NotNull @Min(1) @Max(366) @Schema(examples = "20") Integer days,
                         @NotBlank @Size(max = 500) @Schema(examples = "情形复杂，经办公室负责人批准延期") String reason) {}

    @Schema(name = "ObligationRestartRequest")
    public record Restart(@NotNull @Schema(examples = "2026-10-12") LocalDate start,
                          @NotBlank @Size(max = 500) @Schema(examples = "补正材料已收到") String reason) {}
}
