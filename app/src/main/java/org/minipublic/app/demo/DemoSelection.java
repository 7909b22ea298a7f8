package org.minipublic.app.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.AreaCount;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.Ceremony;
import org.minipublic.app.selection.CeremonyReveals;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.DrawAlternates;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.Target;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/**
 * The demo assembly's targets for a panel of 45, worked out from population shares with two seats either side, and a
 * finished leximin draw with two witnesses, held as a draw ceremony (the lottery committed to, then the panel number
 * from dice rolled in public), so that the draw and ceremony pages and their public pages have data at once.
 * The shares are illustrative, of the order of an outer London borough's 2021 census figures for people aged 16 and
 * over; areas take their share of the address list's households.
 */
@Component
class DemoSelection {

    static final int PANEL_SIZE = 45;
    static final int TOLERANCE = 2;

    static final Map<String, Map<String, Double>> SHARES = Map.of(
            "Gender", Map.of("Woman", 51.0, "Man", 48.5, "Non-binary or another gender", 0.5),
            "Age band",
                    Map.of(
                            "16-24", 13.0, "25-34", 21.0, "35-44", 19.0, "45-54", 16.0, "55-64", 13.0, "65-74", 10.0,
                            "75+", 8.0),
            "Ethnic group",
                    Map.of(
                            "Asian or Asian British", 20.0,
                            "Black, Black British, Caribbean or African", 15.0,
                            "Mixed or multiple ethnic groups", 7.0,
                            "White", 52.0,
                            "Other ethnic group", 6.0),
            "Disability", Map.of("Yes, limited a lot", 7.0, "Yes, limited a little", 9.0, "No", 84.0));

    static final long SEED = 20270301L;
    static final List<String> WITNESSES = List.of("Grace Adeyemi (advisory board)", "Tomasz Nowak (resident observer)");

    /** The digits the demo's witnesses rolled with a ten-sided die at the public draw. */
    static final String DIGITS = "3 0 8 1 2 7";

    /** Alternates the demo organiser asks for once the first confirmation calls have recorded a decline. */
    static final int ALTERNATES = 4;

    private final Targets targets;
    private final Draws draws;
    private final Ceremonies ceremonies;
    private final CeremonyReveals reveals;
    private final DrawAlternates alternates;
    private final AddressList addresses;

    DemoSelection(
            Targets targets,
            Draws draws,
            Ceremonies ceremonies,
            CeremonyReveals reveals,
            DrawAlternates alternates,
            AddressList addresses) {
        this.targets = targets;
        this.draws = draws;
        this.ceremonies = ceremonies;
        this.reveals = reveals;
        this.alternates = alternates;
        this.addresses = addresses;
    }

    /** Saves the targets and starts the ceremony's lottery, which runs once the loading transaction commits. */
    void load(AssemblyId assembly, Actor organiser) {
        if (targets.current(assembly).isEmpty()) {
            saveTargets(assembly, organiser);
        }
        if (draws.all(assembly).isEmpty() && ceremonies.all(organiser, assembly).isEmpty()) {
            ceremonies.commit(organiser, assembly, new DrawSettings("leximin", SEED, WITNESSES));
        }
    }

    /**
     * Waits for the ceremony's commitment, reveals it with the demo's digits and waits for the draw they start, so
     * that the first page opened shows it done.
     */
    void awaitDraw(AssemblyId assembly, Actor organiser) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline
                && ceremonies.all(organiser, assembly).stream()
                        .anyMatch(c -> c.status() == Ceremony.Status.COMMITTING)) {
            Thread.sleep(200);
        }
        var waiting = ceremonies.all(organiser, assembly).stream()
                .filter(Ceremony::committed)
                .findFirst();
        if (waiting.isPresent() && draws.all(assembly).isEmpty()) {
            reveals.reveal(organiser, assembly, waiting.get().id(), DIGITS);
        }
        while (System.nanoTime() < deadline
                && draws.all(assembly).stream().anyMatch(d -> d.status() == Draw.Status.RUNNING)) {
            Thread.sleep(200);
        }
    }

    /**
     * Chooses alternates for the demo panel from the withdrawal the confirmation calls recorded, once, and waits for
     * them so that the draw's page shows them.
     */
    void chooseAlternates(AssemblyId assembly, Actor organiser) throws InterruptedException {
        var first = draws.all(assembly).stream()
                .filter(d -> d.done() && d.replaces() == null)
                .min(java.util.Comparator.comparingInt(Draw::number));
        if (first.isEmpty()
                || alternates.find(organiser, assembly, first.get().id()).isPresent()
                || draws.panel(organiser, assembly, first.get().id())
                        .withdrawals()
                        .isEmpty()) {
            return;
        }
        alternates.choose(organiser, assembly, first.get().id(), ALTERNATES);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && alternates.choosing(first.get().id())) {
            Thread.sleep(200);
        }
    }

    private void saveTargets(AssemblyId assembly, Actor organiser) {
        var areas = addresses.areas(assembly);
        int households = areas.stream().mapToInt(AreaCount::households).sum();
        var list = new ArrayList<Target>();
        targets.values(assembly).forEach((category, values) -> {
            for (String value : values) {
                double share = category.kind() == Category.Kind.AREA
                        ? 100.0
                                * areas.stream()
                                        .filter(a -> a.area().equals(value))
                                        .mapToInt(AreaCount::households)
                                        .sum()
                                / households
                        : Objects.requireNonNull(
                                SHARES.getOrDefault(category.name(), Map.of()).get(value),
                                () -> "no demo share for " + category.name() + " " + value);
                list.add(Targets.proportional(
                        category.name(), value, Math.round(share * 1000) / 1000.0, PANEL_SIZE, TOLERANCE));
            }
        });
        targets.save(organiser, assembly, PANEL_SIZE, list);
    }
}
