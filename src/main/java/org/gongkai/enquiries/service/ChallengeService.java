package org.gongkai.enquiries.service;

import java.security.SecureRandom;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.time.TimeSource;

/**
 * A plain-text arithmetic question against scripted spam: a screen reader reads it aloud, a keyboard answers it,
 * nothing to see or hear in an image. Single use, valid ten minutes, kept in the database (shared by all copies).
 */
@ApplicationScoped
public class ChallengeService {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private final SecureRandom random = new SecureRandom();

    @Inject
    TimeSource time;

    public record Challenge(UUID id, String question, String questionEn) {}

    @WithTransaction
    public Uni<Challenge> create() {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        UUID id = UUID.randomUUID();
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into challenge (id, answer, expires_at) values (:id, :a, now() + interval '10 minutes')")
                        .setParameter("id", id).setParameter("a", String.valueOf(a + b)).executeUpdate())
                .replaceWith(new Challenge(id, DIGITS[a] + "加" + DIGITS[b] + "等于几？请填写阿拉伯数字。", "What is " + a + " plus " + b + "? Answer in digits."));
    }

    /** Inside the submitting transaction: marks the challenge used; a wrong, used or expired one is a 400 on that field. */
    public Uni<Void> verify(String id, String answer) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("challengeId", "request a new challenge");
        }
        String given = answer == null ? "" : answer.trim();
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "update challenge set used = true where id = :id and not used and expires_at > now() and answer = :a")
                .setParameter("id", uuid).setParameter("a", given).executeUpdate()).map(n -> {
            if (n == 0) throw ProblemException.badField("challengeAnswer", "the answer is wrong or the question expired: try a new one");
            return null;
        });
    }
}
