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

/** A dated step of a task (R33). */
@Entity
@Table(name = "key_task_milestone")
public class KeyTaskMilestone {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    public int seq;
    public String title;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "done_on")
    public LocalDate doneOn;
}
