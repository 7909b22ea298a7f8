package org.minipublic.app.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Calls to a panel of 4 drawn from 12, made by a recruiter. */
@IntegrationTest
@Import(SelectionFixture.class)
class ConfirmationCallsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    ConfirmationCalls calls;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    record Drawn(RegistrationFixture.Open open, DrawId draw, Fixtures.TestUser recruiter) {}

    @Test
    void aConfirmationMakesTheRespondentAMemberOnceWithTheNeedsMentionedOnThePhone() {
        var drawn = drawn();
        var recruiter = drawn.recruiter().actor();
        var assembly = drawn.open().assembly();
        var first = calls.callList(recruiter, assembly).get(0).person().id();

        assertThat(calls.record(recruiter, assembly, first, new CallEntry(CallOutcome.NO_ANSWER, "", null, "")))
                .isEqualTo(CallStatus.NO_ANSWER);
        var status = calls.record(
                recruiter,
                assembly,
                first,
                new CallEntry(CallOutcome.CONFIRMED, "Happy to join", null, "Hearing loop"));

        assertThat(status).isEqualTo(CallStatus.CONFIRMED);
        assertThat(members(first)).isEqualTo(1);
        assertThat(jdbc.sql("select access_needs from members.members where respondent_id = :r")
                        .param("r", first.value())
                        .query(String.class)
                        .single())
                .contains("Hearing loop");
        assertThatThrownBy(() ->
                        calls.record(recruiter, assembly, first, new CallEntry(CallOutcome.CONFIRMED, "", null, "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("confirmation.already-settled");
        assertThat(members(first)).as("confirming again enrols nobody twice").isEqualTo(1);
        var row = calls.call(recruiter, assembly, first).orElseThrow();
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.history())
                .extracting(CallRow.Attempt::outcome)
                .containsExactly(CallOutcome.CONFIRMED, CallOutcome.NO_ANSWER);
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("confirmation.call-recorded"))
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.toString()).doesNotContain("Hearing loop", "Happy to join"));
    }

    @Test
    void aDeclineOpensTheSeatForAReplacementDraw() {
        var drawn = drawn();
        var recruiter = drawn.recruiter().actor();
        var assembly = drawn.open().assembly();
        var person = calls.callList(recruiter, assembly).get(1).person().id();

        calls.record(recruiter, assembly, person, new CallEntry(CallOutcome.DECLINED, "Moving away", null, ""));

        var panel = draws.panel(drawn.open().organiser().actor(), assembly, drawn.draw());
        assertThat(panel.openSeats()).isEqualTo(1);
        assertThat(panel.withdrew(person)).isTrue();
        assertThat(calls.call(recruiter, assembly, person).orElseThrow().status())
                .isEqualTo(CallStatus.DECLINED);
        assertThat(members(person)).isZero();
    }

    @Test
    void aCallBackNeedsATimeToComeAndOnlyPeopleOnThePanelCanBeCalled() {
        var drawn = drawn();
        var recruiter = drawn.recruiter().actor();
        var assembly = drawn.open().assembly();
        var person = calls.callList(recruiter, assembly).get(0).person().id();

        assertThatThrownBy(() -> calls.record(
                        recruiter,
                        assembly,
                        person,
                        new CallEntry(CallOutcome.CALL_BACK, "", Instant.now().minus(1, ChronoUnit.HOURS), "")))
                .hasMessageContaining("confirmation.call-back.when");
        assertThatThrownBy(() -> calls.record(
                        recruiter, assembly, person, new CallEntry(CallOutcome.NO_ANSWER, "x".repeat(1_001), null, "")))
                .hasMessageContaining("confirmation.note.length");
        assertThatThrownBy(() -> calls.record(
                        recruiter, assembly, RespondentId.random(), new CallEntry(CallOutcome.NO_ANSWER, "", null, "")))
                .hasMessageContaining("confirmation.not-on-panel");
        var later = Instant.now().plus(1, ChronoUnit.DAYS);
        calls.record(recruiter, assembly, person, new CallEntry(CallOutcome.CALL_BACK, "", later, ""));
        assertThat(calls.call(recruiter, assembly, person).orElseThrow().callBackAt())
                .isCloseTo(later, org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
    }

    @Test
    void recruitersSeeTheCallListAndNothingElseOfTheMembersWhileFacilitatorsDoNotSeeIt() throws Exception {
        var drawn = drawn();
        var assembly = drawn.open().assembly();
        var facilitator = fixtures.userWithRole("Call Facilitator", assembly, AssemblyRole.FACILITATOR);
        String base = "/assemblies/" + assembly;
        var recruiter = user(drawn.recruiter().principal());

        mvc.perform(get(base + "/calls").with(recruiter))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmation calls")))
                .andExpect(content().string(containsString("Person")));
        mvc.perform(get(base + "/members").with(recruiter)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/respondents").with(recruiter)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/calls").with(user(facilitator.principal()))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> calls.callList(facilitator.actor(), assembly))
                .isInstanceOf(PermissionDeniedException.class);

        var person = calls.callList(drawn.recruiter().actor(), assembly)
                .get(0)
                .person()
                .id();
        mvc.perform(post(base + "/calls/" + person)
                        .param("outcome", "NO_ANSWER")
                        .param("note", "Voicemail, left a message")
                        .with(recruiter)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "confirmation.recorded.NO_ANSWER"));
        mvc.perform(post(base + "/calls/" + person)
                        .param("outcome", "CALL_BACK")
                        .param("callBackAt", "yesterday")
                        .with(recruiter)
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "confirmation.call-back.when"));
        mvc.perform(get(base + "/calls/" + person).with(recruiter))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voicemail, left a message")));
    }

    private Drawn drawn() {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var draw = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 9L, List.of()));
        fixture.awaitEnd(open.assembly(), draw);
        var recruiter = fixtures.userWithRole(Fixtures.unique("Recruiter"), open.assembly(), AssemblyRole.RECRUITER);
        return new Drawn(open, draw, recruiter);
    }

    private long members(RespondentId respondent) {
        return jdbc.sql("select count(*) from members.members where respondent_id = :r")
                .param("r", respondent.value())
                .query(Long.class)
                .single();
    }
}
