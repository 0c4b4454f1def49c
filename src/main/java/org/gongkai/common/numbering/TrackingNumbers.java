package org.gongkai.common.numbering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.common.crypto.PersonalDataCipher;

/**
 * The numbers the public keeps: a tracking number per prefix and year (ZX2026-000123) and a query code, stored
 * encrypted so that a retried submission can be answered with the same code.
 */
@ApplicationScoped
public class TrackingNumbers {
    /** Query codes travel in this header, never in a URL (issue 9): URLs end up in logs, browser history and referrers. */
    public static final String CODE_HEADER = "X-Query-Code";

    private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Inject
    PersonalDataCipher cipher;

    private final java.util.Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A tracking number, inside the caller's transaction. From a PostgreSQL sequence per prefix and year (issue 17):
     * a sequence is not transactional, so concurrent submissions never wait for each other's commit (a counter row
     * did: it serialised every submission of the year, about 15 a second); a submission rolled back leaves a gap in
     * the numbers, which only a receipt number can afford. The sequence starts after the counter row of the year, so
     * numbers given before continue.
     */
    public Uni<String> next(String prefix, int year) {
        if (!prefix.matches("[A-Z]{1,8}") || year < 1990 || year > 2200) throw new IllegalArgumentException(prefix + year);
        String name = "tracking_" + prefix.toLowerCase(java.util.Locale.ROOT) + "_" + year;
        // created in the caller's transaction (a second connection from the pool while this one is held could wait
        // for ever once every connection is held the same way); once per copy, year and prefix
        Uni<Void> ready = created.contains(name) ? Uni.createFrom().voidItem() : Panache.getSession().flatMap(s -> s.createNativeQuery("do $$ begin "
                        + "if not exists (select 1 from pg_class where relname = '" + name + "' and relkind = 'S') then "
                        + "execute format('create sequence %I start with %s', '" + name + "', "
                        + "(select coalesce(max(next), 1) from tracking_counter where prefix = '" + prefix + "' and year = " + year + ")); "
                        + "end if; exception when duplicate_table or unique_violation then null; end $$").executeUpdate())
                .invoke(x -> created.add(name)).replaceWithVoid();
        return ready.flatMap(x -> Panache.getSession().flatMap(s -> org.gongkai.common.sql.SessionSql.number(s, "select nextval('" + name + "')")))
                .map(n -> "%s%d-%06d".formatted(prefix, year, n));
    }

    /** The next number of a series in a year without gaps: 1, 2, 3 … (document numbers of letters; it waits for other writers). */
    public Uni<Integer> sequence(String prefix, int year) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "insert into tracking_counter (prefix, year, next) values (:p, :y, 2) on conflict (prefix, year) "
                                + "do update set next = tracking_counter.next + 1 returning next - 1", Integer.class)
                .setParameter("p", prefix).setParameter("y", year).getSingleResult());
    }

    /** A new query code, encrypted for storage. */
    public String newQueryCodeEncrypted() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) c[i] = CODE_CHARS[random.nextInt(CODE_CHARS.length)];
        return cipher.encrypt(new String(c));
    }

    public String queryCode(String encrypted) {
        return cipher.decrypt(encrypted);
    }

    /**
     * The public finds its submission with the tracking number and the query code: both required, and a wrong pair is
     * a 404 that gives nothing away.
     */
    public <T> Uni<T> verified(String trackingNo, String code, String what,
                               java.util.function.Function<String, Uni<T>> byTrackingNo, java.util.function.Function<T, String> encryptedCode) {
        if (trackingNo == null || trackingNo.isBlank()) throw org.gongkai.common.error.ProblemException.badField("trackingNo", "is required");
        if (code == null || code.isBlank()) throw org.gongkai.common.error.ProblemException.badField(CODE_HEADER, "is required (the query code, in this header)");
        return byTrackingNo.apply(trackingNo.trim()).map(found -> {
            if (found == null || !matches(encryptedCode.apply(found), code)) throw org.gongkai.common.error.ProblemException.notFound(what, trackingNo);
            return found;
        });
    }

    /** Constant-time comparison of a stored code with what a person typed (case-insensitive). */
    public boolean matches(String encrypted, String given) {
        if (given == null) return false;
        return MessageDigest.isEqual(cipher.decrypt(encrypted).getBytes(StandardCharsets.UTF_8),
                given.trim().toUpperCase().getBytes(StandardCharsets.UTF_8));
    }
}
