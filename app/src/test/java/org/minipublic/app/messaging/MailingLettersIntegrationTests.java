package org.minipublic.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.selection.SelectionFixture;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** People without an e-mail address get a mailing as a printed letter, in their language, addressed for the post. */
@IntegrationTest
@Import(SelectionFixture.class)
class MailingLettersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Draws draws;

    @Autowired
    Mailings mailings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLettersGoToThoseWithoutAnEmailAddressEachInTheirLanguage() throws Exception {
        var open = fixture.assemblyWithPool(10);
        var organiser = open.organiser();
        noEmail(open.assembly(), "Person2", "en");
        noEmail(open.assembly(), "Person7", "pl");
        var mailing = mailings.send(
                organiser.actor(),
                open.assembly(),
                new Draft(
                        Audience.REGISTERED,
                        Map.of(
                                "en",
                                new MailingText("Thank you", "Dear {first_name},\n\nThank you for registering."),
                                "pl",
                                new MailingText(
                                        "Dziękujemy", "Drogi/Droga {first_name},\n\ndziękujemy za rejestrację."))));
        String base = "/assemblies/" + open.assembly() + "/mailings/" + mailing;

        mvc.perform(get(base).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "2 people in this audience gave no e-mail address.")));
        byte[] pdf = mvc.perform(get(base + "/letters.pdf").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains("Person2 Pooled", "Test Road", "Dear Person2,", "Thank you for registering.");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Person7 Pooled", "Drogi/Droga Person7,");
        }
        assertThat(jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action = :action")
                        .param("a", open.assembly().value())
                        .param("action", "messaging.letters-printed")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var facilitator = fixtures.userWithRole("Letters Facilitator", open.assembly(), AssemblyRole.FACILITATOR);
        mvc.perform(get(base + "/letters.pdf").with(user(facilitator.principal())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPanelMailingHasLettersOnlyForThePanelAndNoneWhenEveryoneHasAnAddress() throws Exception {
        var open = fixture.assemblyWithPool(8);
        fixture.anyPanel(open, 3);
        var draw = draws.start(open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 5L, List.of()));
        fixture.awaitEnd(open.assembly(), draw);
        var panel = draws.panel(open.organiser().actor(), open.assembly(), draw).seated();
        var text = Map.of("en", new MailingText("Please confirm", "Dear {first_name}, you were chosen."));
        var everyoneHasOne = mailings.send(open.organiser().actor(), open.assembly(), new Draft(Audience.PANEL, text));
        String base = "/assemblies/" + open.assembly() + "/mailings/";
        mvc.perform(get(base + everyoneHasOne + "/letters.pdf")
                        .with(user(open.organiser().principal())))
                .andExpect(status().isNotFound());

        jdbc.sql("update recruitment.respondents set email = '' where assembly_id = :a")
                .param("a", open.assembly().value())
                .update();
        byte[] pdf = mvc.perform(get(base + everyoneHasOne + "/letters.pdf")
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(panel.size());
        }
    }

    private void noEmail(org.minipublic.app.shared.AssemblyId assembly, String firstName, String language) {
        jdbc.sql("update recruitment.respondents set email = '', phone = '07700 900123', language = :l"
                        + " where assembly_id = :a and first_name = :f")
                .param("l", language)
                .param("a", assembly.value())
                .param("f", firstName)
                .update();
    }
}
