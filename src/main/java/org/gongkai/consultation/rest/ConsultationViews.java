package org.gongkai.consultation.rest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.crypto.Masking;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationComment;
import org.gongkai.consultation.ConsultationDisposition;
import org.gongkai.consultation.ConsultationExemption;
import org.gongkai.consultation.ConsultationPhase;

/** What each audience sees of a consultation: staff (contact details masked), the public (no contact ever; fates only with the report). */
public final class ConsultationViews {
    private ConsultationViews() {}

    /** Days left to comment, today and the closing day included; 0 once closed. */
    static long daysLeft(Consultation k, LocalDate today) {
        return today.isAfter(k.closesOn) ? 0 : ChronoUnit.DAYS.between(today.isBefore(k.opensOn) ? k.opensOn : today, k.closesOn) + 1;
    }

    @Schema(name = "Consultation")
    public record Staff(long id, String refNo, String title, Consultation.Kind kind, long documentItemId, Long draftItemId, Long reportItemId,
                        String opensOn, String closesOn, ConsultationPhase phase, long daysLeft, int minimumDays, boolean publicComments,
                        String departmentCode, int articleCount, String explanation,
                        @Schema(description = "comments by moderation state") Map<ConsultationComment.State, Long> comments,
                        @Schema(description = "the adoption report's clock (R30), once the draft is live") ObligationView report) {
        static Staff of(Consultation k, LocalDate today, int minimumDays, Map<ConsultationComment.State, Long> counts, ObligationView report) {
            return new Staff(k.id, k.refNo, k.title, k.kind, k.documentItemId, k.draftItemId, k.reportItemId, k.opensOn.toString(), k.closesOn.toString(),
                    k.phase(today), ConsultationViews.daysLeft(k, today), minimumDays, k.publicComments, k.departmentCode, k.articleCount, k.explanation,
                    counts == null ? Map.of() : counts, report);
        }
    }

    @Schema(name = "ConsultationStaffComment", description = "A comment in the console: contact details masked")
    public record StaffComment(long id, String refNo, ConsultationComment.Channel channel, Integer article, String quote, String body,
                               String name, String email, String phone, ConsultationComment.State state, String hiddenReason, Long duplicateOf,
                               Long dispositionId, String receivedOn, String enteredBy) {
        static StaffComment of(ConsultationComment c, PersonalDataCipher cipher) {
            return new StaffComment(c.id, c.refNo, c.channel, c.article, c.quote, c.body, Masking.name(cipher.decrypt(c.authorNameEnc)),
                    Masking.email(cipher.decrypt(c.contactEmailEnc)), Masking.phone(cipher.decrypt(c.contactPhoneEnc)), c.state, c.hiddenReason,
                    c.duplicateOf, c.dispositionId, c.receivedOn.toString(), c.enteredBy);
        }
    }

    @Schema(name = "ConsultationDisposition")
    public record Fate(long id, ConsultationDisposition.Fate fate, String reason, ConsultationDisposition.State state, String draftedBy, String approvedBy) {
        static Fate of(ConsultationDisposition d) {
            return new Fate(d.id, d.fate, d.reason, d.state, d.draftedBy, d.approvedBy);
        }
    }

    @Schema(name = "ConsultationExemption")
    public record Exemption(long id, long documentItemId, ConsultationExemption.Ground ground, String reason, ConsultationExemption.State state,
                            String requestedBy, String requestedAt, String decidedBy, String decisionNote) {
        static Exemption of(ConsultationExemption x) {
            return new Exemption(x.id, x.documentItemId, x.ground, x.reason, x.state, x.requestedBy, x.requestedAt.toString(), x.decidedBy, x.decisionNote);
        }
    }

    @Schema(name = "PortalConsultation")
    public record Portal(long id, String refNo, String title, Consultation.Kind kind, String opensOn, String closesOn, ConsultationPhase phase,
                         long daysLeft, @Schema(description = "the draft (an item on the portal)") Long draftItemId,
                         @Schema(description = "the adoption report, once on the portal") Long reportItemId,
                         @Schema(description = "comments received") long comments) {
        static Portal of(Consultation k, LocalDate today, long comments) {
            return new Portal(k.id, k.refNo, k.title, k.kind, k.opensOn.toString(), k.closesOn.toString(), k.phase(today), ConsultationViews.daysLeft(k, today),
                    k.draftItemId, k.reportPublishedOn == null ? null : k.reportItemId, comments);
        }
    }

    @Schema(name = "PortalConsultationDetail")
    public record PortalDetail(Portal consultation, String explanation, int articleCount,
                               @Schema(description = "whether published comments are shown while it is open") boolean publicComments) {}

    @Schema(name = "PortalConsultationComment", description = "A published comment; its fate only once the adoption report is published. No name, no contact.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PortalComment(String refNo, ConsultationComment.Channel channel, Integer article, String quote, String body, String receivedOn,
                                @Schema(description = "the comment it repeats (merged as a duplicate)") String duplicateOf,
                                ConsultationDisposition.Fate fate, String reason) {}

    @Schema(name = "ConsultationReceipt")
    public record Receipt(@Schema(description = "keep it: the report names every comment by it") String refNo, String receivedOn) {}

    @Schema(name = "ConsultationCommentStatus", description = "Where a comment stands, found by its number: no name, no contact")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommentStatus(String refNo, long consultationId, String title, String receivedOn,
                                @Schema(description = "RECEIVED (waiting for moderation), PUBLISHED, NOT_PUBLISHED, MERGED") String status,
                                ConsultationPhase phase, ConsultationDisposition.Fate fate, String reason, Long reportItemId) {}
}
