package org.gongkai.poll;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's answers. An anonymous response keeps no address, account or phone: only the salted hash that refuses a second one. */
@Entity
@Table(name = "poll_response")
public class PollResponse {
    /** Online, a paper form entered by staff, or a telephone interview entered by staff. */
    public enum Channel { ONLINE, PAPER, TELEPHONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "poll_id")
    public Long pollId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "respondent_hash")
    public String respondentHash;
    @Column(name = "name_enc")
    public String nameEnc;
    @Column(name = "phone_enc")
    public String phoneEnc;
    public String answers;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "entered_by")
    public String enteredBy;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "idempotency_hash")
    public String idempotencyHash;
}
