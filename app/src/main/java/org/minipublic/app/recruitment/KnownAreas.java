package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/**
 * The areas an assembly knows: its area category's values and the areas on its address list. An imported or edited
 * respondent's area must be one of them (when there are any), or the lottery would count a place nobody planned for.
 */
@Component
class KnownAreas {

    private final Households households;
    private final RegistrationSetup setup;

    KnownAreas(Households households, RegistrationSetup setup) {
        this.households = households;
        this.setup = setup;
    }

    /** Empty when the assembly knows none, so any area will do. */
    List<String> of(AssemblyId assembly) {
        var areas = new ArrayList<String>();
        setup.categories(assembly).stream()
                .filter(c -> c.kind() == Category.Kind.AREA)
                .forEach(c -> areas.addAll(c.options()));
        households.perArea(assembly).stream()
                .map(AreaCount::area)
                .filter(a -> !areas.contains(a))
                .forEach(areas::add);
        return areas;
    }

    /** Whether the assembly stratifies by area, so that everyone needs one. */
    boolean required(AssemblyId assembly) {
        return setup.categories(assembly).stream().anyMatch(c -> c.kind() == Category.Kind.AREA);
    }

    /** The area as the assembly spells it, matching whatever the case; empty when the area is not one it knows. */
    static Optional<String> canonical(String typed, List<String> known) {
        if (known.isEmpty()) {
            return Optional.of(typed.strip());
        }
        return known.stream()
                .filter(a ->
                        a.strip().toLowerCase(Locale.ROOT).equals(typed.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
