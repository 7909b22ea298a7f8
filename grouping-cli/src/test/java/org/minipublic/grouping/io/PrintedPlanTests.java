package org.minipublic.grouping.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.GroupingResult;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Rules;

/** The printable table plan and name cards. */
class PrintedPlanTests {

    @Test
    void listsEachTableAlphabeticallyAsAReaderExpectsAccentsAndCaseIncluded() {
        var people = List.of(
                person("1", "Zofia Nowak"),
                person("2", "Émile Durand"),
                person("3", "adam Smith"),
                person("4", "Farah <Khan>"));
        var result = allocate(people, 1, 1, Rules.none());

        String plan = PrintedPlan.tablePlan(result, Locale.ENGLISH);

        assertThat(plan).containsSubsequence("adam Smith", "Émile Durand", "Farah &lt;Khan&gt;", "Zofia Nowak");
        assertThat(plan).doesNotContain("<Khan>");
    }

    @Test
    void givesEveryMemberACardWithTheirTableInEachSession() {
        var people = List.of(person("1", "Ann"), person("2", "Bo"), person("3", "Cy"), person("4", "Di"));
        var result = allocate(people, 2, 3, Rules.none());

        String cards = PrintedPlan.nameCards(result, Locale.ENGLISH);

        assertThat(cards.split("class=\"card\"", -1)).hasSize(5);
        int table = result.plan().tableOf()[2][1] + 1;
        assertThat(cards).containsSubsequence("Bo", "Session 3: <strong>table " + table + "</strong>");
    }

    @Test
    void printsInPolish() {
        var people = List.of(person("1", "Ann"), person("2", "Bo"), person("3", "Cy"), person("4", "Di"));
        var result = allocate(people, 2, 2, Rules.none());
        var polish = Locale.forLanguageTag("pl");

        assertThat(PrintedPlan.tablePlan(result, polish))
                .contains("<html lang=\"pl\" dir=\"ltr\">", "<title>Plan stolików</title>")
                .containsSubsequence("Sesja 1 z 2", "Stolik 1", "Stolik 2", "Sesja 2 z 2")
                .doesNotContain("Session", "Table");
        int table = result.plan().tableOf()[1][0] + 1;
        assertThat(PrintedPlan.nameCards(result, polish)).contains("Sesja 2: <strong>stolik " + table + "</strong>");
    }

    @Test
    void listsNamesInTheOrderOfThePagesLanguage() {
        var people = List.of(person("1", "Śliwa"), person("2", "Szymański"), person("3", "Sowa"));
        var result = allocate(people, 1, 1, Rules.none());

        assertThat(PrintedPlan.tablePlan(result, Locale.forLanguageTag("pl")))
                .containsSubsequence("Sowa", "Szymański", "Śliwa");
        assertThat(PrintedPlan.tablePlan(result, Locale.ENGLISH)).containsSubsequence("Śliwa", "Sowa", "Szymański");
    }

    @Test
    void marksTheAccessibleTablesSoTheRoomCanBeSetUp() {
        var people = List.of(person("1", "Ann"), person("2", "Bo"), person("3", "Cy"), person("4", "Di"));
        var rules = new Rules(List.of(), List.of(), List.of(), java.util.Set.of(), Map.of(2, java.util.Set.of(2)));
        var result = allocate(people, 2, 2, rules);

        assertThat(PrintedPlan.tablePlan(result, Locale.ENGLISH))
                .containsSubsequence(
                        "Session 1 of 2",
                        "<h3>Table 1</h3>",
                        "<h3>Table 2</h3>",
                        "Session 2 of 2",
                        "<h3>Table 1</h3>",
                        "<h3>Table 2 (accessible)</h3>");
        assertThat(PrintedPlan.tablePlan(result, Locale.forLanguageTag("pl"))).contains("Stolik 2 (dostępny)");
    }

