package org.gongkai.meeting.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.Problem;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.web.PublicCache;
import org.gongkai.meeting.Meeting;
import org.gongkai.meeting.MeetingAttendee;
import org.gongkai.meeting.MeetingTopic;
import org.gongkai.meeting.service.MeetingService;

/**
 * The portal's 会议公开 column (R31, R32): meetings whose notice or materials were published through the review —
 * upcoming ones with their live stream, past ones with the replay, the materials and who attended (names masked).
 */
@Path("/api/v1/portal/meetings")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalMeetingResource {
    @Inject
    MeetingService service;
    @Inject
    TimeSource time;
    @Inject
    PublicCache cache;

    @Schema(name = "PortalMeeting")
    public record PortalMeeting(long id, String title, Meeting.Category category, Meeting.Format format, String departmentCode, String startsAt, String endsAt,
                                String venue, @Schema(description = "while it is to come or running") String liveUrl, String replayUrl,
                                @Schema(description = "the published notice") Long noticeItemId,
                                @Schema(description = "the published materials") Long materialsItemId, boolean upcoming) {
        static PortalMeeting of(Meeting m, Instant now) {
            boolean materials = m.materialsPublishedOn != null;
            boolean upcoming = m.state == Meeting.State.PLANNED && m.endsAt.isAfter(now);
            return new PortalMeeting(m.id, m.title, m.category, m.format, m.departmentCode, m.startsAt.toString(), m.endsAt.toString(), m.venue,
                    upcoming ? m.liveUrl : null, materials ? m.replayUrl : null, m.announcedOn != null ? m.noticeItemId : null, materials ? m.materialsItemId : null, upcoming);
        }
    }

    @Schema(name = "PortalMeetingTopic")
    public record Topic(int seq, String title, List<Attendee> attendees) {}

    @Schema(name = "PortalMeetingAttendee")
    public record Attendee(MeetingAttendee.Category category, @Schema(description = "masked (张**)") String name, String affiliation, String remarks) {}

    @Schema(name = "PortalMeetingDetail")
    public record Detail(PortalMeeting meeting, @Schema(description = "the agenda, once announced") String agenda,
                         @Schema(description = "a director's meeting's topics open to attendance; with who attended once the materials are published") List<Topic> topics,
                         @Schema(description = "who attended a meeting of public interest, once the materials are published") List<Attendee> attendees) {}

    @GET
    @Operation(summary = "Meetings 会议公开", description = "Announced meetings and those whose materials are published: upcoming=true those to come (soonest first), "
            + "upcoming=false those held or cancelled (newest first), neither: all, newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<PortalMeeting>> list(@QueryParam("upcoming") Boolean upcoming, @BeanParam PageRequest paging) {
        Validation v = new Validation();
        PageRequest.Checked page = paging.check(v, java.util.Set.of("startsAt"), "startsAt,desc");
        v.throwIfInvalid();
        Instant now = time.now();
        // "upcoming" moves with the clock: held for a minute at most, besides the epoch
        long minute = now.getEpochSecond() / 60;
        return cache.get(List.of("portal-meetings", String.valueOf(upcoming), minute, page.page(), page.size()), () -> Panache.withSession(() -> Panache.getSession().flatMap(s -> {
            String when = upcoming == null ? "" : upcoming ? " and state = :planned and endsAt > :now" : " and (state <> :planned or endsAt <= :now)";
            String where = "(announcedOn is not null or materialsPublishedOn is not null)" + when;
            var count = s.createQuery("select count(*) from Meeting where " + where, Long.class);
            var list = s.createQuery("from Meeting where " + where + (Boolean.TRUE.equals(upcoming) ? " order by startsAt, id" : " order by startsAt desc, id desc"), Meeting.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size());
            if (upcoming != null) {
                count.setParameter("planned", Meeting.State.PLANNED).setParameter("now", now);
                list.setParameter("planned", Meeting.State.PLANNED).setParameter("now", now);
            }
            return count.getSingleResult().flatMap(total -> list.getResultList().map(l -> Page.of(l.stream().map(m -> PortalMeeting.of(m, now)).toList(), page, total)));
        })));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting 会议详情", description = "Its time, place, stream, agenda; after the materials are published, who attended and what they said (names masked).")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting on the portal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Detail> get(@PathParam("id") long id) {
        Instant now = time.now();
        return Panache.withSession(() -> service.meeting(id).flatMap(m -> {
            if (m.announcedOn == null && m.materialsPublishedOn == null) throw ProblemException.notFound("meeting", id);
            boolean materials = m.materialsPublishedOn != null;
            return service.topics(id).flatMap(ts -> (materials ? service.attendees(id) : Uni.createFrom().item(List.<MeetingAttendee>of())).map(as -> {
                List<MeetingAttendee> came = as.stream().filter(a -> a.state == MeetingAttendee.State.ATTENDED).toList();
                List<Topic> topics = ts.stream().filter(MeetingTopic::attended)
                        .map(t -> new Topic(t.seq, t.title, came.stream().filter(a -> t.id.equals(a.topicId)).map(PortalMeetingResource::attendee).toList())).toList();
                List<Attendee> attendees = m.category == Meeting.Category.DIRECTORS ? List.of() : came.stream().map(PortalMeetingResource::attendee).toList();
                return new Detail(PortalMeeting.of(m, now), m.agenda, topics, attendees);
            }));
        }));
    }

    static Attendee attendee(MeetingAttendee a) {
        return new Attendee(a.category, a.nameMasked, a.affiliation, a.remarks);
    }
}
