package org.minipublic.app.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.minipublic.app.shared.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's two-factor key, kept outside the database: from {@code minipublic.security.two-factor.key}
 * (32 bytes, Base64) when set, which several nodes must share, or else generated once into the data directory
 * ({@link KeyFile}). Three keys are derived from it: one encrypts TOTP secrets (AES-256-GCM, bound to the user's id
 * so that a row copied to another user does not decrypt), one keys the hashes of backup codes and one those of member
 * portal cards' codes (HMAC-SHA-256), so a copy of the database alone reveals none of them.
 */
@Component
class TwoFactorKey {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryption;
    private final SecretKeySpec hashing;
    private final SecretKeySpec cards;

    @Autowired
    TwoFactorKey(
            @Value("${minipublic.security.two-factor.key:}") String configured,
            @Value("${minipublic.data-dir}") String dataDirectory) {
        this(configured.isBlank() ? KeyFile.loadOrGenerate(Path.of(dataDirectory)) : KeyFile.decode(configured));
    }

    TwoFactorKey(byte[] master) {
        this.encryption = new SecretKeySpec(derive(master, "minipublic two-factor secret encryption"), "AES");
        this.hashing = new SecretKeySpec(derive(master, "minipublic two-factor backup codes"), "HmacSHA256");
        this.cards = new SecretKeySpec(derive(master, "minipublic portal card codes"), "HmacSHA256");
    }

    /** The nonce followed by the ciphertext and its tag. */
    byte[] encrypt(UserId user, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, user, nonce);
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * @throws IllegalStateException when the stored secret was not encrypted with this key for this user (a changed
     *     or lost key file: an administrator must reset the user's two-factor sign-in)
     */
    byte[] decrypt(UserId user, byte[] stored) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, user, Arrays.copyOf(stored, NONCE_BYTES));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The two-factor secret of user " + user + " does not match the installation's two-factor key", e);
        }
    }

    /** The stored form of a backup code: 64 hex digits, keyed, and different for each user. */
    String backupCodeHash(UserId user, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashing);
            mac.update(user.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** The stored form of a member portal card's code: 64 hex digits, keyed (see {@link KeyedHashes}). */
    String cardCodeHash(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cards);
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private Cipher cipher(int mode, UserId user, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, encryption, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(user.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "TwoFactorKey[hidden]";
    }
}
