package org.minipublic.app.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.AreaCount;
import org.minipublic.app.selection.Target;

/**
 * Works out the plan from the address list, the pool, the targets and the expected response rates. The model is
 * deliberately simple, so that an organiser can follow it (docs/planning.md):
 *
 * <ul>
 *   <li>The pool should hold, for every target value, its minimum times the pool per seat, and in all the panel size
 *       times the pool per seat.
 *   <li>A value's share of respondents is taken from the pool once it holds {@value #SHARES_FROM_POOL_AFTER} people,
 *       before that from the population share saved with the targets, or else from the target itself.
 *   <li>Before any round, each area needs the pool's share in proportion to its households, or its own area target
 *       if that asks for more, divided by its response rate.
 *   <li>After a round, the top-up sends each area the most letters any shortfall needs there: its own area target,
 *       its households' share of the whole pool's shortfall, and for each group that falls short, letters to the
 *       areas where that group answered best, until the expected new respondents cover the gap.
 * </ul>
 */
final class PlanCalculation {

    /** Respondents the pool must hold before its own shares replace the population's. */
    static final int SHARES_FROM_POOL_AFTER = 30;
    /** Respondents an area must have before its own make-up replaces the whole pool's for the top-up. */
    static final int AREA_SHARES_AFTER = 10;

    private final List<AreaCount> areas;
    private final @Nullable String areaCategory;
    private final int panelSize;
    private final List<Target> targets;
    private final List<Map<String, String>> pool;
    private final PlanSettings settings;

    private final Map<String, Integer> registered = new HashMap<>();
    /** Respondents per (category, value), and per (area, category, value): counted once, asked for often. */
    private final Map<List<String>, Integer> withValue = new HashMap<>();

    private final Map<List<String>, Integer> withValueInArea = new HashMap<>();
    private final Map<String, Double> rate = new HashMap<>();
    private final Map<String, Double> observed = new HashMap<>();

    private PlanCalculation(
            List<AreaCount> areas,
            @Nullable String areaCategory,
            int panelSize,
            List<Target> targets,
            List<Map<String, String>> pool,
            PlanSettings settings) {
        this.areas = areas;
        this.areaCategory = areaCategory;
        this.panelSize = panelSize;
        this.targets = targets.stream().filter(t -> t.min() > 0).toList();
        this.pool = pool;
        this.settings = settings;
    }

    /**
     * @param areaCategory the name of the category whose values are the address list's areas, if there is one
     * @param pool each respondent's value in each category
     */
    static RecruitmentPlan plan(
            List<AreaCount> areas,
            @Nullable String areaCategory,
            int panelSize,
            List<Target> targets,
            List<Map<String, String>> pool,
            PlanSettings settings) {
        return new PlanCalculation(areas, areaCategory, panelSize, targets, pool, settings).work();
    }

    private RecruitmentPlan work() {
        countRegistrationsAndRates();
        int wantedPool = wanted(panelSize);
        var needed = lettersNeeded(wantedPool);
        var topUp = invited() > 0 ? topUp(wantedPool) : Map.<String, Integer>of();
        var areaLines = new ArrayList<AreaPlan>();
        for (var area : areas) {
            int letters = needed.getOrDefault(area.area(), 0);
            areaLines.add(new AreaPlan(
                    area.area(),
                    area.households(),
                    area.invited(),
                    registered.getOrDefault(area.area(), 0),
                    settings.rateOf(area.area()),
                    observed.get(area.area()),
                    Math.min(letters, area.households()),
                    Math.min(Math.max(0, letters - area.invited()), area.notInvited()),
                    letters > area.households(),
                    topUp.getOrDefault(area.area(), 0)));
        }
        var valueLines = new ArrayList<ValuePlan>();
        for (var target : targets) {
            int wanted = wanted(target.min());
            int inPool = count(target);
            double expected = inPool + expectedGain(target, topUp);
            valueLines.add(new ValuePlan(
                    target.category(),
                    target.value(),
                    target.min(),
                    wanted,
                    inPool,
                    Math.max(0, wanted - inPool),
                    expected));
        }
        int topUpLetters = topUp.values().stream().mapToInt(Integer::intValue).sum();
        return new RecruitmentPlan(
                panelSize, settings, wantedPool, pool.size(), areaLines, valueLines, topUpLetters, weights(topUp));
    }

    private void countRegistrationsAndRates() {
        for (var respondent : pool) {
            String area = areaCategory == null ? null : respondent.get(areaCategory);
            if (area != null) {
                registered.merge(area, 1, Integer::sum);
            }
            respondent.forEach((category, value) -> {
                withValue.merge(List.of(category, value), 1, Integer::sum);
                if (area != null) {
                    withValueInArea.merge(List.of(area, category, value), 1, Integer::sum);
                }
            });
        }
        for (var area : areas) {
            double expected = settings.rateOf(area.area()) / 100;
            rate.put(area.area(), expected);
            int came = registered.getOrDefault(area.area(), 0);
            if (area.invited() >= RecruitmentPlan.OBSERVED_AFTER) {
                double seen = (double) came / area.invited();
                observed.put(area.area(), 100 * seen);
                if (came > 0) {
                    rate.put(area.area(), seen);
                }
            }
        }
    }

