package org.gongkai.inspection;

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

/** One inspection under a matter: the draw (seed and pools kept for the replay), then its results (R34). */
@Entity
@Table(name = "inspection_task")
public class InspectionTask {
    public enum State { DRAWN, RESULTS_IN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    @Column(name = "matter_id")
    public Long matterId;
    @Column(name = "department_code")
    public String departmentCode;
    public String category;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "inspectors_per_target")
    public int inspectorsPerTarget;
    public long seed;
    /** Comma-separated ids, ascending. */
    @Column(name = "target_pool")
    public String targetPool;
    @Column(name = "inspector_pool")
    public String inspectorPool;
    /** "inspectorId:targetId", comma-separated. */
    public String conflicts;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "results_in_at")
    public Instant resultsInAt;
    @Column(name = "results_item_id")
    public Long resultsItemId;
    @Column(name = "results_published_on")
    public LocalDate resultsPublishedOn;
    @Column(name = "drawn_by")
    public String drawnBy;
    @Column(name = "drawn_at")
    public Instant drawnAt;
}
