package org.gongkai.inspection;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A target drawn, its inspectors, and what they found and how it was handled. */
@Entity
@Table(name = "inspection_assignment")
public class InspectionAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    @Column(name = "target_id")
    public Long targetId;
    @Column(name = "inspector_ids")
    public String inspectorIds;
    public String finding;
    public String handling;
}
