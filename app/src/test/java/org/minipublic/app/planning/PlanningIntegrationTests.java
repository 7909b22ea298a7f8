package org.minipublic.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.AreaCount;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.CategoryId;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.NewRespondent;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.recruitment.RegistrationSettings;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.recruitment.StandardCategories;
import org.minipublic.app.selection.Target;
import org.minipublic.app.selection.Targets;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The recruitment plan on a small assembly: 2,000 households in two areas, a first round of 200 letters. */
@IntegrationTest
class PlanningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    RegistrationSetup setup;

    @Autowired
    Registration registration;

    @Autowired
    Targets targets;

    @Autowired
    Planner planner;

    @Autowired
    AuditLog audit;

    @Test
    void theTopUpRoundSendsEachAreaTheLettersThePlanProposes() {
        var organiser = fixtures.user("Plan Organiser");
        var assembly = afterFirstRound(organiser);

        var plan = planner.plan(organiser.actor(), assembly).orElseThrow();

        // North: 4 of 100 answered (4 %), South 8 of 100 (8 %). The pool wants 10 x 5 = 50 and holds 12: 38 short,
        // 19 per area by households. North's own target wants 15 (has 4) and South's 15 (has 8), both less than 19.
        // Letters: North 19 / 4 % = 475, South 19 / 8 % = 237.5, so 238.
        assertThat(plan.areas())
                .extracting(AreaPlan::area, AreaPlan::registered, AreaPlan::topUp)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("North", 4, 475),
                        org.assertj.core.groups.Tuple.tuple("South", 8, 238));
        var round = planner.drawTopUp(organiser.actor(), assembly, 99L);

        assertThat(round.letters()).isEqualTo(713);
        assertThat(rounds.perArea(round.id()))
                .extracting(AreaCount::area, AreaCount::invited)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("North", 475),
                        org.assertj.core.groups.Tuple.tuple("South", 238));
    }

    @Test
    void anOrganiserSeesThePlanChangesItsSettingsAndIsToldWhatIsWrongWithBadOnes() throws Exception {
        var organiser = fixtures.user("Plan Page Organiser");
        var assembly = afterFirstRound(organiser);
        String page = "/assemblies/" + assembly + "/recruitment/plan";

        mvc.perform(get(page).with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recruitment plan")))
                .andExpect(content().string(containsString("Send 713 more letters")));
        mvc.perform(post(page)
                        .param("poolPerSeat", "lots")
                        .param("defaultRate", "3")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter respondents per seat as a number from 1 to 50")));
        mvc.perform(post(page)
                        .param("poolPerSeat", "4")
                        .param("defaultRate", "2,5")
                        .param("rates[0].area", "North")
                        .param("rates[0].rate", "0")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter each response rate as a per cent above 0")));
        assertThat(planner.settings(assembly)).isEqualTo(PlanSettings.DEFAULT);

        mvc.perform(post(page)
                        .param("poolPerSeat", "4")
                        .param("defaultRate", "2,5")
                        .param("rates[0].area", "North")
                        .param("rates[0].rate", "1.5")
                        .param("rates[1].area", "South")
                        .param("rates[1].rate", "")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(planner.settings(assembly)).isEqualTo(new PlanSettings(4, 2.5, Map.of("North", 1.5)));
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("planning.settings-saved"))
                .hasSize(1);
        mvc.perform(post(page + "/top-up")
                        .param("seed", "12")
                        .with(user(organiser.principal()))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/assemblies/" + assembly + "/invitations/*"));
        assertThat(rounds.rounds(assembly)).hasSize(2);
    }

    @Test
    void beforeTheAddressListAndTargetsThePageSaysWhatToDoFirst() throws Exception {
        var organiser = fixtures.user("Early Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Early plan"));

        mvc.perform(get("/assemblies/" + assembly + "/recruitment/plan").with(user(organiser.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import the address list first")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> planner.drawTopUp(organiser.actor(), assembly, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("planning.top-up.none");
    }

    /** 1,000 households in each of North and South, 100 letters to each, 4 respondents from North, 8 from South. */
    private AssemblyId afterFirstRound(Fixtures.TestUser organiser) {
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Plan"));
        var csv = new StringBuilder("address line 1,postcode,area\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i + 1).append(" Plan Street,PL").append(i % 9 + 1).append(" 1AA,");
            csv.append(i % 2 == 0 ? "North" : "South").append('\n');
        }
        var check = addresses.upload(
                organiser.actor(), assembly, "a.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        addresses.importUpload(organiser.actor(), assembly, check.uploadId());
        StandardCategories.all().forEach(c -> setup.addCategory(organiser.actor(), assembly, c));
        setup.saveSettings(
                organiser.actor(),
                assembly,
                new RegistrationSettings(Instant.now().plus(Duration.ofDays(30)), 1, LocalDate.of(2027, 2, 20)));
        var round = rounds.draw(organiser.actor(), assembly, new RoundSettings(200, true, Map.of()), 7L);
        var codes = new HashMap<String, List<String>>();
        for (int page = 0; page < 10; page++) {
            rounds.invitations(round, page).households().forEach(h -> codes.computeIfAbsent(
                            h.address().area(), a -> new ArrayList<>())
                    .add(java.util.Objects.requireNonNull(h.code()).display()));
        }
        register(assembly, codes.get("North").subList(0, 4));
        register(assembly, codes.get("South").subList(0, 8));
        var all = new ArrayList<Target>();
        targets.values(assembly)
                .forEach((category, values) -> values.forEach(v -> all.add(
                        category.kind() == Category.Kind.AREA
                                ? new Target(category.name(), v, 3, 6, null)
                                : new Target(category.name(), v, 0, 10, null))));
        targets.save(organiser.actor(), assembly, 10, all);
        return assembly;
    }

    private void register(AssemblyId assembly, List<String> codes) {
        var asked = setup.categories(assembly).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .toList();
        for (String code : codes) {
            var answers = new HashMap<CategoryId, String>();
            asked.forEach(c -> answers.put(c.id(), c.options().get(0)));
            registration.register(
                    null,
                    code,
                    new NewRespondent(
                            "Plan",
                            "Person",
                            "plan" + code + "@example.org",
                            "",
                            LocalDate.of(1980, 1, 1),
                            answers,
                            "",
                            "en",
                            NewRespondent.Availability.ALL,
                            true));
        }
    }
}
