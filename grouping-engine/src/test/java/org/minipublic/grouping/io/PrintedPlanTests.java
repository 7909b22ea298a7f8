package org.minipublic.grouping.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.model.Person;
import org.minipublic.grouping.model.PersonId;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.support.Problems;

/** The printable table plan and name cards. */
class PrintedPlanTests {

    @Test
    void listsEachTableAlphabeticallyAsAReaderExpectsAccentsAndCaseIncluded() {
        var people = List.of(
                person("1", "Zofia Nowak"),
                person("2", "Émile Durand"),
                person("3", "adam Smith"),
                person("4", "Farah <Khan>"));
        var result = GroupAllocator.allocate(Problems.problem(people, 1, 1, Rules.none()));

        String plan = PrintedPlan.tablePlan(result);

        assertThat(plan).containsSubsequence("adam Smith", "Émile Durand", "Farah &lt;Khan&gt;", "Zofia Nowak");
        assertThat(plan).doesNotContain("<Khan>");
    }

    @Test
    void givesEveryMemberACardWithTheirTableInEachSession() {
        var people = List.of(person("1", "Ann"), person("2", "Bo"), person("3", "Cy"), person("4", "Di"));
        var result = GroupAllocator.allocate(Problems.problem(people, 2, 3, Rules.none()));

        String cards = PrintedPlan.nameCards(result);

        assertThat(cards.split("class=\"card\"", -1)).hasSize(5);
        int table = result.plan().tableOf()[2][1] + 1;
        assertThat(cards).containsSubsequence("Bo", "Session 3: <strong>table " + table + "</strong>");
    }

    private static Person person(String id, String name) {
        return new Person(new PersonId(id), name, Map.of());
    }
}
