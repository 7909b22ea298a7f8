package org.minipublic.app.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberSummary;
import org.minipublic.app.shared.UserId;

/** Turns stored seats into tables with names, in table and name order. */
final class TableViews {

    private TableViews() {}

    /**
     * @param withdrawnToo whether members who have since withdrawn are shown (in a session that was held they sat
     *     there; in one still to come they will not)
     */
    static List<TableSeats> tables(
            @Nullable Seating seating,
            Set<Integer> accessible,
            Map<MemberId, MemberSummary> people,
            Map<UserId, String> facilitatorNames,
            boolean withdrawnToo) {
        if (seating == null) {
            return List.of();
        }
        int count = seating.tables();
        List<List<SeatedMember>> members = new ArrayList<>();
        List<List<String>> facilitators = new ArrayList<>();
        for (int t = 0; t <= count; t++) {
            members.add(new ArrayList<>());
            facilitators.add(new ArrayList<>());
        }
        seating.members().forEach((id, table) -> {
            var person = people.get(id);
            if (person != null && (withdrawnToo || !person.withdrawn())) {
                members.get(table).add(new SeatedMember(id, person.name(), person.language(), person.interpreter()));
            }
        });
        seating.facilitators().forEach((id, table) -> {
            String name = facilitatorNames.get(id);
            if (name != null && table <= count) {
                facilitators.get(table).add(name);
            }
        });
        List<TableSeats> tables = new ArrayList<>();
        for (int t = 1; t <= count; t++) {
            members.get(t).sort(Comparator.comparing(SeatedMember::name, String.CASE_INSENSITIVE_ORDER));
            facilitators.get(t).sort(String.CASE_INSENSITIVE_ORDER);
            tables.add(new TableSeats(t, accessible.contains(t), members.get(t), facilitators.get(t)));
        }
        return tables;
    }
}
