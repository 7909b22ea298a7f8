package org.minipublic.sortition.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;

/**
 * How mixed a panel is across two categories at once: of the combinations of their values that someone in the pool
 * has (a young woman, an older man from the north …), how many someone on the panel has. Targets are set one category
 * at a time, so a panel can meet every target and still, for example, seat only older women and young men.
 *
 * @param first the first category
 * @param second the second category
 * @param inPool combinations present in the pool
 * @param onPanel of those, combinations present on the panel
 */
public record PairCoverage(String first, String second, int inPool, int onPanel) {

    /** The share of the pool's combinations the panel covers (1 when the pool has none). */
    public double share() {
        return inPool == 0 ? 1 : (double) onPanel / inPool;
    }

    /** One line per pair of categories, in the targets' order. */
    static List<PairCoverage> of(Pool pool, List<String> categories, List<Respondent> panel) {
        List<PairCoverage> pairs = new ArrayList<>();
        for (int a = 0; a < categories.size(); a++) {
            for (int b = a + 1; b < categories.size(); b++) {
                pairs.add(new PairCoverage(
                        categories.get(a),
                        categories.get(b),
                        combinations(pool.respondents(), a, b).size(),
                        combinations(panel, a, b).size()));
            }
        }
        return pairs;
    }

    /** The panel's coverage over all pairs together: combinations on the panel over combinations in the pool. */
    public static double overall(List<PairCoverage> pairs) {
        int inPool = pairs.stream().mapToInt(PairCoverage::inPool).sum();
        int onPanel = pairs.stream().mapToInt(PairCoverage::onPanel).sum();
        return inPool == 0 ? 1 : (double) onPanel / inPool;
    }

    private static Set<List<String>> combinations(List<Respondent> people, int a, int b) {
        Set<List<String>> found = new HashSet<>();
        people.forEach(p -> found.add(List.of(p.values().get(a), p.values().get(b))));
        return found;
    }
}
