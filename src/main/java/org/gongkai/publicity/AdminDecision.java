package org.gongkai.publicity;

import java.math.BigDecimal;
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

/** A licensing (行政许可) or penalty (行政处罚) decision as the national credit field set records it (R35). */
@Entity
@Table(name = "admin_decision")
public class AdminDecision {
    public enum Kind { LICENSING, PENALTY }

    /** 行政相对人类别: 法人, 非法人组织, 个体工商户, 自然人. */
    public enum PartyCategory {
        LEGAL_PERSON, OTHER_ORGANISATION, INDIVIDUAL_BUSINESS, NATURAL_PERSON;

        /** Whose name is a person's (masked in public): a natural person's, and an individual business's operator. */
        public boolean person() {
            return this == NATURAL_PERSON;
        }
    }

    public enum State { RECORDED, PUBLISHED, ENDED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "department_code")
    public String departmentCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_category")
    public PartyCategory partyCategory;
    @Column(name = "party_name_enc")
    public String partyNameEnc;
    /** The name as the public sees it: an organisation's in full, a natural person's masked (张**). */
    @Column(name = "party_name_public")
    public String partyNamePublic;
    @Column(name = "credit_code")
    public String creditCode;
    @Column(name = "legal_rep_enc")
    public String legalRepEnc;
    @Column(name = "legal_rep_public")
    public String legalRepPublic;
    /** A natural person's ID number: encrypted, never shown, never exchanged in clear. */
    @Column(name = "id_number_enc")
    public String idNumberEnc;
    @Column(name = "document_name")
    public String documentName;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "licence_category")
    public String licenceCategory;
    @Column(name = "certificate_name")
    public String certificateName;
    @Column(name = "certificate_number")
    public String certificateNumber;
    public String content;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "offence_type")
    public String offenceType;
    public String facts;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "penalty_category")
    public String penaltyCategory;
    /** 罚款金额（万元）. */
    @Column(name = "fine_amount")
    public BigDecimal fineAmount;
    /** 没收违法所得、没收非法财物的金额（万元）. */
    @Column(name = "confiscation_amount")
    public BigDecimal confiscationAmount;
    /** 暂扣或者吊销证照名称及编号. */
    @Column(name = "licence_action")
    public String licenceAction;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    /** 公示截止期: a penalty's publicity ends here, and its item is withdrawn. */
    @Column(name = "publicity_ends_on")
    public LocalDate publicityEndsOn;
    public String authority;
    @Column(name = "authority_code")
    public String authorityCode;
    @Column(name = "data_source")
    public String dataSource;
    @Column(name = "data_source_code")
    public String dataSourceCode;
    /** 仅共享不公开: exchanged with the credit platform, never on the portal. */
    @Column(name = "share_only")
    public boolean shareOnly;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "correction_reason")
    public String correctionReason;
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
