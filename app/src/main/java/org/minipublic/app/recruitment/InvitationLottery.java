package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Picks the households of one invitation round. The same households (in list order), settings and seed always give
 * the same picks, so that a round can be re-run by anyone who has the list and the seed: the generator is the one the
 * sortition engine uses (L64X128MixRandom), whose sequence is fixed by its specification.
 */
final class InvitationLottery {

    static final String GENERATOR = "L64X128MixRandom";

    private InvitationLottery() {}

    /** One household that may be picked. */
    record Eligible(HouseholdId id, String area) {}

    /** The picks in the order they were drawn, and how many came from each area. */
    record Picks(List<HouseholdId> households, SortedMap<String, Integer> perArea) {}

    static Picks draw(List<Eligible> households, RoundSettings settings, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of(GENERATOR).create(seed);
        var byArea = byArea(households);
        if (!settings.byArea()) {
            List<HouseholdId> picked =
                    sample(households.stream().map(Eligible::id).toList(), settings.letters(), random);
            return new Picks(picked, countPerArea(picked, households));
        }
        var counts = new TreeMap<String, Integer>();
        byArea.forEach((area, ids) -> counts.put(area, ids.size()));
        var shares = AreaShares.allocate(counts, settings.boosts(), settings.letters());
        var picked = new ArrayList<HouseholdId>();
        shares.forEach((area, share) -> picked.addAll(sample(byArea.getOrDefault(area, List.of()), share, random)));
        return new Picks(List.copyOf(picked), shares);
    }

    private static SortedMap<String, List<HouseholdId>> byArea(List<Eligible> households) {
        var byArea = new TreeMap<String, List<HouseholdId>>();
        households.forEach(
                h -> byArea.computeIfAbsent(h.area(), a -> new ArrayList<>()).add(h.id()));
        return byArea;
    }

    /** The first {@code count} places of a Fisher–Yates shuffle: every subset of that size is equally likely. */
    private static List<HouseholdId> sample(List<HouseholdId> from, int count, RandomGenerator random) {
        var pool = new ArrayList<>(from);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            pool.set(j, pool.set(i, pool.get(j)));
        }
        return List.copyOf(pool.subList(0, count));
    }

    private static SortedMap<String, Integer> countPerArea(List<HouseholdId> picked, List<Eligible> households) {
        Map<HouseholdId, String> areas = new LinkedHashMap<>();
        households.forEach(h -> areas.put(h.id(), h.area()));
        var counts = new TreeMap<String, Integer>();
        picked.forEach(id -> counts.merge(areas.get(id), 1, Integer::sum));
        return counts;
    }
}
