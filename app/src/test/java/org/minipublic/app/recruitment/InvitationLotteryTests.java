package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationLotteryTests {

    private static List<InvitationLottery.Eligible> households(int perArea, String... areas) {
        var list = new ArrayList<InvitationLottery.Eligible>();
        for (int i = 0; i < perArea; i++) {
            for (String area : areas) {
                list.add(new InvitationLottery.Eligible(new HouseholdId(new UUID(area.hashCode(), i)), area));
            }
        }
        return list;
    }

    @Test
    void theSameListSettingsAndSeedPickTheSameHouseholdsInTheSameOrder() {
        var list = households(200, "Leyton", "Chingford", "Walthamstow");
        var settings = new RoundSettings(60, true, Map.of("Leyton", 1.5));
        assertThat(InvitationLottery.draw(list, settings, 42)).isEqualTo(InvitationLottery.draw(list, settings, 42));
        assertThat(InvitationLottery.draw(list, settings, 43).households())
                .isNotEqualTo(InvitationLottery.draw(list, settings, 42).households());
    }

    @Test
    void aRoundByAreaPicksEachAreasShareWithoutRepeats() {
        var list = households(100, "A", "B");
        var picks = InvitationLottery.draw(list, new RoundSettings(30, true, Map.of("B", 2.0)), 1);
        assertThat(picks.perArea()).containsEntry("A", 10).containsEntry("B", 20);
        assertThat(new HashSet<>(picks.households())).hasSize(30);
        var areaOf = new HashMap<HouseholdId, String>();
        list.forEach(h -> areaOf.put(h.id(), h.area()));
        assertThat(picks.households().stream().filter(id -> areaOf.get(id).equals("B")))
                .hasSize(20);
    }

    @Test
    void everyHouseholdIsAsLikelyToBePickedAsAnyOther() {
        // 10 households, 3 letters, 30,000 rounds: each household expects 9,000 picks, with a standard deviation
        // of sqrt(30000 * 0.3 * 0.7) = 79; five deviations (400) would almost never be exceeded by chance.
        var list = households(10, "A");
        var picks = new HashMap<HouseholdId, Integer>();
        for (long seed = 0; seed < 30_000; seed++) {
            InvitationLottery.draw(list, new RoundSettings(3, false, Map.of()), seed)
                    .households()
                    .forEach(id -> picks.merge(id, 1, Integer::sum));
        }
        assertThat(picks).hasSize(10);
        picks.values().forEach(count -> assertThat(count).isBetween(9_000 - 400, 9_000 + 400));
    }

    @Test
    void aRoundFromTheWholeListCountsWhereItsLettersWent() {
        var list = households(50, "A", "B");
        var picks = InvitationLottery.draw(list, new RoundSettings(40, false, Map.of()), 5);
        assertThat(picks.perArea().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(40);
    }
}
