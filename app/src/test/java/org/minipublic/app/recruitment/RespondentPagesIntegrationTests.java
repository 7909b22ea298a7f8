package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One respondent's page as an organiser uses it: their details and answers, corrections, withdrawal and return. */
@IntegrationTest
@Import(RegistrationFixture.class)
class RespondentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    Registration registration;

    @Autowired
    Pool pool;

    @Autowired
    RegistrationSetup setup;

    @Autowired
    PoolImport imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganiserSeesCorrectsWithdrawsAndReinstatesARespondent() throws Exception {
        var open = fixture.openAssembly(2, 1);
        var ada = registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Ada"));
        registration.register(null, open.codes().get(1), fixture.person(open.assembly(), "Bea"));
        String page = "/assemblies/" + open.assembly() + "/respondents/" + ada;
        var organiser = open.organiser().principal();

        mvc.perform(get(page).with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Tester")))
                .andExpect(content().string(containsString("Asian or Asian British")))
                .andExpect(content().string(containsString("ada@example.org")));
        mvc.perform(get(page + "/edit").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1980\"")));
        mvc.perform(edit(open, page, "Adams", "07700 900999").with(user(organiser)))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select last_name || '/' || phone from recruitment.respondents where id = :id")
                        .param("id", ada.value())
                        .query(String.class)
                        .single())
                .isEqualTo("Adams/07700 900999");
        assertThat(audit(open, "recruitment.respondent-changed"))
                .isEqualTo("changed: last name, phone")
                .doesNotContain("Adams");

        mvc.perform(get(page + "/withdraw").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Adams\u2069 from the pool?")));
        mvc.perform(post(page + "/withdraw").with(user(organiser)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(pool.members(open.assembly())).extracting(PoolMember::id).doesNotContain(ada);
        assertThat(womenInPool(open)).isEqualTo(1);

        mvc.perform(post(page + "/reinstate").with(user(organiser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pool.members(open.assembly())).extracting(PoolMember::id).contains(ada);
        assertThat(womenInPool(open)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action like :actions")
                        .param("a", open.assembly().value())
                        .param("actions", "recruitment.respondent-%")
                        .query(Long.class)
                        .single())
                .as("registered twice, changed, withdrawn, reinstated")
                .isEqualTo(5);
    }

    @Test
    void aCorrectionMustMeetTheRegistrationRules() throws Exception {
        var open = fixture.openAssembly(1, 1);
        var cy = registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Cy"));
        String page = "/assemblies/" + open.assembly() + "/respondents/" + cy;

        mvc.perform(edit(open, page, "", "not a phone")
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your last name.")))
                .andExpect(content().string(containsString("Enter a phone number")));

        assertThat(jdbc.sql("select last_name from recruitment.respondents where id = :id")
                        .param("id", cy.value())
                        .query(String.class)
                        .single())
                .isEqualTo("Tester");
    }

    @Test
    void theDuplicatesPageGroupsPeopleSharingAnAddressAPhoneOrANameAndBirthday() throws Exception {
        var open = fixture.openAssembly(4, 1);
        var organiser = open.organiser().principal();
        String base = "/assemblies/" + open.assembly() + "/respondents";
        mvc.perform(get(base + "/duplicates").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody in the pool shares")));
        var first = registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Dan"));
        var second = registration.register(null, open.codes().get(1), fixture.person(open.assembly(), "Dan"));
        var phone = fixture.person(open.assembly(), "Eli");
        registration.register(
                null, open.codes().get(2), PoolImportIntegrationTests.withPhone(phone, "+44 (0)7700 900555"));
        var other = fixture.person(open.assembly(), "Fin");
        registration.register(null, open.codes().get(3), PoolImportIntegrationTests.withPhone(other, "07700900555"));

        mvc.perform(get(base + "/duplicates").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Same e-mail address")))
                .andExpect(content().string(containsString("Same phone number")))
                .andExpect(content().string(containsString("Same name and date of birth")))
                .andExpect(content().string(containsString(base + "/" + first)))
                .andExpect(content().string(containsString(base + "/" + second)));
        mvc.perform(get(base).with(user(organiser)))
                .andExpect(content().string(containsString("3 groups of people who may have registered twice")));

        mvc.perform(
                post(base + "/" + second + "/withdraw").with(user(organiser)).with(csrf()));

        mvc.perform(get(base + "/duplicates").with(user(organiser)))
                .andExpect(content().string(not(containsString(base + "/" + first))))
                .andExpect(content().string(containsString("Same phone number")));
    }

    @Test
    void onlyOrganisersOfTheAssemblySeeARespondentTheDuplicatesOrTheExport() throws Exception {
        var open = fixture.openAssembly(1, 1);
        var gil = registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Gil"));
        String base = "/assemblies/" + open.assembly() + "/respondents";
        var recruiter = fixtures.userWithRole("Pool Recruiter", open.assembly(), AssemblyRole.RECRUITER);
        var facilitator = fixtures.userWithRole("Pool Facilitator", open.assembly(), AssemblyRole.FACILITATOR);
        var elsewhere = fixture.openAssembly(1, 1).organiser();

        assertThat(Permission.MANAGE_RECRUITMENT.grantedTo(AssemblyRole.RECRUITER))
                .isFalse();
        for (var person : java.util.List.of(recruiter, facilitator, elsewhere)) {
            for (String path : java.util.List.of("/" + gil, "/" + gil + "/edit", "/duplicates", "/export.csv")) {
                mvc.perform(get(base + path).with(user(person.principal()))).andExpect(status().isForbidden());
            }
            mvc.perform(post(base + "/" + gil + "/withdraw")
                            .with(user(person.principal()))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(pool.members(open.assembly())).hasSize(1);
    }

    @Test
    void thePagesSpeakUrduRightToLeftWithEveryTextTranslated() throws Exception {
        var open = fixture.openAssembly(2, 1);
        var hal = registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Hal"));
        registration.register(null, open.codes().get(1), fixture.person(open.assembly(), "Hal"));
        String base = "/assemblies/" + open.assembly() + "/respondents";
        var organiser = open.organiser().principal();
        var check = imports.upload(
                open.organiser().actor(),
                open.assembly(),
                "p.csv",
                PoolCsv.of("Ivo,Ivy,hal@example.org,,30/02/1980,Area Z,xx,maybe,,Robot,White,No"));
        for (String path : java.util.List.of(
                base,
                base + "/" + hal,
                base + "/" + hal + "/edit",
                base + "/" + hal + "/withdraw",
                base + "/duplicates",
                base + "/uploads/" + check.uploadId())) {
            mvc.perform(get(path).param("lang", "ur").with(user(organiser)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("dir=\"rtl\"")))
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get(base + "/duplicates").param("lang", "ur").with(user(organiser)))
                .andExpect(content().string(containsString("ایک جیسا ای میل پتہ")));
    }

    /** The form as the edit page sends it, with the first answer to every question (as the fixture's people give). */
    private MockHttpServletRequestBuilder edit(
            RegistrationFixture.Open open, String page, String lastName, String phone) {
        var request = post(page + "/edit");
        setup.categories(open.assembly()).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .forEach(c ->
                        request.param("answers[" + c.id() + "]", c.options().get(0)));
        return request.with(csrf())
                .param("firstName", "Ada")
                .param("lastName", lastName)
                .param("email", "ada@example.org")
                .param("phone", phone)
                .param("birthDay", "17")
                .param("birthMonth", "5")
                .param("birthYear", "1980")
                .param("language", "en")
                .param("availability", "ALL")
                .param("accessNeeds", "");
    }

    private int womenInPool(RegistrationFixture.Open open) {
        return pool.composition(open.assembly()).entrySet().stream()
                .filter(e -> e.getKey().name().equals("Gender"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .get("Woman");
    }

    private String audit(RegistrationFixture.Open open, String action) {
        return jdbc.sql("select after_summary from audit.entries where assembly_id = :a and action = :action")
                .param("a", open.assembly().value())
                .param("action", action)
                .query(String.class)
                .single();
    }
}
