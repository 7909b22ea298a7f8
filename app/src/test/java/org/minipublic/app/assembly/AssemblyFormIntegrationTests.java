package org.minipublic.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Creating and editing assemblies through the form: bad input comes back with a message on the field that is wrong,
 * and nothing is saved.
 */
@IntegrationTest
class AssemblyFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    TestUser organiser;
    long assembliesBefore;

    @BeforeEach
    void organiser() {
        organiser = fixtures.user("Form Organiser");
        fixtures.assembly(organiser, Fixtures.unique("Existing"));
        assembliesBefore = count();
    }

    @Test
    void createsAnAssemblyFromAValidForm() throws Exception {
        String title = Fixtures.unique("Valid assembly");
        mvc.perform(create(title, "What should we do?")
                        .param("days[0].weekend", "1")
                        .param("days[0].date", "2027-02-20")
                        .param("days[0].startsAt", "10:00")
                        .param("days[0].endsAt", "16:30")
                        .param("days[0].venueName", "Town Hall"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assemblies/*"));
        assertThat(count()).isEqualTo(assembliesBefore + 1);
    }

    @Test
    void rejectsAnEmptyQuestion() throws Exception {
        mvc.perform(create(Fixtures.unique("No question"), "  "))
                .andExpect(view().name("assembly/new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "question", "NotBlank"));
        assertThat(count()).isEqualTo(assembliesBefore);
    }

    @Test
    void rejectsADuplicateTitleWhateverItsCase() throws Exception {
        String title = Fixtures.unique("Taken title");
        fixtures.assembly(organiser, title);
        long before = count();
        mvc.perform(create(title.toUpperCase(), "Question?"))
                .andExpect(view().name("assembly/new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "assembly.title.taken"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void rejectsAnImpossibleDate() throws Exception {
        mvc.perform(create(Fixtures.unique("Bad date"), "Question?")
                        .param("days[0].weekend", "1")
                        .param("days[0].date", "2027-02-30")
                        .param("days[0].startsAt", "10:00")
                        .param("days[0].endsAt", "16:00")
                        .param("days[0].venueName", "Hall"))
                .andExpect(view().name("assembly/new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "days[0].date", "typeMismatch"));
        assertThat(count()).isEqualTo(assembliesBefore);
    }

    @Test
    void rejectsADayThatEndsBeforeItStarts() throws Exception {
        mvc.perform(create(Fixtures.unique("Backwards day"), "Question?")
                        .param("days[0].weekend", "1")
                        .param("days[0].date", "2027-02-20")
                        .param("days[0].startsAt", "16:00")
                        .param("days[0].endsAt", "10:00")
                        .param("days[0].venueName", "Hall"))
                .andExpect(view().name("assembly/new"))
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "days[0].endsAt", "assembly.day.ends-before-start"));
        assertThat(count()).isEqualTo(assembliesBefore);
    }

    @Test
    void rejectsTwoDaysOnTheSameDateAndAHalfFilledRow() throws Exception {
        mvc.perform(create(Fixtures.unique("Same date"), "Question?")
                        .param("days[0].weekend", "1")
                        .param("days[0].date", "2027-02-20")
                        .param("days[0].startsAt", "10:00")
                        .param("days[0].endsAt", "16:00")
                        .param("days[0].venueName", "Hall")
                        .param("days[1].weekend", "1")
                        .param("days[1].date", "2027-02-20")
                        .param("days[1].startsAt", "10:00")
                        .param("days[1].endsAt", "16:00")
                        .param("days[1].venueName", "Hall")
                        .param("days[2].venueName", "Only a venue"))
                .andExpect(view().name("assembly/new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "days[1].date", "assembly.day.duplicate-date"))
                .andExpect(model().attributeHasFieldErrorCode("form", "days[2].date", "assembly.day.date.required"))
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "days[2].weekend", "assembly.day.weekend.required"));
        assertThat(count()).isEqualTo(assembliesBefore);
    }

    @Test
    void addingADayRowSavesNothing() throws Exception {
        mvc.perform(create(Fixtures.unique("Adding rows"), "Question?").param("addDay", "1"))
                .andExpect(view().name("assembly/new"))
                .andExpect(model().hasNoErrors());
        assertThat(count()).isEqualTo(assembliesBefore);
    }

    @Test
    void refusesAnEditBasedOnAnOutdatedVersion() throws Exception {
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Edited twice"));
        var edit = post("/assemblies/" + assembly + "/edit")
                .with(user(organiser.principal()))
                .with(csrf())
                .param("title", Fixtures.unique("First edit"))
                .param("question", "First?")
                .param("version", "0");
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        mvc.perform(post("/assemblies/" + assembly + "/edit")
                        .with(user(organiser.principal()))
                        .with(csrf())
                        .param("title", Fixtures.unique("Second edit"))
                        .param("question", "Second?")
                        .param("version", "0"))
                .andExpect(view().name("assembly/edit"))
                .andExpect(model().attributeHasErrors("form"));
        String question = jdbc.sql("select question from assembly.assemblies where id = :id")
                .param("id", assembly.value())
                .query(String.class)
                .single();
        assertThat(question).isEqualTo("First?");
    }

    private MockHttpServletRequestBuilder create(String title, String question) {
        return post("/assemblies")
                .with(user(organiser.principal()))
                .with(csrf())
                .param("title", title)
                .param("question", question);
    }

    private long count() {
        return jdbc.sql("select count(*) from assembly.assemblies")
                .query(Long.class)
                .single();
    }
}
