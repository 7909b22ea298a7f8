package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The facades check the permission table themselves, so an operation stays closed even when a page forgets to
 * declare its permission or another module calls it directly. A refusal is Spring Security's access-denied
 * exception, which pages answer with 403.
 */
@IntegrationTest
class FacadePermissionsIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Team team;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    Identity identity;

    @Autowired
    Passwords passwords;

    @Autowired
    Fixtures fixtures;

    @Test
    void onlyAdministratorsManageAccounts() {
        var organiser = fixtures.organiser("Ambitious Organiser");
        var target = fixtures.user("Kept Enabled");

        assertThatThrownBy(() -> accounts.setEnabled(organiser.actor(), target.id(), false))
                .isInstanceOf(PermissionDeniedException.class)
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list(organiser.actor(), 0, 10)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> accounts.findByEmail(organiser.actor(), target.email()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(identity.hasPermission(target.id(), Permission.USE_OWN_ACCOUNT))
                .isTrue();

        var admin = fixtures.admin("Account Admin");
        accounts.setEnabled(admin.actor(), target.id(), false);
        assertThat(identity.hasPermission(target.id(), Permission.USE_OWN_ACCOUNT))
                .as("a disabled account holds nothing")
                .isFalse();
    }

    @Test
    void onlyAdministratorsSendPasswordLinksAndDisabledUsersChangeNothing() {
        var organiser = fixtures.organiser("Helpful Organiser");
        var target = fixtures.user("Forgetful User");

        assertThatThrownBy(() -> passwords.sendReset(organiser.actor(), target.id(), Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> passwords.issueLetter(organiser.actor(), new PasswordResetId(UUID.randomUUID())))
                .as("writing a link into an e-mail")
                .isInstanceOf(PermissionDeniedException.class);

        accounts.setEnabled(fixtures.admin("Disabling Admin").actor(), target.id(), false);
        assertThatThrownBy(() -> passwords.change(target.actor(), Fixtures.PASSWORD, "a new long passphrase"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void onlyOrganisersManageTheTeamAndNobodyIsAddedWithoutConsent() {
        var organiser = fixtures.user("Team Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Team rights"));
        var facilitator = fixtures.userWithRole("Team Facilitator", assembly, AssemblyRole.FACILITATOR);
        var officer = fixtures.userWithRole("Team Officer", assembly, AssemblyRole.INSTITUTION_OFFICER);
        var outsider = fixtures.user("Wanted Outsider");

        assertThatThrownBy(() -> invitations.invite(
                        facilitator.actor(), assembly, outsider.email(), AssemblyRole.ORGANISER, Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> team.changeRole(facilitator.actor(), assembly, officer.id(), AssemblyRole.MEMBER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> team.remove(facilitator.actor(), assembly, officer.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> team.members(officer.actor(), assembly)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> identity.grantRole(organiser.actor(), assembly, outsider.id(), AssemblyRole.MEMBER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> identity.appointFirstOrganiser(organiser.actor(), assembly))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(identity.roleIn(outsider.id(), assembly)).isEmpty();
        assertThat(identity.roleIn(officer.id(), assembly)).contains(AssemblyRole.INSTITUTION_OFFICER);
    }

    @Test
    void platformPermissionsFollowTheTable() {
        var newcomer = fixtures.user("Plain Newcomer");
        var organiser = fixtures.organiser("Platform Organiser");
        var admin = fixtures.admin("Platform Admin");

        assertThat(identity.hasPermission(newcomer.id(), Permission.CREATE_ASSEMBLY))
                .isFalse();
        assertThat(identity.hasPermission(organiser.id(), Permission.CREATE_ASSEMBLY))
                .isTrue();
        assertThat(identity.hasPermission(organiser.id(), Permission.MANAGE_OUTBOX))
                .isFalse();
        assertThat(Permission.values()).filteredOn(p -> !p.isAssemblyScoped()).allSatisfy(p -> assertThat(
                        identity.hasPermission(admin.id(), p))
                .isTrue());
        assertThatThrownBy(() -> identity.hasPermission(admin.id(), Permission.EDIT_ASSEMBLY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
