package org.minipublic.app.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.CategoryId;
import org.minipublic.app.recruitment.NewRespondent;

/**
 * Synthetic registrations with the skews practitioners report: older people, women and the areas without a boost
 * answer more often, so the pool is unlike the population and the lottery has work to do. Names are invented from
 * lists of common given and family names of the communities in an outer London borough.
 */
final class DemoRespondents {

    private static final List<String> GIVEN = List.of(
            "Aisha",
            "Amir",
            "Anna",
            "Ben",
            "Chloe",
            "Daniel",
            "Deborah",
            "Emeka",
            "Fatima",
            "George",
            "Grace",
            "Hassan",
            "Imran",
            "Jakub",
            "James",
            "Joanna",
            "Kwame",
            "Laura",
            "Maria",
            "Mohammed",
            "Nadia",
            "Oliver",
            "Patricia",
            "Priya",
            "Rukhsana",
            "Samuel",
            "Sofia",
            "Tomasz",
            "Usman",
            "Yaw",
            "Zainab",
            "Zofia");
    private static final List<String> FAMILY = List.of(
            "Ahmed",
            "Akhtar",
            "Begum",
            "Brown",
            "Campbell",
            "Davies",
            "Evans",
            "Hussain",
            "Kowalski",
            "Khan",
            "Mensah",
            "Murphy",
            "Nowak",
            "Okafor",
            "Patel",
            "Smith",
            "Taylor",
            "Thomas",
            "Williams",
            "Wiśniewska");

    private final SplittableRandom random = new SplittableRandom(2027);

    /** Someone answering the form: the first value more often in each category, as response skews go. */
    NewRespondent next(List<Category> categories) {
        String given = pick(GIVEN);
        String family = pick(FAMILY);
        var answers = new HashMap<CategoryId, String>();
        for (var category : categories) {
            if (category.kind() == Category.Kind.ASKED) {
                answers.put(category.id(), skewed(category.options()));
            }
        }
        boolean email = random.nextInt(10) < 8;
        return new NewRespondent(
                given,
                family,
                email ? (given + "." + family + random.nextInt(100) + "@example.org").toLowerCase() : "",
                email ? "" : "07700 900" + (100 + random.nextInt(900)),
                birth(),
                answers,
                random.nextInt(8) == 0 ? "Step-free access, please." : "",
                List.of("en", "en", "en", "en", "pl", "ur").get(random.nextInt(6)),
                random.nextInt(10) < 8 ? NewRespondent.Availability.ALL : NewRespondent.Availability.SOME,
                true);
    }

    /** Ages 16 to 90, weighted towards older people, as registrations usually are. */
    private LocalDate birth() {
        int age = 16 + (int) Math.round(Math.sqrt(random.nextDouble()) * 74);
        return LocalDate.of(2027 - age, 1 + random.nextInt(12), 1 + random.nextInt(28))
                .minusYears(1);
    }

    private String skewed(List<String> options) {
        return random.nextInt(3) == 0 ? options.get(0) : options.get(random.nextInt(options.size()));
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
