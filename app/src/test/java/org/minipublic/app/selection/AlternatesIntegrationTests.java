package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.PoolRespondents;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Once withdrawals are recorded, the organiser chooses alternates from the reserve list, with stay rates estimated from
 * those withdrawals; the page shows who to ask, in order, and what the choice rests on.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class AlternatesIntegrationTests {

    @Autowired
    Draws draws;

    @Autowired
    DrawAlternates alternates;

    @Autowired
    AlternateDeclines declines;

    @Autowired
    RespondentDraws respondentDraws;

    @Autowired
    Targets targets;

    @Autowired
    Pool pool;

    @Autowired
    PoolRespondents respondents;

    @Autowired
    AuditLog audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Fixtures fixtures;

    @Test
    void alternatesComeFromTheReserveListAndTheirRatesFromThePanelsWithdrawals() throws Exception {
        var open = fixture.assemblyWithPool(30); // ten women, ten men, ten non-binary people
        var organiser = open.organiser().actor();
        var first = fixture.fourOfEachGender(open);
        var chosen = fixture.selected(open, first);
        var women = chosen.stream()
                .filter(id -> fixture.gender(open.assembly(), id).equals("Woman"))
                .toList();
        String page = "/assemblies/" + open.assembly() + "/draws/" + first;

        assertThat(mvc.perform(get(page).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Alternates can be chosen once some withdrawals are recorded")
                .doesNotContain("name=\"budget\"");
        assertThatThrownBy(() -> alternates.choose(organiser, open.assembly(), first, 3))
                .hasMessageContaining("selection.alternates.no-withdrawals");

        draws.withdraw(organiser, open.assembly(), first, women.get(0), Withdrawal.Reason.DECLINED);
        draws.withdraw(organiser, open.assembly(), first, women.get(1), Withdrawal.Reason.NO_REPLY);
        mvc.perform(post(page + "/alternates")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("budget", "three"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                // shown next to the field, with the number as typed, in the section the form posts to
                                org.hamcrest.Matchers.containsString(
                                        "action=\"" + page + "/alternates#alternates-form\""),
                                org.hamcrest.Matchers.containsString(
                                        "<a href=\"#budget\">Give a number of alternates from 1"),
                                org.hamcrest.Matchers.containsString("id=\"budget-error\""),
                                org.hamcrest.Matchers.containsString("value=\"three\""),
                                org.hamcrest.Matchers.containsString("aria-invalid=\"true\""))));
        assertThatThrownBy(() -> alternates.choose(organiser, open.assembly(), first, 0))
                .hasMessageContaining("selection.alternates.budget.invalid");
        assertThatThrownBy(() -> alternates.choose(organiser, open.assembly(), first, 19)) // 18 on the reserve list
                .hasMessageContaining("selection.alternates.budget.invalid");
        var board = fixtures.userWithRole("Board", open.assembly(), AssemblyRole.ADVISORY_BOARD);
        assertThatThrownBy(() -> alternates.choose(board.actor(), open.assembly(), first, 3))
                .isInstanceOf(PermissionDeniedException.class);

        mvc.perform(post(page + "/alternates")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("budget", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "selection.alternates.started"));
        var choice = fixture.awaitAlternates(open, first);

        var reserves = draws.people(organiser, open.assembly(), first).stream()
                .filter(p -> p.reserveRank() != null)
                .sorted(java.util.Comparator.comparing(DrawPerson::reserveRank))
                .map(DrawPerson::respondent)
                .toList();
        assertThat(choice.alternates()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
        assertThat(reserves).containsAll(choice.alternates());
        assertThat(new HashSet<>(choice.alternates())).doesNotContainAnyElementsOf(chosen);
        // the alternates follow the reserve list's order
        assertThat(choice.alternates()).isSortedAccordingTo(java.util.Comparator.comparingInt(reserves::indexOf));
        // two of the four women withdrew: they are the ones expected to leave, and at least one alternate is a woman
        assertThat(choice.alternates().stream().map(id -> fixture.gender(open.assembly(), id)))
                .contains("Woman");
        assertThat(choice.rates().members()).isEqualTo(12);
        assertThat(choice.rates().withdrawn()).isEqualTo(2);
        assertThat(choice.rates().uniform())
                .as("two withdrawals are too few to tell groups apart")
                .isTrue();
        // the two open seats count in every scenario: without alternates they stay empty
        assertThat(choice.withoutAlternates()).isGreaterThanOrEqualTo(2.0 / 4);
        assertThat(choice.expectedDeviation()).isLessThan(choice.withoutAlternates());
        assertThat(choice.scenarios()).isEqualTo(AlternatesRunner.SCENARIOS);
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .extracting(e -> e.action())
                .contains("selection.alternates-started", "selection.alternates-chosen");

        String shown = mvc.perform(get(page).with(user(board.principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("Ask them in this order", "One chance of staying for everyone: 83%")
                .contains("with no alternates: ")
                .doesNotContain("name=\"budget\""); // the board may look, not choose
        // every alternate by name in the alternates' own table (they are on the reserve list's table too)
        String section = shown.substring(shown.indexOf("id=\"alternates\""), shown.indexOf("Reserves ("));
        var names = pool.summaries(open.assembly(), choice.alternates());
        assertThat(section).doesNotContain("no longer in the pool");
        choice.alternates()
                .forEach(a -> assertThat(section).contains(names.get(a).name()));
        // the board records nothing, so each person's seat is said in words, not left blank on a phone
        assertThat(section).contains("Not called on").doesNotContain("Said no when asked");
        String panelTable = shown.substring(shown.indexOf("<h2>The panel"), shown.indexOf("id=\"alternates\""));
        assertThat(panelTable).contains("Holds a seat").doesNotContain("Record withdrawal");
    }

    @Test
    void aReplacementDrawHasNoAlternatesOfItsOwn() {
        var open = fixture.assemblyWithPool(30);
        var organiser = open.organiser().actor();
        var first = fixture.fourOfEachGender(open);
        draws.withdraw(
                organiser, open.assembly(), first, fixture.selected(open, first).get(0), Withdrawal.Reason.LEFT);
        var replacement =
                draws.startReplacement(organiser, open.assembly(), first, new DrawSettings("leximin", 2L, List.of()));
        fixture.awaitEnd(open.assembly(), replacement);

        assertThatThrownBy(() -> alternates.choose(organiser, open.assembly(), replacement, 2))
                .hasMessageContaining("selection.alternates.not-original");
        // the replacement's chosen member is on the panel now, so never an alternate
        alternates.choose(organiser, open.assembly(), first, 4);
        var choice = fixture.awaitAlternates(open, first);
        assertThat(choice.alternates()).doesNotContainAnyElementsOf(fixture.selected(open, replacement));
        assertThat(choice.rates().members()).isEqualTo(13);
    }

    @Test
    void openSeatsCanBeFilledFromTheAlternatesAlone() throws Exception {
        var open = fixture.assemblyWithPool(30);
        var organiser = open.organiser().actor();
        var first = fixture.fourOfEachGender(open);
        var women = fixture.selected(open, first).stream()
                .filter(id -> fixture.gender(open.assembly(), id).equals("Woman"))
                .toList();
        draws.withdraw(organiser, open.assembly(), first, women.get(0), Withdrawal.Reason.DECLINED);
        draws.withdraw(organiser, open.assembly(), first, women.get(1), Withdrawal.Reason.DECLINED);
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 5L, List.of()), true))
                .hasMessageContaining("selection.replace.no-alternates");
        alternates.choose(organiser, open.assembly(), first, 4);
        // while the choice runs, no draw and no second choice for the assembly
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 5L, List.of()), false))
                .hasMessageContaining("selection.alternates.busy");
        assertThatThrownBy(() -> alternates.choose(organiser, open.assembly(), first, 4))
                .hasMessageContaining("selection.alternates.busy");
        var choice = fixture.awaitAlternates(open, first);
        // two women's seats are open now, so the choice holds at least two women
        assertThat(choice.alternates().stream()
                        .filter(id -> fixture.gender(open.assembly(), id).equals("Woman")))
                .hasSizeGreaterThanOrEqualTo(2);

        String page = "/assemblies/" + open.assembly() + "/draws/" + first;
        assertThat(mvc.perform(get(page).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Choose the replacements from", "alternates not chosen yet");
        String location = mvc.perform(post(page + "/replacements")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("seed", "6")
                        .param("from", "alternates"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var replacement = DrawId.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertThat(fixture.awaitEnd(open.assembly(), replacement).status()).isEqualTo(Draw.Status.DONE);

        var replacements = fixture.selected(open, replacement);
        assertThat(replacements).hasSize(2);
        assertThat(choice.alternates()).containsAll(replacements);
        assertThat(replacements.stream().map(id -> fixture.gender(open.assembly(), id)))
                .containsOnly("Woman");
        assertThat(draws.drawnFromAlternates(open.assembly(), replacement)).isTrue();
        assertThat(draws.drawnFromAlternates(open.assembly(), first)).isFalse();
        assertThat(mvc.perform(get(location).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Drawn from the first draw&#39;s alternates only.");
        assertThat(mvc.perform(get(page).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Holds a seat");

        // three more leave; at most two alternates are left for three seats
        var seatedMen = fixture.selected(open, first).stream()
                .filter(id -> fixture.gender(open.assembly(), id).equals("Man"))
                .limit(3)
                .toList();
        for (var man : seatedMen) {
            draws.withdraw(organiser, open.assembly(), first, man, Withdrawal.Reason.LEFT);
        }
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 7L, List.of()), true))
                .hasMessageContaining("selection.replace.too-few-alternates");
        var fromPool = draws.startReplacement(
                organiser, open.assembly(), first, new DrawSettings("leximin", 7L, List.of()), false);
        assertThat(fixture.awaitEnd(open.assembly(), fromPool).status()).isEqualTo(Draw.Status.DONE);
        assertThat(draws.drawnFromAlternates(open.assembly(), fromPool)).isFalse();

        // five withdrawals: now the chances of staying are told apart by group
        alternates.choose(organiser, open.assembly(), first, 2);
        var again = fixture.awaitAlternates(open, first);
        assertThat(again.rates().uniform()).isFalse();
        assertThat(again.rates().withdrawn()).isEqualTo(5);
        assertThat(again.rates().members()).isEqualTo(17);
        assertThat(mvc.perform(get(page).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Chances of staying by " + again.rates().category());
    }

    /** An alternate who left the pool after the choice is not counted among those who can still take a seat. */
    @Test
    void anAlternateWhoLeftThePoolIsNotCountedAsLeft() throws Exception {
        var open = fixture.assemblyWithPool(30);
        var organiser = open.organiser().actor();
        var two = twoAlternatesForTwoWomensSeats(open);
        var first = two.first();
        var women = two.women();
        var choice = two.choice();
        var panel = two.panel();
        assertThat(draws.alternatesLeft(organiser, open.assembly(), first, panel))
                .isEqualTo(2);

        respondents.withdraw(organiser, open.assembly(), choice.alternates().get(0));

        assertThat(draws.alternatesLeft(organiser, open.assembly(), first, panel))
                .isEqualTo(1);
        // two seats open and one alternate left: refused with the counts, rather than left to the engine to fail
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 8L, List.of()), true))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.replace.too-few-alternates")
                .hasFieldOrPropertyWithValue("arguments", new Object[] {1, 2});
    }

    /** An alternate who said no when asked is left out until the "no" is taken back; every change is audited. */
    @Test
    void anAlternateWhoSaidNoIsLeftOutUntilItIsTakenBack() throws Exception {
        var open = fixture.assemblyWithPool(30);
        var organiser = open.organiser().actor();
        var two = twoAlternatesForTwoWomensSeats(open);
        var first = two.first();
        var women = two.women();
        var choice = two.choice();
        var panel = two.panel();
        var asked = choice.alternates().get(0);
        assertThatThrownBy(() -> declines.decline(organiser, open.assembly(), first, women.get(2)))
                .hasFieldOrPropertyWithValue("messageKey", "selection.alternates.not-an-alternate");

        String page = "/assemblies/" + open.assembly() + "/draws/" + first;
        mvc.perform(post(page + "/alternates/declines")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("respondent", asked.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "selection.alternates.declined-done"));

        assertThat(declines.declined(organiser, open.assembly(), first)).containsExactly(asked);
        assertThat(draws.alternatesLeft(organiser, open.assembly(), first, panel))
                .isEqualTo(1);
        assertThatThrownBy(() -> draws.startReplacement(
                        organiser, open.assembly(), first, new DrawSettings("leximin", 9L, List.of()), true))
                .hasFieldOrPropertyWithValue("messageKey", "selection.replace.too-few-alternates");
        assertThat(mvc.perform(get(page).with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Said no")
                .contains("Take back &quot;said no&quot;");
        var board = fixtures.userWithRole("Board Two", open.assembly(), AssemblyRole.ADVISORY_BOARD)
                .actor();
        assertThatThrownBy(() -> declines.decline(board, open.assembly(), first, asked))
                .isInstanceOf(PermissionDeniedException.class);

        mvc.perform(post(page + "/alternates/declines")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("respondent", asked.toString())
                        .param("undo", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(declines.declined(organiser, open.assembly(), first)).isEmpty();
        assertThat(draws.alternatesLeft(organiser, open.assembly(), first, panel))
                .isEqualTo(2);
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries().stream()
                        .map(e -> e.action()))
                .contains("selection.alternate-declined", "selection.alternate-decline-undone");

        // a "no" stands when alternates are chosen again: the new choice leaves them out
        declines.decline(organiser, open.assembly(), first, asked);
        alternates.choose(organiser, open.assembly(), first, 2);
        var again = fixture.awaitAlternates(open, first);
        assertThat(again.alternates()).hasSize(2).doesNotContain(asked);

        // what a person's copy of their data says of it
        int number = draws.find(open.assembly(), first).orElseThrow().number();
        assertThat(again.number()).isEqualTo(choice.number() + 1);
        assertThat(respondentDraws.alternates(open.assembly(), asked))
                .as("on the first choice only (the new one left them out), then their no on a line of its own")
                .satisfiesExactly(
                        entry -> {
                            assertThat(entry.draw()).isEqualTo(number);
                            assertThat(entry.choice()).isEqualTo(choice.number());
                            assertThat(entry.place())
                                    .isEqualTo(choice.alternates().indexOf(asked) + 1);
                            assertThat(entry.chosenAt()).isEqualTo(choice.chosenAt());
                            assertThat(entry.saidNoAt()).isNull();
                        },
                        entry -> {
                            assertThat(entry.draw()).isEqualTo(number);
                            assertThat(entry.choice()).isNull();
                            assertThat(entry.place()).isNull();
                            assertThat(entry.saidNoAt()).isNotNull();
                        });
        var second = again.alternates().get(1);
        assertThat(respondentDraws.alternates(open.assembly(), second))
                .filteredOn(entry -> Integer.valueOf(again.number()).equals(entry.choice()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.place()).isEqualTo(2);
                    assertThat(entry.chosenAt()).isEqualTo(again.chosenAt());
                    assertThat(entry.saidNoAt()).isNull();
                });
        // the first choice is kept and listed below the one in use
        assertThat(alternates.all(organiser, open.assembly(), first))
                .extracting(AlternatesChoice::number)
                .containsExactly(choice.number(), again.number());
        String shown = mvc.perform(get(page).with(user(open.organiser().principal())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("This is choice 2 for this panel", "Earlier choices (1)")
                .contains(pool.summaries(open.assembly(), List.of(asked))
                        .get(asked)
                        .name());
    }

    /** A first draw of four of each gender, two of its women withdrawn, and two alternates chosen. */
    private record TwoAlternates(DrawId first, List<RespondentId> women, AlternatesChoice choice, Panel panel) {}

    private TwoAlternates twoAlternatesForTwoWomensSeats(RegistrationFixture.Open open) {
        var organiser = open.organiser().actor();
        var first = fixture.fourOfEachGender(open);
        var women = fixture.selected(open, first).stream()
                .filter(id -> fixture.gender(open.assembly(), id).equals("Woman"))
                .toList();
        draws.withdraw(organiser, open.assembly(), first, women.get(0), Withdrawal.Reason.DECLINED);
        draws.withdraw(organiser, open.assembly(), first, women.get(1), Withdrawal.Reason.DECLINED);
        alternates.choose(organiser, open.assembly(), first, 2);
        var choice = fixture.awaitAlternates(open, first);
        assertThat(choice.alternates()).hasSize(2);
        return new TwoAlternates(first, women, choice, draws.panel(organiser, open.assembly(), first));
    }
}
