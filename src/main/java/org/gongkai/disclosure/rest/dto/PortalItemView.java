package org.gongkai.disclosure.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.InfoItemVersion;
import org.gongkai.disclosure.Validity;

@Schema(name = "PortalItem", description = "A published item as the portal shows it (索引号, 发布机构, 生成日期, 文号, 有效性 …)")
public record PortalItemView(long id, String indexNo, int versionNo, String columnCode, String title, String docNumber,
                             String issuingDepartment, LocalDate createdDate, String publishedAt, List<String> subjects,
                             String summary, String body, boolean normative, Validity validity, LocalDate validFrom,
                             LocalDate validTo, List<String> channels, boolean current,
                             List<org.gongkai.files.AttachmentService.View> attachments,
                             @Schema(description = "what it is: DOCUMENT, INTERPRETATION, … (issue 10)") org.gongkai.disclosure.ItemType type,
                             @Schema(description = "live items that belong with it: its interpretation, the document it interprets, related items")
                             List<PortalLink> links,
                             @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                             @Schema(description = "an interpretation's forms (文字, 图解, 音频, 视频 …; issue 11); absent for other types")
                             List<org.gongkai.interpretation.InterpretationDetails.Form> forms,
                             @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                             @Schema(description = "an interpretation's elements, interpreters and media (R25); only on the item itself")
                             org.gongkai.interpretation.InterpretationDetails interpretation) {

    @Schema(name = "PortalItemLink")
    public record PortalLink(long id, String title, org.gongkai.disclosure.ItemType type,
                             @Schema(description = "INTERPRETS, INTERPRETED_BY or RELATED, seen from this item") String direction) {}

    public PortalItemView withAttachments(List<org.gongkai.files.AttachmentService.View> list) {
        return new PortalItemView(id, indexNo, versionNo, columnCode, title, docNumber, issuingDepartment, createdDate, publishedAt,
                subjects, summary, body, normative, validity, validFrom, validTo, channels, current, list, type, links, forms, interpretation);
    }

    public PortalItemView withLinks(List<PortalLink> list) {
        return new PortalItemView(id, indexNo, versionNo, columnCode, title, docNumber, issuingDepartment, createdDate, publishedAt,
                subjects, summary, body, normative, validity, validFrom, validTo, channels, current, attachments, type, list, forms, interpretation);
    }

    public static PortalItemView of(InfoItemVersion v) {
        return new PortalItemView(v.itemId, v.indexNo, v.versionNo, v.columnCode, v.title, v.docNumber, v.issuingDepartment,
                v.createdDate, v.publishedAt.toString(), ItemView.split(v.subjects), v.summary, v.body, v.normative, v.validity,
                v.validFrom, v.validTo, ItemView.split(v.channels), v.current, List.of(), v.itemType, List.of(), forms(v.forms),
                org.gongkai.interpretation.InterpretationDetails.parse(v.details));
    }

    public static List<org.gongkai.interpretation.InterpretationDetails.Form> forms(String csv) {
        return ItemView.split(csv).stream().map(org.gongkai.interpretation.InterpretationDetails.Form::valueOf).toList();
    }

    /** The list form: no body. */
    public static PortalItemView brief(InfoItemVersion v) {
        return new PortalItemView(v.itemId, v.indexNo, v.versionNo, v.columnCode, v.title, v.docNumber, v.issuingDepartment,
                v.createdDate, v.publishedAt.toString(), ItemView.split(v.subjects), v.summary, null, v.normative, v.validity,
                v.validFrom, v.validTo, ItemView.split(v.channels), v.current, List.of(), v.itemType, List.of(), forms(v.forms), null);
    }
}
