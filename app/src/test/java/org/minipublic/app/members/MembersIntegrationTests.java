package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Members through their facade: enrolled once per respondent, seen as each reader may see them, changed only by
 * organisers, and withdrawn with their record kept. The audit log names ids and fields, never personal data.
 */
@IntegrationTest
@RecordApplicationEvents
class MembersIntegrationTests {

    @Autowired
    Members members;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    MemberFixtures memberFixtures;

    @BeforeEach
    void fixtures() {
        memberFixtures = new MemberFixtures(assemblies, identity, members);
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    @Test
    void enrollingARespondentTwiceMakesOneMember() {
        var organiser = fixtures.user("Enrol Organiser");
        var assembly = memberFixtures.assembly(organiser, "Enrol");
        var respondent = RespondentId.random();
        var member = new NewMember(
                MemberFixtures.profile("Aisha", "Khan"), Map.of("Gender", "Woman", "Age band", "25-34"), respondent);

        var first = members.enrol(organiser.actor(), assembly, member);
        var again = members.enrol(organiser.actor(), assembly, member);

        assertThat(again).isEqualTo(first);
        assertThat(members.all(organiser.actor(), assembly)).hasSize(1);
        assertThat(members.member(organiser.actor(), assembly, first).values())
                .containsEntry("Gender", "Woman")
                .containsEntry("Age band", "25-34");
        assertThat(events.stream(MemberEnrolled.class)).containsExactly(new MemberEnrolled(assembly, first));
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("members.enrolled"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.subject()).isEqualTo("Member " + first);
                    assertThat(entry.subject() + entry.after()).doesNotContain("Aisha", "Khan", "example.org");
                });
    }

    @Test
    void facilitatorsSeeNeedsAndLanguageButNotContactPaymentsOrWellbeingNotes() {
        var organiser = fixtures.user("Sight Organiser");
        var assembly = memberFixtures.assembly(organiser, "Sight");
        var facilitator = fixtures.userWithRole("Sight Facilitator", assembly, AssemblyRole.FACILITATOR);
        var profile = new MemberProfile("Nasreen", "Khan", "nasreen@example.org", "07700 900123", "ur", true, "Ramp");
        var id = members.enrol(organiser.actor(), assembly, new NewMember(profile, Map.of("Gender", "Woman"), null));
        members.update(
                organiser.actor(),
                assembly,
                id,
                new MemberChanges(profile, new Payment(15_000, 900, true, false), "Recently bereaved"),
                0);

        var seenByOrganiser = members.member(organiser.actor(), assembly, id);
        assertThat(seenByOrganiser.wellbeingNotes()).isEqualTo("Recently bereaved");
        assertThat(seenByOrganiser.profile().email()).isEqualTo("nasreen@example.org");
        assertThat(seenByOrganiser.payment().honorariumPence()).isEqualTo(15_000);

        var seenByFacilitator = members.member(facilitator.actor(), assembly, id);
        assertThat(seenByFacilitator.sight()).isEqualTo(new Sight(false, false));
        assertThat(seenByFacilitator.wellbeingNotes()).isEmpty();
        assertThat(seenByFacilitator.profile().email()).isEmpty();
        assertThat(seenByFacilitator.profile().phone()).isEmpty();
        assertThat(seenByFacilitator.values()).isEmpty();
        assertThat(seenByFacilitator.payment()).isEqualTo(Payment.NONE);
        assertThat(seenByFacilitator.profile().accessNeeds()).isEqualTo("Ramp");
        assertThat(seenByFacilitator.profile().language()).isEqualTo("ur");
        assertThat(seenByFacilitator.profile().interpreter()).isTrue();
    }

    @Test
    void onlyOrganisersChangeMembersAndOnlyMembersStaffSeeThem() {
        var organiser = fixtures.user("Rights Organiser");
        var assembly = memberFixtures.assembly(organiser, "Rights");
        var facilitator = fixtures.userWithRole("Rights Facilitator", assembly, AssemblyRole.FACILITATOR);
        var advisor = fixtures.userWithRole("Rights Advisor", assembly, AssemblyRole.ADVISORY_BOARD);
        var outsider = fixtures.organiser("Rights Outsider");
        var id = memberFixtures.member(assembly, "Ben", "Jones");
        var changes = new MemberChanges(MemberFixtures.profile("Ben", "Jones"), Payment.NONE, "notes");

        assertThatThrownBy(() -> members.update(facilitator.actor(), assembly, id, changes, 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> members.enrol(
                        facilitator.actor(), assembly, NewMember.byHand(MemberFixtures.profile("New", "Person"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> members.page(advisor.actor(), assembly, MemberFilter.ALL, 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> members.member(outsider.actor(), assembly, id))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(members.member(organiser.actor(), assembly, id).wellbeingNotes())
                .isEmpty();
    }

    @Test
    void aMemberOfAnotherAssemblyIsNotFoundEvenByAnOrganiserOfBoth() {
        var organiser = fixtures.user("Two Assemblies Organiser");
        var mine = memberFixtures.assembly(organiser, "Mine");
        var other = memberFixtures.assembly(organiser, "Other");
        var id = memberFixtures.member(mine, "Only", "Mine");

        assertThatThrownBy(() -> members.member(organiser.actor(), other, id))
                .isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> members.withdraw(
                        organiser.actor(), other, id, new Withdrawal(MemberFixtures.DAY_1, "Moved", null)))
                .isInstanceOf(MemberNotFoundException.class);
    }

    @Test
    void anEditSavedMeanwhileIsNotOverwritten() {
        var organiser = fixtures.user("Concurrent Organiser");
        var assembly = memberFixtures.assembly(organiser, "Concurrent");
        var id = memberFixtures.member(assembly, "Chloe", "Evans");
        var read = members.member(organiser.actor(), assembly, id);
        var phone = new MemberProfile("Chloe", "Evans", "chloe.evans@example.org", "07700 900555", "en", false, "");
        members.update(organiser.actor(), assembly, id, new MemberChanges(phone, Payment.NONE, null), read.version());

        var stale = new MemberChanges(read.profile(), new Payment(5_000, 0, false, false), null);
        assertThatThrownBy(() -> members.update(organiser.actor(), assembly, id, stale, read.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(members.member(organiser.actor(), assembly, id).profile().phone())
                .isEqualTo("07700 900555");
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("members.updated"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("changed: phone"));
    }

    @Test
    void aWithdrawnMemberKeepsTheirRecordAndNamesTheirReplacement() {
        var organiser = fixtures.user("Withdraw Organiser");
        var assembly = memberFixtures.assembly(organiser, "Withdraw");
        var leaving = memberFixtures.member(assembly, "Daniel", "Murphy");
        var replacement = memberFixtures.member(assembly, "Grace", "Taylor");

        members.withdraw(
                organiser.actor(),
                assembly,
                leaving,
                new Withdrawal(MemberFixtures.DAY_3, "Caring for a parent in hospital", replacement));

        var left = members.member(organiser.actor(), assembly, leaving);
        assertThat(left.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(left.withdrawal().replacement()).isEqualTo(replacement);
        assertThat(left.withdrawal().reason()).isEqualTo("Caring for a parent in hospital");
        assertThat(members.member(organiser.actor(), assembly, replacement).replaces())
                .isEqualTo(leaving);
        assertThat(events.stream(MemberWithdrawn.class))
                .containsExactly(new MemberWithdrawn(assembly, leaving, replacement));
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("members.withdrawn"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.after())
                        .isEqualTo("withdrawn on 2027-03-06, replaced by member " + replacement)
                        .doesNotContain("hospital"));
        assertThatThrownBy(() -> members.withdraw(
                        organiser.actor(), assembly, leaving, new Withdrawal(MemberFixtures.DAY_3, "Again", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("members.withdraw.already");
    }

    @Test
    void aReplacementIsAnotherActiveMemberOfTheSameAssembly() {
        var organiser = fixtures.user("Replacement Organiser");
        var assembly = memberFixtures.assembly(organiser, "Replacement");
        var elsewhere = memberFixtures.assembly(organiser, "Elsewhere");
        var leaving = memberFixtures.member(assembly, "Emeka", "Okafor");
        var outsider = memberFixtures.member(elsewhere, "Laura", "Clarke");

        assertThatThrownBy(() -> members.withdraw(
                        organiser.actor(), assembly, leaving, new Withdrawal(MemberFixtures.DAY_2, "Moved", outsider)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("members.withdraw.replacement.unknown");
        assertThat(members.member(organiser.actor(), assembly, leaving).status())
                .isEqualTo(MemberStatus.ACTIVE);
    }
}
