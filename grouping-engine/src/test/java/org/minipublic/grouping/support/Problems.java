package org.minipublic.grouping.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.model.Person;
import org.minipublic.grouping.model.PersonId;
import org.minipublic.grouping.model.Rules;

/** Small hand-made problems for tests. */
public final class Problems {

    private Problems() {}

    /** People P1..Pn; {@code columns[i]} gives each person's value in attribute i (named "a0", "a1", ...). */
    public static List<Person> people(int n, String[]... columns) {
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Map<String, String> attributes = new HashMap<>();
            for (int a = 0; a < columns.length; a++) {
                attributes.put("a" + a, columns[a][p]);
            }
            people.add(new Person(id(p + 1), "Person " + (p + 1), attributes));
        }
        return people;
    }

    public static PersonId id(int number) {
        return new PersonId("P" + number);
    }

    public static GroupingProblem problem(List<Person> people, int tables, int sessions, Rules rules) {
        return problem(people, List.of(), tables, sessions, rules, 7);
    }

    public static GroupingProblem problem(
            List<Person> people, List<String> diversify, int tables, int sessions, Rules rules, long seed) {
        return new GroupingProblem(
                people,
                List.of(),
                diversify,
                List.of(),
                java.util.Collections.nCopies(sessions, tables),
                rules,
                Map.of(),
                seed,
                Duration.ofSeconds(60),
                GroupingProblem.DEFAULT_BAND);
    }

    public static Rules apart(PersonId a, PersonId b) {
        return new Rules(List.of(List.of(a, b)), List.of(), List.of(), java.util.Set.of(), Map.of());
    }

    public static Rules together(PersonId a, PersonId b) {
        return new Rules(List.of(), List.of(List.of(a, b)), List.of(), java.util.Set.of(), Map.of());
    }
}
