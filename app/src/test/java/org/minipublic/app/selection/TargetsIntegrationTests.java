package org.minipublic.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Targets as an organiser sets them: for every value of the registration categories, kept as versions. */
@IntegrationTest
@Import(RegistrationFixture.class)
class TargetsIntegrationTests {

    @Autowired
    Targets targets;

    @Autowired
    RegistrationFixture registration;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void savedTargetsAreKeptAsVersionsAndTheNewestIsCurrent() {
        var open = registration.openAssembly(4, 1);
        var first = targets.save(open.organiser().actor(), open.assembly(), 10, wide(open.assembly(), 10));
        var second = targets.save(open.organiser().actor(), open.assembly(), 12, wide(open.assembly(), 12));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        var current = targets.current(open.assembly()).orElseThrow();
        assertThat(current.panelSize()).isEqualTo(12);
        assertThat(current.targets()).isEqualTo(second.targets());
        assertThat(current.byCategory()).containsKeys("Gender", "Age band", "Area");
    }

    @Test
    void targetsThatLeaveAValueOutAreRefusedAndNothingIsSaved() {
        var open = registration.openAssembly(4, 1);
        var some = wide(open.assembly(), 10).stream()
                .filter(t -> !t.value().equals("Man"))
                .toList();

        assertThatThrownBy(() -> targets.save(open.organiser().actor(), open.assembly(), 10, some))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("selection.targets.missing");
        assertThat(targets.current(open.assembly())).isEmpty();
    }

    @Test
    void onlyOrganisersSaveTargets() {
        var open = registration.openAssembly(4, 1);
        var board = fixtures.userWithRole("Board Member", open.assembly(), AssemblyRole.ADVISORY_BOARD);

        assertThatThrownBy(() -> targets.save(board.actor(), open.assembly(), 10, wide(open.assembly(), 10)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theOrganiserWorksTargetsOutFromSharesThenSavesThem() throws Exception {
        var open = registration.openAssembly(4, 1);
        String base = "/assemblies/" + open.assembly() + "/targets";
        var principal = open.organiser().principal();

        mvc.perform(get(base).with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No targets have been saved yet.")))
                .andExpect(content().string(containsString("Non-binary or another gender")));

        // 50 % women of a panel of 45 is 22.5 seats: 21 to 24 with one seat either side
        mvc.perform(form(base, "compute", "45").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Worked out from the population shares.")))
                .andExpect(content().string(containsString("name=\"rows[0].min\" value=\"21\"")))
                .andExpect(content().string(containsString("name=\"rows[0].max\" value=\"24\"")));

        mvc.perform(form(base, "save", "45").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enter the fewest and most seats as whole numbers")));
        mvc.perform(form(base, "save", "45")
                        .param("rows[0].min", "21")
                        .param("rows[0].max", "24")
                        .with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Man&quot; has no target")));

        var filled = post(base).with(csrf()).param("action", "save").param("panelSize", "45");
        fillEveryRow(filled, open.assembly(), 45);
        mvc.perform(filled.with(user(principal))).andExpect(redirectedUrl(base));
        assertThat(targets.current(open.assembly()).orElseThrow().panelSize()).isEqualTo(45);
        mvc.perform(get(base).with(user(principal)))
                .andExpect(content().string(not(containsString("No targets have been saved yet."))))
                .andExpect(content().string(containsString("Version 1")));
    }

    @Test
    void aWrongNumberIsNamedAndWhatWasTypedIsKept() throws Exception {
        var open = registration.openAssembly(4, 1);
        String base = "/assemblies/" + open.assembly() + "/targets";
        var request = form(base, "save", "forty").with(user(open.organiser().principal()));

        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the panel size as a whole number")))
                .andExpect(content().string(containsString("value=\"forty\"")));
    }

    /** The first row is the first gender, with a population share of 50 %. */
    private static MockHttpServletRequestBuilder form(String url, String action, String panelSize) {
        return post(url)
                .with(csrf())
                .param("action", action)
                .param("panelSize", panelSize)
                .param("tolerance", "1")
                .param("rows[0].category", "Gender")
                .param("rows[0].value", "Woman")
                .param("rows[0].population", "50");
    }

    private void fillEveryRow(MockHttpServletRequestBuilder request, AssemblyId assembly, int panelSize) {
        int i = 0;
        for (var target : wide(assembly, panelSize)) {
            request.param("rows[" + i + "].category", target.category())
                    .param("rows[" + i + "].value", target.value())
                    .param("rows[" + i + "].min", Integer.toString(target.min()))
                    .param("rows[" + i + "].max", Integer.toString(target.max()));
            i++;
        }
    }

    /** Targets that allow anything: no seats at least, the whole panel at most, for every value. */
    private List<Target> wide(AssemblyId assembly, int panelSize) {
        var all = new ArrayList<Target>();
        targets.values(assembly)
                .forEach((Category category, List<String> values) ->
                        values.forEach(v -> all.add(new Target(category.name(), v, 0, panelSize, null))));
        return all;
    }
}
