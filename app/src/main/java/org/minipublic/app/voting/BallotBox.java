package org.minipublic.app.voting;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptLimit.Allowance;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where members vote, with the code from their slip and no login. A code is checked, then used once: marking it used
 * and adding the vote to the ballot's chain happen in one transaction, under a lock on the ballot, so that a code
 * counts once however many times it is sent, and no vote arrives after the ballot closes. Nothing here records who
 * voted or when.
 *
 * <p>Guessing codes is slowed per client address: wrong codes count against it, and once it has used its allowance
 * every code from it waits, right or wrong, so that waiting tells a guesser nothing. Codes with a typo (a wrong check
 * character) do not count.
 */
@Service
public class BallotBox {

    /** Wrong codes from one address: 20, then one every half minute; at most 100 a day. */
    static final AttemptLimit WRONG_CODES_PER_ADDRESS = AttemptLimit.of(
            "vote-per-address", new Allowance(20, Duration.ofMinutes(10)), new Allowance(100, Duration.ofDays(1)));

    private final CodeRecords codes;
    private final BallotRecords ballots;
    private final VoteRecords votes;
    private final Attempts attempts;

    BallotBox(CodeRecords codes, BallotRecords ballots, VoteRecords votes, Attempts attempts) {
        this.codes = codes;
        this.ballots = ballots;
        this.votes = votes;
        this.attempts = attempts;
    }

    /** Whether the typed code can vote now, and on which ballot. */
    @Transactional
    public CodeCheck check(String typed, @Nullable String clientAddress) {
        var found = find(typed, clientAddress);
        if (found.refusal() != null) {
            return found.refusal();
        }
        var ballot = ballots.find(found.code().ballot()).orElseThrow();
        return switch (ballot.status()) {
            case DRAFT -> CodeCheck.of(CodeCheck.Outcome.NOT_OPEN);
            case CLOSED -> CodeCheck.of(CodeCheck.Outcome.CLOSED);
            case OPEN ->
                found.code().used()
                        ? CodeCheck.of(CodeCheck.Outcome.USED)
                        : new CodeCheck(CodeCheck.Outcome.READY, ballot, 0, "");
        };
    }

    /**
     * Casts a vote with the typed code.
     *
     * @throws InvalidInputException when the answers do not fit the ballot
     */
    @Transactional
    public CodeCheck cast(String typed, Answers answers, @Nullable String clientAddress) {
        var found = find(typed, clientAddress);
        if (found.refusal() != null) {
            return found.refusal();
        }
        var id = found.code().ballot();
        var locked = ballots.lock(id).orElseThrow();
        if (locked.status() != BallotStatus.OPEN) {
            return CodeCheck.of(
                    locked.status() == BallotStatus.DRAFT ? CodeCheck.Outcome.NOT_OPEN : CodeCheck.Outcome.CLOSED);
        }
        var ballot = ballots.find(id).orElseThrow();
        var problem = answers.problem(ballot.method(), ballot.items().size());
        if (problem.isPresent()) {
            throw new InvalidInputException("answers", problem.get());
        }
        if (!codes.use(id, BallotCode.parse(typed).orElseThrow())) {
            return CodeCheck.of(CodeCheck.Outcome.USED);
        }
        int position = locked.votesCast() + 1;
        byte[] hash = VoteChain.next(locked.head(), position, answers.canonical());
        votes.insert(id, new VoteChain.Link(position, answers.canonical(), locked.head(), hash));
        ballots.advance(id, position, hash);
        return new CodeCheck(CodeCheck.Outcome.CAST, ballot, 0, receipt(hash));
    }

    /** The part of a vote's hash a voter is shown, enough to find it in the export. */
    static String receipt(byte[] hash) {
        return VoteChain.hex(hash).substring(0, 12);
    }

    private Found find(String typed, @Nullable String clientAddress) {
        var subject = AttemptSubject.address(WRONG_CODES_PER_ADDRESS, clientAddress);
        var throttled = attempts.throttledFor(subject);
        if (throttled.isPresent()) {
            return Found.refused(waiting(throttled.get()));
        }
        var code = BallotCode.parse(typed);
        if (code.isEmpty()) {
            return Found.refused(CodeCheck.of(CodeCheck.Outcome.TYPO));
        }
        Optional<CodeRecords.StoredCode> stored = codes.find(code.get());
        if (stored.isEmpty()) {
            var attempt = attempts.take(subject);
            if (!attempt.granted() || !attempt.usedUp().isEmpty()) {
                attempts.startThrottling(subject);
            }
            return Found.refused(
                    attempt.granted() ? CodeCheck.of(CodeCheck.Outcome.UNKNOWN) : waiting(attempt.delay()));
        }
        return new Found(stored.get(), null);
    }

    private static CodeCheck waiting(Duration wait) {
        return new CodeCheck(CodeCheck.Outcome.WAIT, null, Math.max(1, (wait.toSeconds() + 59) / 60), "");
    }

    private record Found(CodeRecords.StoredCode code, @Nullable CodeCheck refusal) {

        static Found refused(CodeCheck refusal) {
            return new Found(new CodeRecords.StoredCode(new BallotId(new java.util.UUID(0, 0)), true), refusal);
        }
    }
}
