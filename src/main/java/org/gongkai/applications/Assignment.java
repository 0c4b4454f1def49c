package org.gongkai.applications;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** R17: a department asked to help answer an application. */
@Entity
@Table(name = "application_assignment")
public class Assignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public Long applicationId;
    public String department;
    public String state;
    public String instructions;
    public String answer;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;
    @Column(name = "answered_on")
    public LocalDate answeredOn;
}
