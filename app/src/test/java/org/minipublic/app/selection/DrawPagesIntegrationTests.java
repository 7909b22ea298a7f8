package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** An organiser runs a draw from the page; the public sees its figures, never a person. */
@IntegrationTest
@Import(SelectionFixture.class)
class DrawPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionFixture fixture;

    @Autowired
    Draws draws;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Targets targets;

    @Test
    void theOrganiserRunsADrawAndSeesThePanelWithNamesAndChances() throws Exception {
        var open = fixture.assemblyWithPool(20);
        fixture.anyPanel(open, 5);
        var principal = open.organiser().principal();
        String base = "/assemblies/" + open.assembly() + "/draws";

        mvc.perform(get(base).with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No draw has been run yet.")))
                .andExpect(content().string(containsString("Targets version 1, for a panel of 5.")));
        mvc.perform(post(base)
                        .with(user(principal))
                        .with(csrf())
                        .param("algorithm", "leximin")
                        .param("seed", "12x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the seed as a whole number")));
        String location = mvc.perform(post(base)
                        .with(user(principal))
                        .with(csrf())
                        .param("algorithm", "leximin")
                        .param("seed", "4 242")
                        .param("witnesses", "Ann Observer\r\nBo Watcher"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = DrawId.valueOf(location.substring(location.lastIndexOf('/') + 1));
        fixture.awaitEnd(open.assembly(), id);

        String page = mvc.perform(get(location).with(user(principal)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("4242", "(typed in)", "Ann Observer", "Bo Watcher", "The panel (5)", "Reserves (15)")
                .contains("Person", "25.0%")
                .doesNotContain("hx-trigger");
        var someone = draws.people(open.organiser().actor(), open.assembly(), id).stream()
                .filter(DrawPerson::selected)
                .findFirst()
                .orElseThrow()
                .respondent();
        mvc.perform(post(location + "/withdrawals")
                        .with(user(principal))
                        .with(csrf())
                        .param("respondent", someone.toString())
                        .param("reason", "DECLINED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(principal)))
                .andExpect(content().string(containsString("4 people hold a seat; one seat is open.")))
                .andExpect(content().string(containsString("Draw one replacement")));
        String replacement = mvc.perform(post(location + "/replacements")
                        .with(user(principal))
                        .with(csrf())
                        .param("seed", "8"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        fixture.awaitEnd(open.assembly(), DrawId.valueOf(replacement.substring(replacement.lastIndexOf('/') + 1)));
        mvc.perform(get(replacement).with(user(principal)))
                .andExpect(content().string(containsString("Replacements for draw 1")))
                .andExpect(content().string(containsString("The panel (1)")));
        mvc.perform(get(location + "/record.json").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"seed\": 4242")));
    }

    @Test
    void thePublicSeesFiguresOnceTheAssemblyIsPastPlanningAndNeverAName() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var id = draws.start(
                open.organiser().actor(),
                open.assembly(),
                new DrawSettings("leximin", 5L, java.util.List.of("Ann Observer")));
        fixture.awaitEnd(open.assembly(), id);
        String page = "/public/assemblies/" + open.assembly() + "/draws/" + id;
        String api = "/api/v1/assemblies/" + open.assembly() + "/draws";

        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(get(api)).andExpect(status().isNotFound());

        assemblies.moveTo(Actor.system(), open.assembly(), AssemblyStatus.RECRUITING);
        String html = mvc.perform(get(page))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String json = mvc.perform(get(api))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("How the panel was chosen: draw 1", "Ann Observer", "Non-binary or another gender");
        // the composition also as charts: one per category, a bar per value with its seats and share of the panel
        var charts = org.jsoup.Jsoup.parse(html).select("figure.composition-chart");
        assertThat(charts).isNotEmpty();
        assertThat(charts.select("svg[role=img] > title").first().text()).contains("target range");
        assertThat(charts.select("text.chart-label").eachText()).contains("Non-binary or another gender");
        assertThat(charts.select("rect.chart-panel")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(charts.select("text.chart-value").eachText()).allMatch(t -> t.matches("\\d+ \\(\\d+ %\\)"));
        assertThat(json)
                .contains(
                        "\"number\":1",
                        "\"replaces\":null",
                        "\"seed\":5",
                        "\"algorithm\":\"leximin\"",
                        "\"panelSize\":4")
                .contains("\"peopleSha256\"", "\"Gender\":{\"Woman\":{\"registered\":4");
        for (String text : new String[] {html, json}) {
            assertThat(text).doesNotContain("Person0", "Pooled", "example.org");
        }
        mvc.perform(get("/api/v1/assemblies"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("\"draws\":\"/api/v1/assemblies/" + open.assembly() + "/draws\"")))
                .andExpect(content()
                        .string(containsString("\"recommendations\":\"/api/v1/assemblies/" + open.assembly()
                                + "/recommendations\",\"responses\":\"/api/v1/assemblies/" + open.assembly()
                                + "/responses\",\"actions\":\"/api/v1/assemblies/" + open.assembly() + "/actions\"")));
    }

    @Test
    void aUniformDrawsPageSaysHowManyValidPanelsItChoseAmong() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var id = draws.start(
                open.organiser().actor(), open.assembly(), new DrawSettings("uniform", 5L, java.util.List.of()));
        fixture.awaitEnd(open.assembly(), id);

        mvc.perform(get("/assemblies/" + open.assembly() + "/draws/" + id)
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The panel is one of \u2068495\u2069 valid panels")));
    }

    /** The most random lottery with leximin's chances: the page must not say its panels were equally likely. */
    @Test
    void aMaxEntropyDrawsPageSaysItsPanelCameFromTheMostRandomLotteryWithLeximinsChances() throws Exception {
        var open = fixture.assemblyWithPool(12);
        fixture.anyPanel(open, 4);
        var id = draws.start(
                open.organiser().actor(), open.assembly(), new DrawSettings("maxentropy", 5L, java.util.List.of()));
        var draw = fixture.awaitEnd(open.assembly(), id);
        assertThat(draw.status()).as(String.valueOf(draw.failure())).isEqualTo(Draw.Status.DONE);

        mvc.perform(get("/assemblies/" + open.assembly() + "/draws/" + id)
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Most random with leximin&#39;s chances")))
                .andExpect(content()
                        .string(containsString("The panel is one of \u2068495\u2069 valid panels, drawn from the most"
                                + " random lottery that gives everyone leximin&#39;s chance")));
        assertThat(draws.record(open.organiser().actor(), open.assembly(), id).orElseThrow())
                .contains("\"chosen_by\": \"seed (from the most random lottery with leximin's chances)\"");
    }

    @Test
    void aFailedDrawSaysWhyAndOffersToRunAgainWithTheSameSettings() throws Exception {
        var open = fixture.assemblyWithPool(12); // four men
        var fiveMen = fixture.wide(open.assembly(), 5).stream()
                .map(t -> !t.category().equals("Gender")
                        ? t
                        : new Target(
                                "Gender",
                                t.value(),
                                t.value().equals("Man") ? 5 : 0,
                                t.value().equals("Man") ? 5 : 0,
                                null))
                .toList();
        targets.save(open.organiser().actor(), open.assembly(), 5, fiveMen);
        var id = draws.start(
                open.organiser().actor(),
                open.assembly(),
                new DrawSettings("maximin", 77L, java.util.List.of("Ann", "Bo")));
        fixture.awaitEnd(open.assembly(), id);

        String page = mvc.perform(get("/assemblies/" + open.assembly() + "/draws/" + id)
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("The draw did not succeed", "The lottery engine explains (in English):", "Man")
                .contains("name=\"algorithm\" value=\"maximin\"", "name=\"seed\" value=\"77\"")
                .contains("name=\"witnesses\" value=\"Ann\nBo\"", "Run again");
    }
}
