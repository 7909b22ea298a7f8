package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The members pages as organisers and facilitators use them, with and without JavaScript. */
@IntegrationTest
class MemberPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    Fixtures fixtures;

    MemberFixtures memberFixtures;

    @BeforeEach
    void fixtures() {
        memberFixtures = new MemberFixtures(assemblies, identity, members);
    }

    @Test
    void anOrganiserImportsMembersAndSeesThemListedWithTheirAttendance() throws Exception {
        var organiser = fixtures.user("Pages Organiser");
        var assembly = memberFixtures.assembly(organiser, "Member pages");
        String base = "/assemblies/" + assembly + "/members";
        mvc.perform(get(base).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No members yet")));

        String checkPage = mvc.perform(multipart(base + "/uploads")
                        .file(new MockMultipartFile("file", "members.csv", "text/csv", MemberFixtures.csv(60)))
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(checkPage).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Add 60 members"), containsString("Urdu"))));
        mvc.perform(post(checkPage + "/import")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("imported", 60));

        mvc.perform(get(base).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("60 members"),
                                containsString("Page 1 of 2"),
                                containsString("Day 3"),
                                containsString("Person Number 0"))));
        mvc.perform(get(base).param("search", "Number 59").with(user(organiser.principal())))
                .andExpect(content().string(allOf(containsString("One member"), containsString("Person Number 59"))));
    }

    @Test
    void aFacilitatorsPageShowsNeedsButNotContactDetailsOrWellbeingNotes() throws Exception {
        var organiser = fixtures.user("Notes Organiser");
        var assembly = memberFixtures.assembly(organiser, "Notes");
        var facilitator = fixtures.userWithRole("Notes Facilitator", assembly, AssemblyRole.FACILITATOR);
        var profile = new MemberProfile("Rukhsana", "Begum", "rukhsana@example.org", "", "ur", true, "Needs a ramp");
        var id = members.enrol(Actor.system(), assembly, NewMember.byHand(profile));
        members.update(
                Actor.system(),
                assembly,
                id,
                new MemberChanges(profile, new Payment(7_500, 0, false, false), "Bereaved last month"),
                0);
        String page = "/assemblies/" + assembly + "/members/" + id;

        mvc.perform(get(page).with(user(organiser.principal())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Bereaved last month"),
                                containsString("rukhsana@example.org"),
                                containsString("£75.00"))));
        mvc.perform(get(page).with(user(facilitator.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Needs a ramp"), containsString("Urdu"))))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Bereaved")),
                                not(containsString("rukhsana@example.org")),
                                not(containsString("£75.00")),
                                not(containsString("Wellbeing notes")))));
        mvc.perform(get(page + "/edit").with(user(facilitator.principal()))).andExpect(status().isForbidden());
    }

    @Test
    void anotherAssemblysTeamIsRefusedAndItsMembersAreNotFoundHere() throws Exception {
        var organiser = fixtures.user("Own Organiser");
        var assembly = memberFixtures.assembly(organiser, "Own");
        var id = memberFixtures.member(assembly, "Private", "Person");
        var otherOrganiser = fixtures.user("Other Organiser");
        var other = memberFixtures.assembly(otherOrganiser, "Other");

        mvc.perform(get("/assemblies/" + assembly + "/members/" + id).with(user(otherOrganiser.principal())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assemblies/" + other + "/members/" + id).with(user(otherOrganiser.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assemblies/" + other + "/members/check-in/2027-02-20/" + id)
                        .with(user(otherOrganiser.principal()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assemblies/" + assembly + "/members/check-in/2027-02-22")
                        .with(user(organiser.principal())))
                .andExpect(status().isNotFound());
    }

    @Test
    void checkingInWorksAsAPlainFormPostAndAsAnHtmxSwap() throws Exception {
        var organiser = fixtures.user("Door Organiser");
        var assembly = memberFixtures.assembly(organiser, "Door");
        var facilitator = fixtures.userWithRole("Door Facilitator", assembly, AssemblyRole.FACILITATOR);
        var ann = memberFixtures.member(assembly, "Ann", "Lee");
        memberFixtures.member(assembly, "Bob", "Ray");
        String sheet = "/assemblies/" + assembly + "/members/check-in/2027-02-20";

        mvc.perform(get("/assemblies/" + assembly + "/members/check-in").with(user(facilitator.principal())))
                .andExpect(redirectedUrl(sheet));
        mvc.perform(post(sheet + "/" + ann)
                        .param("present", "true")
                        .with(user(facilitator.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(sheet + "#member-" + ann));
        mvc.perform(get(sheet).with(user(facilitator.principal())))
                .andExpect(content().string(allOf(containsString("1 of 2 checked in"), containsString("Checked in"))));

        String fragment = mvc.perform(post(sheet + "/" + ann)
                        .param("present", "false")
                        .header("HX-Request", "true")
                        .with(user(facilitator.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment)
                .contains("id=\"member-" + ann + "\"", "Not yet here", "hx-swap-oob=\"true\"", "0 of 2 checked in")
                .doesNotContain("<html", "site-header");
    }

    @Test
    void membersAreAddedEditedAndWithdrawnThroughTheirForms() throws Exception {
        var organiser = fixtures.user("Forms Organiser");
        var assembly = memberFixtures.assembly(organiser, "Forms");
        String base = "/assemblies/" + assembly + "/members";
        mvc.perform(post(base)
                        .param("firstName", "")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Enter the first name."),
                                containsString("Give an e-mail address or a phone"))));
        String added = mvc.perform(post(base)
                        .param("firstName", "Kwame")
                        .param("lastName", "Mensah")
                        .param("phone", "07700 900321")
                        .param("language", "other")
                        .param("otherLanguage", "Twi")
                        .param("interpreter", "true")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = MemberId.valueOf(added.substring(added.lastIndexOf('/') + 1));
        assertThat(members.member(organiser.actor(), assembly, id).profile().language())
                .isEqualTo("Twi");

        mvc.perform(post(added + "/edit")
                        .param("firstName", "Kwame")
                        .param("lastName", "Mensah")
                        .param("phone", "07700 900321")
                        .param("language", "en")
                        .param("honorarium", "£150")
                        .param("expenses", "twelve")
                        .param("version", "0")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an amount in pounds")));
        mvc.perform(post(added + "/edit")
                        .param("firstName", "Kwame")
                        .param("lastName", "Mensah")
                        .param("phone", "07700 900321")
                        .param("language", "en")
                        .param("honorarium", "£150")
                        .param("expenses", "12,40")
                        .param("honorariumPaid", "true")
                        .param("wellbeingNotes", "Prefers a seat near the door")
                        .param("version", "0")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(added));
        var edited = members.member(organiser.actor(), assembly, id);
        assertThat(edited.payment()).isEqualTo(new Payment(15_000, 1_240, true, false));
        assertThat(edited.wellbeingNotes()).isEqualTo("Prefers a seat near the door");

        mvc.perform(get(added + "/withdraw").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdraw Kwame Mensah?")));
        mvc.perform(post(added + "/withdraw")
                        .param("on", "2027-03-06")
                        .param("reason", "Started a new job")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrl(added));
        assertThat(members.member(organiser.actor(), assembly, id).withdrawn()).isTrue();
    }

    @Test
    void theFinanceFileNeutralisesCellsThatCouldRunAsFormulas() throws Exception {
        var organiser = fixtures.user("Finance Organiser");
        var assembly = memberFixtures.assembly(organiser, "Finance");
        var profile = new MemberProfile("=HYPERLINK(\"http://x\")", "Smith", "", "+44 7700 900123", "en", false, "");
        var id = members.enrol(Actor.system(), assembly, NewMember.byHand(profile));
        members.update(
                Actor.system(),
                assembly,
                id,
                new MemberChanges(profile, new Payment(15_000, 1_240, true, false), null),
                0);

        var csv = mvc.perform(
                        get("/assemblies/" + assembly + "/members/finance.csv").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("member_id,first_name,last_name,email,phone,status"),
                                containsString("'=HYPERLINK"),
                                containsString("'+44 7700 900123"),
                                containsString(",150.00,yes,12.40,no,12.40"))));
        mvc.perform(get("/assemblies/" + assembly + "/members/finance").with(user(organiser.principal())))
                .andExpect(content().string(allOf(containsString("£162.40"), containsString("£12.40"))));
    }
}
