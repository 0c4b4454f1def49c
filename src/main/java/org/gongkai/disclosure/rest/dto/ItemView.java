package org.gongkai.disclosure.rest.dto;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.Validity;
import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;

@Schema(name = "Item", description = "An item's working copy, as the console shows it")
public record ItemView(long id, String indexNo, InfoItem.Kind kind, org.gongkai.disclosure.ItemType type, String featureType, String featureId,
                       String columnCode, String title, String docNumber,
                       String issuingDepartment, LocalDate createdDate, List<String> subjects, String summary, String body,
                       DisclosureAttribute attribute, String attributeBasis, String attributeReason, LocalDate reviewDate,
                       boolean normative, Validity validity, LocalDate validFrom, LocalDate validTo, LocalDate expiresOn,
                       List<String> channels, String departmentCode, String drafter, PublicationState state, int round,
                       int publishedVersion, boolean live, String updatedAt, boolean majorDecision,
                       @Schema(description = "an interpretation's elements, forms, interpreters and media (issue 11)")
                       org.gongkai.interpretation.InterpretationDetails interpretation) {

    public static ItemView of(InfoItem i) {
        return new ItemView(i.id, i.indexNo, i.kind, i.itemType, i.featureType, i.featureId, i.columnCode, i.title, i.docNumber, i.issuingDepartment, i.createdDate,
                split(i.subjects), i.summary, i.body, i.attribute, i.attributeBasis, i.attributeReason, i.reviewDate, i.normative,
                i.validity, i.validFrom, i.validTo, i.expiresOn, split(i.channels), i.departmentCode, i.drafter, i.state, i.round,
                i.publishedVersion, i.live(), String.valueOf(i.updatedAt), i.majorDecision,
                org.gongkai.interpretation.InterpretationDetails.parse(i.details));
    }

    public static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
