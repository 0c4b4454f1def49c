package org.gongkai.common.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.common.error.ProblemException;

/**
 * One policy for every public intake (enquiries, applications, what later features open to the public; issue 16):
 * limits parents can live with. Many parents share one address (a carrier's NAT, a school's Wi-Fi), so the address
 * is limited loosely and, past a lower mark, must answer the text challenge (the step-up) instead of being refused;
 * one browser (the device id the web UI keeps) and one account are limited tightly. A caller without a device id is
 * counted as one device per address.
 */
@ApplicationScoped
public class IntakeLimits {
    @Inject
    RateLimiter limiter;

    @ConfigProperty(name = "gongkai.abuse.per-address-hour", defaultValue = "60")
    int perAddressHour;
    @ConfigProperty(name = "gongkai.abuse.step-up-per-address-hour", defaultValue = "10")
    int stepUpPerAddressHour;
    @ConfigProperty(name = "gongkai.abuse.per-device-hour", defaultValue = "5")
    int perDeviceHour;
    @ConfigProperty(name = "gongkai.abuse.per-account-day", defaultValue = "10")
    int perAccountDay;

    /** Who is submitting: the client address, the browser's device id (may be null), the citizen's account (may be null). */
    public record Caller(String address, String device, String account) {
        public static Caller of(String address, String device, String account) {
            String d = device == null || device.isBlank() || device.length() > 64 || !device.matches("[A-Za-z0-9_-]+") ? null : device;
            return new Caller(address, d, account);
        }
    }

    /** Whether the address has passed the mark after which the challenge is asked of every submission from it. */
    public record Verdict(boolean challengeRequired) {}

    /**
     * Counts one submission to {@code intake} and refuses (429 with Retry-After) past a limit; in a transaction of its
     * own, before the submission's (a counter row locked for the whole submission made every submission from one busy
     * address wait for the one before: issue 17). {@code challenged}: the submission carries a correct answer to the text challenge. Without one,
     * past the step-up mark, a 400 problem (challenge-required, field challengeAnswer) asks for it.
     */
    public Uni<Verdict> hit(String intake, Caller c, boolean challenged) {
        String device = c.device() != null ? "device:" + c.device() : "address-device:" + c.address();
        return limiter.hit(intake + ":" + device, perDeviceHour, 3600)
                .call(() -> c.account() == null ? Uni.createFrom().voidItem() : limiter.hit(intake + ":account:" + c.account(), perAccountDay, 86400))
                .flatMap(x -> limiter.count(intake + ":address:" + c.address(), 3600))
                .map(n -> {
                    if (n.hits() > perAddressHour) throw RateLimiter.limited(perAddressHour, 3600, n.retryAfter());
                    boolean stepUp = n.hits() > stepUpPerAddressHour;
                    if (stepUp && !challenged) {
                        throw new ProblemException(400, "challenge-required", "Answer the question first",
                                "many submissions came from this network: answer the text challenge (GET /api/v1/enquiries/challenge)",
                                java.util.List.of(new org.gongkai.common.error.FieldError("challengeAnswer", "answer the challenge")));
                    }
                    return new Verdict(stepUp);
                });
    }
}
