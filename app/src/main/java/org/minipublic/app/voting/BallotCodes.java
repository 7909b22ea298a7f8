package org.minipublic.app.voting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberSummary;
import org.minipublic.app.members.Members;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives members their ballot codes: one per member per ballot, in batches printed as a sheet of slips. The codes are
 * shown once, in random order and without names, and only their hashes kept; the register of who was given a code
 * is kept apart from the codes, so it shows who could vote and nothing about how anyone voted.
 */
@Service
public class BallotCodes {

    private final BallotRecords ballots;
    private final CodeRecords codes;
    private final Members members;
    private final Identity identity;
    private final AuditLog audit;
    private final SlipPrint slips;
    private final Clock clock;

    BallotCodes(
            BallotRecords ballots,
            CodeRecords codes,
            Members members,
            Identity identity,
            AuditLog audit,
            SlipPrint slips,
            Clock clock) {
        this.ballots = ballots;
        this.codes = codes;
        this.members = members;
        this.identity = identity;
        this.audit = audit;
        this.slips = slips;
        this.clock = clock;
    }

    /** The members not withdrawn who have no code for this ballot yet, in name order. */
    @Transactional(readOnly = true)
    public List<MemberSummary> withoutCode(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.ISSUE_BALLOT_CODES);
        ballot(assembly, id);
        var issued = codes.issued(id);
        return members.all(actor, assembly).stream()
                .filter(m -> !m.withdrawn() && !issued.contains(m.id()))
                .toList();
    }

    /**
     * The batches issued so far, oldest first. How many of a batch's codes were used is never told: once the ballot
     * opens, codes no longer know their batch, because that link, with the transaction id a vote shares with its code,
     * would lead from a vote to its voter (ADR 12).
     */
    @Transactional(readOnly = true)
    public List<CodeBatch> batches(Actor actor, AssemblyId assembly, BallotId id) {
        identity.require(actor, assembly, Permission.ISSUE_BALLOT_CODES);
        var ballot = ballot(assembly, id);
        return codes.batches(id).stream()
                .map(b -> new CodeBatch(b.id(), b.size(), -1, b.issuedAt(), ballot.isDraft()))
                .toList();
    }

    /**
     * Issues one code to each of these members, as one batch.
     *
     * @throws InvalidInputException when the ballot has closed, or a member is withdrawn, unknown or already has a
     *     code
     */
    @Transactional
    public IssuedCodes issue(Actor actor, AssemblyId assembly, BallotId id, List<MemberId> to) {
        identity.require(actor, assembly, Permission.ISSUE_BALLOT_CODES);
        // Two people issuing codes to the same member at once: the second waits here, then finds the member has one.
        ballots.lockForChange(assembly, id);
        var ballot = ballot(assembly, id);
        if (ballot.isClosed()) {
            throw new InvalidInputException("members", "voting.codes.ballot-closed");
        }
        if (to.isEmpty()) {
            throw new InvalidInputException("members", "voting.codes.none-chosen");
        }
        var issuable = new HashSet<MemberId>();
        withoutCode(actor, assembly, id).forEach(m -> issuable.add(m.id()));
        var unique = List.copyOf(new java.util.LinkedHashSet<>(to));
        if (!issuable.containsAll(unique)) {
            throw new InvalidInputException("members", "voting.codes.not-issuable");
        }
        var batch = UUID.randomUUID();
        var fresh = new ArrayList<BallotCode>(unique.size());
        for (int i = 0; i < unique.size(); i++) {
            fresh.add(BallotCode.random());
        }
        codes.insertBatch(batch, id, unique.size(), actor.userId(), clock.instant());
        codes.issue(id, batch, unique);
        // Codes issued once the ballot is open keep no batch at all (see CodeRecords.forgetBatches).
        codes.insertCodes(id, ballot.isDraft() ? batch : null, fresh);
        audit.record(AuditRecord.of(actor, assembly, "voting.codes-issued", "Ballot " + id)
                .withChange(null, unique.size() + " codes, batch " + batch));
        return new IssuedCodes(ballot, fresh);
    }

    /**
     * Issues one code to each of these members and prints them as slips, in one transaction: if the slips cannot be
     * made, no code is issued, and the members can be issued codes again.
     */
    @Transactional
    public byte[] issueSlips(Actor actor, AssemblyId assembly, BallotId id, List<MemberId> to, Locale reader) {
        var issued = issue(actor, assembly, id, to);
        var pdf = new ByteArrayOutputStream();
        try {
            slips.write(issued, reader, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * Voids a batch before the ballot opens (its sheet was lost, or printed wrongly): its codes stop working and its
     * members can be issued new ones. Once the ballot is open a batch stays, since whether its codes were used must not
     * show.
     *
     * @throws InvalidInputException when the ballot has opened
     */
    @Transactional
    public void voidBatch(Actor actor, AssemblyId assembly, BallotId id, UUID batch) {
        identity.require(actor, assembly, Permission.ISSUE_BALLOT_CODES);
        var ballot = ballot(assembly, id);
        if (!ballot.isDraft()) {
            throw new InvalidInputException("batch", "voting.codes.void-after-opening");
        }
        if (codes.batches(id).stream().noneMatch(b -> b.id().equals(batch))) {
            throw new BallotNotFoundException(batch);
        }
        if (!codes.voidBatch(id, batch)) {
            throw new InvalidInputException("batch", "voting.codes.batch-used");
        }
        audit.record(AuditRecord.of(actor, assembly, "voting.codes-voided", "Ballot " + id)
                .withChange("batch " + batch, null));
    }

    private Ballot ballot(AssemblyId assembly, BallotId id) {
        return ballots.find(assembly, id).orElseThrow(() -> new BallotNotFoundException(id));
    }
}
