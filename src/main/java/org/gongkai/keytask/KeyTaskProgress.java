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

/** A task's progress in one round: a percentage, what was done, the problems met (R33). */
@Entity
@Table(name = "key_task_progress")
public class KeyTaskProgress {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    @Column(name = "round_id")
    public Long roundId;
    public int percent;
    public String progress;
    public String problems;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "reported_at")
    public Instant reportedAt;
}
