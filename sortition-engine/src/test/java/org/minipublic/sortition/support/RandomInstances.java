package org.minipublic.sortition.support;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/**
 * Small random selection problems for property tests: a skewed pool, targets around each value's fair share (so that
 * they bind), and optionally two-person households.
 */
public final class RandomInstances {

    public record Problem(Pool pool, Targets targets, int panelSize) {}

    private RandomInstances() {}

    public static Problem generate(long seed, int poolSize, int panelSize, int categories, boolean households) {
        RandomGenerator random = Seeds.generator(seed);
        List<List<String>> values = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            int count = 2 + random.nextInt(3);
            List<String> names = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                names.add("v" + c + "_" + v);
            }
            values.add(names);
        }
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            List<String> own = new ArrayList<>();
            for (var names : values) {
                // Skewed: earlier values are more common, as in real volunteer pools.
                int v = Math.min(names.size() - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.7) * names.size()));
                own.add(names.get(v));
            }
            String household = households && i > 0 && random.nextDouble() < 0.2 ? "h" + (i - 1) : "h" + i;
            people.add(new Respondent(new RespondentId("r" + i), own, household, i + 1, List.of("r" + i)));
        }
        var pool = new Pool(people, List.of("id"));
        List<Category> targetCategories = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            List<Target> targets = new ArrayList<>();
            for (String value : values.get(c)) {
                double share = (double) panelSize / values.get(c).size();
                int index = c;
                long available = people.stream()
                        .filter(p -> p.values().get(index).equals(value))
                        .count();
                int min = (int) Math.min(available, Math.max(0, Math.floor(share) - 1));
                int max = (int) Math.ceil(share) + 1;
                targets.add(new Target("c" + c, value, min, max, 0, panelSize));
            }
            targetCategories.add(new Category("c" + c, targets));
        }
        return new Problem(pool, new Targets(targetCategories), panelSize);
    }
}
