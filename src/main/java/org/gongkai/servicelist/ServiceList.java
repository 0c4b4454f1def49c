package org.gongkai.servicelist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the three service lists (R35) and where its versions stand: published, being edited, drafted for the review. */
@Entity
@Table(name = "service_list")
public class ServiceList {
    /** 权责清单, 公共服务事项清单, 办事指南: each with the column it is published in. */
    public enum Kind {
        POWER("QZQD", "权责清单", "List of powers and responsibilities"),
        PUBLIC_SERVICE("GGFW", "公共服务事项清单", "List of public services"),
        GUIDE("BSZN", "办事指南", "Service guides");

        public final String column;
        public final String zh;
        public final String en;

        Kind(String column, String zh, String en) {
            this.column = column;
            this.zh = zh;
            this.en = en;
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "published_version")
    public int publishedVersion;
    /** Every change to an entry counts; what the gate compares with the count when the list was drafted. */
    public int changes;
    @Column(name = "drafted_changes")
    public Integer draftedChanges;
    @Column(name = "draft_reason")
    public String draftReason;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The version being edited: the next to be published. */
    public int editingVersion() {
        return publishedVersion + 1;
    }

    /** Changed since it was drafted for the review (or never drafted since its first change). */
    public boolean changedSinceDrafted() {
        return draftedChanges == null || draftedChanges != changes;
    }
}
