package org.gongkai.dataresource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where the data catalogue stands (one row): its published version, its changes since, its item in the review. */
@Entity
@Table(name = "data_catalogue")
public class DataCatalogue {
    public static final int ID = 1;

    @Id
    public Integer id;
    @Column(name = "published_version")
    public int publishedVersion;
    public int changes;
    @Column(name = "drafted_changes")
    public Integer draftedChanges;
    @Column(name = "draft_reason")
    public String draftReason;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean changedSinceDrafted() {
        return draftedChanges == null || draftedChanges != changes;
    }
}
