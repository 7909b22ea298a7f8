package org.minipublic.app.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Single-use backup codes for when the phone is not at hand: ten codes of ten characters (about 49 random bits each),
 * from an alphabet without look-alikes (no i, l, o, 0 or 1), shown as {@code abcde-fghij}. Typed codes are compared
 * in a normal form, so case, spaces and the hyphen do not matter.
 */
final class BackupCodes {

    static final int COUNT = 10;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCodes() {}

    /** New codes as shown to the user. */
    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> shown(random())).toList();
    }

    /** The form a code is hashed in: lower case, without spaces or hyphens. */
    static String normalise(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** Whether the typed text could be a backup code at all, so that anything else is refused without a look-up. */
    static boolean wellFormed(String normalised) {
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static String random() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String shown(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
