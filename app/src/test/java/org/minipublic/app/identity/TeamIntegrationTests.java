package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditEntry;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.minipublic.app.support.Outbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Building a team: everyone joins by accepting an invitation. A new address gets a one-time link that creates the
 * account; an existing account answers after logging in; the last organiser cannot leave.
 */
@IntegrationTest
class TeamIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

    @Autowired
    Team team;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    InvitationAnswers answers;

    @Autowired
    Accounts accounts;

    @Autowired
    Identity identity;

    @Autowired
    AuditLog audit;

    @Autowired
    Outbox outbox;

    @Autowired
    Fixtures fixtures;

    @Test
    void anInvitationLinkCreatesTheAccountWithItsRoleOnce() {
        var organiser = fixtures.user("Inviting Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Invitations"));
        String email = "new.facilitator." + System.nanoTime() + "@test.minipublic.org";

        invitations.invite(organiser.actor(), assembly, email, AssemblyRole.FACILITATOR, Locale.forLanguageTag("pl"));

        var sent = outbox.awaitSent(email);
        assertThat(sent.header("Subject")).contains("zaproszenie"); // written in the language the organiser chose
        var matcher = LINK.matcher(sent.body());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);
        assertThat(outbox.awaitStored(email).body()).contains(Mail.REMOVED).doesNotContain(token);

        assertThat(accounts.openInvitation(token)).get().satisfies(open -> {
            assertThat(open.email()).isEqualTo(email);
            assertThat(open.hasAccount()).isFalse();
        });
        var user = accounts.acceptInvitation(token, "New Facilitator", "a long enough password");
        assertThat(identity.roleIn(user, assembly)).contains(AssemblyRole.FACILITATOR);
        assertThat(accounts.openInvitation(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "Again", "a long enough password"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anExistingAccountJoinsOnlyWhenItAccepts() {
        var organiser = fixtures.user("Asking Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Existing accounts"));
        var advisor = fixtures.user("Existing Advisor");

        var id = invitations.invite(
                organiser.actor(),
                assembly,
                advisor.email().toUpperCase(),
                AssemblyRole.ADVISORY_BOARD,
                Locale.ENGLISH);

        assertThat(identity.roleIn(advisor.id(), assembly)).isEmpty();
        var sent = outbox.awaitSent(advisor.email());
        assertThat(sent.header("Subject")).contains("invited");
        assertThat(sent.body()).contains("/assemblies").doesNotContain("/invitations/");
        assertThat(answers.received(advisor.actor())).singleElement().satisfies(received -> assertThat(received.id())
                .isEqualTo(id));

        answers.accept(advisor.actor(), id);

        assertThat(identity.roleIn(advisor.id(), assembly)).contains(AssemblyRole.ADVISORY_BOARD);
        assertThat(answers.received(advisor.actor())).isEmpty();
        assertThat(actions(assembly)).contains("team.invitation-sent", "team.invitation-accepted");
        assertThatThrownBy(() -> invitations.invite(
                        organiser.actor(), assembly, advisor.email(), AssemblyRole.MEMBER, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("team.invite.already-member");
    }

    @Test
    void anExistingAccountMayDeclineAndNobodyElseMayAnswer() {
        var organiser = fixtures.user("Declined Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Declined"));
        var admin = fixtures.admin("Unwilling Admin");
        var bystander = fixtures.user("Bystander");
        var id = invitations.invite(organiser.actor(), assembly, admin.email(), AssemblyRole.MEMBER, Locale.ENGLISH);

        assertThatThrownBy(() -> answers.accept(bystander.actor(), id)).isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> answers.accept(organiser.actor(), id)).isInstanceOf(InvitationNotFoundException.class);
        answers.decline(admin.actor(), id);

        assertThat(identity.roleIn(admin.id(), assembly)).isEmpty();
        assertThat(invitations.pending(organiser.actor(), assembly)).isEmpty();
        assertThat(actions(assembly)).contains("team.invitation-declined");
        assertThatThrownBy(() -> answers.accept(admin.actor(), id)).isInstanceOf(InvitationNotFoundException.class);
    }

    @Test
    void aNewAddressMayDeclineThroughItsLink() {
        var organiser = fixtures.user("Link Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Declined by link"));
        String email = "not.interested." + System.nanoTime() + "@test.minipublic.org";
        invitations.invite(organiser.actor(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH);
        var matcher = LINK.matcher(outbox.awaitSent(email).body());
        assertThat(matcher.find()).isTrue();

        answers.declineByLink(matcher.group(1));

        assertThat(accounts.openInvitation(matcher.group(1))).isEmpty();
        assertThat(invitations.pending(organiser.actor(), assembly)).isEmpty();
        assertThat(actions(assembly)).contains("team.invitation-declined");
    }

    @Test
    void aNewerInvitationReplacesTheOlderOne() {
        var organiser = fixtures.user("Reinviting Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Reinvite"));
        String email = "twice." + System.nanoTime() + "@test.minipublic.org";
        invitations.invite(organiser.actor(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH);
        invitations.invite(organiser.actor(), assembly, email, AssemblyRole.FACILITATOR, Locale.ENGLISH);
        assertThat(invitations.pending(organiser.actor(), assembly))
                .singleElement()
                .extracting(PendingInvitation::role)
                .isEqualTo(AssemblyRole.FACILITATOR);
    }

    @Test
    void theLastOrganiserCannotBeRemovedOrDemoted() {
        var organiser = fixtures.user("Only Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("One organiser"));
        assertThatThrownBy(() -> team.remove(organiser.actor(), assembly, organiser.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> team.changeRole(organiser.actor(), assembly, organiser.id(), AssemblyRole.MEMBER))
                .isInstanceOf(InvalidInputException.class);

        var second = fixtures.userWithRole("Second Organiser", assembly, AssemblyRole.ORGANISER);
        team.remove(organiser.actor(), assembly, second.id());
        assertThat(identity.roleIn(second.id(), assembly)).isEmpty();
    }

    @Test
    void usersOutsideTheTeamCannotBeLookedUp() {
        var organiser = fixtures.user("Curious Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Look-ups"));
        var outsider = fixtures.admin("Outside Admin");
        var facilitator = fixtures.userWithRole("Inside Facilitator", assembly, AssemblyRole.FACILITATOR);

        assertThat(team.member(organiser.actor(), assembly, outsider.id())).isEmpty();
        assertThat(team.member(organiser.actor(), assembly, facilitator.id()))
                .get()
                .extracting(TeamMember::displayName)
                .isEqualTo("Inside Facilitator");
    }

    @Test
    void rejectsAnInvalidAddress() {
        var organiser = fixtures.user("Careless Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Bad address"));
        assertThatThrownBy(() -> invitations.invite(
                        organiser.actor(), assembly, "not an address", AssemblyRole.MEMBER, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
    }

    private List<String> actions(AssemblyId assembly) {
        return audit.find(AuditQuery.forAssembly(assembly), 0).entries().stream()
                .map(AuditEntry::action)
                .toList();
    }
}
