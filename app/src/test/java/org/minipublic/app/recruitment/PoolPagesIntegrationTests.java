package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Importing a respondent file from the pool page: the check page, then the import, or the file sent back. */
@IntegrationTest
@Import(RegistrationFixture.class)
class PoolPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    Pool pool;

    @Test
    void theCheckPageNamesEachProblemByRowAndColumnAndOffersNoImport() throws Exception {
        var open = fixture.openAssembly(1, 1);
        var file = PoolCsv.of(
                PoolCsv.person("Ada", "Ash", "ada@example.org", ""),
                "Bo,Birch,bo@example.org,,1980-05-17,Area A,en,ALL,,Robot,White,No");

        String check = upload(open, file);

        mvc.perform(get(check).with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is one problem, so nobody will be added")))
                .andExpect(content().string(containsString("Row 3, column &quot;\u2068Gender\u2069&quot;")))
                .andExpect(content().string(containsString("Robot&quot; is not one of the answers to this question")))
                .andExpect(content().string(not(containsString(check + "/import"))));
        assertThat(pool.members(open.assembly())).isEmpty();
    }

    @Test
    void aGoodFileIsCheckedThenImportedAndThePoolShowsItsPeople() throws Exception {
        var open = fixture.openAssembly(1, 1);
        var file = PoolCsv.of(
                PoolCsv.person("Cy", "Cedar", "cy@example.org", "A"),
                PoolCsv.person("Di", "Cedar", "di@example.org", "A"));

        String check = upload(open, file);

        var page = Html.page(mvc, get(check).with(user(open.organiser().principal())));
        assertThat(page.select("form[action$=/import] button").text()).isEqualTo("Add 2 respondents");
        assertThat(page.select("form[action$=/import]").hasAttr("data-once"))
                .as("the button is disabled once pressed")
                .isTrue();
        assertThat(page.select("script[src$=submit-once.js]")).hasSize(1);
        mvc.perform(post(check + "/import")
                        .with(user(open.organiser().principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("imported", 2));
        mvc.perform(post(check + "/import") // sent again, as by a second click
                        .with(user(open.organiser().principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "recruitment.import.not-waiting"));
        mvc.perform(get("/assemblies/" + open.assembly() + "/respondents")
                        .with(user(open.organiser().principal())))
                .andExpect(content().string(containsString("Cy Cedar")))
                .andExpect(content().string(containsString("imported")))
                .andExpect(content().string(containsString("The file holds the names, contact details and answers")));
        assertThat(pool.members(open.assembly())).hasSize(2);
    }

    private String upload(RegistrationFixture.Open open, byte[] content) throws Exception {
        return mvc.perform(multipart("/assemblies/" + open.assembly() + "/respondents/uploads")
                        .file(new MockMultipartFile("file", "pool.csv", "text/csv", content))
                        .with(user(open.organiser().principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
