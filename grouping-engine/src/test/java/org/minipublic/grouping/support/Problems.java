package org.minipublic.grouping.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Rules;

/** Small hand-made problems for tests. */
public final class Problems {

    private Problems() {}

    /** Members P1..Pn; {@code columns[i]} gives each member's value in attribute i (named "a0", "a1", ...). */
    public static List<Member> members(int n, String[]... columns) {
        List<Member> members = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Map<String, String> attributes = new HashMap<>();
            for (int a = 0; a < columns.length; a++) {
                attributes.put("a" + a, columns[a][p]);
            }
            members.add(new Member(id(p + 1), "Member " + (p + 1), attributes));
        }
        return members;
    }

    public static MemberId id(int number) {
        return new MemberId("P" + number);
    }

    public static GroupingProblem problem(List<Member> members, int tables, int sessions, Rules rules) {
        return problem(members, List.of(), tables, sessions, rules, 7);
    }

    public static GroupingProblem problem(
            List<Member> members, List<String> diversify, int tables, int sessions, Rules rules, long seed) {
        return new GroupingProblem(
                members,
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

    public static Rules apart(MemberId a, MemberId b) {
        return new Rules(List.of(List.of(a, b)), List.of(), List.of(), java.util.Set.of(), Map.of());
    }

    public static Rules together(MemberId a, MemberId b) {
        return new Rules(List.of(), List.of(List.of(a, b)), List.of(), java.util.Set.of(), Map.of());
    }
}
