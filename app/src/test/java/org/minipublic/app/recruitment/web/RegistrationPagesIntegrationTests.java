package org.minipublic.app.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public registration pages, used without logging in: code, form, thanks; typos and scripts turned away. */
@IntegrationTest
@Import(RegistrationFixture.class)
class RegistrationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    RegistrationSetup setup;

    @Autowired
    FormToken tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentEntersTheirCodeSeesTheirAddressAndRegisters() throws Exception {
        var open = fixture.openAssembly(2, 1);
        String code = open.codes().get(0);

        mvc.perform(get("/register").param("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(post("/register").param("code", code).with(csrf()).with(fromSomewhere()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test Road")))
                .andExpect(content().string(containsString("Ethnic group")));

        mvc.perform(filledForm(open, code, tokens.issuedAt(Instant.now().minusSeconds(60))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are registered")));
        assertThat(respondents(open)).isEqualTo(1);
    }

    /**
     * Bengali is offered as a preferred language, the form reads in Bengali, the date of birth may be typed in Bengali
     * digits, and the choice is kept as {@code bn}.
     */
    @Test
    void aResidentRegistersInBengaliAndIsKeptAsABengaliReader() throws Exception {
        var open = fixture.openAssembly(1, 1);
        String code = open.codes().get(0);

        mvc.perform(post("/register")
                        .param("code", code)
                        .header("Accept-Language", "bn")
                        .with(csrf())
                        .with(fromSomewhere()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"bn\"")))
                .andExpect(content().string(containsString("আপনি কোন ভাষায় পড়তে ও কথা বলতে পছন্দ করেন?")))
                .andExpect(content().string(containsString("<option value=\"bn\" lang=\"bn\">বাংলা</option>")));
        mvc.perform(answers(open, post("/register/form"), code, "bn")
                        .param("started", tokens.issuedAt(Instant.now().minusSeconds(60)))
                        .header("Accept-Language", "bn")
                        .with(fromSomewhere()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("আপনার নিবন্ধন সম্পন্ন হয়েছে")));

        assertThat(jdbc.sql(
                                "select language || ' ' || date_of_birth from recruitment.respondents where assembly_id = :a")
                        .param("a", open.assembly().value())
                        .query(String.class)
                        .single())
                .isEqualTo("bn 1980-05-17");
    }

    @Test
    void staffRegisterSomeoneByPhoneWithTheSameFormAndRules() throws Exception {
        var open = fixture.openAssembly(1, 1);
        String code = open.codes().get(0);
        var staff = user(open.organiser().principal());

        mvc.perform(get("/assemblies/" + open.assembly() + "/respondents/phone")
                        .param("code", code)
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Read each question out")));
        mvc.perform(phoneForm(open, code).with(staff)).andExpect(status().is3xxRedirection());
        assertThat(respondents(open)).isEqualTo(1);
        assertThat(jdbc.sql("select channel from recruitment.respondents where assembly_id = :a")
                        .param("a", open.assembly().value())
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE");
    }

    @Test
    void aMistypedCodeIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(post("/register").param("code", "ABCD-EFGH").with(csrf()).with(fromSomewhere()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code is not right")));
    }

    @Test
    void aFormSentBackWithinSecondsOrWithTheHiddenFieldFilledRegistersNobody() throws Exception {
        var open = fixture.openAssembly(1, 1);
        String code = open.codes().get(0);

        mvc.perform(filledForm(open, code, tokens.issue()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That was very quick")));
        mvc.perform(filledForm(open, code, tokens.issuedAt(Instant.now().minusSeconds(60)))
                        .param("website", "spam"))
                .andExpect(status().isOk());
        mvc.perform(filledForm(open, code, "123.forged"))
                .andExpect(content().string(containsString("open for a long time")));
        mvc.perform(filledForm(open, code, tokens.issuedAt(Instant.now().minus(Duration.ofHours(5)))))
                .andExpect(content().string(containsString("open for a long time")));
        assertThat(respondents(open)).isZero();
    }

    @Test
    void missingAnswersAreShownNextToTheirQuestions() throws Exception {
        var open = fixture.openAssembly(1, 1);
        mvc.perform(post("/register/form")
                        .with(fromSomewhere())
                        .param("code", open.codes().get(0))
                        .param("started", tokens.issuedAt(Instant.now().minusSeconds(60)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your first name.")))
                .andExpect(
                        content().string(containsString("Choose the answer that fits you best for &quot;Gender&quot;")))
                .andExpect(content().string(containsString("Tick the box to agree")))
                .andExpect(content().string(not(containsString("You are registered"))));
        assertThat(respondents(open)).isZero();
    }

    private MockHttpServletRequestBuilder filledForm(RegistrationFixture.Open open, String code, String started) {
        return answers(open, post("/register/form").param("started", started), code)
                .with(fromSomewhere());
    }

    private MockHttpServletRequestBuilder phoneForm(RegistrationFixture.Open open, String code) {
        return answers(open, post("/assemblies/" + open.assembly() + "/respondents/phone"), code);
    }

    private MockHttpServletRequestBuilder answers(
            RegistrationFixture.Open open, MockHttpServletRequestBuilder request, String code) {
        return answers(open, request, code, "ur");
    }

    private MockHttpServletRequestBuilder answers(
            RegistrationFixture.Open open, MockHttpServletRequestBuilder request, String code, String language) {
        boolean bengali = language.equals("bn"); // a Bengali reader may type the date in Bengali digits
        request.param("code", code)
                .param("firstName", "Hana")
                .param("lastName", "Tester")
                .param("email", "hana@example.org")
                .param("birthDay", bengali ? "১৭" : "17")
                .param("birthMonth", bengali ? "৫" : "5")
                .param("birthYear", bengali ? "১৯৮০" : "1980")
                .param("language", language)
                .param("availability", "ALL")
                .param("consent", "true")
                .with(csrf());
        for (var category : setup.categories(open.assembly())) {
            if (category.kind() == Category.Kind.ASKED) {
                request.param(
                        "answers[" + category.id() + "]", category.options().get(1));
            }
        }
        return request;
    }

    /** A client address of its own: codes typed wrong by other tests in this context count against 127.0.0.1. */
    private static RequestPostProcessor fromSomewhere() {
        String address = TestAddresses.next();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long respondents(RegistrationFixture.Open open) {
        return jdbc.sql("select count(*) from recruitment.respondents where assembly_id = :a")
                .param("a", open.assembly().value())
                .query(Long.class)
                .single();
    }
}
