package org.gongkai.common.security;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response (issue 9). The Content-Security-Policy allows what the SPA needs and no
 * inline script: its own scripts, Ant Design's inline styles (CSS-in-JS), images and fonts from itself and data
 * URLs, and the OIDC server for login. Swagger UI (under /q/) needs inline script and gets its own, looser
 * policy; dev mode (Vite's inline preamble) gets none. {@code nosniff} everywhere (downloads too), no framing,
 * HSTS when the request came over TLS (directly or as told by a trusted proxy). What the API may be cached as is
 * {@link org.gongkai.common.web.PublicCaching}'s (issue 17: public reads cached, every other answer no-store).
 */
@ApplicationScoped
public class SecurityHeaders {
    private String spaPolicy;
    private static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    void install(@Observes Router router) {
        spaPolicy = spaPolicy(oidcOrigin());
        boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        router.route().order(-90).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx, dev));
            ctx.next();
        });
    }

    static String spaPolicy(String oidcOrigin) {
        String oidc = oidcOrigin == null ? "" : " " + oidcOrigin;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'" + oidc + "; frame-src 'self'" + oidc + "; form-action 'self'" + oidc
                + "; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    }

    /** The origin of the OIDC server the SPA logs in with, if it is another origin. */
    static String oidcOrigin() {
        var config = ConfigProvider.getConfig();
        Optional<String> url = config.getOptionalValue("gongkai.spa.oidc-authority", String.class).filter(s -> !s.isBlank())
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class));
        if (url.isEmpty() || url.get().startsWith("/")) return null;
        try {
            URI u = URI.create(url.get());
            if (u.getScheme() == null || u.getHost() == null) return null;
            return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void apply(RoutingContext ctx, boolean dev) {
        MultiMap h = ctx.response().headers();
        String path = ctx.request().path();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin");
        if (!dev && !h.contains("Content-Security-Policy")) {
            h.set("Content-Security-Policy", path != null && path.startsWith("/q/") ? SWAGGER_POLICY : spaPolicy);
        }
        if ("https".equalsIgnoreCase(ctx.request().scheme())) {
            h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
