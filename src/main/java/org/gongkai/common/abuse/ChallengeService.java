package org.gongkai.common.abuse;

import java.security.SecureRandom;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.common.error.ProblemException;
import org.jboss.logging.Logger;

/**
 * A plain-text arithmetic question against scripted spam: a screen reader reads it aloud, a keyboard answers it,
 * nothing to see or hear in an image. Valid ten minutes, kept in the database (shared by all copies). Issue 9:
 * each address may ask for only so many an hour, and a challenge is used up by any answer, right or wrong — in
 * its own transaction, so that the refusal of the submission cannot roll the use back.
 */
@ApplicationScoped
public class ChallengeService {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final Logger LOG = Logger.getLogger(ChallengeService.class);
    private final SecureRandom random = new SecureRandom();

    @Inject
    RateLimiter limiter;
    @ConfigProperty(name = "gongkai.abuse.challenges-per-address-hour", defaultValue = "30")
    int perAddressHour;

    public record Challenge(UUID id, String question, String questionEn) {}

    @WithTransaction
    public Uni<Challenge> create(String clientAddress) {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        UUID id = UUID.randomUUID();
        return limiter.hit("challenge:" + clientAddress, perAddressHour, 3600)
                .flatMap(x -> Panache.getSession()).flatMap(s -> s.createNativeQuery(
                                "insert into challenge (id, answer, expires_at) values (:id, :a, now() + interval '10 minutes')")
                        .setParameter("id", id).setParameter("a", String.valueOf(a + b)).executeUpdate())
                .replaceWith(new Challenge(id, DIGITS[a] + "加" + DIGITS[b] + "等于几？请填写阿拉伯数字。", "What is " + a + " plus " + b + "? Answer in digits."));
    }

    /**
     * Uses the challenge up, in a transaction of its own (call it before the submission's transaction), and
     * refuses a wrong, used or expired one with a 400 on that field.
     */
    public Uni<Void> consume(String id, String answer) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("challengeId", "request a new challenge");
        }
        String given = answer == null ? "" : answer.trim();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> org.gongkai.common.sql.SessionSql.first(s,
                        "update challenge set used = true where id = $1 and not used and expires_at > now() returning answer", uuid))).map(stored -> {
            if (stored == null || !String.valueOf(stored[0]).trim().equals(given)) {
                throw ProblemException.badField("challengeAnswer", "the answer is wrong or the question expired: try a new one");
            }
            return null;
        });
    }

    /** Daily: expired challenges and finished rate-limit windows go (nothing in them is worth keeping). */
    @Scheduled(cron = "${gongkai.abuse.purge-cron:0 15 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledPurge() {
        return purge().invoke(n -> LOG.infof("purged %d expired challenges and rate-limit rows", n)).replaceWithVoid();
    }

    public Uni<Integer> purge() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(s -> s
                .createNativeQuery("delete from challenge where expires_at < now() - interval '1 day'").executeUpdate()
                .flatMap(a -> s.createNativeQuery("delete from rate_limit_window where window_start < now() - interval '2 days'").executeUpdate()
                        .flatMap(b -> s.createNativeQuery("delete from rate_limit_hit where at < now() - interval '2 days'").executeUpdate()
                                .map(c -> a + b + c)))));
    }
}
