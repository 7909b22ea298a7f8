package org.minipublic.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.support.SecondApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Demo mode loads one assembly and one user per role, and loading again changes nothing; its database cannot then be
 * used without demo mode.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

    @Autowired
    org.minipublic.app.members.Members members;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.minipublic.app.accountability.Verdicts verdicts;

    @Autowired
    org.minipublic.app.accountability.Responses responses;

    @Autowired
    UserDetailsService users;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.minipublic.app.selection.Targets targets;

    @Autowired
    org.minipublic.app.recruitment.Pool pool;

    @Autowired
    org.minipublic.app.recruitment.PoolDuplicates poolDuplicates;

    @Autowired
    org.minipublic.app.selection.Draws draws;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void loadsTheDemoAssemblyWithOneUserPerRoleOnlyOnce() throws Exception {
        loader.run(null); // the second start of the same installation
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var demo = assemblies.find(id).orElseThrow();
        assertThat(demo.details().question())
                .isEqualTo("How can the police build trust with all communities and make the borough feel safer?");
        assertThat(demo.details().days()).hasSize(5);
        assertThat(demo.details().weekendCount()).isEqualTo(3);
        assertThat(identity.teamCounts(id))
                .containsEntry(AssemblyRole.ORGANISER, 1)
                .containsEntry(AssemblyRole.FACILITATOR, 1)
                .containsEntry(AssemblyRole.ADVISORY_BOARD, 1)
                .containsEntry(AssemblyRole.INSTITUTION_OFFICER, 1)
                .containsEntry(AssemblyRole.MEMBER, 1)
                .containsEntry(AssemblyRole.RECRUITER, 1);
        assertThat(count("assembly.assemblies")).isEqualTo(1);
        assertThat(count("identity.users")).isEqualTo(DemoUsers.ALL.size());
        assertThat(count("recruitment.households")).isEqualTo(DemoRecruitment.HOUSEHOLDS);
        assertThat(count("recruitment.rounds")).isEqualTo(1);
        assertThat(count("recruitment.invitations")).isEqualTo(DemoRecruitment.LETTERS);
        assertThat(count("recruitment.categories")).isEqualTo(5);
        assertThat(count("recruitment.respondents"))
                .as("the registrations, and one of them again by phone after the draw")
                .isEqualTo(DemoRecruitment.RESPONDENTS + 1);
        assertThat(poolDuplicates.groups(org.minipublic.app.shared.Actor.system(), id))
                .as("the second registration shows as a likely duplicate")
                .anySatisfy(group -> assertThat(group.kind()).isEqualTo("NAME_AND_BIRTH"));
        assertThat(count("selection.target_sets")).isEqualTo(1);
        assertThat(count("selection.draws")).isEqualTo(1);
        var draw = draws.all(id).get(0);
        assertThat(draw.status()).isEqualTo(org.minipublic.app.selection.Draw.Status.DONE);
        assertThat(draw.algorithm()).isEqualTo("leximin");
        assertThat(draw.smallestChance())
                .as("everyone in the demo pool has a chance")
                .isGreaterThan(0.01);
        assertThat(draw.largestChance()).as("nobody is certain to be chosen").isLessThan(0.99);
        assertThat(draws.composition(id, draw.id()))
                .allSatisfy(row -> assertThat(row.selected()).isBetween(row.min(), row.max()));
        assertThat(draws.published(id)).hasSize(1);
        assertThat(count("selection.ceremonies where status = 'REVEALED' and digits = '308127'"))
                .as("the draw was held as a ceremony, its panel number from the demo's dice")
                .isEqualTo(1);
        assertThat(count("selection.draws where ceremony_id is not null")).isEqualTo(1);
        assertThat(count("selection.ceremony_pseudonyms")).isEqualTo((long) draw.poolSize());
        assertThat(count("selection.alternate_choices"))
                .as("alternates chosen once, from the decline the first calls recorded")
                .isEqualTo(1);
        assertThat(count("selection.alternates")).isBetween(1L, 4L);
        assertThat(count("members.members")).isEqualTo(DemoMembers.MEMBERS);
        assertThat(count("confirmation.attempts"))
                .as("a few calls recorded, once")
                .isEqualTo(4);
        assertThat(count("messaging.mailings"))
                .as("one mailing to the panel, sent once")
                .isEqualTo(1);
        assertThat(count("messaging.recipients"))
                .as("the panel members who gave an e-mail address")
                .isBetween(20L, 45L);
        assertThat(jdbc.sql("select count(*) from members.members where language in ('ur', 'pl')")
                        .query(Long.class)
                        .single())
                .isEqualTo(9);
        assertThat(jdbc.sql("select count(distinct day_date) from members.attendance")
                        .query(Long.class)
                        .single())
                .as("attendance for the two days of the first weekend")
                .isEqualTo(2);
        assertThat(count("members.attendance")).isBetween(80L, 90L);
        assertThat(jdbc.sql("select count(*) from members.portal_cards c join members.members m on m.id = c.member_id"
                                + " where m.status = 'ACTIVE'")
                        .query(Long.class)
                        .single())
                .as("a sign-in card for every active member, once")
                .isEqualTo(jdbc.sql("select count(*) from members.members where status = 'ACTIVE'")
                        .query(Long.class)
                        .single());
        assertThat(count("deliberation.comments where member_id is not null"))
                .as("a member's comment on the portal, once")
                .isEqualTo(1);
        assertThat(count("deliberation.amendments where member_id is not null"))
                .as("a member's amendment on the portal, once")
                .isEqualTo(1);
    }

    @Test
    void thePoolHasEnoughPeopleForEveryTargetSoThatTheDemoDrawCanSucceed() {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var set = targets.current(id).orElseThrow();
        assertThat(set.panelSize()).isEqualTo(DemoSelection.PANEL_SIZE);
        var composition = new java.util.HashMap<String, java.util.Map<String, Integer>>();
        pool.composition(id).forEach((category, counts) -> composition.put(category.name(), counts));
        assertThat(set.targets()).allSatisfy(target -> assertThat(
                        composition.get(target.category()).get(target.value()))
                .as("%s: %s", target.category(), target.value())
                .isGreaterThanOrEqualTo(target.min()));
    }

    @Test
    void thePinnedTablesPageShowsTheFirstWeekendsLockedPlansWithEachMembersName() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var organiser = users.loadUserByUsername("organiser@demo.minipublic.org");
        var someone = members.all(org.minipublic.app.shared.Actor.system(), id).stream()
                .filter(m -> !m.withdrawn() && !m.name().contains("'"))
                .findFirst()
                .orElseThrow()
                .name();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(
                        () -> mvc.perform(get("/assemblies/" + id + "/tables").with(user(organiser)))
                                .andExpect(status().isOk())
                                .andExpect(content().string(containsString("Table 6")))
                                .andExpect(content().string(containsString(someone)))
                                .andExpect(content().string(containsString("Locked"))));
        // one keep-apart and one keep-together pair, with their reasons, for the organiser only
        mvc.perform(get("/assemblies/" + id + "/tables/settings").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Related; asked not to share a table")))
                .andExpect(content().string(containsString("Supports the other at sessions")));
        mvc.perform(get("/assemblies/" + id + "/programme").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voting on the recommendations")));
    }

    @Test
    void thePinnedMembersPageAnswersTheDemoOrganiser() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var organiser = users.loadUserByUsername("organiser@demo.minipublic.org");
        mvc.perform(get("/assemblies/" + id + "/members").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("45 members")));
        mvc.perform(get("/assemblies/" + id + "/members/check-in/2027-02-20").with(user(organiser)))
                .andExpect(status().isOk());
    }

    @Test
    void theDemoHasDraftsUnderReviewAndAClosedBallotWithResults() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var organiser = users.loadUserByUsername("organiser@demo.minipublic.org");
        mvc.perform(get("/assemblies/" + id + "/drafts").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Victim support")))
                .andExpect(content().string(containsString("Professional review is open until")))
                .andExpect(content().string(containsString("Be seen and met in the community")))
                .andExpect(content().string(containsString("Table 4 · merged · version 1")));
        mvc.perform(get("/assemblies/" + id + "/ballots").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Final vote on the recommendations")))
                .andExpect(content().string(containsString("42 of 44 members have voted")));
    }

    @Test
    void theDemoHasTheEngagementSurveyAndTwoWeekendsOfFeedback() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var organiser = users.loadUserByUsername("organiser@demo.minipublic.org");
        assertThat(count("surveys.surveys")).isEqualTo(3);
        assertThat(count("surveys.responses")).isEqualTo(1300 + 41 + 39);
        var list = mvc.perform(get("/assemblies/" + id + "/surveys?lang=en").with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Residents&#39; views on safety and policing")))
                .andExpect(content().string(containsString("Feedback on weekend 2")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var survey =
                java.util.regex.Pattern.compile("/surveys/([0-9a-f-]{36})\"").matcher(list);
        assertThat(survey.find()).isTrue();
        mvc.perform(get("/assemblies/" + id + "/surveys/" + survey.group(1) + "/results?lang=en")
                        .with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1,300 responses")));
        mvc.perform(get("/assemblies/" + id + "/surveys/" + survey.group(1) + "/coding?lang=en")
                        .with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible officers")))
                .andExpect(content().string(containsString("Quotes for the report")));
        assertThat(count("surveys.answer_codes")).isPositive();
        assertThat(count("surveys.quotes")).isEqualTo(2);
    }

    /**
     * The public record of what became of the recommendations is out, with a response to every one, the members'
     * collective statement beside some and the figures of the verdict they gave on the portal beside every one, and an
     * action plan with progress; and no public page or API answer names a member.
     */
    @Test
    void thePublicPagesShowTheResponsesAndActionPlanAndNameNoMember() throws Exception {
        var id = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
        var system = org.minipublic.app.shared.Actor.system();
        var page = mvc.perform(get("/public/assemblies/" + id + "/accountability?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep victims informed")))
                .andExpect(content().string(containsString("Under consideration")))
                .andExpect(content().string(containsString("Delayed: 1")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Awaited");
        assertThat(page).contains("Victims told us the silence is the worst part.");
        assertThat(page)
                .as("the partnership's review meeting with its two decisions")
                .contains("Community Safety Partnership quarterly review")
                .contains("Publish the first quarter&#39;s figures by ward within four weeks")
                .contains("Invite two members of the assembly to observe the first training sessions");
        var report = java.util.regex.Pattern.compile("/public/assemblies/" + id + "/progress-reports/[0-9a-f-]{36}")
                .matcher(page);
        assertThat(report.find()).as("one published progress report").isTrue();
        mvc.perform(get(report.group() + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Three months after the response")))
                .andExpect(content().string(containsString("Community-designed training for every officer")));
        var round = verdicts.round(system, id).orElseThrow();
        assertThat(round.open()).isFalse();
        assertThat(round.published()).isTrue();
        assertThat(round.turnout()).as("most demo members gave their verdict").isGreaterThanOrEqualTo(30);
        var figures = verdicts.published(system, id);
        assertThat(figures).as("a figure for every response").hasSize((int) responses.all(system, id).stream()
                .filter(r -> r.response() != null)
                .count());
        for (var f : figures.values()) {
            assertThat(f.shown()).isTrue();
            assertThat(f.count() + f.noView()).isEqualTo(round.turnout());
            assertThat(page)
                    .contains(String.format(java.util.Locale.ENGLISH, "Median %s / 10", number(f.median())))
                    .contains("from " + f.count() + " members");
        }
        var published = new java.util.ArrayList<String>();
        published.add(page);
        for (String path : java.util.List.of(
                "/public/assemblies/" + id + "/updates.atom",
                "/public/assemblies/" + id + "?lang=en",
                "/public/assemblies/" + id + "/materials?lang=en",
                "/public/assemblies/" + id + "/report?lang=en",
                "/public/assemblies/" + id + "/accountability?status=DELAYED&lang=ur",
                "/api/v1/assemblies",
                "/api/v1/assemblies/" + id + "/draws")) {
            published.add(mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        var everyone = members.all(system, id);
        assertThat(everyone).hasSizeGreaterThanOrEqualTo(45);
        for (var member : everyone) {
            var profile = members.member(system, id, member.id()).profile();
            for (String text : published) {
                String name = profile.firstName() + " " + profile.lastName();
                assertThat(text)
                        .doesNotContain(name)
                        .doesNotContain(org.springframework.web.util.HtmlUtils.htmlEscape(name));
                for (String contact : java.util.List.of(profile.email(), profile.phone())) {
                    if (!contact.isBlank()) {
                        assertThat(text).doesNotContain(contact);
                    }
                }
            }
        }
    }

    @Test
    void aStartWithoutDemoOnTheDemoDatabaseIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> SecondApplication.start(databaseUrl).close()).satisfies(e -> {
            var cause = NestedExceptionUtils.getMostSpecificCause(e);
            assertThat(cause)
                    .isInstanceOf(DemoModeMismatchException.class)
                    .hasMessageContaining("without --demo")
                    .hasMessageContaining("holds the demo accounts");
            var analysis = new DemoModeMismatchFailureAnalyzer().analyze(e);
            assertThat(analysis.getAction()).contains("start with --demo", "--minipublic.data-dir=");
        });
    }

    /** A figure as the page prints it: at most one decimal place, none when whole. */
    private static String number(double value) {
        return new java.text.DecimalFormat("#.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(value);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
