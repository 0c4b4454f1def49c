package org.gongkai.applications;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consultation meeting (会商) on an application that several departments hold (R17). */
@Entity(name = "ApplicationMeeting")
@Table(name = "application_meeting")
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public Long applicationId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    public String participants;
    public String minutes;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
