package org.gongkai.applications.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.ApplicationEnums;
import org.gongkai.applications.ApplicationEnums.ApplicantType;
import org.gongkai.applications.ApplicationEnums.Channel;
import org.gongkai.applications.ApplicationEnums.DeliveryForm;
import org.gongkai.applications.ApplicationEnums.Outcome;
import org.gongkai.applications.ApplicationEnums.ReceiptRule;
import org.gongkai.applications.ApplicationEnums.State;
import org.gongkai.applications.ApplicationReview;
import org.gongkai.applications.Assignment;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.applications.service.ApplicationService;
import org.gongkai.audit.Actor;
import org.gongkai.audit.service.AuditService;
import org.gongkai.common.crypto.Masking;
import org.gongkai.common.crypto.PersonalDataCipher;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.compliance.rest.dto.ObligationView;
import org.gongkai.compliance.service.ObligationService;
import org.gongkai.files.AttachmentService;

/**
 * What the public sees of an application (the tracking page, a citizen's list): state, the dates that matter, the
 * reply clock by category, signed letters and delivered files; never personal data, never an internal text.
 */
@jakarta.enterprise.context.ApplicationScoped
public class ApplicationProgressViews {
    @Inject
    ApplicationService service;
    @Inject
    ObligationService obligations;
    @Inject
    AttachmentService attachments;
    @Inject
    org.gongkai.applications.service.LetterService letters;

    @Schema(name = "ApplicationProgress", description = "The public progress page: state, the dates that matter, never personal data")
    public record Progress(String trackingNo, State state, LocalDate receivedOn,
                           @Schema(description = "the reply's due date; null while the clock is stopped") LocalDate dueDate,
                           @Schema(description = "the due date lies in a year whose official calendar is not published yet") boolean dueDateProvisional,
                           @Schema(description = "RUNNING, PAUSED (stopped for pauseCause since pausedSince) or CLOSED") ApplicationEnums.ClockState clock,
                           ApplicationEnums.PauseCause pauseCause, String pauseCauseLabel, LocalDate pausedSince,
                           @Schema(description = "working days of the period left when the clock starts again (while paused)") Integer workingDaysRemaining,
                           @Schema(description = "how the due date was computed, in Chinese") String dueExplanation, boolean extended,
                           LocalDate correctionDue, Outcome outcome, String outcomeLabel, String outcomeArticle, String outcomeNote, LocalDate deliveredOn,
                           DeliveryForm deliveryForm, List<AttachmentService.View> files, List<SignedLetter> letters) {}

    @Schema(name = "SignedLetter")
    public record SignedLetter(long id, String title, String docNumber, LocalDate signedOn) {}

    /** The reply clock for the public: its state, the cause of a stop as a category, and the deadline explained. */
    record PublicClock(ApplicationEnums.ClockState state, ApplicationEnums.PauseCause cause, LocalDate pausedSince,
                       Integer remaining, LocalDate dueDate, boolean provisional, String explanation) {
        static final PublicClock NONE = new PublicClock(ApplicationEnums.ClockState.CLOSED, null, null, null, null, false, null);
    }

    /** The reply deadline explained: start, period, extension, the pauses that were not counted (by category only). */
    Uni<PublicClock> publicClock(org.gongkai.compliance.Obligation o) {
        if (o == null) return Uni.createFrom().item(PublicClock.NONE);
        return obligations.pauses(o.id).map(pauses -> {
            StringBuilder sb = new StringBuilder("自" + o.startDate + "次日起算" + o.days + "个工作日（法定节假日和周末不计，调休上班日计入）");
            if (o.days > service.replyDays()) sb.append("，其中经批准延长" + (o.days - service.replyDays()) + "个工作日");
            var open = pauses.stream().filter(p -> p.resumedOn == null).reduce((a, b) -> b).orElse(null);
            for (var p : pauses) {
                sb.append("；").append(p.pausedOn).append("起因“").append(ApplicationEnums.PauseCause.of(p.reason).zh).append("”中止计时");
                if (p.resumedOn != null) sb.append("，").append(p.resumedOn).append("恢复").append(p.addedDays == null ? "" : "，顺延" + p.addedDays + "个工作日");
            }
            var state = switch (o.state) {
                case OPEN -> ApplicationEnums.ClockState.RUNNING;
                case PAUSED -> ApplicationEnums.ClockState.PAUSED;
                default -> ApplicationEnums.ClockState.CLOSED;
            };
            if (state == ApplicationEnums.ClockState.PAUSED) {
                int left = Math.max(0, o.days - o.usedDays);
                sb.append("；目前计时中止，恢复后还有").append(left).append("个工作日。");
                return new PublicClock(state, open == null ? ApplicationEnums.PauseCause.OTHER : ApplicationEnums.PauseCause.of(open.reason),
                        open == null ? o.baseDate : open.pausedOn, left, null, false, sb.toString());
            }
            sb.append("；截止").append(o.dueDate).append(o.provisional ? "（所在年度节假日安排尚未公布，日期为暂定）" : "").append("。");
            return new PublicClock(state, null, null, null, o.dueDate, o.provisional, sb.toString());
        });
    }

    public Uni<Progress> progress(DisclosureApplication app) {
        boolean delivered = app.state == State.DELIVERED;
        return service.reply(app).flatMap(o -> publicClock(o).flatMap(clock -> (delivered && app.deliveryForm == DeliveryForm.UPLOAD
                        ? attachments.list(ApplicationService.SUBJECT, String.valueOf(app.id)) : Uni.createFrom().item(List.<org.gongkai.files.Attachment>of()))
                .flatMap(files -> letters.forApplication(app.id).map(ls -> new Progress(app.trackingNo, app.state, app.receivedOn,
                        clock.dueDate(), clock.provisional(), clock.state(), clock.cause(), clock.cause() == null ? null : clock.cause().zh,
                        clock.pausedSince(), clock.remaining(), clock.explanation(), app.extended, app.correctionDue, app.outcome,
                        app.outcome == null ? null : app.outcome.zh, app.outcome == null ? null : app.outcome.article, app.outcomeNote,
                        app.deliveredOn, app.deliveryForm,
                        files.stream().map(AttachmentService.View::of).toList(),
                        ls.stream().filter(l -> l.state == org.gongkai.applications.Letter.State.SIGNED)
                                .map(l -> new SignedLetter(l.id, l.title, l.docNumber, l.signedOn)).toList())))));
    }

}
