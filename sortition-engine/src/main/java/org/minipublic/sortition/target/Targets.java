package org.minipublic.sortition.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** All targets, category by category, in the order the input gave them. */
public record Targets(List<Category> categories) {

    public Targets {
        categories = List.copyOf(categories);
        var names = new java.util.HashSet<String>();
        for (var category : categories) {
            if (!names.add(category.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("category " + category.name() + " appears twice");
            }
        }
    }

    public Optional<Category> category(String name) {
        return categories.stream()
                .filter(c -> c.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    public List<Target> all() {
        List<Target> all = new ArrayList<>();
        categories.forEach(c -> all.addAll(c.targets()));
        return all;
    }

    /** A copy with one target's limits replaced (to try a relaxation). */
    public Targets with(Target changed) {
        return new Targets(categories.stream()
                .map(c -> new Category(
                        c.name(),
                        c.targets().stream()
                                .map(t -> t.category().equals(changed.category())
                                                && t.value().equals(changed.value())
                                        ? changed
                                        : t)
                                .toList()))
                .toList());
    }
}
