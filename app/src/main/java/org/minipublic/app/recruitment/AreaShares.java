package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many letters each area gets in a round stratified by area: shares proportional to the households still
 * available in each area, times the area's boost (practitioners send more letters where fewer people answer), rounded
 * by largest remainder so they add up exactly. An area never gets more letters than it has households left; what it
 * cannot take goes to the others in proportion.
 */
final class AreaShares {

    private AreaShares() {}

    /**
     * @param available households not yet invited, per area
     * @param boosts weight per area, 1 where absent
     * @param letters how many letters to send, at most the households available
     */
    static SortedMap<String, Integer> allocate(
            Map<String, Integer> available, Map<String, Double> boosts, int letters) {
        int total = available.values().stream().mapToInt(Integer::intValue).sum();
        if (letters < 0 || letters > total) {
            throw new IllegalArgumentException("cannot send " + letters + " letters to " + total + " households");
        }
        var shares = new TreeMap<String, Integer>();
        var open = new TreeMap<>(available);
        open.values().removeIf(count -> count == 0);
        if (letters > 0 && totalWeight(open, boosts) == 0) {
            throw new org.minipublic.app.shared.InvalidInputException("boosts", "recruitment.round.boost.all-zero");
        }
        int left = letters;
        while (left > 0) {
            var full = areasThatWouldOverflow(open, boosts, left);
            if (full.isEmpty()) {
                shares.putAll(largestRemainder(open, boosts, left));
                break;
            }
            for (String area : full) {
                int share = java.util.Objects.requireNonNull(open.remove(area), area);
                shares.put(area, share);
                left -= share;
            }
        }
        available.keySet().forEach(area -> shares.putIfAbsent(area, 0));
        return shares;
    }

    private static List<String> areasThatWouldOverflow(
            Map<String, Integer> open, Map<String, Double> boosts, int left) {
        double weight = totalWeight(open, boosts);
        return open.entrySet().stream()
                .filter(e -> left * weight(e, boosts) / weight >= e.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, Integer> largestRemainder(
            Map<String, Integer> open, Map<String, Double> boosts, int left) {
        double weight = totalWeight(open, boosts);
        var shares = new TreeMap<String, Integer>();
        var remainders = new ArrayList<Map.Entry<String, Double>>();
        for (var area : open.entrySet()) {
            double exact = left * weight(area, boosts) / weight;
            shares.put(area.getKey(), (int) Math.floor(exact));
            remainders.add(Map.entry(area.getKey(), exact - Math.floor(exact)));
        }
        int missing =
                left - shares.values().stream().mapToInt(Integer::intValue).sum();
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < missing; i++) {
            shares.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return shares;
    }

    private static double totalWeight(Map<String, Integer> open, Map<String, Double> boosts) {
        return open.entrySet().stream().mapToDouble(e -> weight(e, boosts)).sum();
    }

    private static double weight(Map.Entry<String, Integer> area, Map<String, Double> boosts) {
        return area.getValue() * boosts.getOrDefault(area.getKey(), 1.0);
    }
}
