package org.gongkai.consultation;

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

/** A consultation on a draft (R30). Its phase is derived ({@link ConsultationPhase#of}), never stored. */
@Entity
@Table(name = "consultation")
public class Consultation {
    /** An ordinary draft (at least 15 days) or a major administrative decision or rule (at least 30; Decree 713). */
    public enum Kind { ORDINARY, MAJOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    @Column(name = "document_item_id")
    public Long documentItemId;
    @Column(name = "draft_item_id")
    public Long draftItemId;
    @Column(name = "report_item_id")
    public Long reportItemId;
    public String title;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    /** 起草说明. */
    public String explanation;
    @Column(name = "draft_text")
    public String draftText;
    @Column(name = "article_count")
    public int articleCount;
    /** Whether published comments are listed on the portal while it is open. */
    @Column(name = "public_comments")
    public boolean publicComments;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "draft_published_on")
    public LocalDate draftPublishedOn;
    @Column(name = "report_published_on")
    public LocalDate reportPublishedOn;
    public int changes;
    @Column(name = "report_basis_changes")
    public Integer reportBasisChanges;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public ConsultationPhase phase(LocalDate today) {
        return ConsultationPhase.of(this, today);
    }
}
