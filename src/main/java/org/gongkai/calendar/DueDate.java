package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A computed deadline with everything needed to explain it to an applicant or an officer. */
@Schema(name = "DueDate")
public record DueDate(
        @Schema(examples = "2026-09-28") LocalDate start,
        @Schema(examples = "5") int days,
        CountUnit unit,
        boolean countStartDay,
        @Schema(examples = "2026-10-12") LocalDate dueDate,
        @Schema(description = "a year on the way has no official list yet: weekends only, recomputed when it is loaded")
        boolean provisional,
        @Schema(description = "days passed over: weekends, holidays") int skippedDays,
        @Schema(description = "the rule applied, in Chinese", examples = "自2026-09-28次日起算5个工作日，跳过周末和法定节假日，调休上班日计入")
        String rule,
        @Schema(description = "the same rule in English") String ruleEn,
        List<ExplainedDay> explanation) {
}
