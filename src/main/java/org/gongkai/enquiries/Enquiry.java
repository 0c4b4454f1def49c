package org.gongkai.enquiries;

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

/** An online enquiry or a 12345 ticket. Contact fields hold SM4 ciphertext, never plain text. */
@Entity
@Table(name = "enquiry")
public class Enquiry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tracking_no")
    public String trackingNo;
    @Column(name = "query_code_enc")
    public String queryCodeEnc;
    @Enumerated(EnumType.STRING)
    public Enums.Channel channel;
    @Column(name = "ticket_no")
    public String ticketNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type")
    public Enums.TicketType ticketType;
    @Column(name = "platform_due_date")
    public LocalDate platformDueDate;
    @Enumerated(EnumType.STRING)
    public Enums.Category category;
    public String title;
    public String question;
    @Column(name = "contact_name_enc")
    public String contactNameEnc;
    @Column(name = "contact_phone_enc")
    public String contactPhoneEnc;
    @Column(name = "contact_email_enc")
    public String contactEmailEnc;
    public String citizen;
    /** The person agreed to be told by e-mail or text message when there is an answer (issue 10). */
    @Column(name = "notify_consent")
    public boolean notifyConsent;
    public boolean publishable;
    @Enumerated(EnumType.STRING)
    public EnquiryState state;
    @Column(name = "department_code")
    public String departmentCode;
    public String instructions;
    @Column(name = "draft_answer")
    public String draftAnswer;
    public String answer;
    @Enumerated(EnumType.STRING)
    @Column(name = "closing_category")
    public Enums.ClosingCategory closingCategory;
    @Column(name = "refer_to")
    public String referTo;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "answered_on")
    public LocalDate answeredOn;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    public Integer rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    /** Working days from receipt to the answer, fixed at closing through the calendar (the monthly figures sum them). */
    @Column(name = "answer_working_days")
    public Integer answerWorkingDays;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** Fingerprint of the caller and the body the key first came with (issue 9). */
    @Column(name = "idempotency_hash")
    public String idempotencyHash;
    @Column(name = "search_text")
    public String searchText;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
