package org.minipublic.app.voting;

import java.util.List;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper ballots: a member who does not vote on a screen marks a paper with their code on it, and two facilitators type
 * the paper in, each on their own. The vote counts when a second person's reading matches the first; when readings
 * differ, an organiser looks at the paper and counts the right one. Nothing here names a member.
 */
@Service
public class PaperBallots {

    /** What typing in a paper came to. */
    public enum Outcome {
        /** The first reading: another person must type the same paper in. */
        FIRST,
        /** Two readings matched: the vote is counted. */
        COUNTED,
        /** The readings differ: an organiser must settle it with the paper in hand. */
        DIFFERENT
    }

    /** A paper whose readings differ, for the organiser to settle. */
    public record Difference(String codeHash, String codeStart, List<Answers> readings) {}

    private final BallotRecords ballots;
    private final CodeRecords codes;
    private final PaperRecords papers;
    private final BallotBox box;
    private final Identity identity;
    private final AuditLog audit;

    PaperBallots(
            BallotRecords ballots,
            CodeRecords codes,
            PaperRecords papers,
            BallotBox box,
            Identity identity,
            AuditLog audit) {
        this.ballots = ballots;
        this.codes = codes;
        this.papers = papers;
        this.box = box;
        this.identity = identity;
        this.audit = audit;
    }

    /**
     * Types in one paper.
     *
     * @throws InvalidInputException naming the code or the answers when the paper cannot be read in
     */
    @Transactional
    public Outcome enter(Actor actor, AssemblyId assembly, BallotId id, String typedCode, Answers answers) {
        identity.require(actor, assembly, Permission.ENTER_PAPER_VOTES);
        var by = user(actor);
        var ballot = open(assembly, id);
        var code = paperCode(ballot, typedCode);
        var problem = answers.problem(ballot.method(), ballot.items().size());
        if (problem.isPresent()) {
            throw new InvalidInputException("answers", problem.get());
        }
        var others = papers.others(id, code.hash(), by);
        papers.save(id, code, by, answers.canonical());
        audit.record(AuditRecord.of(actor, assembly, "voting.paper-entered", "Ballot " + id));
        if (others.stream().noneMatch(e -> e.answers().equals(answers.canonical()))) {
            return others.isEmpty() ? Outcome.FIRST : Outcome.DIFFERENT;
        }
        count(actor, assembly, id, code.hash(), () -> box.record(id, code, answers));
        return Outcome.COUNTED;
    }

    /** Papers whose readings differ, for an organiser to settle. */
    @Transactional(readOnly = true)
    public List<Difference> differences(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.ENTER_PAPER_VOTES);
        ballot(assembly, id);
        return papers.differing(id).stream()
                .map(p -> new Difference(
                        p.codeHash(),
                        p.codeStart(),
                        p.entries().stream()
                                .map(e -> Answers.parse(e.answers()))
                                .distinct()
                                .toList()))
                .toList();
    }

    /** Papers typed in once, waiting for a second person. */
    @Transactional(readOnly = true)
    public int waitingForSecond(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.ENTER_PAPER_VOTES);
        ballot(assembly, id);
        return papers.waitingForSecond(id);
    }

    /**
     * Counts one of a differing paper's readings, chosen by an organiser looking at the paper.
     *
     * @throws InvalidInputException when the reading is not one of the paper's, or the ballot is not open
     */
    @Transactional
    public void settle(Actor actor, AssemblyId assembly, BallotId id, String codeHash, Answers chosen) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        open(assembly, id);
        var difference = differences(actor, assembly, id).stream()
                .filter(d -> d.codeHash().equals(codeHash))
                .findFirst()
                .orElseThrow(() -> new BallotNotFoundException(codeHash));
        if (!difference.readings().contains(chosen)) {
            throw new InvalidInputException("answers", "voting.paper.not-a-reading");
        }
        byte[] hash = PaperRecords.hash(codeHash);
        count(actor, assembly, id, hash, () -> box.recordByHash(id, hash, chosen));
        audit.record(AuditRecord.of(actor, assembly, "voting.paper-settled", "Ballot " + id));
    }

    private void count(
            Actor actor,
            AssemblyId assembly,
            BallotId id,
            byte[] codeHash,
            java.util.function.Supplier<CodeCheck> cast) {
        var result = cast.get();
        if (result.outcome() != CodeCheck.Outcome.CAST) {
            throw new InvalidInputException("code", result.outcome().messageKey(), 0);
        }
        papers.forget(id, codeHash);
        audit.record(AuditRecord.of(actor, assembly, "voting.paper-counted", "Ballot " + id));
    }

    private BallotCode paperCode(Ballot ballot, String typed) {
        var code = BallotCode.parse(typed).orElseThrow(() -> new InvalidInputException("code", "voting.code.typo", 0));
        var stored = codes.find(code)
                .filter(c -> c.ballot().equals(ballot.id()))
                .orElseThrow(() -> new InvalidInputException("code", "voting.code.unknown", 0));
        if (stored.used()) {
            throw new InvalidInputException("code", "voting.code.used", 0);
        }
        return code;
    }

    private Ballot open(AssemblyId assembly, BallotId id) {
        var ballot = ballot(assembly, id);
        if (!ballot.isOpen()) {
            throw new InvalidInputException("code", "voting.paper.not-open");
        }
        return ballot;
    }

    private Ballot ballot(AssemblyId assembly, BallotId id) {
        return ballots.find(assembly, id).orElseThrow(() -> new BallotNotFoundException(id));
    }

    private static UserId user(Actor actor) {
        var user = actor.userId();
        if (user == null) {
            throw new IllegalArgumentException("a paper is typed in by a person");
        }
        return user;
    }
}
