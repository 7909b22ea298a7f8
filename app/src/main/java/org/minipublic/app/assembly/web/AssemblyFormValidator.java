package org.minipublic.app.assembly.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The rules of the days table that annotations cannot express: a used row needs every field but the address, a day
 * ends after it starts, and no two days share a date. Each problem is reported on the field it concerns.
 */
final class AssemblyFormValidator {

    private AssemblyFormValidator() {}

    static void validate(AssemblyForm form, Errors errors) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < form.getDays().size(); i++) {
            var day = form.getDays().get(i);
            if (day.isIgnored()) {
                continue;
            }
            String row = "days[" + i + "].";
            if (day.getWeekend() == null) {
                reject(errors, row + "weekend", "assembly.day.weekend.required");
            } else if (day.getWeekend() < 1) {
                reject(errors, row + "weekend", "assembly.day.weekend.positive");
            }
            require(errors, row + "date", day.getDate(), "assembly.day.date.required");
            require(errors, row + "startsAt", day.getStartsAt(), "assembly.day.starts.required");
            require(errors, row + "endsAt", day.getEndsAt(), "assembly.day.ends.required");
            if (day.getVenueName().isBlank()) {
                reject(errors, row + "venueName", "assembly.day.venue.required");
            }
            if (day.getStartsAt() != null
                    && day.getEndsAt() != null
                    && !day.getEndsAt().isAfter(day.getStartsAt())) {
                reject(errors, row + "endsAt", "assembly.day.ends-before-start");
            }
            if (day.getDate() != null && seen.putIfAbsent(day.getDate(), i + 1) != null) {
                errors.rejectValue(
                        row + "date", "assembly.day.duplicate-date", new Object[] {seen.get(day.getDate())}, null);
            }
        }
    }

    private static void require(Errors errors, String field, Object value, String code) {
        if (value == null) {
            reject(errors, field, code);
        }
    }

    /** A field that failed to convert (a date like 2024-02-30) already carries its error; do not add a second. */
    private static void reject(Errors errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }
}
