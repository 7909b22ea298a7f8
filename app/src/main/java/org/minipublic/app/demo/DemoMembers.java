package org.minipublic.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.minipublic.app.members.Attendance;
import org.minipublic.app.members.MemberChanges;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.members.Payment;
import org.minipublic.app.members.Withdrawal;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo assembly's 45 members after its first weekend: mostly English speakers, with Urdu and Polish speakers
 * (most with an interpreter) and two other languages; some with access needs; checked in on both days of the first
 * weekend with a few absences; paid for that weekend; one withdrew before the second weekend. Names are invented.
 */
@Component
@Profile("demo")
class DemoMembers {

    static final int MEMBERS = 45;
    static final long HONORARIUM_PER_DAY = 7_500;

    private final Members members;
    private final Attendance attendance;

    DemoMembers(Members members, Attendance attendance) {
        this.members = members;
        this.attendance = attendance;
    }

    void load(AssemblyId assembly, Actor organiser, Actor facilitator) {
        if (!members.all(organiser, assembly).isEmpty()) {
            return;
        }
        var random = new SplittableRandom(45);
        var people = new DemoMemberNames(random);
        var ids = new ArrayList<MemberId>();
        for (int i = 0; i < MEMBERS; i++) {
            var person = people.next(i);
            ids.add(members.enrol(organiser, assembly, new NewMember(person, values(random), null)));
        }
        var days = attendance.days(assembly);
        var firstWeekend = days.stream().filter(d -> d.weekend() == 1).toList();
        for (int i = 0; i < ids.size(); i++) {
            int attended = 0;
            for (var day : firstWeekend) {
                if (random.nextInt(100) < 95) {
                    attendance.mark(facilitator, assembly, ids.get(i), day.date(), true);
                    attended++;
                }
            }
            pay(assembly, organiser, ids.get(i), attended, random, i);
        }
        var secondWeekend = days.stream().filter(d -> d.weekend() == 2).findFirst();
        secondWeekend.ifPresent(day -> members.withdraw(
                organiser,
                assembly,
                ids.get(17),
                new Withdrawal(day.date(), "Moved out of the borough for work.", null)));
    }

    /** The first weekend's honorarium, paid; travel expenses for some, paid once receipts came in. */
    private void pay(AssemblyId assembly, Actor organiser, MemberId id, int days, SplittableRandom random, int i) {
        var member = members.member(organiser, assembly, id);
        long expenses = random.nextInt(4) == 0 ? 840 + 20L * random.nextInt(60) : 0;
        var payment = new Payment(days * HONORARIUM_PER_DAY, expenses, days > 0, expenses > 0 && i % 2 == 0);
        String notes = i % 15 == 4 ? "Finds large groups tiring: offer a break at the quiet table." : null;
        members.update(organiser, assembly, id, new MemberChanges(member.profile(), payment, notes), member.version());
    }

    /** Values in the categories the demo's registration asks, so table plans have something to balance. */
    private static Map<String, String> values(SplittableRandom random) {
        return Map.of(
                "Gender", pick(random, "Woman", "Man", "Woman", "Man", "Non-binary or another gender"),
                "Age band", pick(random, "16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"),
                "Ethnic group",
                        pick(
                                random,
                                "White",
                                "White",
                                "Asian or Asian British",
                                "Black, Black British, Caribbean or African",
                                "Mixed or multiple ethnic groups",
                                "Other ethnic group"),
                "Disability", pick(random, "No", "No", "No", "Yes, limited a little", "Yes, limited a lot"),
                "Area",
                        DemoAddresses.AREAS
                                .get(random.nextInt(DemoAddresses.AREAS.size()))
                                .name());
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** Invented names and contact details, with the language groups of an outer London borough. */
    static final class DemoMemberNames {

        private static final List<String> ENGLISH_GIVEN = List.of(
                "Amara",
                "Ben",
                "Chloe",
                "Daniel",
                "Deborah",
                "Emeka",
                "George",
                "Grace",
                "James",
                "Kwame",
                "Laura",
                "Maria",
                "Nadia",
                "Oliver",
                "Patricia",
                "Priya",
                "Samuel",
                "Sofia",
                "Yaw",
                "Zainab");
        private static final List<String> ENGLISH_FAMILY = List.of(
                "Brown",
                "Campbell",
                "Davies",
                "Evans",
                "Mensah",
                "Murphy",
                "Okafor",
                "Patel",
                "Smith",
                "Taylor",
                "Thomas",
                "Williams",
                "Adeyemi",
                "Clarke",
                "Hughes");
        private static final List<String> URDU =
                List.of("Rukhsana Begum", "Imran Akhtar", "Shazia Hussain", "Tariq Mahmood", "Nasreen Khan");
        private static final List<String> POLISH =
                List.of("Tomasz Kowalski", "Zofia Wiśniewska", "Katarzyna Nowak", "Piotr Zieliński");
        private static final List<String> NEEDS = List.of(
                "Step-free access; uses a wheelchair.",
                "Hearing loop, and a seat near the speakers.",
                "Large-print materials.",
                "Has to leave by 3 pm on Saturdays to collect a child.",
                "Guide dog: a water bowl and space under the table.",
                "A quiet room for breaks.");

        private final SplittableRandom random;
        private int urdu;
        private int polish;

        DemoMemberNames(SplittableRandom random) {
            this.random = random;
        }

        /** Member {@code i}: every ninth from 4 an Urdu speaker, every eleventh from 6 a Polish speaker. */
        MemberProfile next(int i) {
            String language = "en";
            boolean interpreter = false;
            String name;
            if (i % 9 == 4 && urdu < URDU.size()) {
                name = URDU.get(urdu++);
                language = "ur";
                interpreter = urdu != 3;
            } else if (i % 11 == 6 && polish < POLISH.size()) {
                name = POLISH.get(polish++);
                language = "pl";
                interpreter = polish != 2;
            } else {
                // 20 given and 15 family names combined so that no two of 45 members share both
                name = ENGLISH_GIVEN.get(i % ENGLISH_GIVEN.size()) + " "
                        + ENGLISH_FAMILY.get(7 * i % ENGLISH_FAMILY.size());
                if (i == 20) {
                    language = "Bengali";
                    interpreter = true;
                } else if (i == 38) {
                    language = "Somali";
                    interpreter = true;
                }
            }
            String[] parts = name.split(" ", 2);
            boolean email = random.nextInt(10) < 8;
            return new MemberProfile(
                    parts[0],
                    parts[1],
                    email
                            ? (parts[0] + "." + parts[1] + i)
                                            .toLowerCase()
                                            .replace('ś', 's')
                                            .replace('ń', 'n') + "@example.org"
                            : "",
                    email ? "" : "07700 900" + (100 + i),
                    language,
                    interpreter,
                    i % 7 == 2 ? NEEDS.get((i / 7) % NEEDS.size()) : "");
        }
    }
}
