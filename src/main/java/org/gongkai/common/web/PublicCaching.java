package org.gongkai.common.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP caching of the API (issue 17). Public reads — the portal's lists, items and attachments, the feeds, the
 * search — carry the public epoch as a weak {@code ETag} and its time as {@code Last-Modified}, and
 * {@code Cache-Control: public, max-age=N} ({@code gongkai.http.public-max-age}, 60 s by default) so that the
 * government cloud's reverse proxy or CDN absorbs a peak. A conditional request that still matches is answered
 * {@code 304 Not Modified} here, before any resource or database is reached. A public read that failed, and every
 * personal or staff answer (any request with a token, tracking by number and code), is {@code no-store} unless its
 * resource said otherwise.
 */
@ApplicationScoped
public class PublicCaching {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Inject
    PublicEpoch epoch;
    @ConfigProperty(name = "gongkai.http.public-max-age", defaultValue = "60")
    int maxAge;

    /** Whether this is a public read whose answer depends only on what is published. */
    static boolean publicRead(HttpMethod method, String path) {
        if (path == null || (method != HttpMethod.GET && method != HttpMethod.HEAD)) return false;
        return path.startsWith("/api/v1/portal/") || path.startsWith("/api/v1/feeds/") || path.equals("/api/v1/search");
    }

    /** Whether the client's copy is current: its ETag matches or, without one, it is not older than the change. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, PublicEpoch.State s) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || t.equals(s.etag()) || t.equals(s.etag().substring(2))) return true;
            }
            return false;
        }
        if (ifModifiedSince == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), HTTP_DATE).toInstant();
            return !s.changedAt().isAfter(since.plusSeconds(1).minusNanos(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String httpDate(Instant at) {
        return HTTP_DATE.format(at.atZone(ZoneOffset.UTC).withNano(0));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-99).handler(this::handle);
    }

    /** A request that may change what is public: a staff or account write, not a public submission. */
    static boolean mayPublish(HttpMethod method, String path, boolean token) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS || !token) return false;
        return !(method == HttpMethod.POST && (path.equals("/api/v1/applications") || path.equals("/api/v1/enquiries")));
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (mayPublish(rc.request().method(), path, rc.request().getHeader("Authorization") != null)) {
            epoch.writeStarted();
            rc.addEndHandler(x -> epoch.writeEnded());
        }
        PublicEpoch.State s = publicRead(rc.request().method(), path) ? epoch.now() : null;
        if (s != null && epoch.settled() && notModified(rc.request().getHeader("If-None-Match"), rc.request().getHeader("If-Modified-Since"), s)) {
            headers(rc, s);
            rc.response().setStatusCode(304).end();
            return;
        }
        rc.addHeadersEndHandler(v -> {
            int status = rc.response().getStatusCode();
            if (s != null && status == 200) {
                headers(rc, s);
            } else if (s != null || (!rc.response().headers().contains("Cache-Control") && personal(rc, path))) {
                rc.response().headers().set("Cache-Control", "no-store");
                rc.response().headers().set("Pragma", "no-cache");
            }
        });
        rc.next();
    }

    static boolean personal(RoutingContext rc, String path) {
        return rc.request().getHeader("Authorization") != null || path.contains("/track") || path.contains("/mine")
                || path.contains("personal-data");
    }

    private void headers(RoutingContext rc, PublicEpoch.State s) {
        var h = rc.response().headers();
        h.set("ETag", s.etag());
        h.set("Last-Modified", httpDate(s.changedAt()));
        h.set("Cache-Control", "public, max-age=" + maxAge);
        h.remove("Pragma");
        h.add("Vary", "Accept-Encoding");
    }
}
