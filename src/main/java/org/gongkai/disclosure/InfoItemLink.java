package org.gongkai.disclosure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Two items that belong together: an interpretation and its document (both ways), or related items (issue 10). */
@Entity
@Table(name = "info_item_link")
public class InfoItemLink {
    public enum Relation { INTERPRETS, RELATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "from_item_id")
    public Long fromItemId;
    @Column(name = "to_item_id")
    public Long toItemId;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    /** Publish together (同步发布): both go live in one transaction, or neither. */
    public boolean together;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    /** The other end, seen from {@code itemId}. */
    public long other(long itemId) {
        return fromItemId == itemId ? toItemId : fromItemId;
    }
}
