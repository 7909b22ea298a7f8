package org.minipublic.app.demo;

import java.util.HashMap;
import java.util.Objects;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.HouseholdId;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.NewRespondent;
import org.minipublic.app.recruitment.Pool;
import org.minipublic.app.recruitment.PoolDuplicates;
import org.minipublic.app.recruitment.PoolMember;
import org.minipublic.app.recruitment.PoolRespondents;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A resident who registered online and, after the draw, again by phone (with their phone number rather than their
 * e-mail address), so that the possible-duplicates page has a pair to show. Added after the draw, so that the draw
 * and everything the demo pins about it stay as they were.
 */
@Component
@Profile("demo")
class DemoDuplicates {

    private final Pool pool;
    private final PoolRespondents respondents;
    private final PoolDuplicates duplicates;
    private final InvitationRounds rounds;
    private final Registration registration;

    DemoDuplicates(
            Pool pool,
            PoolRespondents respondents,
            PoolDuplicates duplicates,
            InvitationRounds rounds,
            Registration registration) {
        this.pool = pool;
        this.respondents = respondents;
        this.duplicates = duplicates;
        this.rounds = rounds;
        this.registration = registration;
    }

    void load(AssemblyId assembly, Actor organiser) {
        if (duplicates.groups(organiser, assembly).stream()
                .anyMatch(g -> g.kind().equals("NAME_AND_BIRTH"))) {
            return;
        }
        var members = pool.members(assembly);
        var sizes = new HashMap<HouseholdId, Integer>();
        members.forEach(m -> sizes.merge(m.household(), 1, Integer::sum));
        var alone = members.stream()
                .filter(m -> sizes.getOrDefault(m.household(), 0) == 1)
                .findFirst()
                .orElseThrow();
        var person = respondents.find(organiser, assembly, alone.id()).person();
        var again = new NewRespondent(
                person.firstName(),
                person.lastName(),
                "",
                "07700 900" + (100 + Math.floorMod(person.lastName().hashCode(), 900)),
                person.dateOfBirth(),
                person.answers(),
                person.accessNeeds(),
                person.language(),
                person.availability(),
                true);
        registration.register(organiser, code(assembly, alone), again);
    }

    /** The registration code of the member's household, from the round's invitations. */
    private String code(AssemblyId assembly, PoolMember member) {
        var round = rounds.rounds(assembly).get(0);
        for (int page = 0; page * AddressList.PAGE_SIZE < round.letters(); page++) {
            for (var household : rounds.invitations(round, page).households()) {
                if (household.id().equals(member.household())) {
                    return Objects.requireNonNull(household.code()).display();
                }
            }
        }
        throw new IllegalStateException("the demo respondent's household was not invited");
    }
}
