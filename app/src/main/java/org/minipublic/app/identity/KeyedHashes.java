package org.minipublic.app.identity;

import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA-256) of short codes that other modules keep only as hashes, under a key derived from the
 * installation's key, which is kept outside the database ({@link TwoFactorKey}). With a plain SHA-256, a copy of the
 * database (a backup that went astray) would let anyone try every possible code offline; a member portal card's code
 * has about 2⁵⁴ possibilities, within reach of a few graphics cards for weeks. With the key, the copy alone is not
 * enough.
 */
@Component
public class KeyedHashes {

    private final TwoFactorKey key;

    KeyedHashes(TwoFactorKey key) {
        this.key = key;
    }

    /** The stored form of a member portal card's code (as normalised: upper case, no spaces or dashes). */
    public String portalCard(String code) {
        return key.cardCodeHash(code);
    }

    @Override
    public String toString() {
        return "KeyedHashes[hidden]";
    }
}
