package org.minipublic.app.assembly;

import java.util.Locale;
import java.util.Optional;

/** The stages of an assembly's life, in order. An assembly moves one stage forward or back at a time. */
public enum AssemblyStatus {
    PLANNING,
    RECRUITING,
    SELECTING,
    IN_SESSION,
    REPORTING,
    FOLLOWING_UP,
    CLOSED;

    public Optional<AssemblyStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<AssemblyStatus> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public boolean isNeighbourOf(AssemblyStatus other) {
        return Math.abs(ordinal() - other.ordinal()) == 1;
    }

    public String messageKey() {
        return "assembly.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
