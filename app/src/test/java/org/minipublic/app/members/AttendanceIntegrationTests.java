package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Check-in: facilitators set who is present on an assembly day; setting twice, or at once, records it once. */
@IntegrationTest
class AttendanceIntegrationTests {

    @Autowired
    Attendance attendance;

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

    @Test
    void aFacilitatorChecksSomeoneInAndUndoesIt() {
        var organiser = fixtures.user("Check-in Organiser");
        var assembly = memberFixtures.assembly(organiser, "Check-in");
        var facilitator = fixtures.userWithRole("Check-in Facilitator", assembly, AssemblyRole.FACILITATOR);
        var ann = memberFixtures.member(assembly, "Ann", "Lee");
        memberFixtures.member(assembly, "Bob", "Ray");

        var row = attendance.mark(facilitator.actor(), assembly, ann, MemberFixtures.DAY_1, true);
        attendance.mark(facilitator.actor(), assembly, ann, MemberFixtures.DAY_1, true);

        assertThat(row.present()).isTrue();
        var sheet = attendance.sheet(facilitator.actor(), assembly, MemberFixtures.DAY_1);
        assertThat(sheet.number()).isEqualTo(1);
        assertThat(sheet.present()).isEqualTo(1);
        assertThat(sheet.expected()).isEqualTo(2);
        assertThat(sheet.rows()).extracting(CheckInRow::name).containsExactly("Ann Lee", "Bob Ray");
        assertThat(attendance
                        .sheet(facilitator.actor(), assembly, MemberFixtures.DAY_2)
                        .present())
                .isZero();
        assertThat(members.member(organiser.actor(), assembly, ann).attended()).containsExactly(MemberFixtures.DAY_1);

        attendance.mark(facilitator.actor(), assembly, ann, MemberFixtures.DAY_1, false);
        assertThat(attendance
                        .sheet(facilitator.actor(), assembly, MemberFixtures.DAY_1)
                        .present())
                .isZero();
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().startsWith("members.check"))
                .extracting(entry -> entry.action() + " " + entry.after() + " by " + entry.actorLabel())
                .containsExactly(
                        "members.check-in-undone 2027-02-20 by Check-in Facilitator",
                        "members.checked-in 2027-02-20 by Check-in Facilitator");
    }

    @Test
    void tenFacilitatorsTappingTheSameNameAtOnceRecordItOnce() throws Exception {
        var organiser = fixtures.user("Crowd Organiser");
        var assembly = memberFixtures.assembly(organiser, "Crowd");
        var facilitator = fixtures.userWithRole("Crowd Facilitator", assembly, AssemblyRole.FACILITATOR);
        var id = memberFixtures.member(assembly, "Crowded", "Door");
        var pool = Executors.newFixedThreadPool(10);
        try {
            var taps = new ArrayList<Callable<CheckInRow>>();
            for (int i = 0; i < 10; i++) {
                taps.add(() -> attendance.mark(facilitator.actor(), assembly, id, MemberFixtures.DAY_1, true));
            }
            for (Future<CheckInRow> tap : pool.invokeAll(taps)) {
                assertThat(tap.get().present()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(attendance
                        .sheet(organiser.actor(), assembly, MemberFixtures.DAY_1)
                        .present())
                .isEqualTo(1);
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("members.checked-in"))
                .hasSize(1);
    }

    @Test
    void aWithdrawnMemberIsListedOnlyBeforeTheyWithdrewAndCannotBeCheckedInAfter() {
        var organiser = fixtures.user("Withdrawn Check-in Organiser");
        var assembly = memberFixtures.assembly(organiser, "Withdrawn check-in");
        var id = memberFixtures.member(assembly, "Left", "Early");
        members.withdraw(organiser.actor(), assembly, id, new Withdrawal(MemberFixtures.DAY_2, "Moved", null));

        assertThat(attendance
                        .sheet(organiser.actor(), assembly, MemberFixtures.DAY_1)
                        .expected())
                .isEqualTo(1);
        assertThat(attendance
                        .sheet(organiser.actor(), assembly, MemberFixtures.DAY_2)
                        .expected())
                .isZero();
        attendance.mark(organiser.actor(), assembly, id, MemberFixtures.DAY_1, true);
        assertThatThrownBy(() -> attendance.mark(organiser.actor(), assembly, id, MemberFixtures.DAY_2, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("members.check-in.withdrawn");
    }

    @Test
    void onlyTheAssemblysDaysHaveListsAndOnlyItsTeamUsesThem() {
        var organiser = fixtures.user("Days Organiser");
        var assembly = memberFixtures.assembly(organiser, "Days");
        var advisor = fixtures.userWithRole("Days Advisor", assembly, AssemblyRole.ADVISORY_BOARD);
        var id = memberFixtures.member(assembly, "Some", "One");

        assertThatThrownBy(() -> attendance.sheet(organiser.actor(), assembly, LocalDate.of(2027, 2, 22)))
                .isInstanceOf(NotAnAssemblyDayException.class);
        assertThatThrownBy(() -> attendance.mark(organiser.actor(), assembly, id, LocalDate.of(2027, 2, 22), true))
                .isInstanceOf(NotAnAssemblyDayException.class);
        assertThatThrownBy(() -> attendance.mark(advisor.actor(), assembly, id, MemberFixtures.DAY_1, true))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> attendance.sheet(advisor.actor(), assembly, MemberFixtures.DAY_1))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