    /** Letters each area needs in all: its share of the pool wanted (or its own target), over its rate. */
    private Map<String, Integer> lettersNeeded(int wantedPool) {
        double respondents = wantedPool;
        for (var target : targets) {
            if (!isAreaTarget(target)) {
                double share = share(target);
                if (share > 0) {
                    respondents = Math.max(respondents, wanted(target.min()) / share);
                }
            }
        }
        int households = areas.stream().mapToInt(AreaCount::households).sum();
        var letters = new HashMap<String, Integer>();
        for (var area : areas) {
            double need = households == 0 ? 0 : respondents * area.households() / households;
            need = Math.max(need, wanted(areaMinimum(area.area())));
            letters.put(area.area(), (int) Math.ceil(need / rateOf(area.area()) - 1e-9));
        }
        return letters;
    }

    /** Letters per area for the top-up round: the most that any one shortfall asks of the area. */
    private Map<String, Integer> topUp(int wantedPool) {
        var letters = new LinkedHashMap<String, Integer>();
        int households = areas.stream().mapToInt(AreaCount::households).sum();
        int poolShortfall = Math.max(0, wantedPool - pool.size());
        for (var area : areas) {
            double r = rateOf(area.area());
            int own = Math.max(0, wanted(areaMinimum(area.area())) - registered.getOrDefault(area.area(), 0));
            double fromPool = households == 0 ? 0 : (double) poolShortfall * area.households() / households;
            letters.put(area.area(), (int) Math.ceil(Math.max(own, fromPool) / r - 1e-9));
        }
        for (var target : targets) {
            if (!isAreaTarget(target)) {
                groupTopUp(target).forEach((area, n) -> letters.merge(area, n, Math::max));
            }
        }
        for (var area : areas) {
            letters.computeIfPresent(area.area(), (name, n) -> Math.min(n, area.notInvited()));
        }
        letters.values().removeIf(n -> n == 0);
        return letters;
    }

    /** Letters for one group that falls short, sent where each letter is expected to bring most of that group. */
    private Map<String, Integer> groupTopUp(Target target) {
        double gap = wanted(target.min()) - count(target);
        var letters = new HashMap<String, Integer>();
        if (gap <= 0) {
            return letters;
        }
        var byYield = new ArrayList<>(areas);
        byYield.sort(Comparator.comparingDouble((AreaCount a) -> -perLetter(target, a.area()))
                .thenComparing(AreaCount::area));
        for (var area : byYield) {
            double perLetter = perLetter(target, area.area());
            if (gap <= 0 || perLetter <= 0) {
                break;
            }
            int n = Math.min(area.notInvited(), (int) Math.ceil(gap / perLetter - 1e-9));
            letters.put(area.area(), n);
            gap -= n * perLetter;
        }
        return letters;
    }

    /** Respondents with the target's value expected from the top-up's letters. */
    private double expectedGain(Target target, Map<String, Integer> topUp) {
        double gain = 0;
        for (var area : topUp.entrySet()) {
            gain += area.getValue()
                    * (isAreaTarget(target)
                            ? (target.value().equals(area.getKey()) ? rateOf(area.getKey()) : 0)
                            : perLetter(target, area.getKey()));
        }
        return gain;
    }

    /** Respondents with the target's value expected per letter sent to the area. */
    private double perLetter(Target target, String area) {
        int there = registered.getOrDefault(area, 0);
        double share;
        if (areaCategory != null && there >= AREA_SHARES_AFTER) {
            int with = withValueInArea.getOrDefault(List.of(area, target.category(), target.value()), 0);
            share = (double) with / there;
        } else {
            share = share(target);
        }
        return rateOf(area) * share;
    }

    /** The value's expected share of respondents (see the class comment). */
    private double share(Target target) {
        if (pool.size() >= SHARES_FROM_POOL_AFTER) {
            return (double) count(target) / pool.size();
        }
        if (target.population() != null) {
            return target.population() / 100;
        }
        return panelSize == 0 ? 0 : (double) target.min() / panelSize;
    }

    private Map<String, Double> weights(Map<String, Integer> topUp) {
        var weights = new HashMap<String, Double>();
        if (topUp.isEmpty()) {
            return weights;
        }
        for (var area : areas) {
            if (area.notInvited() > 0) {
                weights.put(area.area(), (double) topUp.getOrDefault(area.area(), 0) / area.notInvited());
            }
        }
        return weights;
    }

    /** The response rate used for an area: what came back once enough letters went there, else the expectation. */
    private double rateOf(String area) {
        return rate.getOrDefault(area, settings.rateOf(area) / 100);
    }

    private int areaMinimum(String area) {
        return targets.stream()
                .filter(t -> isAreaTarget(t) && t.value().equals(area))
                .mapToInt(Target::min)
                .findFirst()
                .orElse(0);
    }

    private boolean isAreaTarget(Target target) {
        return target.category().equals(areaCategory);
    }

    private int count(Target target) {
        return withValue.getOrDefault(List.of(target.category(), target.value()), 0);
    }

    private int invited() {
        return areas.stream().mapToInt(AreaCount::invited).sum();
    }

    private int wanted(int seats) {
        return (int) Math.ceil(seats * settings.poolPerSeat() - 1e-9);
    }
}
