package org.gongkai.common.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the web UI and the mini-program need before anything else: the bureau and the OIDC server to log in with. */
@Path("/api/v1/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform 平台", description = "Client configuration")
public class ConfigResource {
    @ConfigProperty(name = "gongkai.bureau.name-zh")
    String nameZh;
    @ConfigProperty(name = "gongkai.bureau.name-en")
    String nameEn;
    @ConfigProperty(name = "gongkai.spa.oidc-authority")
    Optional<String> authority;
    @ConfigProperty(name = "gongkai.spa.oidc-client-id")
    String clientId;
    @ConfigProperty(name = "gongkai.applications.fees.enabled", defaultValue = "false")
    boolean feesEnabled;

    @Schema(name = "ClientConfig")
    public record ClientConfig(String bureauNameZh, String bureauNameEn, String oidcAuthority, String oidcClientId,
                               @Schema(description = "information-processing fees are switched on (off by default)") boolean feesEnabled) {}

    @GET
    @PermitAll
    @Operation(summary = "Client configuration 客户端配置", description = "The bureau's name and the OIDC server and client the SPA logs in with (PKCE).")
    public ClientConfig config() {
        String auth = authority.filter(s -> !s.isBlank())
                .or(() -> ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("");
        return new ClientConfig(nameZh, nameEn, auth, clientId, feesEnabled);
    }
}
