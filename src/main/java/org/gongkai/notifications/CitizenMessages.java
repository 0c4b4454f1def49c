package org.gongkai.notifications;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Your application has a reply", "your enquiry has an answer": told to the person who agreed to it, by e-mail, text
 * message and (for a platform account used through the mini-program) a WeChat subscription message, queued in the
 * caller's transaction. The messages name the tracking number only.
 */
@ApplicationScoped
public class CitizenMessages {
    @Inject
    MessageOutbox outbox;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureauZh;
    @ConfigProperty(name = "gongkai.bureau.name-en")
    String bureauEn;

    /** Where to reach the person; any of them may be null. */
    public record Contact(String email, String mobile, String account) {}

    public Uni<Void> applicationReplied(Contact to, String trackingNo, long applicationId) {
        String purpose = "application-replied:" + applicationId;
        return outbox.mail(to.email(), MailTemplates.applicationReplied(bureauZh, bureauEn, trackingNo, outbox.portal()), purpose)
                .call(() -> outbox.sms(to.mobile(), MailTemplates.smsApplicationReplied(bureauZh, trackingNo), purpose))
                .call(() -> outbox.wechat(to.account(), "application-replied", Map.of("trackingNo", trackingNo), purpose));
    }

    public Uni<Void> enquiryAnswered(Contact to, String trackingNo, long enquiryId) {
        String purpose = "enquiry-answered:" + enquiryId;
        return outbox.mail(to.email(), MailTemplates.enquiryAnswered(bureauZh, bureauEn, trackingNo, outbox.portal()), purpose)
                .call(() -> outbox.sms(to.mobile(), MailTemplates.smsEnquiryAnswered(bureauZh, trackingNo), purpose))
                .call(() -> outbox.wechat(to.account(), "enquiry-answered", Map.of("trackingNo", trackingNo), purpose));
    }

    /** R30: a contributor who left an address is told when the fate of their comment is published (issue 12). */
    public Uni<Void> consultationReported(Contact to, String commentNo, String title, long consultationId, long commentId) {
        String purpose = "consultation-reported:" + commentId;
        return outbox.mail(to.email(), MailTemplates.consultationReported(bureauZh, bureauEn, commentNo, title, consultationId, outbox.portal()), purpose)
                .call(() -> outbox.sms(to.mobile(), MailTemplates.smsConsultationReported(bureauZh, commentNo), purpose))
                .call(() -> outbox.wechat(to.account(), "consultation-reported", Map.of("commentNo", commentNo), purpose));
    }
}
