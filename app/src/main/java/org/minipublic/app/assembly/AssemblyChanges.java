package org.minipublic.app.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Summarises what an edit changed, for the audit log: one {@code field=value} pair per changed field before and after.
 * Long texts are shortened; none of these fields holds personal data.
 */
final class AssemblyChanges {

    private static final int MAX_TEXT = 80;

    private AssemblyChanges() {}

    record Summary(String before, String after) {
        boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    static Summary between(AssemblyDetails before, AssemblyDetails after) {
        List<String> was = new ArrayList<>();
        List<String> now = new ArrayList<>();
        compare("title", before, after, AssemblyDetails::title, was, now);
        compare("question", before, after, AssemblyDetails::question, was, now);
        compare("description", before, after, AssemblyDetails::description, was, now);
        compare("commissioners", before, after, d -> String.join(", ", d.commissioners()), was, now);
        compare("deliveryPartners", before, after, d -> String.join(", ", d.deliveryPartners()), was, now);
        compare("recruitmentPartners", before, after, d -> String.join(", ", d.recruitmentPartners()), was, now);
        compare("days", before, after, AssemblyChanges::days, was, now);
        return new Summary(String.join("; ", was), String.join("; ", now));
    }

    static String describe(AssemblyDetails details) {
        return "title=" + shorten(details.title()) + "; days=" + days(details);
    }

    private static void compare(
            String field,
            AssemblyDetails before,
            AssemblyDetails after,
            Function<AssemblyDetails, String> value,
            List<String> was,
            List<String> now) {
        String a = value.apply(before);
        String b = value.apply(after);
        if (!a.equals(b)) {
            was.add(field + "=" + shorten(a));
            now.add(field + "=" + shorten(b));
        }
    }

    private static String days(AssemblyDetails details) {
        return details.days().size() + " ("
                + String.join(
                        ", ",
                        details.days().stream()
                                .map(d -> d.date() + " " + d.startsAt() + "-" + d.endsAt() + " @ "
                                        + shorten(d.venueName()))
                                .toList())
                + ")";
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
