package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

/** The SM3 hash of an event's content and the previous event's hash. Fields are length-prefixed: no ambiguity. */
public final class AuditHasher {
    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {}

    /** PostgreSQL keeps microseconds: the hash must be computed over what is stored. */
    public static Instant storedPrecision(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(AuditEvent e) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, String.valueOf(e.id));
        field(sb, storedPrecision(e.occurredAt).toString());
        field(sb, e.actor);
        field(sb, e.roles);
        field(sb, e.department);
        field(sb, e.action);
        field(sb, e.subjectType);
        field(sb, e.subjectId);
        field(sb, e.beforeState);
        field(sb, e.afterState);
        field(sb, e.prevHash);
        return sm3Hex(sb.toString());
    }

    public static String sm3Hex(String s) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        SM3Digest d = new SM3Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    private static void field(StringBuilder sb, String v) {
        if (v == null) {
            sb.append("-1:");
        } else {
            sb.append(v.length()).append(':').append(v);
        }
        sb.append('|');
    }
}
