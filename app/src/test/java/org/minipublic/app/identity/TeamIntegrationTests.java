package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.notifications.StoredMessage;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Building a team: an invitation e-mail carries a one-time link that creates the account with its role; existing
 * accounts join at once; the last organiser cannot leave.
 */
@IntegrationTest
class TeamIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

    @Autowired
    Team team;

    @Autowired
    Accounts accounts;

    @Autowired
    Identity identity;

    @Autowired
    Notifications notifications;

    @Autowired
    Fixtures fixtures;

    @Test
    void anInvitationLinkCreatesTheAccountWithItsRoleOnce() {
        var organiser = fixtures.user("Inviting Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Invitations"));
        String email = "new.facilitator." + System.nanoTime() + "@test.minipublic.org";

        var outcome =
                team.invite(organiser.actor(), assembly, email, AssemblyRole.FACILITATOR, Locale.forLanguageTag("pl"));

        assertThat(outcome).isEqualTo(InviteOutcome.INVITED);
        var mail = awaitMailTo(email);
        assertThat(mail.body()).contains("/invitations/");
        assertThat(mail.subject()).contains("zaproszenie"); // written in the language the organiser chose
        var matcher = LINK.matcher(mail.body());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        assertThat(accounts.openInvitation(token))
                .get()
                .extracting(OpenInvitation::email)
                .isEqualTo(email);
        var user = accounts.acceptInvitation(token, "New Facilitator", "a long enough password");
        assertThat(identity.roleIn(user, assembly)).contains(AssemblyRole.FACILITATOR);
        assertThat(accounts.openInvitation(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "Again", "a long enough password"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anExistingAccountJoinsAtOnceAndIsTold() {
        var organiser = fixtures.user("Adding Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Existing accounts"));
        var advisor = fixtures.user("Existing Advisor");

        var outcome = team.invite(
                organiser.actor(),
                assembly,
                advisor.email().toUpperCase(),
                AssemblyRole.ADVISORY_BOARD,
                Locale.ENGLISH);

        assertThat(outcome).isEqualTo(InviteOutcome.ADDED);
        assertThat(identity.roleIn(advisor.id(), assembly)).contains(AssemblyRole.ADVISORY_BOARD);
        assertThat(awaitMailTo(advisor.email()).subject()).contains("added to the team");
        assertThatThrownBy(() ->
                        team.invite(organiser.actor(), assembly, advisor.email(), AssemblyRole.MEMBER, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("team.invite.already-member");
    }

    @Test
    void aNewerInvitationReplacesTheOlderLink() {
        var organiser = fixtures.user("Reinviting Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Reinvite"));
        String email = "twice." + System.nanoTime() + "@test.minipublic.org";
        team.invite(organiser.actor(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH);
        team.invite(organiser.actor(), assembly, email, AssemblyRole.FACILITATOR, Locale.ENGLISH);
        assertThat(team.pendingInvitations(assembly))
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
    void rejectsAnInvalidAddress() {
        var organiser = fixtures.user("Careless Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Bad address"));
        assertThatThrownBy(() ->
                        team.invite(organiser.actor(), assembly, "not an address", AssemblyRole.MEMBER, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
    }

    private StoredMessage awaitMailTo(String recipient) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> notifications.latest(0, 200).stream()
                                .filter(m -> m.recipient().equalsIgnoreCase(recipient))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }
}
