package org.minipublic.app.recruitment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.shared.InvalidInputException;

/**
 * A stratification category, such as gender or age band, and its values. Registration asks for {@link Kind#ASKED}
 * categories; the age band comes from the date of birth and the area from the household's address, so that nobody
 * has to work them out in a spreadsheet.
 *
 * @param options the values people choose from (asked categories only)
 * @param ageBounds for the age band: the youngest age of each band, rising; the last band is open-ended
 */
public record Category(CategoryId id, String name, Kind kind, List<String> options, List<Integer> ageBounds) {

    public static final int MAX_NAME = 100;
    public static final int MAX_OPTIONS = 20;

    public enum Kind {
        ASKED,
        AGE,
        AREA
    }

    public Category {
        name = name.strip();
        options = options.stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .distinct()
                .toList();
        ageBounds = List.copyOf(ageBounds);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "recruitment.category.name");
        }
        if (kind == Kind.ASKED && (options.size() < 2 || options.size() > MAX_OPTIONS)) {
            throw new InvalidInputException("options", "recruitment.category.options", MAX_OPTIONS);
        }
        if (options.stream().anyMatch(o -> o.length() > MAX_NAME)) {
            throw new InvalidInputException("options", "recruitment.category.option-length", MAX_NAME);
        }
        if (kind == Kind.AGE && !rising(ageBounds)) {
            throw new InvalidInputException("ageBounds", "recruitment.category.age-bounds");
        }
    }

    private static boolean rising(List<Integer> bounds) {
        if (bounds.size() < 2 || bounds.get(0) < 0 || bounds.get(bounds.size() - 1) > 120) {
            return false;
        }
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i) <= bounds.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The values of this category: the options, or the age bands' names ("16-24", …, "75+"). */
    public List<String> values() {
        if (kind != Kind.AGE) {
            return options;
        }
        var bands = new ArrayList<String>();
        for (int i = 0; i < ageBounds.size(); i++) {
            bands.add(
                    i + 1 < ageBounds.size()
                            ? ageBounds.get(i) + "-" + (ageBounds.get(i + 1) - 1)
                            : ageBounds.get(i) + "+");
        }
        return bands;
    }

    /** The age band of someone born on {@code birth}, on the assembly's reference date; empty when too young. */
    public Optional<String> ageBand(LocalDate birth, LocalDate reference) {
        int age = Period.between(birth, reference).getYears();
        var bands = values();
        for (int i = ageBounds.size() - 1; i >= 0; i--) {
            if (age >= ageBounds.get(i)) {
                return Optional.of(bands.get(i));
            }
        }
        return Optional.empty();
    }

    public int youngestAge() {
        return ageBounds.isEmpty() ? 0 : ageBounds.get(0);
    }
}
