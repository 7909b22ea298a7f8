package org.minipublic.app.voting;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * and storing the vote happen in one transaction, so that a code counts once however many times it is sent. Votes
 * take a shared lock on their ballot, so that many are cast at once but none after the ballot closes. Nothing here
 * records who voted or when; a vote is stored under a random receipt, shown only to the voter.
 *
 * <p>Guessing codes is slowed per client address: wrong codes count against it, and once it has used its allowance
 * every code from it waits, right or wrong, so that waiting tells a guesser nothing. Codes with a typo (a wrong check
 * character) do not count.
 */
@Service
public class BallotBox {

    /**
     * Wrong codes from one address: 20 in ten minutes. Once used up, every code from the address waits until the
     * allowance has refilled, at most ten minutes: a room voting through one venue network must not be locked out
     * for hours by one person typing wrong codes. (Codes have about 44 bits; 20 tries in ten minutes find none.)
     */
    static final AttemptLimit WRONG_CODES_PER_ADDRESS =
            AttemptLimit.of("vote-per-address", new Allowance(20, Duration.ofMinutes(10)));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<BallotId, Ballot> definitions = new ConcurrentHashMap<>();
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
        var ballot = definition(found.code().ballot());
        return switch (ballots.status(ballot.id()).orElseThrow()) {
            case DRAFT -> CodeCheck.of(CodeCheck.Outcome.NOT_OPEN);
            case CLOSED -> CodeCheck.of(CodeCheck.Outcome.CLOSED);
            case OPEN ->
                found.code().used()
                        ? CodeCheck.of(CodeCheck.Outcome.USED)
                        : new CodeCheck(CodeCheck.Outcome.READY, ballot, 0, "");
        };
    }

    /**
     * Casts a vote with the typed code. Not one transaction, on purpose: the throttle check and the code's lookup only
     * read, and the one statement that writes ({@link VoteRecords#castIfOpen}) uses the code and stores the vote
     * atomically by itself, so a transaction around them would add a trip to the database (its commit) and nothing
     * else.
     *
     * @throws InvalidInputException when the answers do not fit the ballot
     */
    public CodeCheck cast(String typed, Answers answers, @Nullable String clientAddress) {
        var found = find(typed, clientAddress);
        if (found.refusal() != null) {
            return found.refusal();
        }
        return record(found.code().ballot(), BallotCode.parse(typed).orElseThrow(), answers);
    }

    /**
     * Records a vote with a known code of this ballot: the same steps whether a member votes on a screen or two
     * facilitators typed in their paper ballot.
     *
     * @throws InvalidInputException when the answers do not fit the ballot
     */
    CodeCheck record(BallotId id, BallotCode code, Answers answers) {
        return recordByHash(id, code.hash(), answers);
    }

    /** As {@link #record}, with the code known by its hash (a paper's reading that an organiser settles). */
    CodeCheck recordByHash(BallotId id, byte[] codeHash, Answers answers) {
        var ballot = definition(id);
        var problem = answers.problem(ballot.method(), ballot.items().size());
        if (problem.isPresent()) {
            var status = ballots.status(id).orElseThrow();
            if (status != BallotStatus.OPEN) {
                return notOpen(status);
            }
            throw new InvalidInputException("answers", problem.get());
        }
        String receipt = receipt();
        var cast = votes.castIfOpen(id, codeHash, new VoteChain.Vote(receipt, answers.canonical()));
        var status = cast.status().orElseThrow();
        if (status != BallotStatus.OPEN) {
            return notOpen(status);
        }
        if (!cast.stored()) {
            return CodeCheck.of(CodeCheck.Outcome.USED);
        }
        return new CodeCheck(CodeCheck.Outcome.CAST, ballot, 0, receipt);
    }

    private static CodeCheck notOpen(BallotStatus status) {
        return CodeCheck.of(status == BallotStatus.DRAFT ? CodeCheck.Outcome.NOT_OPEN : CodeCheck.Outcome.CLOSED);
    }

    /**
     * The ballot's title, method and items, which cannot change once it has opened, so they are read once per ballot
     * rather than on every vote. Its status and turnout in the result are as they were then: read them afresh.
     */
    private Ballot definition(BallotId id) {
        var known = definitions.get(id);
        if (known != null) {
            return known;
        }
        var ballot = ballots.find(id).orElseThrow();
        if (!ballot.isDraft()) {
            definitions.putIfAbsent(id, ballot);
        }
        return ballot;
    }

    /** A vote's receipt: 64 random bits, the only name a vote has. */
    static String receipt() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return VoteChain.hex(bytes);
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
