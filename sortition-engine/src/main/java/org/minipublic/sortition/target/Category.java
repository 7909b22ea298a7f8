package org.minipublic.sortition.target;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A stratification feature (age band) with the target of each of its values (16-24, 25-34…). */
public record Category(String name, List<Target> targets) {

    public Category {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("category " + name + " has no values");
        }
    }

    public int minSum() {
        return targets.stream().mapToInt(Target::min).sum();
    }

    public int maxSum() {
        return targets.stream().mapToInt(Target::max).sum();
    }

    /** The value as the targets spell it, matched after trimming and ignoring case. */
    public Optional<Integer> indexOf(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).value().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public List<String> valueNames() {
        return targets.stream().map(Target::value).toList();
    }
}
