package org.gongkai.disclosure.rest;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.catalogue.service.CatalogueService;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.error.Validation;
import org.gongkai.common.time.TimeSource;
import org.gongkai.disclosure.rest.dto.PortalItemView;

/** R5: feeds of the latest items, for the bureau's WeChat and Weibo publishing tools and for anyone who follows. */
@Path("/api/v1/feeds")
@PermitAll
@Tag(name = "Feeds 订阅", description = "The latest published items as JSON Feed or RSS, per column too (R5)")
public class FeedResource {
    @Inject
    org.gongkai.disclosure.repository.PortalReads reads;
    @Inject
    org.gongkai.common.web.PublicCache cache;
    @Inject
    CatalogueService catalogue;
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String bureau;

    private Uni<List<PortalItemView>> latest(String column, String limit) {
        Validation v = new Validation();
        Integer n = v.integer("limit", limit, 20, 1, 100);
        v.throwIfInvalid();
        // the same until something is published: kept in memory until then (issue 17)
        if (column == null || column.isBlank()) return cache.get(java.util.Arrays.asList("feed", null, n), () -> reads.latest(null, n));
        return catalogue.publishedColumnAndBelow(column).flatMap(cols -> {
            if (cols == null) throw ProblemException.notFound("column", column);
            return cache.get(List.of("feed", cols, n), () -> reads.latest(cols, n));
        });
    }

    @Schema(name = "JsonFeed", description = "JSON Feed 1.1")
    public record JsonFeed(String version, String title, String home_page_url, String feed_url, List<JsonFeedItem> items) {}

    @Schema(name = "JsonFeedItem")
    public record JsonFeedItem(String id, String url, String title, String summary, String date_published, List<String> tags) {}

    @GET
    @Path("/latest.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Latest items, JSON Feed 最新信息 (JSON)")
    public Uni<JsonFeed> json(@QueryParam("column") String column, @QueryParam("limit") String limit, @Context UriInfo uri) {
        String base = base(uri);
        return latest(column, limit).map(list -> new JsonFeed("https://jsonfeed.org/version/1.1", bureau + " · 政务公开", base + "/",
                uri.getRequestUri().toString(), list.stream().map(v -> new JsonFeedItem(v.indexNo(), base + "/items/" + v.id(), v.title(),
                        v.summary(), v.publishedAt(), v.subjects())).toList()));
    }

    @GET
    @Path("/latest.rss")
    @Produces("application/rss+xml;charset=UTF-8")
    @Operation(summary = "Latest items, RSS 2.0 最新信息 (RSS)")
    public Uni<String> rss(@QueryParam("column") String column, @QueryParam("limit") String limit, @Context UriInfo uri) {
        String base = base(uri);
        return latest(column, limit).map(list -> {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
            sb.append("<title>").append(xml(bureau + " · 政务公开")).append("</title><link>").append(xml(base + "/"))
                    .append("</link><description>").append(xml(bureau + "主动公开的政府信息")).append("</description><language>zh-cn</language>");
            for (PortalItemView v : list) {
                sb.append("<item><title>").append(xml(v.title())).append("</title><link>").append(xml(base + "/items/" + v.id()))
                        .append("</link><guid isPermaLink=\"false\">").append(xml(v.indexNo() + "#" + v.versionNo())).append("</guid><pubDate>")
                        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.Instant.parse(v.publishedAt()).atZone(TimeSource.ZONE)))
                        .append("</pubDate><description>").append(xml(v.summary())).append("</description></item>");
            }
            return sb.append("</channel></rss>").toString();
        });
    }

    private static String base(UriInfo uri) {
        String s = uri.getBaseUri().toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static String xml(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
