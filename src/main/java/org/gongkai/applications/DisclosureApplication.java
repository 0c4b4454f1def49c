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

import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Channel;
import org.gongkai.applications.ApplicationEnums.DeliveryForm;
import org.gongkai.applications.ApplicationEnums.Outcome;
import org.gongkai.applications.ApplicationEnums.ReceiptRule;
import org.gongkai.applications.ApplicationEnums.State;

/** An application for disclosure. The *_enc fields hold SM4 ciphertext. */
@Entity
@Table(name = "disclosure_application")
public class DisclosureApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tracking_no")
    public String trackingNo;
    @Column(name = "query_code_enc")
    public String queryCodeEnc;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "receipt_rule")
    public ReceiptRule receiptRule;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    public ApplicantType applicantType;
    public String organisation;
    @Column(name = "name_enc")
    public String nameEnc;
    @Column(name = "id_type")
    public String idType;
    @Column(name = "id_number_enc")
    public String idNumberEnc;
    @Column(name = "phone_enc")
    public String phoneEnc;
    @Column(name = "email_enc")
    public String emailEnc;
    @Column(name = "address_enc")
    public String addressEnc;
    public String description;
    public String purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_form")
    public DeliveryForm deliveryForm;
    public String citizen;
    /** The applicant agreed to be told by e-mail or text message when there is a reply (issue 10). */
    @Column(name = "notify_consent")
    public boolean notifyConsent;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "correction_due")
    public LocalDate correctionDue;
    public boolean extended;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Column(name = "delivered_on")
    public LocalDate deliveredOn;
    /** The day it was concluded (delivered, or closed without a reply): the year the annual report counts it in (R11). */
    @jakarta.persistence.Column(name = "concluded_on")
    public LocalDate concludedOn;
    @Column(name = "delivery_ref")
    public String deliveryRef;
    @Column(name = "fee_amount")
    public java.math.BigDecimal feeAmount;
    @Column(name = "fee_basis")
    public String feeBasis;
    @Column(name = "fee_due")
    public LocalDate feeDue;
    @Column(name = "fee_paid_on")
    public LocalDate feePaidOn;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** Fingerprint of the caller and the body the key first came with (issue 9). */
    @Column(name = "idempotency_hash")
    public String idempotencyHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
