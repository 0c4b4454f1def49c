package org.gongkai.press;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year's press plan and the item it is published as. */
@Entity
@Table(name = "press_plan")
public class PressPlan {
    @Id
    public Integer year;
    @Column(name = "item_id")
    public Long itemId;
    /** How many times it was adjusted after its first publication. */
    public int adjustments;
}
