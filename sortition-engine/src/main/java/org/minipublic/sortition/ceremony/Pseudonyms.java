package org.minipublic.sortition.ceremony;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.RespondentId;

/**
 * Pseudonymous ids for a ceremony: HMAC-SHA-256 of each respondent's id under a secret key the organisers keep, cut to
 * 12 characters of an alphabet without look-alike letters. Without the key nobody can tell whose a pseudonym is, or
 * test a guess; with the list the organisers tell each respondent their own.
 */
public final class Pseudonyms {

    /** Crockford's base 32: no I, L, O or U, so a pseudonym read aloud or copied by hand is not mistaken. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int LENGTH = 12;

    private Pseudonyms() {}

    /**
     * @param key at least 32 random bytes, secret
     * @return each respondent's pseudonym, in pool order
     * @throws IllegalArgumentException when the key is too short, or (with odds of about n²/2⁶¹) two pseudonyms
     *     coincide and another key is needed
     */
    public static Map<RespondentId, String> of(Pool pool, byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the pseudonym key must have at least 32 bytes, got " + key.length);
        }
        Map<RespondentId, String> pseudonyms = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (var respondent : pool.respondents()) {
                String pseudonym = encode(mac.doFinal(respondent.id().value().getBytes(StandardCharsets.UTF_8)));
                if (!seen.add(pseudonym)) {
                    throw new IllegalArgumentException("two pseudonyms coincide; run the commitment again");
                }
                pseudonyms.put(respondent.id(), pseudonym);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java runtime", e);
        }
        return pseudonyms;
    }

    private static String encode(byte[] digest) {
        var text = new StringBuilder(LENGTH);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt((int) ((bits >>> (64 - 5 * (i + 1))) & 31)));
        }
        return text.toString();
    }
}
