package org.gongkai.enquiries.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.crypto.Masking;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.enquiries.Enquiry;
import org.gongkai.enquiries.EnquiryExtension;
import org.gongkai.enquiries.EnquiryState;
import org.gongkai.enquiries.Enums;

/** What each audience sees of an enquiry: the person (no other's data), the public (no contact ever), staff (masked). */
public final class EnquiryViews {
    private EnquiryViews() {}

    @Schema(name = "EnquiryReceipt", description = "Keep both: the query code is shown only now")
    public record Receipt(String trackingNo, String queryCode, LocalDate receivedOn,
                          @Schema(description = "the office's reply is due by this day (R21)") LocalDate dueDate,
                          @Schema(description = "the due date lies in a year whose official calendar is not published yet") boolean dueDateProvisional) {}

    @Schema(name = "EnquiryProgress", description = "The public progress page: state, dates, the answer; never contact details")
    public record Progress(String trackingNo, Enums.Channel channel, Enums.Category category, String title, String question,
                           EnquiryState state, LocalDate receivedOn, String departmentCode, LocalDate closedOn,
                           Enums.ClosingCategory closingCategory, String answer, String referTo, Integer rating,
                           @Schema(description = "the reply is due by this day (R21); null once answered") LocalDate dueDate,
                           boolean dueDateProvisional) {
        public static Progress of(Enquiry e, org.gongkai.compliance.Obligation reply) {
            boolean closed = e.state == EnquiryState.CLOSED;
            boolean due = !closed && reply != null;
            return new Progress(e.trackingNo, e.channel, e.category, e.title, e.question, e.state, e.receivedOn, e.departmentCode,
                    e.closedOn, closed ? e.closingCategory : null, closed ? e.answer : null, closed ? e.referTo : null, e.rating,
                    due ? reply.dueDate : null, due && reply.provisional);
        }
    }

    @Schema(name = "AnsweredEnquiry", description = "An answered enquiry its author allowed to be shown")
    public record Answered(String trackingNo, Enums.Category category, String title, String question, String answer,
                           Enums.ClosingCategory closingCategory, String referTo, String departmentCode, LocalDate receivedOn,
                           LocalDate closedOn) {
        public static Answered of(Enquiry e) {
            return new Answered(e.trackingNo, e.category, e.title, e.question, e.answer, e.closingCategory, e.referTo, e.departmentCode,
                    e.receivedOn, e.closedOn);
        }
    }

    @Schema(name = "StaffEnquiry", description = "An enquiry in the console; contact details masked until opened")
    public record Staff(long id, String trackingNo, Enums.Channel channel, String ticketNo, Enums.TicketType ticketType,
                        LocalDate platformDueDate, Enums.Category category, String title, String question, String contactName,
                        String contactPhone, String contactEmail, boolean publishable, EnquiryState state, String departmentCode,
                        String instructions, String draftAnswer, String answer, Enums.ClosingCategory closingCategory, String referTo,
                        LocalDate receivedOn, LocalDate answeredOn, LocalDate closedOn, Integer rating, String ratingComment,
                        ObligationView clock) {
        public static Staff of(Enquiry e, PersonalDataCipher cipher, ObligationView clock) {
            return new Staff(e.id, e.trackingNo, e.channel, e.ticketNo, e.ticketType, e.platformDueDate, e.category, e.title, e.question,
                    Masking.name(cipher.decrypt(e.contactNameEnc)), Masking.phone(cipher.decrypt(e.contactPhoneEnc)),
                    Masking.email(cipher.decrypt(e.contactEmailEnc)), e.publishable, e.state, e.departmentCode, e.instructions,
                    e.draftAnswer, e.answer, e.closingCategory, e.referTo, e.receivedOn, e.answeredOn, e.closedOn, e.rating,
                    e.ratingComment, clock);
        }
    }

    @Schema(name = "EnquiryExtension")
    public record Extension(long id, int days, String reason, String requestedBy, String requestedAt, EnquiryExtension.State state,
                            String decidedBy, String decisionNote) {
        public static Extension of(EnquiryExtension x) {
            return new Extension(x.id, x.days, x.reason, x.requestedBy, x.requestedAt.toString(), x.state, x.decidedBy, x.decisionNote);
        }
    }


    @Schema(name = "EnquiryDetail")
    public record Detail(Staff enquiry, List<ObligationView> obligations, List<Extension> extensions, List<org.gongkai.audit.service.Timeline.Entry> history,
                         List<org.gongkai.files.AttachmentService.View> attachments) {}

    @Schema(name = "EnquiryMonth", description = "One month's figures")
    public record Month(int year, int month, long received, long answered, Double averageWorkingDays, Double onTimeRate) {}
}
