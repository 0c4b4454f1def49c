package org.gongkai.press;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A selected topic in the yearly press plan, in its month; removed (with the reason) by a later adjustment. */
@Entity
@Table(name = "press_plan_entry")
public class PressPlanEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int year;
    @Column(name = "topic_id")
    public Long topicId;
    public int month;
    public String title;
    @Column(name = "department_code")
    public String departmentCode;
    public boolean removed;
    @Column(name = "removed_reason")
    public String removedReason;
    @Column(name = "created_at")
    public Instant createdAt;
}
