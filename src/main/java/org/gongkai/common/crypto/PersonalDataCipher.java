package org.gongkai.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Personal data at rest (ID numbers, phones, addresses, e-mail): SM4-GCM (GB/T 32907) with a key from configuration
 * ({@code GONGKAI_SM4_KEY}, base64 of 16 bytes), never from the database. Written as {@code v2:<key id>:base64(nonce ‖
 * ciphertext ‖ tag)} — the key id is the first 4 bytes of the key's SM3 hash, in hex — and files as {@code "GK2\0" ‖
 * key id ‖ nonce ‖ ciphertext ‖ tag}. Key rotation (issue 18): the keys given in {@code GONGKAI_SM4_PREVIOUS_KEYS}
 * still decrypt what they wrote until {@link KeyRotation} has re-encrypted it; values from before key ids (plain
 * base64, files without the header) are tried with every key.
 */
@ApplicationScoped
public class PersonalDataCipher {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    static final String PREFIX = "v2:";
    static final byte[] FILE_MAGIC = {'G', 'K', '2', 0};
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final String keyId;
    /** Every key that decrypts, by id: the current one first. */
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    @jakarta.inject.Inject
    public PersonalDataCipher(@ConfigProperty(name = "gongkai.crypto.sm4-key") String keyBase64,
                              @ConfigProperty(name = "gongkai.crypto.sm4-previous-keys") java.util.Optional<String> previous) {
        this.key = decodeKey(keyBase64, "gongkai.crypto.sm4-key");
        this.keyId = id(key);
        keys.put(keyId, key);
        for (String p : previous.orElse("none").split(",")) if (!p.isBlank() && !p.trim().equals("none")) {
            byte[] k = decodeKey(p.trim(), "gongkai.crypto.sm4-previous-keys");
            keys.putIfAbsent(id(k), k);
        }
    }

    static byte[] decodeKey(String base64, String setting) {
        byte[] k;
        try {
            k = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be base64 of 16 bytes");
        }
        if (k.length != 16) throw new IllegalStateException(setting + " must be 16 bytes, base64-encoded");
        return k;
    }

    static String id(byte[] key) {
        SM3Digest d = new SM3Digest();
        d.update(key, 0, key.length);
        byte[] h = new byte[32];
        d.doFinal(h, 0);
        return HexFormat.of().formatHex(h, 0, 4);
    }

    /** The current key's id (what {@link KeyRotation} rewrites everything to). */
    public String keyId() {
        return keyId;
    }

    public String encrypt(String plain) {
        if (plain == null) return null;
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            GCMBlockCipher gcm = gcm(true, key, nonce);
            byte[] in = plain.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[gcm.getOutputSize(in.length)];
            int n = gcm.processBytes(in, 0, in.length, out, 0);
            gcm.doFinal(out, n);
            byte[] all = new byte[NONCE + out.length];
            System.arraycopy(nonce, 0, all, 0, NONCE);
            System.arraycopy(out, 0, all, NONCE, out.length);
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(all);
        } catch (Exception e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) return null;
        if (stored.startsWith(PREFIX)) {
            int colon = stored.indexOf(':', PREFIX.length());
            String id = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
            byte[] k = keys.get(id);
            if (k == null) throw new IllegalStateException("decryption failed: written with key " + id + ", which is not configured (GONGKAI_SM4_PREVIOUS_KEYS)");
            return open(k, stored.substring(colon + 1));
        }
        IllegalStateException last = null;
        for (byte[] k : keys.values()) {
            try {
                return open(k, stored);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    /** True when the value is not written with the current key (a legacy value, or a previous key's). */
    public boolean needsRewrite(String stored) {
        return stored != null && !stored.startsWith(PREFIX + keyId + ":");
    }

    private static String open(byte[] k, String base64) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            GCMBlockCipher gcm = gcm(false, k, java.util.Arrays.copyOf(all, NONCE));
            byte[] out = new byte[gcm.getOutputSize(all.length - NONCE)];
            int n = gcm.processBytes(all, NONCE, all.length - NONCE, out, 0);
            n += gcm.doFinal(out, n);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("decryption failed (wrong key or tampered data)", e);
        }
    }

