package org.minipublic.app.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.minipublic.app.recruitment.FieldProblem;

/** The rules a member's details must meet, each problem named by the form field it belongs to. */
final class MemberRules {

    static final int MAX_NAME = 100;
    static final int MAX_LANGUAGE = 50;
    static final int MAX_NEEDS = 2000;
    static final int MAX_NOTES = 4000;
    static final int MAX_CATEGORIES = 30;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    private MemberRules() {}

    static List<FieldProblem> check(MemberProfile profile) {
        var problems = new ArrayList<FieldProblem>();
        name("firstName", profile.firstName(), problems);
        name("lastName", profile.lastName(), problems);
        contact(profile, problems);
        if (profile.language().isEmpty()) {
            problems.add(problem("language", "members.language.required"));
        } else if (profile.language().length() > MAX_LANGUAGE) {
            problems.add(problem("language", "members.too-long", MAX_LANGUAGE));
        }
        if (profile.accessNeeds().length() > MAX_NEEDS) {
            problems.add(problem("accessNeeds", "members.too-long", MAX_NEEDS));
        }
        return problems;
    }

    static List<FieldProblem> check(NewMember member) {
        var problems = new ArrayList<>(check(member.profile()));
        values(member.values(), problems);
        return problems;
    }

    static List<FieldProblem> checkNotes(String notes) {
        return notes.length() > MAX_NOTES
                ? List.of(problem("wellbeingNotes", "members.too-long", MAX_NOTES))
                : List.of();
    }

    static List<FieldProblem> check(Withdrawal withdrawal, MemberId self) {
        var problems = new ArrayList<FieldProblem>();
        if (withdrawal.reason().isEmpty()) {
            problems.add(problem("reason", "members.withdraw.reason.required"));
        } else if (withdrawal.reason().length() > Withdrawal.MAX_REASON) {
            problems.add(problem("reason", "members.too-long", Withdrawal.MAX_REASON));
        }
        if (self.equals(withdrawal.replacement())) {
            problems.add(problem("replacement", "members.withdraw.replacement.self"));
        }
        return problems;
    }

    private static void name(String field, String value, List<FieldProblem> problems) {
        if (value.isEmpty()) {
            problems.add(problem(field, "members." + field + ".required"));
        } else if (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(problem(field, "members.too-long", MAX_NAME));
        }
    }

    private static void contact(MemberProfile profile, List<FieldProblem> problems) {
        if (profile.email().isEmpty() && profile.phone().isEmpty()) {
            problems.add(problem("email", "members.contact.required"));
        }
        if (!profile.email().isEmpty()
                && (profile.email().length() > 254
                        || !EMAIL.matcher(profile.email()).matches())) {
            problems.add(problem("email", "members.email.invalid"));
        }
        if (!profile.phone().isEmpty() && !PHONE.matcher(profile.phone()).matches()) {
            problems.add(problem("phone", "members.phone.invalid"));
        }
    }

    private static void values(Map<String, String> values, List<FieldProblem> problems) {
        if (values.size() > MAX_CATEGORIES) {
            problems.add(problem("values", "members.values.too-many", MAX_CATEGORIES));
        }
        if (values.entrySet().stream()
                .anyMatch(e -> e.getKey().length() > MAX_NAME || e.getValue().length() > MAX_NAME)) {
            problems.add(problem("values", "members.values.too-long", MAX_NAME));
        }
    }

    private static FieldProblem problem(String field, String key, Object... arguments) {
        return new FieldProblem(field, key, List.of(arguments));
    }
}
