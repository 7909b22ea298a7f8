package org.minipublic.app.planning;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.InvitationRound;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.PoolMember;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recruitment plan of an assembly, its settings, and the top-up round it proposes. */
@Service
public class Planner {

    private final PlanSettingsRecords records;
    private final AddressList addresses;
    private final Pool pool;
    private final RegistrationSetup setup;
    private final InvitationRounds rounds;
    private final Targets targets;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Planner(
            PlanSettingsRecords records,
            AddressList addresses,
            Pool pool,
            RegistrationSetup setup,
            InvitationRounds rounds,
            Targets targets,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.addresses = addresses;
        this.pool = pool;
        this.setup = setup;
        this.rounds = rounds;
        this.targets = targets;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is missing before a plan can be worked out, if anything. */
    public enum Missing {
        ADDRESSES,
        TARGETS
    }

    @Transactional(readOnly = true)
    public Optional<Missing> missing(AssemblyId assembly) {
        if (addresses.areas(assembly).isEmpty()) {
            return Optional.of(Missing.ADDRESSES);
        }
        if (targets.current(assembly).isEmpty()) {
            return Optional.of(Missing.TARGETS);
        }
        return Optional.empty();
    }

    /** The plan from the current address list, pool, targets and settings; empty while something is missing. */
    @Transactional(readOnly = true)
    public Optional<RecruitmentPlan> plan(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        if (missing(assembly).isPresent()) {
            return Optional.empty();
        }
        var targetSet = targets.current(assembly).orElseThrow();
        String areaCategory = setup.categories(assembly).stream()
                .filter(c -> c.kind() == Category.Kind.AREA)
                .map(Category::name)
                .findFirst()
                .orElse(null);
        var people = pool.members(assembly).stream().map(PoolMember::values).toList();
        return Optional.of(PlanCalculation.plan(
                addresses.areas(assembly),
                areaCategory,
                targetSet.panelSize(),
                targetSet.targets(),
                people,
                settings(assembly)));
    }

    @Transactional(readOnly = true)
    public PlanSettings settings(AssemblyId assembly) {
        return records.find(assembly).orElse(PlanSettings.DEFAULT);
    }

    @Transactional
    public void saveSettings(Actor actor, AssemblyId assembly, PlanSettings settings) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var before = settings(assembly);
        records.save(assembly, settings, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "planning.settings-saved", "Recruitment plan")
                .withChange(describe(before), describe(settings)));
    }

    /**
     * Draws the top-up round the plan proposes now, through the recruitment module, which records and audits it.
     *
     * @param seed the seed to use, or {@code null} for a random one
     */
    @Transactional
    public InvitationRound drawTopUp(Actor actor, AssemblyId assembly, @Nullable Long seed) {
        var plan = plan(actor, assembly).orElseThrow(() -> new InvalidInputException("topUp", "planning.top-up.none"));
        if (!plan.afterFirstRound() || plan.topUpLetters() == 0) {
            throw new InvalidInputException("topUp", "planning.top-up.none");
        }
        var settings = new RoundSettings(plan.topUpLetters(), true, plan.topUpWeights());
        return rounds.draw(actor, assembly, settings, seed);
    }

    private static String describe(PlanSettings settings) {
        Map<String, Double> rates = new TreeMap<>(settings.rates());
        return "poolPerSeat=" + settings.poolPerSeat() + ", defaultRate=" + settings.defaultRate()
                + (rates.isEmpty() ? "" : ", rates=" + rates);
    }
}