    private static GCMBlockCipher gcm(boolean encrypt, byte[] k, byte[] nonce) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(k), TAG_BITS, nonce));
        return gcm;
    }

    /**
     * Files at rest (identity scans, applicants' uploads, every attachment): SM4-GCM over a stream, written as the
     * header, the current key's id, nonce ‖ ciphertext ‖ tag. Blocking: call on a worker.
     */
    public java.io.OutputStream encrypting(java.io.OutputStream out) throws java.io.IOException {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        out.write(FILE_MAGIC);
        out.write(HexFormat.of().parseHex(keyId));
        out.write(nonce);
        return new org.bouncycastle.crypto.io.CipherOutputStream(out, gcm(true, key, nonce));
    }

    /** The plain bytes of a file written by {@link #encrypting}; a changed file fails its tag. Blocking: on a worker. */
    public java.io.InputStream decrypting(java.io.InputStream in) throws java.io.IOException {
        return decrypting(in, null);
    }

    /**
     * As {@link #decrypting(java.io.InputStream)}; a file from before key ids is read with {@code legacyKeyId} (as
     * {@link #fileKey} found it), or with the current key.
     */
    public java.io.InputStream decrypting(java.io.InputStream in, String legacyKeyId) throws java.io.IOException {
        byte[] head = in.readNBytes(4);
        byte[] k;
        byte[] nonce;
        if (java.util.Arrays.equals(head, FILE_MAGIC)) {
            String id = HexFormat.of().formatHex(in.readNBytes(4));
            k = keys.get(id);
            if (k == null) throw new java.io.IOException("file written with key " + id + ", which is not configured (GONGKAI_SM4_PREVIOUS_KEYS)");
            nonce = in.readNBytes(NONCE);
        } else {
            k = legacyKeyId == null ? key : keys.get(legacyKeyId);
            if (k == null) throw new java.io.IOException("key " + legacyKeyId + " is not configured");
            byte[] rest = in.readNBytes(NONCE - 4);
            nonce = new byte[NONCE];
            System.arraycopy(head, 0, nonce, 0, head.length);
            System.arraycopy(rest, 0, nonce, head.length, rest.length);
        }
        if (head.length < 4 || nonce.length != NONCE) throw new java.io.IOException("encrypted file is truncated");
        return new org.bouncycastle.crypto.io.CipherInputStream(in, gcm(false, k, nonce));
    }

    /**
     * Which key a stored file was written with: its header's, or — a file from before key ids — the key whose tag
     * verifies over the whole file (read through once, never held). {@code opener} opens the stored bytes afresh.
     */
    public String fileKey(IoSupplier opener) throws java.io.IOException {
        try (java.io.InputStream in = opener.open()) {
            byte[] head = in.readNBytes(8);
            if (head.length == 8 && java.util.Arrays.equals(java.util.Arrays.copyOf(head, 4), FILE_MAGIC)) return HexFormat.of().formatHex(head, 4, 8);
        }
        List<String> ids = new ArrayList<>(keys.keySet());
        for (String id : ids) {
            try (java.io.InputStream in = decrypting(opener.open(), id)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return id;
            } catch (java.io.IOException wrongKey) {
                // its tag did not verify with this key: the next one
            }
        }
        throw new java.io.IOException("no configured key decrypts this file");
    }

    /** True while previous keys are configured (a rotation under way). */
    public boolean hasPreviousKeys() {
        return keys.size() > 1;
    }

    /** True when a file's key (from {@link #fileKey}) is the current one. */
    public boolean isCurrent(String fileKeyId) {
        return keyId.equals(fileKeyId);
    }

    @FunctionalInterface
    public interface IoSupplier {
        java.io.InputStream open() throws java.io.IOException;
    }
}
