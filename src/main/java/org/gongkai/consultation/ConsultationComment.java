package org.gongkai.consultation;

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

/** One comment on a draft: on the whole text, one article (条) or a quoted passage. Contact details encrypted, never public. */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment {
    /** Where it came in: the portal, or entered by staff from a letter, an e-mail, a symposium or a hearing. */
    public enum Channel { PORTAL, LETTER, EMAIL, SYMPOSIUM, HEARING }

    /** Moderation: pending → published, hidden with a reason, or merged as a duplicate of another. */
    public enum State { PENDING, PUBLISHED, HIDDEN, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "consultation_id")
    public Long consultationId;
    @Column(name = "ref_no")
    public String refNo;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public Integer article;
    public String quote;
    public String body;
    @Column(name = "author_name_enc")
    public String authorNameEnc;
    @Column(name = "contact_email_enc")
    public String contactEmailEnc;
    @Column(name = "contact_phone_enc")
    public String contactPhoneEnc;
    public String citizen;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "hidden_reason")
    public String hiddenReason;
    @Column(name = "duplicate_of")
    public Long duplicateOf;
    @Column(name = "disposition_id")
    public Long dispositionId;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "entered_by")
    public String enteredBy;
    @Column(name = "moderated_by")
    public String moderatedBy;
    @Column(name = "moderated_at")
    public Instant moderatedAt;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "idempotency_hash")
    public String idempotencyHash;
}
