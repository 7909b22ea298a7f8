package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Drop-outs are recorded against their draw; a replacement draw fills their seats and the targets still hold. */
@IntegrationTest
@Import(SelectionFixture.class)
class ReplacementsIntegrationTests {

    @Autowired
    Draws draws;

    @Autowired
    Targets targets;

    @Autowired
    Pool pool;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Fixtures fixtures;

    @Test
    void aWomanWhoWithdrawsIsReplacedByAWomanWhoWasNotChosenBefore() {
        var open = fixture.assemblyWithPool(30); // ten women, ten men, ten non-binary people
        var organiser = open.organiser().actor();
        // exactly two seats per gender, anything else allowed
        var twoEach = fixture.wide(open.assembly(), 6).stream()
                .map(t -> t.category().equals("Gender") ? new Target("Gender", t.value(), 2, 2, null) : t)
                .toList();
        targets.save(organiser, open.assembly(), 6, twoEach);
        var first = draws.start(organiser, open.assembly(), new DrawSettings("leximin", 11L, List.of()));
        fixture.awaitEnd(open.assembly(), first);
        var chosen = fixture.selected(open, first);
        var woman = chosen.stream()
                .filter(id -> fixture.gender(open.assembly(), id).equals("Woman"))
                .findFirst()
                .orElseThrow();
        var man = chosen.stream()
                .filter(id -> fixture.gender(open.assembly(), id).equals("Man"))
                .findFirst()
                .orElseThrow();

        draws.withdraw(organiser, open.assembly(), first, woman, Withdrawal.Reason.DECLINED);
        draws.withdraw(organiser, open.assembly(), first, man, Withdrawal.Reason.NO_REPLY);
        assertThatThrownBy(() -> draws.withdraw(organiser, open.assembly(), first, woman, Withdrawal.Reason.LEFT))
                .hasMessageContaining("selection.withdraw.already");
        var notChosen = draws.people(organiser, open.assembly(), first).stream()
                .filter(p -> !p.selected())
                .findFirst()
                .orElseThrow()
                .respondent();
        assertThatThrownBy(() -> draws.withdraw(organiser, open.assembly(), first, notChosen, Withdrawal.Reason.LEFT))
                .hasMessageContaining("selection.withdraw.not-in-panel");
        assertThat(draws.panel(organiser, open.assembly(), first).openSeats()).isEqualTo(2);

        var replacement =
                draws.startReplacement(organiser, open.assembly(), first, new DrawSettings("leximin", 12L, List.of()));
        var done = fixture.awaitEnd(open.assembly(), replacement);

        assertThat(done.status()).isEqualTo(Draw.Status.DONE);
        assertThat(done.replaces()).isEqualTo(first);
        assertThat(done.panelSize()).isEqualTo(2);
        var replacements = fixture.selected(open, replacement);
        assertThat(replacements).hasSize(2).doesNotContainAnyElementsOf(chosen);
        assertThat(replacements.stream().map(id -> fixture.gender(open.assembly(), id)))
                .containsExactlyInAnyOrder("Woman", "Man");
        var panel = draws.panel(organiser, open.assembly(), first);
        assertThat(panel.seated()).hasSize(6).doesNotContain(woman, man).containsAll(replacements);
        assertThat(panel.openSeats()).isZero();
        assertThat(panel.seated().stream().map(id -> fixture.gender(open.assembly(), id)))
                .containsExactlyInAnyOrder(
                        "Woman", "Woman", "Man", "Man", "Non-binary or another gender", "Non-binary or another gender");
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 1L, List.of())))
                .hasMessageContaining("selection.replace.nothing-open");
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), replacement, new DrawSettings("leximin", 1L, List.of())))
                .hasMessageContaining("selection.replace.not-original");
    }

    @Test
    void someoneWhoWithdrewIsNeverDrawnAgainAndOnlyOrganisersRecordWithdrawals() {
        var open = fixture.assemblyWithPool(11);
        var organiser = open.organiser().actor();
        fixture.anyPanel(open, 9);
        var first = draws.start(organiser, open.assembly(), new DrawSettings("leximin", 3L, List.of()));
        fixture.awaitEnd(open.assembly(), first);
        var chosen = fixture.selected(open, first);
        var board = fixtures.userWithRole("Board", open.assembly(), AssemblyRole.ADVISORY_BOARD);
        assertThatThrownBy(() ->
                        draws.withdraw(board.actor(), open.assembly(), first, chosen.get(0), Withdrawal.Reason.LEFT))
                .isInstanceOf(PermissionDeniedException.class);

        draws.withdraw(organiser, open.assembly(), first, chosen.get(0), Withdrawal.Reason.LEFT);
        var second =
                draws.startReplacement(organiser, open.assembly(), first, new DrawSettings("leximin", 4L, List.of()));
        fixture.awaitEnd(open.assembly(), second);
        var replaced = fixture.selected(open, second);
        draws.withdraw(organiser, open.assembly(), second, replaced.get(0), Withdrawal.Reason.DECLINED);
        // of the two never chosen at first, one was drawn and withdrew: the third draw must take the other
        var third =
                draws.startReplacement(organiser, open.assembly(), first, new DrawSettings("leximin", 5L, List.of()));
        fixture.awaitEnd(open.assembly(), third);

        var everyone = new HashSet<RespondentId>();
        pool.members(open.assembly()).forEach(m -> everyone.add(m.id()));
        everyone.removeAll(chosen);
        everyone.removeAll(replaced);
        assertThat(fixture.selected(open, third)).containsExactlyElementsOf(everyone);
        assertThat(draws.panel(organiser, open.assembly(), first).seated()).hasSize(9);
    }
}
