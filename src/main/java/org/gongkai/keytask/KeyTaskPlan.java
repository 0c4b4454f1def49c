package org.gongkai.keytask;

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

/** The year's division of tasks (任务分解, R33), published through the review; its publication makes the year's tasks public. */
@Entity
@Table(name = "key_task_plan")
public class KeyTaskPlan {
    @Id
    public Integer year;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "drafted_by")
    public String draftedBy;
    @Column(name = "drafted_at")
    public Instant draftedAt;
}
