package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Draws run by the sortition engine in the background, stored whole, and reproducible from their seed. */
@IntegrationTest
@Import(SelectionFixture.class)
class DrawsIntegrationTests {

    @Autowired
    Draws draws;

    @Autowired
    Targets targets;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Fixtures fixtures;

    @Test
    void aDrawPicksThePanelRanksTheReservesAndRecordsEveryChance() {
        var open = fixture.assemblyWithPool(30);
        fixture.anyPanel(open, 8);

        var id = draws.start(
                open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 2027L, List.of("Ann Observer")));
        var draw = fixture.awaitEnd(open.assembly(), id);

        assertThat(draw.status()).isEqualTo(Draw.Status.DONE);
        assertThat(draw.seed()).isEqualTo(2027L);
        assertThat(draw.seedSource()).isEqualTo("typed");
        assertThat(draw.witnesses()).containsExactly("Ann Observer");
        assertThat(draw.poolSize()).isEqualTo(30);
        assertThat(draw.finished()).isTrue();
        // anyone may be chosen and nothing favours anybody: every chance is 8/30
        assertThat(draw.smallestChance()).isCloseTo(8.0 / 30, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(draw.largestChance()).isCloseTo(8.0 / 30, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(draw.inFairShares(draw.smallestChance())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));

        var people = draws.people(open.organiser().actor(), open.assembly(), id);
        assertThat(people).hasSize(30);
        assertThat(people.stream().filter(DrawPerson::selected)).hasSize(8);
        assertThat(people.stream().filter(p -> p.reserveRank() != null).map(DrawPerson::reserveRank))
                .containsExactlyInAnyOrderElementsOf(range(1, 22));
        assertThat(people.stream().mapToDouble(DrawPerson::chance).sum())
                .isCloseTo(8.0, org.assertj.core.data.Offset.offset(1e-6));

        var gender = draws.composition(open.assembly(), id).stream()
                .filter(row -> row.category().equals("Gender"))
                .toList();
        assertThat(gender)
                .extracting(CompositionRow::value)
                .containsExactly("Woman", "Man", "Non-binary or another gender");
        assertThat(gender).extracting(CompositionRow::registered).containsExactly(10, 10, 10);
        assertThat(gender.stream().mapToInt(CompositionRow::selected).sum()).isEqualTo(8);

        assertThat(draws.record(open.organiser().actor(), open.assembly(), id).orElseThrow())
                .contains("\"seed\": 2027")
                .contains(draw.peopleDigest())
                .doesNotContain("Person0");
    }

