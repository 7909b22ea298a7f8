package org.minipublic.app.voting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed ballot's results, counted afresh from the stored votes each time (after checking their chain), the export
 * from which anyone can count them again, and the minority statements attached to its items. Nothing is told about
 * how members voted while the ballot is open.
 */
@Service
public class Results {

    static final int STATEMENT_LIMIT = 4000;

    private final BallotRecords ballots;
    private final Counting counting;
    private final StatementRecords statements;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Results(
            BallotRecords ballots,
            Counting counting,
            StatementRecords statements,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.ballots = ballots;
        this.counting = counting;
        this.statements = statements;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The count of a closed ballot.
     *
     * @throws InvalidInputException while the ballot is not closed
     */
    @Transactional(readOnly = true)
    public BallotResult count(Actor actor, AssemblyId assembly, BallotId id) {
        return counting.count(closed(actor, assembly, id));
    }

    /** The minority statements on a ballot's items, oldest first. */
    @Transactional(readOnly = true)
    public List<Statement> statements(Actor actor, AssemblyId assembly, BallotId id) {
        closed(actor, assembly, id);
        return statements.of(id);
    }

    /**
     * Writes every vote of a closed ballot as CSV, in receipt order: place, receipt, answers, previous hash and hash. With the
     * ballot's method (shown on its results page) this is all one needs to check the chain and count again.
     */
    @Transactional(readOnly = true)
    public void export(Actor actor, AssemblyId assembly, BallotId id, OutputStream out) throws IOException {
        var ballot = closed(actor, assembly, id);
        try (var csv = CsvExport.open(out, "ballot", "position", "receipt", "answers", "previous_hash", "hash")) {
            for (var link : counting.links(ballot)) {
                csv.row(
                        ballot.id(),
                        link.position(),
                        link.receipt(),
                        link.answers(),
                        VoteChain.hex(link.previousHash()),
                        VoteChain.hex(link.hash()));
            }
        }
    }

    /**
     * What a closed ballot asked and how it counts, as the text its seal's chain starts from (chain version 2): with
     * the export and the seal, the recount script checks that this is what members voted on.
     *
     * @throws InvalidInputException while the ballot is not closed, or for a ballot sealed before chain version 2
     */
    @Transactional(readOnly = true)
    public String definition(Actor actor, AssemblyId assembly, BallotId id) {
        var ballot = closed(actor, assembly, id);
        if (ballot.chainVersion() < BallotDefinition.CHAIN_VERSION) {
            throw new InvalidInputException("ballot", "voting.definition.none");
        }
        return BallotDefinition.text(ballot);
    }

    /** Attaches a minority statement to an item of a closed ballot. */
    @Transactional
    public void addStatement(Actor actor, AssemblyId assembly, BallotId id, ItemId item, String body) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        var ballot = closed(actor, assembly, id);
        if (ballot.items().stream().noneMatch(i -> i.id().equals(item))) {
            throw new BallotNotFoundException(item);
        }
        String text = body.strip().replace("\r\n", "\n");
        if (text.isEmpty() || text.length() > STATEMENT_LIMIT) {
            throw new InvalidInputException("body", "voting.statement.length", STATEMENT_LIMIT);
        }
        statements.insert(UUID.randomUUID(), item, text, actor.userId(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "voting.statement-added", "Ballot " + id)
                .withChange(null, text));
    }

    /** Removes a minority statement. */
    @Transactional
    public void removeStatement(Actor actor, AssemblyId assembly, BallotId id, UUID statement) {
        identity.require(actor, assembly, Permission.MANAGE_BALLOTS);
        closed(actor, assembly, id);
        if (!statements.delete(id, statement)) {
            throw new BallotNotFoundException(statement);
        }
        audit.record(AuditRecord.of(actor, assembly, "voting.statement-removed", "Ballot " + id));
    }

    private Ballot closed(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.VIEW_BALLOTS);
        var ballot = ballots.find(assembly, id).orElseThrow(() -> new BallotNotFoundException(id));
        if (!ballot.isClosed()) {
            throw new InvalidInputException("ballot", "voting.results.not-closed");
        }
        return ballot;
    }
}
