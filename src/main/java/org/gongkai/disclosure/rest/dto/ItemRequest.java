package org.gongkai.disclosure.rest.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.service.ItemInput;
import org.gongkai.publication.DisclosureAttribute;

@Schema(name = "ItemRequest", description = "An item as the drafter fills it in")
public record ItemRequest(
        @Schema(description = "ITEM (default) or GUIDE (the Disclosure Guide, office only)") InfoItem.Kind kind,
        @Schema(examples = "YWJYZS") String columnCode,
        @NotBlank @Size(max = 300) @Schema(examples = "临沂市2026年义务教育阶段学校招生工作方案") String title,
        @Size(max = 100) @Schema(examples = "临教发〔2026〕12号") String docNumber,
        @NotBlank @Schema(examples = "JCJY") String issuingDepartment,
        @Schema(description = "生成日期; today when omitted", examples = "2026-11-20") LocalDate createdDate,
        List<@Size(max = 50) String> subjects,
        @Size(max = 2000) String summary,
        @Schema(description = "rich text (HTML); sanitised on the way in") String body,
        @NotNull @Schema(description = "R13: required from the start") DisclosureAttribute attribute,
        @Schema(description = "legal basis for a non-public item (R4), e.g. OGI-15", examples = "OGI-15") String attributeBasis,
        @Size(max = 1000) String attributeReason,
        @Schema(description = "when a non-public attribute is to be re-decided (R14)") LocalDate reviewDate,
        Boolean normative,
        Validity validity,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "the item expires: to be withdrawn within 20 working days (R8)") LocalDate expiresOn,
        List<Channel> channels,
        @Schema(description = "what it is (default DOCUMENT); the type's default catalogue column applies when columnCode is omitted")
        org.gongkai.disclosure.ItemType type,
        @Size(max = 64) @Schema(description = "the feature record it belongs to: its type", examples = "consultation") String featureType,
        @Size(max = 64) @Schema(description = "… and its id", examples = "2026-003") String featureId,
        @Schema(description = "R24: a major decision (涉及群众切身利益或社会关注度较高) is routed only with its interpretation, like a normative document")
        Boolean majorDecision,
        @Schema(description = "an interpretation's elements, forms, interpreters and media (type INTERPRETATION only; R25)")
        org.gongkai.interpretation.InterpretationDetails interpretation,
        @Schema(description = "an interpretation: the item it interprets, linked at creation to be published together (R24)")
        Long interprets) {

    public ItemInput input() {
        return new ItemInput(kind, columnCode, title, docNumber, issuingDepartment, createdDate, subjects, summary, body, attribute,
                attributeBasis, attributeReason, reviewDate, normative, validity, validFrom, validTo, expiresOn, channels, type, featureType, featureId,
                majorDecision, interpretation, interprets);
    }
}
