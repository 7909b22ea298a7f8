package org.minipublic.app.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules a registration must meet, each problem named by the form field it belongs to. */
final class RespondentRules {

    static final int MAX_NAME = 100;
    static final int MAX_NEEDS = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    private RespondentRules() {}

    static List<FieldProblem> check(NewRespondent person, List<Category> categories, LocalDate reference) {
        var problems = new ArrayList<FieldProblem>();
        name("firstName", person.firstName(), problems);
        name("lastName", person.lastName(), problems);
        contact(person, problems);
        birth(person.dateOfBirth(), categories, reference, problems);
        answers(person, categories, problems);
        if (person.accessNeeds().length() > MAX_NEEDS) {
            problems.add(FieldProblem.of("accessNeeds", "registration.too-long", MAX_NEEDS));
        }
        if (person.language().isEmpty() || person.language().length() > 50) {
            problems.add(FieldProblem.of("language", "registration.language.required"));
        }
        if (person.availability() == null) {
            problems.add(FieldProblem.of("availability", "registration.availability.required"));
        }
        if (!person.consent()) {
            problems.add(FieldProblem.of("consent", "registration.consent.required"));
        }
        return problems;
    }

    private static void name(String field, String value, List<FieldProblem> problems) {
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, "registration." + field + ".required"));
        } else if (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of(field, "registration.too-long", MAX_NAME));
        }
    }

    private static void contact(NewRespondent person, List<FieldProblem> problems) {
        if (person.email().isEmpty() && person.phone().isEmpty()) {
            problems.add(FieldProblem.of("email", "registration.contact.required"));
        }
        if (!person.email().isEmpty()
                && (person.email().length() > 254
                        || !EMAIL.matcher(person.email()).matches())) {
            problems.add(FieldProblem.of("email", "registration.email.invalid"));
        }
        if (!person.phone().isEmpty() && !PHONE.matcher(person.phone()).matches()) {
            problems.add(FieldProblem.of("phone", "registration.phone.invalid"));
        }
    }

    private static void birth(
            @Nullable LocalDate birth, List<Category> categories, LocalDate reference, List<FieldProblem> problems) {
        if (birth == null) {
            problems.add(FieldProblem.of("dateOfBirth", "registration.birth.required"));
            return;
        }
        if (!birth.isBefore(reference) || birth.isBefore(reference.minusYears(120))) {
            problems.add(FieldProblem.of("dateOfBirth", "registration.birth.invalid"));
            return;
        }
        categories.stream()
                .filter(c -> c.kind() == Category.Kind.AGE)
                .findFirst()
                .ifPresent(age -> {
                    if (age.ageBand(birth, reference).isEmpty()) {
                        problems.add(FieldProblem.of(
                                "dateOfBirth", "registration.birth.too-young", age.youngestAge(), reference));
                    }
                });
    }

    private static void answers(NewRespondent person, List<Category> categories, List<FieldProblem> problems) {
        for (var category : categories) {
            if (category.kind() != Category.Kind.ASKED) {
                continue;
            }
            String answer = person.answers().get(category.id());
            if (answer == null || !category.options().contains(answer)) {
                problems.add(FieldProblem.of(
                        "answers[" + category.id() + "]", "registration.answer.required", category.name()));
            }
        }
    }
}
