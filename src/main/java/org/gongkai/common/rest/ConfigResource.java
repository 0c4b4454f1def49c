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

    /** The deadline settings an integrator relies on (issue 9): each is a setting with the law's default. */
    static final java.util.List<String[]> PERIODS = java.util.List.of(
            new String[] {"applicationReplyWorkingDays", "gongkai.applications.reply-working-days"},
            new String[] {"applicationCorrectionWindowWorkingDays", "gongkai.applications.correction-window-working-days"},
            new String[] {"applicationCorrectionPeriodWorkingDays", "gongkai.applications.correction-period-working-days"},
            new String[] {"applicationThirdPartyWorkingDays", "gongkai.applications.third-party-working-days"},
            new String[] {"applicationExtensionWorkingDays", "gongkai.applications.extension-working-days"},
            new String[] {"applicationAssignmentWorkingDays", "gongkai.applications.assignment-working-days"},
            new String[] {"applicationFeePaymentWorkingDays", "gongkai.applications.fees.payment-working-days"},
            new String[] {"enquiryReplyWorkingDays", "gongkai.enquiries.reply-working-days"},
            new String[] {"enquiryDepartmentWorkingDays", "gongkai.enquiries.department-working-days"},
            new String[] {"disclosurePublishWorkingDays", "gongkai.disclosure.publish-working-days"},
            new String[] {"catalogueAdjustWorkingDays", "gongkai.catalogue.adjust-working-days"},
            new String[] {"obligationDueSoonWorkingDays", "gongkai.obligations.due-soon-working-days"});

    @Schema(name = "ClientConfig")
    public record ClientConfig(String bureauNameZh, String bureauNameEn, String oidcAuthority, String oidcClientId,
                               @Schema(description = "information-processing fees are switched on (off by default)") boolean feesEnabled,
                               @Schema(description = "the legal periods in force, in working days (settings with the law's defaults)")
                               java.util.Map<String, Integer> periods,
                               @Schema(description = "the portal's footer: site identification code, filings, contact (settings gongkai.site.*)") Site site) {}

    @Schema(name = "SiteInfo", description = "政府网站发展指引: 网站标识码, ICP备案, 公安备案, the bureau's contact; null when not set")
    public record Site(String idCode, String icp, String publicSecurity, String addressZh, String addressEn, String postcode, String phone,
                       String email, String hoursZh, String hoursEn) {}

    private static String site(org.eclipse.microprofile.config.Config config, String key) {
        return config.getOptionalValue("gongkai.site." + key, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    @GET
    @PermitAll
    @Operation(summary = "Client configuration 客户端配置", description = "The bureau's name and the OIDC server and client the SPA logs in with (PKCE).")
    public ClientConfig config() {
        String auth = authority.filter(s -> !s.isBlank())
                .or(() -> ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("");
        var config = ConfigProvider.getConfig();
        java.util.Map<String, Integer> periods = new java.util.LinkedHashMap<>();
        for (String[] p : PERIODS) config.getOptionalValue(p[1], Integer.class).ifPresent(v -> periods.put(p[0], v));
        Site site = new Site(site(config, "id-code"), site(config, "icp"), site(config, "public-security"), site(config, "address-zh"),
                site(config, "address-en"), site(config, "postcode"), site(config, "phone"), site(config, "email"), site(config, "hours-zh"),
                site(config, "hours-en"));
        return new ClientConfig(nameZh, nameEn, auth, clientId, feesEnabled, periods, site);
    }
}
