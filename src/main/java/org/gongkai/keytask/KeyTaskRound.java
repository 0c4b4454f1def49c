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

/** A half-yearly inspection of the tasks (督查, R33-INSP): progress reported, then published through the review. */
@Entity
@Table(name = "key_task_round")
public class KeyTaskRound {
    public enum State { OPEN, DRAFTED, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int year;
    public int half;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "item_id")
    public Long itemId;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "opened_at")
    public Instant openedAt;

    /** "2026年上半年" */
    public String label() {
        return year + "年" + (half == 1 ? "上半年" : "下半年");
    }
}
