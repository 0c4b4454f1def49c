package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published version: what the portal shows ({@code current}) and the change history and archive (the others). */
@Entity
@Table(name = "info_item_version")
public class InfoItemVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "version_no")
    public int versionNo;
    public boolean current;
    @Column(name = "index_no")
    public String indexNo;
    @Enumerated(EnumType.STRING)
    public InfoItem.Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    public ItemType itemType = ItemType.DOCUMENT;
    @Column(name = "column_code")
    public String columnCode;
    public String title;
    @Column(name = "doc_number")
    public String docNumber;
    @Column(name = "issuing_department")
    public String issuingDepartment;
    @Column(name = "created_date")
    public LocalDate createdDate;
    public String subjects;
    public String summary;
    public String body;
    public boolean normative;
    @Column(name = "major_decision")
    public boolean majorDecision;
    /** What its kind adds, as published (issue 11). */
    public String details;
    /** An interpretation's forms, comma-separated (the portal filters by them). */
    public String forms;
    @Enumerated(EnumType.STRING)
    public Validity validity;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String channels;
    @Column(name = "change_note")
    public String changeNote;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "search_text")
    public String searchText;
    /** Summary and body as plain text, computed at publication: search snippets never parse HTML (issue 9). */
    @Column(name = "plain_text")
    public String plainText;
    /** The attachments it was published with (ids, comma-separated). */
    @Column(name = "attachment_ids")
    public String attachmentIds = "";

    public java.util.List<Long> attachmentIdList() {
        return attachmentIds == null || attachmentIds.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(attachmentIds.split(",")).map(Long::valueOf).toList();
    }

    public static InfoItemVersion of(InfoItem i, int versionNo, String changeNote, Instant at, String by) {
        InfoItemVersion v = new InfoItemVersion();
        v.itemId = i.id;
        v.versionNo = versionNo;
        v.current = true;
        v.indexNo = i.indexNo;
        v.kind = i.kind;
        v.itemType = i.itemType;
        v.columnCode = i.columnCode;
        v.title = i.title;
        v.docNumber = i.docNumber;
        v.issuingDepartment = i.issuingDepartment;
        v.createdDate = i.createdDate;
        v.subjects = i.subjects;
        v.summary = i.summary;
        v.body = i.body;
        v.normative = i.normative;
        v.majorDecision = i.majorDecision;
        v.details = i.details;
        var interpretation = org.gongkai.interpretation.InterpretationDetails.parse(i.details);
        v.forms = interpretation == null ? null : interpretation.formsCsv();
        v.validity = i.validity;
        v.validFrom = i.validFrom;
        v.validTo = i.validTo;
        v.channels = i.channels;
        v.changeNote = changeNote;
        v.publishedAt = at;
        v.publishedBy = by;
        return v;
    }
}
