package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitation rounds: each household at most once, every invitation with its own code, every round re-runnable. */
@IntegrationTest
class InvitationRoundsIntegrationTests {

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    Households households;

    @Autowired
    Fixtures fixtures;

    private AssemblyId assemblyWithAddresses(Fixtures.TestUser organiser, int count) {
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Rounds"));
        var check = addresses.upload(organiser.actor(), assembly, "addresses.csv", AddressCsv.of(count, 3));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        return assembly;
    }

    @Test
    void roundsNeverInviteAHouseholdTwiceAndGiveEveryInvitationItsOwnCode() {
        var organiser = fixtures.user("Round Organiser");
        var assembly = assemblyWithAddresses(organiser, 300);

        var first = rounds.draw(organiser.actor(), assembly, new RoundSettings(120, true, Map.of()), 7L);
        var second = rounds.draw(organiser.actor(), assembly, new RoundSettings(150, false, Map.of()), null);

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        var invited = invitations(first);
        invited.addAll(invitations(second));
        assertThat(invited).hasSize(270);
        assertThat(invited.stream().map(ListedHousehold::id).distinct()).hasSize(270);
        assertThat(invited.stream().map(ListedHousehold::code).distinct()).hasSize(270);
        assertThat(rounds.perArea(first.id())).extracting(AreaCount::households).containsExactly(40, 40, 40);
        assertThat(addresses.areas(assembly).stream()
                        .mapToInt(AreaCount::notInvited)
                        .sum())
                .isEqualTo(30);
    }

    @Test
    void aRoundCanBeRerunFromItsRecordedSeedAndInput() {
        var organiser = fixtures.user("Rerun Organiser");
        var assembly = assemblyWithAddresses(organiser, 90);
        var settings = new RoundSettings(25, true, Map.of("Area B", 2.0));
        var before = households.notInvited(assembly);

        var round = rounds.draw(organiser.actor(), assembly, settings, 20270301L);

        assertThat(round.inputDigest()).isEqualTo(RoundDigest.of(before));
        var rerun = InvitationLottery.draw(before, settings, round.seed());
        assertThat(invitations(round)).extracting(ListedHousehold::id).containsExactlyElementsOf(rerun.households());
    }

    @Test
    void askingForMoreLettersThanHouseholdsLeftIsRefusedAndChangesNothing() {
        var organiser = fixtures.user("Too Many Organiser");
        var assembly = assemblyWithAddresses(organiser, 30);
        rounds.draw(organiser.actor(), assembly, new RoundSettings(20, false, Map.of()), 1L);

        assertThatThrownBy(() -> rounds.draw(organiser.actor(), assembly, new RoundSettings(11, false, Map.of()), 2L))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recruitment.round.letters.too-many");
        assertThatThrownBy(() -> rounds.draw(
                        organiser.actor(), assembly, new RoundSettings(5, true, Map.of("Nowhere", 2.0)), 2L))
                .hasMessageContaining("recruitment.round.boost.unknown-area");
        assertThat(rounds.rounds(assembly)).hasSize(1);
        rounds.draw(organiser.actor(), assembly, new RoundSettings(10, false, Map.of()), 3L);
        assertThatThrownBy(() -> rounds.draw(organiser.actor(), assembly, new RoundSettings(1, false, Map.of()), 4L))
                .hasMessageContaining("recruitment.round.nobody-left");
    }

    @Test
    void onlyThoseWhoManageRecruitmentMayImportOrDraw() {
        var organiser = fixtures.user("Guarded Organiser");
        var assembly = assemblyWithAddresses(organiser, 10);
        var facilitator =
                fixtures.userWithRole("Facilitator", assembly, org.minipublic.app.identity.AssemblyRole.FACILITATOR);
        var other = fixtures.user("Outsider");

        assertThatThrownBy(() -> rounds.draw(facilitator.actor(), assembly, new RoundSettings(1, false, Map.of()), 1L))
                .isInstanceOf(org.minipublic.app.identity.PermissionDeniedException.class);
        assertThatThrownBy(() -> addresses.upload(other.actor(), assembly, "a.csv", AddressCsv.of(1, 1)))
                .isInstanceOf(org.minipublic.app.identity.PermissionDeniedException.class);
        assertThat(rounds.rounds(assembly)).isEmpty();
    }

    @Test
    void aRoundIsNotVisibleFromAnotherAssembly() {
        var organiser = fixtures.user("Other Round Organiser");
        var assembly = assemblyWithAddresses(organiser, 10);
        var other = fixtures.assembly(organiser, Fixtures.unique("No rounds"));
        var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(5, false, Map.of()), 1L);
        assertThat(rounds.round(other, round.id())).isEmpty();
        assertThat(rounds.round(assembly, round.id()))
                .map(InvitationRound::seed)
                .contains(1L);
    }

    private List<ListedHousehold> invitations(InvitationRound round) {
        var all = new java.util.ArrayList<ListedHousehold>();
        for (int page = 0; page * AddressList.PAGE_SIZE < round.letters(); page++) {
            all.addAll(rounds.invitations(round, page).households());
        }
        assertThat(new HashSet<>(all)).hasSize(round.letters());
        return all;
    }
}
