package org.gongkai.poll;

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
import jakarta.persistence.Version;

import org.gongkai.consultation.ConsultationPhase;

/** An opinion poll (R36). Its phase is derived like a consultation's: announced, open from–to, reported. */
@Entity
@Table(name = "poll")
public class Poll {
    /** Anonymous (a salted hash of the account or verified phone, nothing else kept) or named (name and phone, encrypted). */
    public enum Mode { ANONYMOUS, NAMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ref_no")
    public String refNo;
    @Column(name = "topic_id")
    public Long topicId;
    public String title;
    public String description;
    @Column(name = "department_code")
    public String departmentCode;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    /** The questionnaire, {@link PollForm} as JSON. */
    public String form;
    @Column(name = "target_groups")
    public String targetGroups;
    @Column(name = "sample_plan")
    public String samplePlan;
    @Column(name = "sample_size")
    public int sampleSize;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    public String salt;
    @Column(name = "announcement_item_id")
    public Long announcementItemId;
    @Column(name = "report_item_id")
    public Long reportItemId;
    @Column(name = "announced_on")
    public LocalDate announcedOn;
    @Column(name = "report_published_on")
    public LocalDate reportPublishedOn;
    /** The report's method, conclusions, use of the results and free-text themes, as JSON. */
    public String report;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public ConsultationPhase phase(LocalDate today) {
        return ConsultationPhase.of(announcedOn, opensOn, closesOn, reportItemId, reportPublishedOn, today);
    }

    public PollForm questionnaire() {
        return PollForm.parse(form);
    }
}
