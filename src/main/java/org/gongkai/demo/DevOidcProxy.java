package org.gongkai.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dev profile only. The container-free OIDC dev service answers browsers without CORS headers, so the SPA could
 * not fetch its discovery document or redeem a code. This same-origin pass-through under {@code /oidc-dev} serves
 * the discovery document (token endpoint rewritten to this proxy) and forwards token requests; the login page
 * itself is a navigation and stays on the dev service. Production and tests talk to Keycloak, which sends CORS
 * headers for the SPA's web origins.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevOidcProxy {
    static final String BASE = "/oidc-dev";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    private static String upstream() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class).orElse("")
                .replaceAll("/$", "");
    }

    void routes(@Observes Router router) {
        router.get(BASE + "/.well-known/openid-configuration").blockingHandler(ctx -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(upstream() + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.ofString());
                ObjectNode doc = (ObjectNode) mapper.readTree(r.body());
                String origin = ctx.request().scheme() + "://" + ctx.request().authority();
                doc.put("token_endpoint", origin + BASE + "/token");
                ctx.response().putHeader("Content-Type", "application/json").end(doc.toString());
            } catch (Exception e) {
                ctx.response().setStatusCode(502).end("OIDC dev service unreachable: " + e.getMessage());
            }
        });
        router.post(BASE + "/token").handler(BodyHandler.create()).blockingHandler(ctx -> {
            try {
                String form = ctx.body().asString();
                if (form == null) form = "";
                if (!form.contains("client_secret=")) form += "&client_secret=secret";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(upstream() + "/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                ctx.response().setStatusCode(r.statusCode()).putHeader("Content-Type", "application/json").end(r.body());
            } catch (Exception e) {
                ctx.response().setStatusCode(502).end("OIDC dev service unreachable: " + e.getMessage());
            }
        });
    }
}
