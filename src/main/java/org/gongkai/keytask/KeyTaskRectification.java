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

/** A problem found in a round and its rectification, due on a day (the R33-RECT clock on the lead department). */
@Entity
@Table(name = "key_task_rectification")
public class KeyTaskRectification {
    public enum State { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    @Column(name = "round_id")
    public Long roundId;
    public String problem;
    public String measure;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public State state;
    public String evidence;
    @Column(name = "done_by")
    public String doneBy;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
