package org.minipublic.app.tables;

import java.util.List;
import java.util.stream.Collectors;
import org.minipublic.app.members.SeatingMember;
import org.minipublic.app.shared.InvalidInputException;

/** The rules table settings must keep, checked field by field in the order the form shows them. */
final class TableRules {

    static final int MOST_SEATS = 100;

    private TableRules() {}

    static void check(TableSettings settings, List<String> categories, List<SeatingMember> members) {
        int most = Math.min(TableSettings.MOST_TABLES, Math.max(1, members.size()));
        if (settings.tables() < 1 || settings.tables() > most) {
            throw new InvalidInputException("tables", "tables.settings.tables.range", most, members.size());
        }
        if (settings.seatsPerTable() < 0 || settings.seatsPerTable() > MOST_SEATS) {
            throw new InvalidInputException("seatsPerTable", "tables.settings.seats.range", MOST_SEATS);
        }
        if (!settings.seats(members.size())) {
            throw new InvalidInputException(
                    "seatsPerTable",
                    "tables.settings.capacity",
                    settings.tables(),
                    settings.seatsPerTable(),
                    settings.tables() * settings.seatsPerTable(),
                    members.size());
        }
        for (String category : settings.diversify()) {
            if (!categories.contains(category)) {
                throw new InvalidInputException("diversify", "tables.settings.diversify.unknown", category);
            }
        }
        if (!(settings.band() >= 1 && settings.band() <= TableSettings.WIDEST_BAND)) {
            throw new InvalidInputException("band", "tables.settings.band.range", TableSettings.WIDEST_BAND);
        }
        for (int table : settings.accessibleTables()) {
            if (table < 1 || table > settings.tables()) {
                throw new InvalidInputException(
                        "accessibleTables", "tables.settings.accessible.range", table, settings.tables());
            }
        }
        var known = members.stream().map(SeatingMember::id).collect(Collectors.toSet());
        if (!known.containsAll(settings.needsAccessible())) {
            throw new InvalidInputException("needsAccessible", "tables.settings.needs.unknown");
        }
        if (!settings.needsAccessible().isEmpty() && settings.accessibleTables().isEmpty()) {
            throw new InvalidInputException("accessibleTables", "tables.settings.accessible.none");
        }
        int seats = accessibleSeats(settings, members.size());
        if (settings.needsAccessible().size() > seats) {
            throw new InvalidInputException(
                    "accessibleTables",
                    "tables.settings.accessible.too-few",
                    settings.needsAccessible().size(),
                    seats);
        }
    }

    /**
     * The seats at accessible tables when members are spread evenly, the larger tables first (as the engine seats
     * them).
     */
    static int accessibleSeats(TableSettings settings, int members) {
        int seats = 0;
        for (int table : settings.accessibleTables()) {
            if (table >= 1 && table <= settings.tables()) {
                seats += members / settings.tables() + (table <= members % settings.tables() ? 1 : 0);
            }
        }
        return seats;
    }
}
