package org.minipublic.app.voting;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.app.shared.CheckedCodes;

/**
 * The code on a member's ballot slip: nine random characters and a check character (see {@link CheckedCodes}), about
 * 44 bits, so that guessing a valid code among a few dozen is hopeless within the guessing limits. Only its hash is
 * stored.
 */
public record BallotCode(String value) {

    static final int LENGTH = 10;
    private static final RandomGenerator SECURE = new SecureRandom();

    public BallotCode {
        if (!CheckedCodes.isWellFormed(value, LENGTH)) {
            throw new IllegalArgumentException("not a ballot code");
        }
    }

    static BallotCode random() {
        return new BallotCode(CheckedCodes.random(LENGTH, SECURE));
    }

    /** Reads a code as typed (case, spaces and hyphens do not matter); empty when it is not one, or has a typo. */
    public static Optional<BallotCode> parse(String typed) {
        String normalised = CheckedCodes.normalise(typed);
        return CheckedCodes.isWellFormed(normalised, LENGTH)
                ? Optional.of(new BallotCode(normalised))
                : Optional.empty();
    }

    /** What is stored instead of the code. */
    byte[] hash() {
        return VoteChain.sha256(("minipublic ballot code " + value).getBytes(StandardCharsets.UTF_8));
    }

    /** As printed: two groups of five. */
    public String display() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    @Override
    public String toString() {
        return display();
    }
}
