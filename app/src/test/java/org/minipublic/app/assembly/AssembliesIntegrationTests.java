package org.minipublic.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The assembly module's behaviour: creation makes the creator an organiser, every change is audited, and only those
 * the permission table allows may create or change an assembly.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(Fixtures.class)
class AssembliesIntegrationTests {

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    AuditLog audit;

    @Autowired
    Fixtures fixtures;

    @Test
    void creatingAnAssemblyMakesTheCreatorItsOrganiserAndPublishesAnEvent(Scenario scenario) {
        var creator = fixtures.user("Creator");
        var earlier = fixtures.assembly(creator, Fixtures.unique("Organised before"));
        scenario.stimulate(() -> assemblies.create(creator.actor(), Fixtures.details(Fixtures.unique("Created"))))
                .andWaitForEventOfType(AssemblyCreated.class)
                .matching(event -> !event.assemblyId().equals(earlier))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.assemblyId()).isEqualTo(id);
                    assertThat(identity.roleIn(creator.id(), id)).contains(AssemblyRole.ORGANISER);
                    assertThat(assemblies.find(id))
                            .get()
                            .extracting(AssemblyView::status)
                            .isEqualTo(AssemblyStatus.PLANNING);
                });
    }

    @Test
    void recordsCreationUpdateAndStageChangesInTheAuditLog() {
        var organiser = fixtures.organiser("Audited Organiser");
        var id = assemblies.create(organiser.actor(), Fixtures.details(Fixtures.unique("Audited")));
        var changed = Fixtures.details(Fixtures.unique("Audited and renamed"));
        assemblies.update(organiser.actor(), id, changed, 0);
        assemblies.moveTo(organiser.actor(), id, AssemblyStatus.RECRUITING);

        var entries = audit.find(AuditQuery.forAssembly(id), 0).entries();
        assertThat(entries)
                .extracting(e -> e.action())
                .containsExactly(
                        "assembly.status-changed", "assembly.updated", "team.role-granted", "assembly.created");
        assertThat(entries.get(1).after()).contains("title=" + changed.title());
        assertThat(entries.get(0).before()).isEqualTo("PLANNING");
        assertThat(entries.get(0).after()).isEqualTo("RECRUITING");
        assertThat(entries).allSatisfy(e -> assertThat(e.actorLabel()).isEqualTo("Audited Organiser"));
    }

    @Test
    void onlyAdministratorsAndOrganisersCreateAndOnlyOrganisersChange() {
        var newcomer = fixtures.user("Newcomer");
        assertThatThrownBy(() -> assemblies.create(newcomer.actor(), Fixtures.details(Fixtures.unique("Refused"))))
                .isInstanceOf(PermissionDeniedException.class);
        var organiser = fixtures.user("Changing Organiser");
        var id = fixtures.assembly(organiser, Fixtures.unique("Guarded"));
        var facilitator = fixtures.userWithRole("Guarded Facilitator", id, AssemblyRole.FACILITATOR);
        assertThatThrownBy(() -> assemblies.update(facilitator.actor(), id, Fixtures.details("Renamed"), 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> assemblies.moveTo(facilitator.actor(), id, AssemblyStatus.RECRUITING))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(assemblies.find(id)).get().extracting(AssemblyView::status).isEqualTo(AssemblyStatus.PLANNING);
        var admin = fixtures.admin("Creating Admin");
        var created = assemblies.create(admin.actor(), Fixtures.details(Fixtures.unique("By an admin")));
        assertThat(identity.roleIn(admin.id(), created)).contains(AssemblyRole.ORGANISER);
    }

    @Test
    void movesOneStageAtATime() {
        var organiser = fixtures.user("Stage Mover");
        var id = fixtures.assembly(organiser, Fixtures.unique("Stages"));
        assertThatThrownBy(() -> assemblies.moveTo(organiser.actor(), id, AssemblyStatus.SELECTING))
                .isInstanceOf(InvalidInputException.class);
        assemblies.moveTo(organiser.actor(), id, AssemblyStatus.RECRUITING);
        assemblies.moveTo(organiser.actor(), id, AssemblyStatus.PLANNING);
        assertThat(assemblies.find(id)).get().extracting(AssemblyView::status).isEqualTo(AssemblyStatus.PLANNING);
    }

    @Test
    void refusesAStaleUpdate() {
        var organiser = fixtures.user("Stale Editor");
        var id = fixtures.assembly(organiser, Fixtures.unique("Stale"));
        assemblies.update(organiser.actor(), id, Fixtures.details(Fixtures.unique("Fresh")), 0);
        assertThatThrownBy(() -> assemblies.update(organiser.actor(), id, Fixtures.details(Fixtures.unique("Late")), 0))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
