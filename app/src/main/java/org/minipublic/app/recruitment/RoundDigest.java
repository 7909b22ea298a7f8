package org.minipublic.app.recruitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of what a round drew from: the ids and areas of the households not yet invited, in list order. Two
 * runs with the same fingerprint and seed pick the same households.
 */
final class RoundDigest {

    private RoundDigest() {}

    static String of(List<InvitationLottery.Eligible> households) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var household : households) {
                digest.update((household.id() + "\t" + household.area() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
