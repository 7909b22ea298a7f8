package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A committed ceremony called off before its digits are drawn: no panel number can be drawn with it any more, and its
 * commitment stays public with the reason, so that anyone who read it sees what became of it.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class CeremonyCancelIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Ceremonies ceremonies;

    @Autowired
    CeremonyReveals reveals;

    @Autowired
    Assemblies assemblies;

    @Autowired
    AuditLog audit;

    @Autowired
    Fixtures fixtures;

    @Test
    void aCancelledCeremonyTakesNoDigitsAndStaysPublicWithItsReason() throws Exception {
        var open = committedAndPublic(7L);
        var actor = open.organiser().actor();
        var id = ceremonies.newestPublished(open.assembly()).orElseThrow().id();

        assertThatThrownBy(() -> ceremonies.cancel(actor, open.assembly(), id, "  \n "))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.cancel.reason.required");
        assertThatThrownBy(() ->
                        ceremonies.cancel(actor, open.assembly(), id, "x".repeat(Ceremonies.MAX_CANCEL_REASON + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.cancel.reason.too-long");
        var board = fixtures.userWithRole("Board Member", open.assembly(), AssemblyRole.ADVISORY_BOARD)
                .actor();
        assertThatThrownBy(() -> ceremonies.cancel(board, open.assembly(), id, "not mine to cancel"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(ceremonies.find(actor, open.assembly(), id).orElseThrow().committed())
                .as("refused attempts change nothing")
                .isTrue();

        assertThatThrownBy(() -> ceremonies.commit(actor, open.assembly(), new DrawSettings("leximin", 9L, List.of())))
                .as("a second lottery while one waits would let organisers reveal the one they prefer")
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.waiting-exists");

        ceremonies.cancel(actor, open.assembly(), id, " The public meeting was moved to March. ");

        var cancelled = ceremonies.find(actor, open.assembly(), id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(Ceremony.Status.CANCELLED);
        assertThat(cancelled.cancellation()).isNotNull();
        assertThat(cancelled.cancellation().reason()).isEqualTo("The public meeting was moved to March.");
        assertThat(cancelled.cancellation().by()).isEqualTo(actor.label());
        assertThatThrownBy(() -> reveals.reveal(actor, open.assembly(), id, "31415 92653"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.cancelled-already");
        assertThatThrownBy(() -> ceremonies.cancel(actor, open.assembly(), id, "again"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.cancel.not-waiting");
        assertThat(audit.find(AuditQuery.forAssembly(open.assembly()), 0).entries())
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("selection.ceremony-cancelled");
                    assertThat(entry.subject()).isEqualTo("Ceremony 1");
                    assertThat(entry.after()).isEqualTo("cancelled: The public meeting was moved to March.");
                });

        assertThat(ceremonies.published(open.assembly(), id)).as("still public").isPresent();
        String base = "/public/assemblies/" + open.assembly();
        assertThat(page(get(base + "/ceremonies/" + id)))
                .contains("This ceremony was cancelled")
                .contains("The public meeting was moved to March.")
                .doesNotContain(actor.label())
                .doesNotContain("The panel number has not been drawn yet");
        assertThat(page(get(base + "/ceremonies/" + id + "/commitment.txt")))
                .as("the commitment people read stays downloadable")
                .startsWith("format: minipublic-ceremony/1");
        assertThat(page(get(base)))
                .contains(base + "/ceremonies/" + id)
                .contains("A draw ceremony that was cancelled before its digits were drawn, and why (ceremony 1)");

        var next = ceremonies.commit(actor, open.assembly(), new DrawSettings("leximin", 8L, List.of()));
        fixture.awaitCommitted(open, next);
        assertThat(ceremonies.newestPublished(open.assembly()))
                .as("a newer commitment takes the front page's link")
                .map(Ceremonies.Published::id)
                .contains(next);
    }

    @Test
    void aRevealedCeremonyCannotBeCancelled() throws Exception {
        var open = committedAndPublic(3L);
        var actor = open.organiser().actor();
        var id = ceremonies.newestPublished(open.assembly()).orElseThrow().id();
        var draw = reveals.reveal(actor, open.assembly(), id, "31415 92653 58979");
        fixture.awaitEnd(open.assembly(), draw);

        assertThatThrownBy(() -> ceremonies.cancel(actor, open.assembly(), id, "too late"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selection.ceremony.cancel.not-waiting");
        assertThat(ceremonies.find(actor, open.assembly(), id).orElseThrow().revealed())
                .isTrue();
        // A cancel posted from a page opened before the reveal: the revealed page has no cancel form to hold the
        // error, so it comes back as the page's own message.
        String location = "/assemblies/" + open.assembly() + "/ceremonies/" + id;
        mvc.perform(post(location + "/cancel")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("reason", "too late"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("problem", "selection.ceremony.cancel.not-waiting"));
    }

    @Test
    void theStaffPageCancelsWithAReasonAndSaysWhoDidIt() throws Exception {
        var open = committedAndPublic(5L);
        var principal = open.organiser().principal();
        var id = ceremonies.newestPublished(open.assembly()).orElseThrow().id();
        String location = "/assemblies/" + open.assembly() + "/ceremonies/" + id;
        assertThat(page(get(location).with(user(principal))))
                .contains("Call off this ceremony")
                .contains("Why it was cancelled");

        String refused = page(
                post(location + "/cancel").with(user(principal)).with(csrf()).param("reason", ""));
        assertThat(refused)
                .contains("There is a problem")
                .contains("Say why the ceremony is cancelled: the reason is shown on its public page.");
        assertThat(ceremonies
                        .find(open.organiser().actor(), open.assembly(), id)
                        .orElseThrow()
                        .committed())
                .isTrue();

        mvc.perform(post(location + "/cancel")
                        .with(user(principal))
                        .with(csrf())
                        .param("reason", "Three respondents withdrew before the day."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "selection.ceremony.cancelled"));
        assertThat(page(get(location).with(user(principal))))
                .contains("Cancelled before the draw")
                .contains("Three respondents withdrew before the day.")
                .contains(", by " + open.organiser().actor().label())
                .doesNotContain("Call off this ceremony")
                .doesNotContain("Take the panel number and draw");
    }

    /** A committed ceremony of an assembly past planning, so that its public page is open. */
    private RegistrationFixture.Open committedAndPublic(long seed) {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var id = ceremonies.commit(
                open.organiser().actor(), open.assembly(), new DrawSettings("leximin", seed, List.of()));
        fixture.awaitCommitted(open, id);
        assemblies.moveTo(Actor.system(), open.assembly(), AssemblyStatus.RECRUITING);
        return open;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