    @Test
    void aUniformDrawPicksOneOfAllTheValidPanelsAndRecordsHowManyThereAre() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);

        var id = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("uniform", 7L, List.of()));
        var draw = fixture.awaitEnd(open.assembly(), id);

        assertThat(draw.status()).isEqualTo(Draw.Status.DONE);
        assertThat(draw.algorithm()).isEqualTo("uniform");
        // any 4 of the 12 (each in a household of their own) is a valid panel: 12 choose 4 = 495 panels, and every
        // person is on 165 of them, a chance of exactly 4/12
        assertThat(draw.smallestChance()).isCloseTo(4.0 / 12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(draw.largestChance()).isCloseTo(4.0 / 12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(selected(open, id)).hasSize(4);
        assertThat(draws.record(open.organiser().actor(), open.assembly(), id).orElseThrow())
                .contains("\"algorithm\": \"uniform\"")
                .contains("\"valid_panels\": \"495\"");
    }

    @Test
    void aUniformDrawOnAPoolWithTooManyPanelsToCountFailsSayingWhatToRunInstead() {
        var open = fixture.assemblyWithVariedPool(300, 6, new java.util.Random(5));
        fixture.anyPanel(open, 30);

        var id = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("uniform", 7L, List.of()));
        var draw = fixture.awaitEnd(open.assembly(), id);

        assertThat(draw.status()).isEqualTo(Draw.Status.FAILED);
        assertThat(draw.failure()).isEqualTo("selection.draw.uniform-out-of-reach");
        assertThat(draws.people(open.organiser().actor(), open.assembly(), id)).isEmpty();

        // the most random lottery with leximin's chances needs the same count, and says so in its own words
        var again =
                draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("maxentropy", 7L, List.of()));
        assertThat(fixture.awaitEnd(open.assembly(), again).failure())
                .isEqualTo("selection.draw.maxentropy-out-of-reach");
    }

    @Test
    void theSameSeedOnTheSamePoolAndTargetsChoosesTheSamePanel() {
        var open = fixture.assemblyWithPool(24);
        fixture.anyPanel(open, 6);
        var organiser = open.organiser().actor();

        var first = draws.start(organiser, open.assembly(), new DrawSettings("leximin", 99L, List.of()));
        fixture.awaitEnd(open.assembly(), first);
        var second = draws.start(organiser, open.assembly(), new DrawSettings("leximin", 99L, List.of()));
        fixture.awaitEnd(open.assembly(), second);

        assertThat(selected(open, second)).isEqualTo(selected(open, first));
        assertThat(draws.find(open.assembly(), second).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void withoutASeedTheAppPicksOneAndRecordsIt() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);

        var id = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", null, List.of()));
        var draw = fixture.awaitEnd(open.assembly(), id);

        assertThat(draw.seedSource()).isEqualTo("generated");
        assertThat(draw.seed()).isBetween(0L, Draws.MAX_GENERATED_SEED - 1);
        assertThat(draw.status()).isEqualTo(Draw.Status.DONE);
    }

    @Test
    void targetsThePoolCannotMeetEndInAFailureThatSaysWhyAndStoresNoPanel() {
        var open = fixture.assemblyWithPool(12); // four women, four men, four non-binary people
        var fiveMen = fixture.wide(open.assembly(), 5).stream()
                .map(t -> !t.category().equals("Gender")
                        ? t
                        : new Target(
                                "Gender",
                                t.value(),
                                t.value().equals("Man") ? 5 : 0,
                                t.value().equals("Man") ? 5 : 0,
                                null))
                .toList();
        targets.save(open.organiser().actor(), open.assembly(), 5, fiveMen);

        var id = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 1L, List.of()));
        var draw = fixture.awaitEnd(open.assembly(), id);

        assertThat(draw.status()).isEqualTo(Draw.Status.FAILED);
        assertThat(draw.failure()).contains("Man");
        assertThat(draws.people(open.organiser().actor(), open.assembly(), id)).isEmpty();
        assertThat(draws.published(open.assembly(), id)).isEmpty();
    }

    @Test
    void aDrawNeedsTargetsAPoolAsLargeAsThePanelAndAnOrganiser() {
        var open = fixture.assemblyWithPool(5);
        var organiser = open.organiser().actor();
        var settings = new DrawSettings("leximin", 1L, List.of());

        assertThatThrownBy(() -> draws.start(organiser, open.assembly(), settings))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("selection.draw.no-targets");
        fixture.anyPanel(open, 6);
        assertThatThrownBy(() -> draws.start(organiser, open.assembly(), settings))
                .hasMessageContaining("selection.draw.pool-too-small");
        fixture.anyPanel(open, 3);
        var board = fixtures.userWithRole("Board", open.assembly(), AssemblyRole.ADVISORY_BOARD);
        assertThatThrownBy(() -> draws.start(board.actor(), open.assembly(), settings))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(draws.all(open.assembly())).isEmpty();
    }

    private List<DrawPerson> selected(RegistrationFixture.Open open, DrawId id) {
        return draws.people(open.organiser().actor(), open.assembly(), id).stream()
                .filter(DrawPerson::selected)
                .toList();
    }

    private static List<Integer> range(int from, int to) {
        var list = new ArrayList<Integer>();
        for (int i = from; i <= to; i++) {
            list.add(i);
        }
        return list;
    }
}
