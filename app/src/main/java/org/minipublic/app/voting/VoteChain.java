package org.minipublic.app.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain over a ballot's votes. The chain starts from the hash of the ballot's id; each vote's hash covers
 * the previous hash, the vote's place and its answers, so changing, removing, adding or reordering a stored vote
 * breaks every later link, and the last hash (published when the ballot closes) no longer matches. The rule, for
 * anyone checking an export: {@code hash(n) = SHA-256(hash(n-1) ‖ UTF-8("n:answers"))}, with {@code hash(0) =
 * SHA-256(UTF-8("minipublic ballot " + ballot id))}.
 */
public final class VoteChain {

    private VoteChain() {}

    /** A stored vote as the chain sees it. */
    public record Link(int position, String answers, byte[] previousHash, byte[] hash) {}

    static byte[] start(BallotId ballot) {
        return sha256(("minipublic ballot " + ballot).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] next(byte[] previous, int position, String answers) {
        byte[] vote = (position + ":" + answers).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[previous.length + vote.length];
        System.arraycopy(previous, 0, both, 0, previous.length);
        System.arraycopy(vote, 0, both, previous.length, vote.length);
        return sha256(both);
    }

    /**
     * The first place where the stored votes break the chain: a missing or repeated place, a link that does not
     * follow from the one before, or a last hash other than {@code head}. Empty when the chain holds.
     */
    static Optional<Integer> firstBreak(BallotId ballot, List<Link> links, byte[] head) {
        byte[] previous = start(ballot);
        for (int i = 0; i < links.size(); i++) {
            var link = links.get(i);
            if (link.position() != i + 1
                    || !MessageDigest.isEqual(link.previousHash(), previous)
                    || !MessageDigest.isEqual(link.hash(), next(previous, link.position(), link.answers()))) {
                return Optional.of(i + 1);
            }
            previous = link.hash();
        }
        return MessageDigest.isEqual(previous, head) ? Optional.empty() : Optional.of(links.size() + 1);
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
