package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The survey pages over HTTP: the public form in Polish with its errors, a closed survey, hostile text rendered
 * inert, the results page with its charts, the downloads, and an import from upload to import.
 */
@IntegrationTest
class SurveyPagesIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    Surveys surveys;

    @Autowired
    Answering answering;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void thePublicFormSpeaksPolishAndSaysWhatIsMissing() throws Exception {
        var organiser = fixtures.user("Pages Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Pages surveys"));
        var id = surveys.create(organiser.actor(), assembly, "Weekend 1", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.open(organiser.actor(), assembly, id);
        var token = surveys.survey(organiser.actor(), assembly, id).token();
        var link = "/public/surveys/" + token;

        mvc.perform(get(link).param("lang", "pl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Czułem(-am) się włączony(-a)")))
                .andExpect(content().string(containsString("Zdecydowanie się zgadzam")));
        mvc.perform(post(link).with(csrf()).param("lang", "pl").param("q-inclusive", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Odpowiedz na to pytanie.")))
                .andExpect(content().string(containsString("value=\"4\" checked=\"checked\"")));
        var full = post(link).with(csrf());
        for (var key : List.of("inclusive", "diverse-views", "facilitation", "materials", "speakers", "wellbeing")) {
            full = full.param("q-" + key, "5");
        }
        mvc.perform(full.param("q-change", SCRIPT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link + "/thanks"));
        mvc.perform(get(link + "/thanks")).andExpect(status().isOk());

        var results = "/assemblies/" + assembly + "/surveys/" + id + "/results";
        var first = surveys.survey(organiser.actor(), assembly, id)
                .questions()
                .get(0)
                .id();
        mvc.perform(get(results).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/results/" + first + ".svg")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString(SCRIPT))));
        mvc.perform(get(results).param("lang", "ur").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/results/" + first + ".png")));
        mvc.perform(get(results + "/" + first + ".svg").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().string(containsString("Strongly agree")));

        surveys.close(organiser.actor(), assembly, id);
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This survey is closed")))
                .andExpect(content().string(not(containsString("Send my answers"))));
        mvc.perform(get("/public/surveys/" + "A".repeat(22))).andExpect(status().isNotFound());
    }

    @Test
    void hostileTitlesAndQuestionsStayText() throws Exception {
        var organiser = fixtures.user("Hostile Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Hostile surveys"));
        var id = surveys.create(organiser.actor(), assembly, SCRIPT, SurveyTemplate.BLANK, Locale.ENGLISH);
        surveys.addQuestion(
                organiser.actor(),
                assembly,
                id,
                new QuestionDraft("", QuestionKind.SINGLE, true, SCRIPT, SCRIPT, SCRIPT + "\nNo", null, 0));
        for (var page : List.of("", "/preview")) {
            mvc.perform(get("/assemblies/" + assembly + "/surveys/" + id + page).with(user(organiser.principal())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(SCRIPT))));
        }
        surveys.open(organiser.actor(), assembly, id);
        mvc.perform(get("/public/surveys/"
                        + surveys.survey(organiser.actor(), assembly, id).token()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(SCRIPT))));
    }

    @Test
    void responsesDownloadAsCsvAndXlsxAndImportFromAFile() throws Exception {
        var organiser = fixtures.user("Files Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Files surveys"));
        var id = surveys.create(organiser.actor(), assembly, "Weekend 2", SurveyTemplate.FEEDBACK, Locale.ENGLISH);
        surveys.open(organiser.actor(), assembly, id);
        var base = "/assemblies/" + assembly + "/surveys/" + id;
        var asOrganiser = user(organiser.principal());

        var bad = new MockMultipartFile(
                "file",
                "feedback.csv",
                "text/csv",
                "inclusive,diverse-views,facilitation,materials,speakers,wellbeing,change\n5,4,4,4,4,4,Fine\n6,4,4,4,4,4,\n"
                        .getBytes(StandardCharsets.UTF_8));
        var checkPage = mvc.perform(
                        multipart(base + "/uploads").file(bad).with(csrf()).with(asOrganiser))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base + "/uploads/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(checkPage).with(asOrganiser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 3")))
                .andExpect(content().string(containsString("“6” is not one of the options.")))
                .andExpect(content().string(not(containsString("Import 2 responses"))));
        mvc.perform(post(checkPage + "/import").with(csrf()).with(asOrganiser))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(checkPage));
        // matched by hand: the spoiled scale column left out
        mvc.perform(post(checkPage + "/import").with(csrf()).with(asOrganiser).param("column-0", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(checkPage));
        mvc.perform(post(checkPage)
                        .with(csrf())
                        .with(asOrganiser)
                        .param("column-0", "")
                        .param("column-1", "diverse-views")
                        .param("column-2", "facilitation")
                        .param("column-3", "materials")
                        .param("column-4", "speakers")
                        .param("column-5", "wellbeing")
                        .param("column-6", "change"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No column fills the required question inclusive.")));

        answering.answer(
                surveys.survey(organiser.actor(), assembly, id).token(),
                "en",
                q -> Map.of(
                                "inclusive",
                                List.of("5"),
                                "wellbeing",
                                List.of("2"),
                                "diverse-views",
                                List.of("4"),
                                "facilitation",
                                List.of("4"),
                                "materials",
                                List.of("3"),
                                "speakers",
                                List.of("4"))
                        .getOrDefault(q.key(), List.of()),
                "198.51.100.7");
        var csv = mvc.perform(get(base + "/responses.csv").with(asOrganiser))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("responses.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("response,submitted,channel,language,inclusive")
                .contains("Strongly agree");
        var xlsx = mvc.perform(get(base + "/responses.xlsx").with(asOrganiser))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("inclusive");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Strongly agree");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        mvc.perform(get(base + "/results/"
                                + surveys.survey(organiser.actor(), assembly, id)
                                        .questions()
                                        .get(0)
                                        .id() + ".png")
                        .with(asOrganiser))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
    }
}
