package org.minipublic.app.shared;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Short codes that people copy from paper or read aloud: characters from an alphabet without the look-alikes 0/O,
 * 1/I/L and U/V, ending in a check character (Luhn mod N) that catches every single wrong character and most swapped
 * neighbours. Registration codes and ballot codes are made this way.
 */
public final class CheckedCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private CheckedCodes() {}

    /** A new code of {@code length} characters, the last one the check character. */
    public static String random(int length, RandomGenerator random) {
        var payload = new StringBuilder(length);
        for (int i = 0; i < length - 1; i++) {
            payload.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return payload.append(checkCharacter(payload)).toString();
    }

    /** The code as someone typed it, without case, spaces and hyphens. */
    public static String normalise(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** Whether the text is {@code length} characters of the alphabet with the right check character. */
    public static boolean isWellFormed(String text, int length) {
        if (text.length() != length || !text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return checkCharacter(text.substring(0, length - 1)) == text.charAt(length - 1);
    }

    /** Luhn mod N: doubles every second character's value from the right, adds the base-N digits of each. */
    public static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(payload.charAt(i)) * (doubled ? 2 : 1);
            sum += addend / n + addend % n;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
