package org.gongkai.press.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.gongkai.common.error.Validation;
import org.gongkai.common.time.TimeSource;
import org.gongkai.common.web.PublicCache;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.press.PressConference;
import org.gongkai.press.service.PressService;

/**
 * The portal's 新闻发布 page (R28): the year's plan (its published item), conferences announced by the head of the
 * office with their live link, and past ones with their published records. Prepared answers and materials never.
 */
@Path("/api/v1/portal/press")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Portal 门户")
public class PortalPressResource {
    @Inject
    PressService service;
    @Inject
    TimeSource time;
    @Inject
    PublicCache cache;

    @Schema(name = "PortalPressConference")
    public record Conference(long id, String title, PressConference.Kind kind, String startsAt, String venue, String host,
                             List<Speaker> speakers, String liveUrl, String replayUrl,
                             @Schema(description = "the published record (an item), for past conferences") Long recordItemId) {}

    @Schema(name = "PortalPressSpeaker")
    public record Speaker(String name, String post) {}

    @Schema(name = "PortalPressPlan")
    public record Plan(long itemId, String title) {}

    @Schema(name = "PortalPress")
    public record Press(int year, @Schema(description = "the year's plan, when published") Plan plan, List<Conference> upcoming, List<Conference> past) {}

    @GET
    @Operation(summary = "Press conferences 新闻发布", description = "The year's plan, upcoming conferences with their live link, past ones with their records.")
    @APIResponse(responseCode = "200", description = "The year's press page")
    @APIResponse(responseCode = "400", description = "A wrong year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Press> press(@QueryParam("year") String year) {
        Validation v = new Validation();
        Integer y = v.integer("year", year, time.today().getYear(), 2000, 2100);
        v.throwIfInvalid();
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(TimeSource.ZONE).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(TimeSource.ZONE).toInstant();
        // "upcoming" moves with the clock: held for a minute at most, besides the epoch
        long minute = time.now().getEpochSecond() / 60;
        return cache.get(List.of("portal-press", y, minute), () -> Panache.withSession(() -> service.plan(y).flatMap(p -> p == null ? Uni.createFrom().nullItem()
                        : Panache.getSession().flatMap(s -> s.find(InfoItem.class, p.itemId)))
                .flatMap(planItem -> Panache.getSession().flatMap(s -> s.createQuery("from PressConference where startsAt >= :f and startsAt < :t "
                                + "and ((state = :planned and announced = true) or (state = :held and recordItemId is not null)) order by startsAt", PressConference.class)
                        .setParameter("f", from).setParameter("t", to).setParameter("planned", PressConference.State.PLANNED)
                        .setParameter("held", PressConference.State.HELD).getResultList())
                        .flatMap(list -> {
                            List<Long> recordIds = list.stream().map(c -> c.recordItemId).filter(java.util.Objects::nonNull).toList();
                            Uni<List<Long>> live = recordIds.isEmpty() ? Uni.createFrom().item(List.of())
                                    : Panache.getSession().flatMap(s -> s.createQuery("select id from InfoItem where id in :ids and publishedVersion > 0 and state not in :gone", Long.class)
                                    .setParameter("ids", recordIds).setParameter("gone", List.of(org.gongkai.publication.PublicationState.WITHDRAWN,
                                            org.gongkai.publication.PublicationState.DECIDED)).getResultList());
                            return live.map(liveIds -> {
                                Instant now = time.now();
                                List<Conference> upcoming = list.stream().filter(c -> c.state == PressConference.State.PLANNED && c.startsAt.isAfter(now.minusSeconds(3 * 3600)))
                                        .map(c -> view(c, null)).toList();
                                List<Conference> past = list.stream().filter(c -> c.state == PressConference.State.HELD && liveIds.contains(c.recordItemId))
                                        .sorted((a, b) -> b.startsAt.compareTo(a.startsAt)).map(c -> view(c, c.recordItemId)).toList();
                                boolean planLive = planItem != null && planItem.live();
                                return new Press(y, planLive ? new Plan(planItem.id, planItem.title) : null, upcoming, past);
                            });
                        }))));
    }

    static Conference view(PressConference c, Long record) {
        return new Conference(c.id, c.title, c.kind, c.startsAt.toString(), c.venue, c.host,
                PressService.speakers(c).stream().map(s -> new Speaker(s.name(), s.post())).toList(), c.liveUrl, c.replayUrl, record);
    }
}
