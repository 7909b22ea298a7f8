package org.minipublic.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.confirmation.ConfirmationCalls;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.Withdrawal;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member imported or added by hand has no respondent behind them, so their requests are served from their member
 * page: a copy of the record, and erasure once they have withdrawn and are owed nothing. A member selected from the
 * pool is sent to their respondent page, which erases their recruitment data too.
 */
@IntegrationTest
@Import(SelectionFixture.class)
class MemberRightsIntegrationTests {

    @Autowired
    MemberRights rights;

    @Autowired
    Members members;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Draws draws;

    @Autowired
    ConfirmationCalls calls;

    @Autowired
    AuditLog audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberAddedByHandGetsACopyAndOnceWithdrawnAndPaidIsAnonymised() throws Exception {
        var open = fixture.assemblyWithPool(4);
        var organiser = open.organiser().actor();
        var assembly = open.assembly();
        var member = members.enrol(
                organiser,
                assembly,
                NewMember.byHand(new MemberProfile(
                        "Hana", "Byhand", "hana@example.org", "07700 900123", "pl", true, "Hearing loop")));
        MemberRows.owedAttendedWithCard(jdbc, member, 4000);
        String page = "/assemblies/" + assembly + "/members/" + member;

        assertThat(html(get(page + "/erase"), open))
                .contains("Record their withdrawal")
                .doesNotContain("name=\"confirm\"");
        assertThatThrownBy(() -> rights.erase(organiser, assembly, member))
                .hasMessageContaining("privacy.erase.member-active");
        members.withdraw(organiser, assembly, member, new Withdrawal(LocalDate.of(2027, 3, 1), "Moved to Hull", null));
        assertThatThrownBy(() -> rights.erase(organiser, assembly, member))
                .hasMessageContaining("privacy.erase.member-owed");
        jdbc.sql("update members.members set honorarium_paid = true where id = :m")
                .param("m", member.value())
                .update();

        assertThat(html(get(page + "/data.json"), open))
                .contains("\"member\"", "Hana", "Hearing loop", "Moved to Hull", "\"honorariumPence\":4000");
        assertThat(html(get(page), open)).contains(page + "/erase");
        assertThat(html(get(page + "/erase"), open)).contains(page + "/data.json", "name=\"confirm\"");
        mvc.perform(post(page + "/erase")
                        .with(user(open.organiser().principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "privacy.erase.unconfirmed"));
        assertThat(firstName(member)).as("not erased without the box ticked").isEqualTo("Hana");

        mvc.perform(post(page + "/erase")
                        .with(user(open.organiser().principal()))
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "privacy.erase-member.done"));

        assertThat(jdbc.sql("select first_name || last_name || email || phone || access_needs || wellbeing_notes"
                                + " || withdrawal_reason from members.members where id = :m")
                        .param("m", member.value())
                        .query(String.class)
                        .single())
                .isEqualTo("[erased]");
        assertThat(MemberRows.count(jdbc, "members.portal_cards", member)).isZero();
        assertThat(MemberRows.count(jdbc, "members.attendance", member))
                .as("the day they came, for the totals")
                .isEqualTo(1);
        var entries = audit.find(AuditQuery.forAssembly(assembly), 0).entries();
        assertThat(entries)
                .filteredOn(e -> e.subject().equals("Member " + member))
                .extracting(e -> e.action())
                .contains("privacy.copy-made", "privacy.member-erased");
        assertThat(entries).allSatisfy(e -> assertThat(e.subject() + e.before() + e.after())
                .doesNotContain("Hana"));
        assertThat(html(get(page), open)).contains("[erased]").doesNotContain("Hana");
        assertThatThrownBy(() -> rights.erase(organiser, assembly, member))
                .as("once is enough: no second audit line")
                .hasMessageContaining("privacy.erase-member.already");
    }

    private String html(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            org.minipublic.app.recruitment.RegistrationFixture.Open open)
            throws Exception {
        return mvc.perform(request.with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String firstName(MemberId member) {
        return jdbc.sql("select first_name from members.members where id = :m")
                .param("m", member.value())
                .query(String.class)
                .single();
    }
}
