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
import jakarta.persistence.Version;

import org.gongkai.publication.DisclosureAttribute;
import org.gongkai.publication.PublicationState;

/** The working copy of an information item (公开信息) or of the Disclosure Guide: what drafters edit and reviewers decide. */
@Entity
@Table(name = "info_item")
public class InfoItem {
    public enum Kind { ITEM, GUIDE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "index_no")
    public String indexNo;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** What it is: a document, an interpretation, a consultation draft … (issue 10). */
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    public ItemType itemType = ItemType.DOCUMENT;
    /** The feature record it belongs to, if any (a consultation, a poll …). */
    @Column(name = "feature_type")
    public String featureType;
    @Column(name = "feature_id")
    public String featureId;
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
    @Enumerated(EnumType.STRING)
    public DisclosureAttribute attribute;
    @Column(name = "attribute_basis")
    public String attributeBasis;
    @Column(name = "attribute_reason")
    public String attributeReason;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    public boolean normative;
    /** R24: 涉及群众切身利益或社会关注度较高 — routed only with its interpretation, like a normative document (issue 11). */
    @Column(name = "major_decision")
    public boolean majorDecision;
    /** What its kind adds (an interpretation's elements, forms, interpreters, media), as JSON (issue 11). */
    public String details;
    @Enumerated(EnumType.STRING)
    public Validity validity;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    public String channels;
    @Column(name = "department_code")
    public String departmentCode;
    public String drafter;
    @Column(name = "drafter_name")
    public String drafterName;
    @Enumerated(EnumType.STRING)
    public PublicationState state;
    public int round;
    @Column(name = "published_version")
    public int publishedVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** R24: a normative document or a major decision goes to the office only with its interpretation. */
    public boolean needsInterpretation() {
        return itemType == ItemType.DOCUMENT && (normative || majorDecision);
    }

    /** A version of it is on the portal now (published, or under revision while the last version stays up). */
    public boolean live() {
        return publishedVersion > 0 && state != PublicationState.WITHDRAWN && state != PublicationState.DECIDED;
    }
}
