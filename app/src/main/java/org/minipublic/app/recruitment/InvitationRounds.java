package org.minipublic.app.recruitment;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation rounds: which households get a letter. Each round draws from the households not invited before, with a
 * seed that is recorded (typed in by the organiser, for example one announced in advance, or chosen at random), so
 * the round can be re-run and checked.
 */
@Service
public class InvitationRounds {

    /** Seeds chosen for the organiser stay below this, short enough to read out at a public draw. */
    static final long RANDOM_SEED_BOUND = 1_000_000_000_000L;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Households households;
    private final Rounds rounds;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Identity identity;
    private final Clock clock;

    InvitationRounds(
            Households households, Rounds rounds, AuditLog audit, JdbcClient jdbc, Identity identity, Clock clock) {
        this.households = households;
        this.rounds = rounds;
        this.audit = audit;
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Draws a round and gives every picked household a registration code.
     *
     * @param seed the seed to use, or {@code null} for a random one
     */
    @Transactional
    public InvitationRound draw(Actor actor, AssemblyId assembly, RoundSettings settings, @Nullable Long seed) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        lockRoundsOf(assembly);
        var eligible = households.notInvited(assembly);
        requireDrawable(settings, eligible);
        long usedSeed = seed != null ? seed : SEEDS.nextLong(RANDOM_SEED_BOUND);
        var picks = InvitationLottery.draw(eligible, settings, usedSeed);
        var round = new InvitationRound(
                RoundId.random(),
                rounds.nextNumber(assembly),
                picks.households().size(),
                settings.byArea(),
                settings.describe(),
                usedSeed,
                RoundDigest.of(eligible),
                clock.instant(),
                actor.label());
        rounds.insert(assembly, round);
        rounds.invite(assembly, round.id(), picks.households());
        audit.record(AuditRecord.of(actor, assembly, "recruitment.round-drawn", "Invitation round " + round.number())
                .withChange(null, settings.describe() + ", seed=" + usedSeed + ", input=" + round.inputDigest()));
        return round;
    }

    @Transactional(readOnly = true)
    public List<InvitationRound> rounds(AssemblyId assembly) {
        return rounds.all(assembly);
    }

    @Transactional(readOnly = true)
    public Optional<InvitationRound> round(AssemblyId assembly, RoundId id) {
        return rounds.find(assembly, id);
    }

    /** How many letters the round sent to each area. */
    @Transactional(readOnly = true)
    public List<AreaCount> perArea(RoundId round) {
        return rounds.perArea(round);
    }

    /** One page (from 0) of the round's invitations, in draw order. */
    @Transactional(readOnly = true)
    public HouseholdPage invitations(InvitationRound round, int page) {
        int last = Math.max(0, (round.letters() - 1) / AddressList.PAGE_SIZE);
        int safe = Math.min(Math.max(0, page), last);
        var list = rounds.invitations(round.id(), safe * AddressList.PAGE_SIZE, AddressList.PAGE_SIZE);
        return new HouseholdPage(list, safe, last + 1, round.letters());
    }

    private static void requireDrawable(RoundSettings settings, List<InvitationLottery.Eligible> eligible) {
        if (eligible.isEmpty()) {
            throw new InvalidInputException("letters", "recruitment.round.nobody-left");
        }
        if (settings.letters() > eligible.size()) {
            throw new InvalidInputException("letters", "recruitment.round.letters.too-many", eligible.size());
        }
        var areas = new HashSet<String>();
        eligible.forEach(e -> areas.add(e.area()));
        for (String area : settings.boosts().keySet()) {
            if (!areas.contains(area)) {
                throw new InvalidInputException("boosts", "recruitment.round.boost.unknown-area", area);
            }
        }
    }

    /** Two rounds drawn at once would both see the same households as not yet invited. */
    private void lockRoundsOf(AssemblyId assembly) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('recruitment.rounds:' || :a))")
                .param("a", assembly.toString())
                .query((rs, n) -> 1)
                .list();
    }
}
