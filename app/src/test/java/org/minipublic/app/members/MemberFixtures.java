package org.minipublic.app.members;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;

/**
 * Members and assemblies with several days, made through the real facades. A plain object rather than a bean, so that
 * test classes using it keep sharing the one Spring context of {@code @IntegrationTest}.
 */
class MemberFixtures {

    static final LocalDate DAY_1 = LocalDate.of(2027, 2, 20);
    static final LocalDate DAY_2 = LocalDate.of(2027, 2, 21);
    static final LocalDate DAY_3 = LocalDate.of(2027, 3, 6);

    private final Assemblies assemblies;
    private final Identity identity;
    private final Members members;

    MemberFixtures(Assemblies assemblies, Identity identity, Members members) {
        this.assemblies = assemblies;
        this.identity = identity;
        this.members = members;
    }

    /** An assembly meeting on three days over two weekends, organised by the given user. */
    AssemblyId assembly(TestUser organiser, String title) {
        var base = Fixtures.details(Fixtures.unique(title));
        var details = new AssemblyDetails(
                base.title(),
                base.question(),
                "",
                base.commissioners(),
                base.deliveryPartners(),
                base.recruitmentPartners(),
                List.of(day(1, DAY_1), day(1, DAY_2), day(2, DAY_3)));
        var id = assemblies.create(Actor.system(), details);
        identity.grantRole(Actor.system(), id, organiser.id(), AssemblyRole.ORGANISER);
        return id;
    }

    MemberId member(AssemblyId assembly, String first, String last) {
        return members.enrol(Actor.system(), assembly, NewMember.byHand(profile(first, last)));
    }

    static MemberProfile profile(String first, String last) {
        return new MemberProfile(first, last, (first + "." + last).toLowerCase() + "@example.org", "", "en", false, "");
    }

    /** A member file of {@code count} people with e-mail addresses, languages and two categories. */
    static byte[] csv(int count) {
        var csv = new StringBuilder("first name,last name,email,phone,language,interpreter,access needs,Gender,Area\n");
        for (int i = 0; i < count; i++) {
            csv.append("Person,Number ")
                    .append(i)
                    .append(",person")
                    .append(i)
                    .append("@example.org,,")
                    .append(i % 5 == 0 ? "Urdu" : "English")
                    .append(',')
                    .append(i % 5 == 0 ? "yes" : "no")
                    .append(',')
                    .append(i % 7 == 0 ? "Step-free access" : "")
                    .append(',')
                    .append(i % 2 == 0 ? "Woman" : "Man")
                    .append(",Area ")
                    .append((char) ('A' + i % 3))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static AssemblyDay day(int weekend, LocalDate date) {
        return new AssemblyDay(weekend, date, LocalTime.of(10, 0), LocalTime.of(16, 0), "Town Hall", "");
    }
}
