package org.minipublic.app.demo;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.minipublic.app.members.Members;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.programme.Stage;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.tables.NewPair;
import org.minipublic.app.tables.PairKind;
import org.minipublic.app.tables.TablePlans;
import org.minipublic.app.tables.TableSettings;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Table plans for the demo assembly's first weekend, made by the engine and locked, as that weekend has been held:
 * six tables mirroring gender, age, ethnicity, disability and area within one and a half seats, members who use a wheelchair at the
 * step-free tables, interpreters' language groups together, two relatives kept apart and a member kept with the one
 * who supports them. The later weekends are left for the organiser to plan.
 */
@Component
@Profile("demo")
class DemoTables {

    static final long SEED = 2024;

    private final TablePlans plans;
    private final Programme programme;
    private final Members members;

    DemoTables(TablePlans plans, Programme programme, Members members) {
        this.plans = plans;
        this.programme = programme;
        this.members = members;
    }

    void load(AssemblyId assembly, Actor organiser) {
        keepPairs(assembly, organiser);
        if (plans.latest(organiser, assembly) != null) {
            return;
        }
        var needs = members.forSeating(organiser, assembly).stream()
                .filter(m -> m.summary()
                        .accessNeeds()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("wheelchair"))
                .map(m -> m.id())
                .collect(Collectors.toSet());
        plans.saveSettings(
                organiser,
                assembly,
                new TableSettings(
                        6,
                        List.of("Gender", "Age band", "Ethnic group", "Disability", "Area"),
                        1.5,
                        Set.of(1, 2),
                        needs,
                        true));
        var firstWeekend = programme.sessions(organiser, assembly).stream()
                .filter(s -> s.weekend() == 1 && s.details().stage() == Stage.DELIBERATE)
                .map(s -> s.id())
                .collect(Collectors.toSet());
        plans.plan(organiser, assembly, firstWeekend, SEED);
        // the engine takes a few seconds; lock the weekend when it is done rather than hold up the start
        var locker = new Thread(() -> lockWhenPlanned(assembly, organiser, firstWeekend), "demo-tables");
        locker.setDaemon(true);
        locker.start();
    }

    /**
     * One keep-apart and one keep-together pair among members with no access needs and no interpreter, so that the
     * pairs do not crowd the step-free tables. Added once: an assembly that has pairs keeps them as they are.
     */
    private void keepPairs(AssemblyId assembly, Actor organiser) {
        if (!plans.settings(organiser, assembly).pairs().isEmpty()) {
            return;
        }
        var plain = members.forSeating(organiser, assembly).stream()
                .map(m -> m.summary())
                .filter(m -> m.accessNeeds().isBlank() && !m.interpreter())
                .limit(4)
                .toList();
        if (plain.size() < 4) {
            return;
        }
        plans.addPair(
                organiser,
                assembly,
                new NewPair(
                        plain.get(0).id(), plain.get(1).id(), PairKind.APART, "Related; asked not to share a table"));
        plans.addPair(
                organiser,
                assembly,
                new NewPair(plain.get(2).id(), plain.get(3).id(), PairKind.TOGETHER, "Supports the other at sessions"));
    }

    private void lockWhenPlanned(AssemblyId assembly, Actor organiser, Set<SessionId> sessions) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                var run = plans.latest(organiser, assembly);
                if (run != null && !run.running()) {
                    if (!run.failed()) {
                        sessions.forEach(session -> {
                            plans.lock(organiser, assembly, session, true);
                            plans.show(organiser, assembly, session, true);
                        });
                    }
                    return;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