    @Test
    void printsEachNameCardInItsMembersLanguage() {
        var people = List.of(person("1", "Ann"), person("2", "Bilal"), person("3", "Celina"), person("4", "Di"));
        var result = allocate(people, 2, 1, Rules.none());
        var languages =
                Map.of(new MemberId("2"), Locale.forLanguageTag("ur"), new MemberId("3"), Locale.forLanguageTag("pl"));

        String cards = PrintedPlan.nameCards(result, Locale.ENGLISH, languages);

        assertThat(cards)
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .containsSubsequence(
                        "<div class=\"card\">",
                        "Ann",
                        "Session 1: <strong>table ",
                        "<div class=\"card\" lang=\"ur\" dir=\"rtl\">",
                        "Bilal",
                        "سیشن 1: <strong>میز ",
                        "<div class=\"card\" lang=\"pl\" dir=\"ltr\">",
                        "Celina",
                        "Sesja 1: <strong>stolik ",
                        "<div class=\"card\">",
                        "Di",
                        "Session 1: <strong>table ");
    }

    @Test
    void printsInUrduRightToLeft() {
        var people = List.of(person("1", "Ann"), person("2", "Bo"));
        var result = allocate(people, 1, 1, Rules.none());
        var urdu = Locale.forLanguageTag("ur");

        assertThat(PrintedPlan.tablePlan(result, urdu))
                .contains("<html lang=\"ur\" dir=\"rtl\">", "میز 1", "سیشن 1 (کل 1)");
        assertThat(PrintedPlan.nameCards(result, urdu)).contains("dir=\"rtl\"", "<strong>میز 1</strong>");
    }

    @Test
    void printsTheAskedLanguageWhateverTheMachinesOwnLanguage() {
        var people = List.of(person("1", "Ann"), person("2", "Bo"));
        var result = allocate(people, 1, 1, Rules.none());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pl"));
            assertThat(PrintedPlan.tablePlan(result, Locale.ENGLISH)).contains("Session 1 of 1", "Table 1");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesALanguageItHasNoWordsFor() {
        var result = allocate(List.of(person("1", "Ann"), person("2", "Bo")), 1, 1, Rules.none());

        assertThatThrownBy(() -> PrintedPlan.tablePlan(result, Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de");
    }

    @Test
    void everyLanguageHasEveryWord() throws IOException {
        Set<Object> english = keys("printed.properties");
        assertThat(keys("printed_pl.properties")).isEqualTo(english);
        assertThat(keys("printed_ur.properties")).isEqualTo(english);
    }

    private static Set<Object> keys(String file) throws IOException {
        var properties = new Properties();
        try (var in = PrintedPlan.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }

    @Test
    void marksTheSessionsAMemberWasNotAtWithADash() {
        // Bo joined after session 1, which Ann and Cy held at one table
        var held = Map.of(1, HeldSession.of(Map.of(new MemberId("1"), 1, new MemberId("3"), 1)));
        var people = List.of(person("1", "Ann"), person("2", "Bo"), person("3", "Cy"));
        var result = GroupAllocator.allocate(new GroupingProblem(
                people,
                List.of(),
                List.of(),
                List.of(),
                List.of(1, 1),
                Rules.none(),
                held,
                1,
                Duration.ofSeconds(30),
                GroupingProblem.DEFAULT_BAND));

        assertThat(PrintedPlan.nameCards(result, Locale.ENGLISH))
                .containsSubsequence("Bo", "Session 1: <strong>–</strong>", "Session 2: <strong>table 1</strong>");
    }

    private static GroupingResult allocate(List<Member> people, int tables, int sessions, Rules rules) {
        return GroupAllocator.allocate(new GroupingProblem(
                people,
                List.of(),
                List.of(),
                List.of(),
                Collections.nCopies(sessions, tables),
                rules,
                Map.of(),
                7,
                Duration.ofSeconds(60),
                GroupingProblem.DEFAULT_BAND));
    }

    private static Member person(String id, String name) {
        return new Member(new MemberId(id), name, Map.of());
    }
}
