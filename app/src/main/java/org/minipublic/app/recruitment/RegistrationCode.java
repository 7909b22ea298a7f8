package org.minipublic.app.recruitment;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.app.shared.CheckedCodes;

/**
 * The code printed on an invitation letter. Seven random characters and a check character, from an alphabet without
 * the look-alikes 0/O, 1/I/L and U/V, so that a code read aloud over the phone or copied from paper is rarely
 * mistyped, and the check character (Luhn mod N) catches every single wrong character and most swapped neighbours.
 *
 * <p>Codes come from a secure generator, never from the round's public seed: the seed says which households were
 * invited, and must not also say what their codes are.
 *
 * @param value eight characters of {@link #ALPHABET}, without separators
 */
public record RegistrationCode(String value) {

    public static final String ALPHABET = CheckedCodes.ALPHABET;
    static final int LENGTH = 8;
    private static final RandomGenerator SECURE = new SecureRandom();

    public RegistrationCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a registration code");
        }
    }

    /** A new code with a valid check character. */
    public static RegistrationCode random() {
        return random(SECURE);
    }

    static RegistrationCode random(RandomGenerator random) {
        return new RegistrationCode(CheckedCodes.random(LENGTH, random));
    }

    /** The same well-formed code every time, printed on sample letters. */
    public static RegistrationCode example() {
        String payload = "K7MP4QX";
        return new RegistrationCode(payload + checkCharacter(payload));
    }

    /**
     * Reads a code as someone typed it: case, spaces and hyphens do not matter. Empty when it is not a code or its
     * check character does not match (a typo).
     */
    public static Optional<RegistrationCode> parse(String typed) {
        String normalised = CheckedCodes.normalise(typed);
        return isWellFormed(normalised) ? Optional.of(new RegistrationCode(normalised)) : Optional.empty();
    }

    /** The code as printed: two groups of four, easier to read out and to type. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    @Override
    public String toString() {
        return display();
    }

    private static boolean isWellFormed(String text) {
        return CheckedCodes.isWellFormed(text, LENGTH);
    }

    static char checkCharacter(CharSequence payload) {
        return CheckedCodes.checkCharacter(payload);
    }
}
