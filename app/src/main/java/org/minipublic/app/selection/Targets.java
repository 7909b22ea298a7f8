package org.minipublic.app.selection;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.AreaCount;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's targets: how many seats each value of each category gets. Saved as versions, never overwritten, so
 * that every draw can name the targets it was held to.
 */
@Service
public class Targets {

    private final TargetRecords records;
    private final RegistrationSetup registration;
    private final AddressList addresses;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Targets(
            TargetRecords records,
            RegistrationSetup registration,
            AddressList addresses,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.registration = registration;
        this.addresses = addresses;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<TargetSet> current(AssemblyId assembly) {
        return records.latest(assembly);
    }

    /** Every value the targets must cover, per category: the categories' values, and for the area the list's areas. */
    @Transactional(readOnly = true)
    public Map<Category, List<String>> values(AssemblyId assembly) {
        var values = new java.util.LinkedHashMap<Category, List<String>>();
        var areas = addresses.areas(assembly).stream().map(AreaCount::area).toList();
        for (var category : registration.categories(assembly)) {
            values.put(category, category.kind() == Category.Kind.AREA ? areas : category.values());
        }
        return values;
    }

    /** Targets worked out from population shares (per cent), the exact share rounded both ways, widened by the tolerance. */
    public static Target proportional(String category, String value, double population, int panelSize, int tolerance) {
        return ProportionalTargets.of(category, value, population, panelSize, tolerance);
    }

    /**
     * Saves the targets as a new version.
     *
     * @throws InvalidInputException naming the first problem: a value without a target, minimums above the panel
     *     size or maximums below it in a category
     */
    @Transactional
    public TargetSet save(Actor actor, AssemblyId assembly, int panelSize, List<Target> targets) {
        identity.require(actor, assembly, Permission.MANAGE_SELECTION);
        var problems = problems(assembly, panelSize, targets);
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new InvalidInputException(
                    "targets", first.messageKey(), first.arguments().toArray());
        }
        var set = new TargetSet(
                TargetSetId.random(),
                records.nextVersion(assembly),
                panelSize,
                targets,
                clock.instant(),
                actor.label());
        records.insert(assembly, set);
        audit.record(AuditRecord.of(actor, assembly, "selection.targets-saved", "Targets version " + set.version())
                .withChange(null, describe(set)));
        return set;
    }

    /** What is wrong with these targets, if anything; empty when they can be saved. */
    @Transactional(readOnly = true)
    public List<TargetProblem> problems(AssemblyId assembly, int panelSize, List<Target> targets) {
        var areas = new HashMap<String, Set<String>>();
        values(assembly).forEach((category, values) -> {
            if (category.kind() == Category.Kind.AREA) {
                areas.put(category.name(), Set.copyOf(values));
            }
        });
        return TargetRules.check(panelSize, targets, registration.categories(assembly), areas);
    }

    private static String describe(TargetSet set) {
        return "panel " + set.panelSize() + ": "
                + set.targets().stream()
                        .map(t -> t.category() + "/" + t.value() + " " + t.min() + "-" + t.max())
                        .collect(Collectors.joining(", "));
    }
}
