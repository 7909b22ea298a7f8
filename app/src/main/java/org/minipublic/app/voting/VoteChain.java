package org.minipublic.app.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The seal over a closed ballot's votes: a hash chain through the votes in receipt order. It starts from the hash of
 * the ballot's definition (what it asked and how it counts, {@link BallotDefinition}; for ballots sealed before that,
 * chain version 1, of its id alone); each vote's hash covers the previous hash, the vote's receipt and its answers, so changing,
 * removing or adding a vote breaks every later link, and the last hash (the seal, published when the ballot closes)
 * no longer matches. Receipts are random, so receipt order says nothing about when votes were cast. The rule, for
 * anyone checking an export: {@code hash(n) = SHA-256(hash(n-1) ‖ UTF-8(receipt + ":" + answers))}, with
 * {@code hash(0) = SHA-256(UTF-8(definition))}, or {@code SHA-256(UTF-8("minipublic ballot " + ballot id))} in
 * chain version 1.
 */
public final class VoteChain {

    private VoteChain() {}

    /** A stored vote: its receipt and its answers in canonical form. */
    public record Vote(String receipt, String answers) {}

    /** A sealed vote: its place in receipt order, and the hashes that chain it. */
    public record Link(int position, String receipt, String answers, byte[] previousHash, byte[] hash) {}

    static byte[] next(byte[] previous, String receipt, String answers) {
        byte[] vote = (receipt + ":" + answers).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[previous.length + vote.length];
        System.arraycopy(previous, 0, both, 0, previous.length);
        System.arraycopy(vote, 0, both, previous.length, vote.length);
        return sha256(both);
    }

    /** Chains the votes, which must be in receipt order. */
    static List<Link> seal(byte[] start, List<Vote> votes) {
        var links = new ArrayList<Link>(votes.size());
        byte[] previous = start;
        for (var vote : votes) {
            byte[] hash = next(previous, vote.receipt(), vote.answers());
            links.add(new Link(links.size() + 1, vote.receipt(), vote.answers(), previous, hash));
            previous = hash;
        }
        return links;
    }

    /** The seal: the last link's hash, or the start when there are no votes. */
    static byte[] head(byte[] start, List<Link> links) {
        return links.isEmpty() ? start : links.get(links.size() - 1).hash();
    }

    /**
     * The first place (from 1) where the stored votes no longer match the seal made at the close: a vote changed,
     * added or removed since, or a seal that is not the one published. Empty when they match.
     *
     * @param start the hash the chain starts from ({@link BallotDefinition#chainStart})
     * @param sealed each sealed vote's receipt and hash, in position order
     */
    static Optional<Integer> firstBreak(byte[] start, List<Vote> votes, List<Link> sealed, byte[] head) {
        var now = seal(start, votes);
        for (int i = 0; i < Math.max(now.size(), sealed.size()); i++) {
            if (i >= now.size()
                    || i >= sealed.size()
                    || !now.get(i).receipt().equals(sealed.get(i).receipt())
                    || !MessageDigest.isEqual(now.get(i).hash(), sealed.get(i).hash())) {
                return Optional.of(i + 1);
            }
        }
        return MessageDigest.isEqual(head(start, now), head) ? Optional.empty() : Optional.of(now.size() + 1);
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
