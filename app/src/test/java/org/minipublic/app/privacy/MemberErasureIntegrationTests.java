package org.minipublic.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.confirmation.CallEntry;
import org.minipublic.app.confirmation.CallOutcome;
import org.minipublic.app.confirmation.ConfirmationCalls;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.Withdrawal;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.DrawId;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A respondent who confirmed became a member: their copy holds the member record, and erasing them anonymises it
 * once they have withdrawn and are owed nothing; the days they came and what they were paid stay, naming no one. Their
 * member page sends erasure to the respondent page, and only those with full member rights reach either.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class MemberErasureIntegrationTests {

    @Autowired
    RespondentData respondentData;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    ConfirmationCalls calls;

    @Autowired
    Members members;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRights rights;

    @Autowired
    org.minipublic.app.support.Fixtures fixtures;

    @Test
    void aMemberWhoWithdrewAndIsOwedNothingIsAnonymisedAndTheirCopyHoldsTheMemberRecord() throws Exception {
        var open = fixture.assemblyWithPool(6);
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        var confirmed = confirmedMember(open);
        var draw = confirmed.draw();
        var person = confirmed.person();
        var member = confirmed.member();
        withSupportAndPayment(member);
        draws.withdraw(organiser, assembly, draw, person, org.minipublic.app.selection.Withdrawal.Reason.LEFT);

        assertThatThrownBy(() -> respondentData.erase(organiser, assembly, person))
                .as("still an active member")
                .hasMessageContaining("privacy.erase.member-active");
        members.withdraw(
                organiser, assembly, member, new Withdrawal(LocalDate.of(2027, 2, 21), "Moved to Leeds", null));
        assertThatThrownBy(() -> respondentData.erase(organiser, assembly, person))
                .as("still owed their honorarium")
                .hasMessageContaining("privacy.erase.member-owed");
        jdbc.sql("update members.members set honorarium_paid = true where id = :m")
                .param("m", member.value())
                .update();

        String json = mvc.perform(get("/assemblies/" + assembly + "/respondents/" + person + "/data.json")
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains(
                        "\"member\"", "Finds crowds hard", "Moved to Leeds", "2027-02-20", "\"honorariumPence\":5000");

        respondentData.erase(organiser, assembly, person);

        assertThat(row(member))
                .containsEntry("first_name", "[erased]")
                .containsEntry("last_name", "")
                .containsEntry("email", "")
                .containsEntry("phone", "")
                .containsEntry("access_needs", "")
                .containsEntry("wellbeing_notes", "")
                .containsEntry("withdrawal_reason", "")
                .containsEntry("respondent_id", null)
                .containsEntry("honorarium_pence", 5000L)
                .containsEntry("honorarium_paid", true)
                .containsEntry("status", "WITHDRAWN");
        assertThat(MemberRows.count(jdbc, "members.member_values", member)).isZero();
        assertThat(MemberRows.count(jdbc, "members.portal_cards", member)).isZero();
        assertThat(MemberRows.count(jdbc, "members.attendance", member))
                .as("the day they came, for the totals")
                .isEqualTo(1);
    }

    @Test
    void aMemberSelectedFromThePoolIsErasedThroughTheirRespondentAndOnlyFullMemberRightsReachEither() throws Exception {
        var open = fixture.assemblyWithPool(6);
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        var confirmed = confirmedMember(open);
        var person = confirmed.person();
        var member = confirmed.member();

        assertThat(rights.respondentOf(organiser, assembly, member)).contains(person);
        assertThatThrownBy(() -> rights.erase(organiser, assembly, member))
                .hasMessageContaining("privacy.erase-member.selected");
        assertThat(mvc.perform(get("/assemblies/" + assembly + "/members/" + member + "/erase")
                                .with(user(open.organiser().principal())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/assemblies/" + assembly + "/respondents/" + person + "/erase")
                .doesNotContain("name=\"confirm\"");

        for (var role : List.of(AssemblyRole.FACILITATOR, AssemblyRole.ADVISORY_BOARD)) {
            var someone = fixtures.userWithRole("Not " + role, assembly, role).actor();
            assertThatThrownBy(() -> rights.copy(someone, assembly, member))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> rights.erase(someone, assembly, member))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    /** A first draw of three from six, and the first person on the call list confirmed, so a member. */
    private record Confirmed(DrawId draw, RespondentId person, MemberId member) {}

    private Confirmed confirmedMember(org.minipublic.app.recruitment.RegistrationFixture.Open open) {
        var organiser = open.organiser().actor();
        fixture.anyPanel(open, 3);
        DrawId draw = draws.start(organiser, open.assembly(), new DrawSettings("leximin", 9L, List.of()));
        fixture.awaitEnd(open.assembly(), draw);
        var person = calls.callList(organiser, open.assembly()).get(0).person().id();
        calls.record(organiser, open.assembly(), person, new CallEntry(CallOutcome.CONFIRMED, "", null, ""));
        return new Confirmed(draw, person, memberOf(open.assembly(), person));
    }

    private MemberId memberOf(AssemblyId assembly, RespondentId respondent) {
        return jdbc.sql("select id from members.members where assembly_id = :a and respondent_id = :r")
                .param("a", assembly.value())
                .param("r", respondent.value())
                .query((rs, n) -> new MemberId(rs.getObject(1, UUID.class)))
                .single();
    }

    /** Wellbeing notes, needs, an honorarium still to pay, a day attended and a portal card. */
    private void withSupportAndPayment(MemberId member) {
        jdbc.sql("update members.members set wellbeing_notes = 'Finds crowds hard', access_needs = 'Step-free access'"
                        + " where id = :m")
                .param("m", member.value())
                .update();
        MemberRows.owedAttendedWithCard(jdbc, member, 5000);
    }

    private Map<String, Object> row(MemberId member) {
        return jdbc.sql(
                        """
                select first_name, last_name, email, phone, access_needs, wellbeing_notes, withdrawal_reason,
                    respondent_id, honorarium_pence, honorarium_paid, status
                from members.members where id = :m
                """)
                .param("m", member.value())
                .query()
                .singleRow();
    }
}
