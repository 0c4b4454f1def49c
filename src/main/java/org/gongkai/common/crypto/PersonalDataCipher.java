package org.gongkai.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Personal data at rest (ID numbers, phones, addresses, e-mail): SM4-GCM (GB/T 32907) with a key from configuration
 * ({@code GONGKAI_SM4_KEY}, base64 of 16 bytes), never from the database. Stored as base64(nonce ‖ ciphertext ‖ tag).
 */
@ApplicationScoped
public class PersonalDataCipher {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    public PersonalDataCipher(@ConfigProperty(name = "gongkai.crypto.sm4-key") String keyBase64) {
        this.key = Base64.getDecoder().decode(keyBase64);
        if (key.length != 16) throw new IllegalStateException("gongkai.crypto.sm4-key must be 16 bytes, base64-encoded");
    }

    public String encrypt(String plain) {
        if (plain == null) return null;
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
            gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
            byte[] in = plain.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[gcm.getOutputSize(in.length)];
            int n = gcm.processBytes(in, 0, in.length, out, 0);
            gcm.doFinal(out, n);
            byte[] all = new byte[NONCE + out.length];
            System.arraycopy(nonce, 0, all, 0, NONCE);
            System.arraycopy(out, 0, all, NONCE, out.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (Exception e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) return null;
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
            gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS, java.util.Arrays.copyOf(all, NONCE)));
            byte[] out = new byte[gcm.getOutputSize(all.length - NONCE)];
            int n = gcm.processBytes(all, NONCE, all.length - NONCE, out, 0);
            n += gcm.doFinal(out, n);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("decryption failed (wrong key or tampered data)", e);
        }
    }

    /**
     * Files at rest (identity scans, applicants' uploads, every attachment): SM4-GCM over a stream, written as
     * nonce ‖ ciphertext ‖ tag. Blocking: call on a worker.
     */
    public java.io.OutputStream encrypting(java.io.OutputStream out) throws java.io.IOException {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        out.write(nonce);
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
        return new org.bouncycastle.crypto.io.CipherOutputStream(out, gcm);
    }

    /** The plain bytes of a file written by {@link #encrypting}; a changed file fails its tag. Blocking: on a worker. */
    public java.io.InputStream decrypting(java.io.InputStream in) throws java.io.IOException {
        byte[] nonce = in.readNBytes(NONCE);
        if (nonce.length != NONCE) throw new java.io.IOException("encrypted file is truncated");
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
        return new org.bouncycastle.crypto.io.CipherInputStream(in, gcm);
    }
}
