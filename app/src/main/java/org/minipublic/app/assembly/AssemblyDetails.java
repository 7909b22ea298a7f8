package org.minipublic.app.assembly;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What organisers write about an assembly. Lists of bodies are kept in the order given, without blank entries; days
 * are kept in date order and no two share a date.
 */
public record AssemblyDetails(
        String title,
        String question,
        String description,
        List<String> commissioners,
        List<String> deliveryPartners,
        List<String> recruitmentPartners,
        List<AssemblyDay> days) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_DESCRIPTION = 5000;

    public AssemblyDetails {
        title = required(title, "title", MAX_TITLE);
        question = required(question, "question", MAX_QUESTION);
        description = description == null ? "" : description.trim();
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description longer than " + MAX_DESCRIPTION);
        }
        commissioners = names(commissioners);
        deliveryPartners = names(deliveryPartners);
        recruitmentPartners = names(recruitmentPartners);
        days = days.stream().sorted(Comparator.comparing(AssemblyDay::date)).toList();
        var dates = new HashSet<>();
        for (var day : days) {
            if (!dates.add(day.date())) {
                throw new IllegalArgumentException("two days share the date " + day.date());
            }
        }
    }

    private static String required(String value, String name, int max) {
        String trimmed = Objects.requireNonNull(value, name).trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(name + " longer than " + max);
        }
        return trimmed;
    }

    private static List<String> names(List<String> names) {
        return names == null
                ? List.of()
                : names.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    /** The number of distinct weekends the days fall on. */
    public long weekendCount() {
        return days.stream().mapToInt(AssemblyDay::weekend).distinct().count();
    }
}
