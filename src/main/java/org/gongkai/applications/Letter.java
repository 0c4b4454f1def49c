package org.gongkai.applications;

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

/** A letter to an applicant (R18, R19). */
@Entity
@Table(name = "application_letter")
public class Letter {
    /** 告知书 (signed by the leader in charge), and the letters the head of the office signs. */
    public enum Kind {
        REPLY_NOTICE("政府信息公开申请答复告知书"),
        CORRECTION("补正申请告知书"),
        EXTENSION("延期答复告知书"),
        THIRD_PARTY("征求第三方意见函"),
        OTHER("告知函");

        public final String title;

        Kind(String title) {
            this.title = title;
        }

        /** R19: disclosure notices by the leader in charge; correction, extension and other letters by the head of the office. */
        public String signerRole() {
            return this == REPLY_NOTICE ? "leader" : "office-head";
        }
    }

    /** draft → in legal review (R18) → legal approved → signed (R19); the legal section may return it to draft. */
    public enum State {
        DRAFT, IN_LEGAL_REVIEW, LEGAL_APPROVED, SIGNED;

        public enum Action { EDIT, SUBMIT, APPROVE, RETURN, SIGN }

        static final java.util.Map<Action, State> FROM = java.util.Map.of(
                Action.EDIT, DRAFT, Action.SUBMIT, DRAFT, Action.APPROVE, IN_LEGAL_REVIEW, Action.RETURN, IN_LEGAL_REVIEW, Action.SIGN, LEGAL_APPROVED);
        /** Where each action leads; editing leaves a draft a draft. */
        static final java.util.Map<Action, State> TO = java.util.Map.of(
                Action.SUBMIT, IN_LEGAL_REVIEW, Action.APPROVE, LEGAL_APPROVED, Action.RETURN, DRAFT, Action.SIGN, SIGNED);

        public boolean allows(Action a) {
            return FROM.get(a) == this;
        }

        /** The state the action leads to, or null when it stays where it is. */
        public static State target(Action a) {
            return TO.get(a);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public Long applicationId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "doc_number")
    public String docNumber;
    public String title;
    public String body;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "drafted_by")
    public String draftedBy;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "review_note")
    public String reviewNote;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
