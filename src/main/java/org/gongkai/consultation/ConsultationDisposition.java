package org.gongkai.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The fate of one comment, or of a cluster of the same comment (R30): drafted by the department, approved by its head,
 * released only with the published adoption report.
 */
@Entity
@Table(name = "consultation_disposition")
public class ConsultationDisposition {
    /** 采纳, 部分采纳, 不予采纳 (a reason), 不属于征求范围 (explained). */
    public enum Fate {
        ADOPTED("采纳"), PARTLY_ADOPTED("部分采纳"), NOT_ADOPTED("不予采纳"), OUT_OF_SCOPE("不属于征求范围");

        public final String zh;

        Fate(String zh) {
            this.zh = zh;
        }

        public boolean needsReason() {
            return this == NOT_ADOPTED || this == OUT_OF_SCOPE;
        }
    }

    public enum State { DRAFT, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "consultation_id")
    public Long consultationId;
    @Enumerated(EnumType.STRING)
    public Fate fate;
    public String reason;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "drafted_by")
    public String draftedBy;
    @Column(name = "drafted_at")
    public Instant draftedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
}
