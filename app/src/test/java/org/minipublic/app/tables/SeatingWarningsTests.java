package org.minipublic.app.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberStatus;
import org.minipublic.app.members.MemberSummary;
import org.minipublic.app.members.SeatingMember;

/** What a hand-made seating breaks, worked out on eight members at two tables. */
class SeatingWarningsTests {

    /** Four women and four men; the last two speak Urdu with an interpreter; the first needs an accessible table. */
    final List<SeatingMember> members = java.util.stream.IntStream.range(0, 8)
            .mapToObj(i -> new SeatingMember(
                    new MemberSummary(
                            new MemberId(new UUID(0, i)),
                            "Person",
                            "No " + i,
                            i >= 6 ? "ur" : "en",
                            i >= 6,
                            "",
                            MemberStatus.ACTIVE,
                            (LocalDate) null,
                            Set.of()),
                    Map.of("Gender", i % 2 == 0 ? "Woman" : "Man")))
            .toList();

    final TableSettings settings = new TableSettings(
            2, List.of("Gender"), 1, Set.of(1), Set.of(members.get(0).id()), true);

    @Test
    void aBalancedSeatingBreaksNothing() {
        // women 0, 2 and men 1, 3 at table 1; 4, 5, 6, 7 at table 2
        assertThat(SeatingWarnings.of(seating(1, 1, 1, 1, 2, 2, 2, 2), settings, members, List.of()))
                .isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamed() {
        // table 1 holds 2, 4, 5, 6 and 7; table 2 holds 0 (who needs the accessible table 1), 1 and 3
        var warnings = SeatingWarnings.of(seating(2, 2, 1, 2, 1, 1, 1, 1), settings, members, List.of());

        assertThat(warnings)
                .extracting(Warning::messageKey)
                .containsExactly("tables.warning.sizes", "tables.warning.accessible");
        assertThat(warnings.get(0).arguments()).containsExactly(5, 3);
        assertThat(warnings)
                .filteredOn(w -> w.messageKey().equals("tables.warning.accessible"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("Person No 0", 2));
    }

    @Test
    void interpretersSplitOverTwoTablesAreNamed() {
        var warnings = SeatingWarnings.of(seating(1, 1, 1, 2, 2, 2, 1, 2), settings, members, List.of());

        assertThat(warnings)
                .filteredOn(w -> w.messageKey().equals("tables.warning.interpreter"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("ur", 2, 1));
    }

    @Test
    void aTableWithTooManyOfOneValueIsOutsideTheBand() {
        // table 1: 0, 2, 4, 6 (four women, share two): two seats away from the share, outside a band of one
        var warnings = SeatingWarnings.of(seating(1, 2, 1, 2, 1, 2, 1, 2), settings, members, List.of());

        assertThat(warnings)
                .filteredOn(w -> w.messageKey().equals("tables.warning.band"))
                .extracting(w -> w.arguments().get(0) + " " + w.arguments().get(2) + " "
                        + w.arguments().get(3))
                .containsExactlyInAnyOrder("1 Man 0", "1 Woman 4", "2 Man 4", "2 Woman 0");
    }

    @Test
    void membersKeptApartAtOneTableOrKeptTogetherAtTwoAreNamed() {
        var pairs = List.of(pair(PairKind.APART, 2, 4), pair(PairKind.TOGETHER, 3, 5), pair(PairKind.APART, 1, 3));

        var warnings = SeatingWarnings.of(seating(1, 1, 1, 2, 1, 2, 2, 2), settings, members, pairs);

        assertThat(warnings)
                .filteredOn(w -> w.messageKey().startsWith("tables.warning.apart"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("Person No 2", "Person No 4", 1));
        assertThat(warnings).noneMatch(w -> w.messageKey().equals("tables.warning.together"));
        var apart = SeatingWarnings.of(seating(1, 1, 1, 2, 2, 1, 2, 2), settings, members, pairs);
        assertThat(apart)
                .filteredOn(w -> w.messageKey().equals("tables.warning.together"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("Person No 3", "Person No 5", 2, 1));
    }

    @Test
    void aPairWithSomeoneNotSeatedWarnsOfNothing() {
        var gone = new MemberId(new UUID(0, 99));
        var pairs = List.of(new SeatingPair(
                PairId.random(), PairKind.TOGETHER, members.get(0).id(), gone, ""));

        assertThat(SeatingWarnings.of(seating(1, 1, 1, 1, 2, 2, 2, 2), settings, members, pairs))
                .isEmpty();
    }

    private SeatingPair pair(PairKind kind, int one, int other) {
        return new SeatingPair(
                PairId.random(), kind, members.get(one).id(), members.get(other).id(), "");
    }

    private Seating seating(int... tables) {
        Map<MemberId, Integer> seats = new HashMap<>();
        for (int i = 0; i < tables.length; i++) {
            seats.put(members.get(i).id(), tables[i]);
        }
        return new Seating(seats, Map.of());
    }
}
