package org.minipublic.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creating them (by invitation, by the first-run link, or by an administrator) and disabling them. */
@Service
public class Accounts {

    static final Duration SETUP_LINK_VALIDITY = Duration.ofHours(24);

    private final UserAccounts users;
    private final AssemblyRoles roles;
    private final Invitations invitations;
    private final SetupTokens setupTokens;
    private final PasswordEncoder passwords;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;
    private final UserSessions sessions;

    Accounts(
            UserAccounts users,
            AssemblyRoles roles,
            Invitations invitations,
            SetupTokens setupTokens,
            PasswordEncoder passwords,
            Identity identity,
            AuditLog audit,
            Clock clock,
            UserSessions sessions) {
        this.users = users;
        this.roles = roles;
        this.invitations = invitations;
        this.setupTokens = setupTokens;
        this.passwords = passwords;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Transactional
    public UserId create(Actor actor, NewAccount account) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        var id = insert(account.email(), account.displayName(), account.password(), account.platformAdmin());
        audit.record(AuditRecord.of(actor, null, "account.created", AuditRecord.userSubject(id))
                .withChange(null, account.platformAdmin() ? "platform administrator" : "user"));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<UserId> findByEmail(Actor actor, String email) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        return users.findByEmail(email).map(UserAccount::id);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list(Actor actor, int page, int size) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        return users.findAll(size, Math.max(0, page) * size).stream()
                .map(UserSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(Actor actor) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        return users.count();
    }

    /** Enables or disables an account; disabling also ends every session it has open. */
    @Transactional
    public void setEnabled(Actor actor, UserId id, boolean enabled) {
        identity.require(actor, Permission.MANAGE_ACCOUNTS);
        var account = users.findById(id).orElseThrow(() -> new InvalidInputException("user", "account.unknown"));
        if (!enabled && id.equals(actor.userId())) {
            throw new InvalidInputException("user", "account.cannot-disable-self");
        }
        if (account.enabled() == enabled) {
            return;
        }
        users.setEnabled(id, enabled);
        audit.record(AuditRecord.of(
                actor, null, enabled ? "account.enabled" : "account.disabled", AuditRecord.userSubject(id)));
        if (!enabled) {
            sessions.endAll(account.email());
        }
    }

    @Transactional(readOnly = true)
    public Optional<OpenInvitation> openInvitation(String token) {
        return openByToken(token)
                .map(i -> new OpenInvitation(
                        i.assemblyId(),
                        i.email(),
                        i.role(),
                        users.findByEmail(i.email()).isPresent()));
    }

    /**
     * Uses an invitation link: creates the account for the invited address and gives it the role. An address that
     * has an account by now answers after logging in instead, so that a link never stands in for the password.
     */
    @Transactional
    public UserId acceptInvitation(String token, String displayName, String password) {
        var invitation =
                openByToken(token).orElseThrow(() -> new InvalidInputException("token", "invitation.not-open"));
        if (users.findByEmail(invitation.email()).isPresent()) {
            throw new InvalidInputException("token", "invitation.log-in-to-answer");
        }
        UserId user = insert(invitation.email(), displayName, password, false);
        roles.put(user, invitation.assemblyId(), invitation.role(), clock.instant());
        invitations.markAccepted(invitation.id(), clock.instant());
        var actor = Actor.user(user, displayName.trim());
        audit.record(AuditRecord.of(actor, null, "account.created", AuditRecord.userSubject(user))
                .withChange(null, "user (invitation " + invitation.id() + ")"));
        audit.record(AuditRecord.of(
                        actor, invitation.assemblyId(), "team.invitation-accepted", "invitation " + invitation.id())
                .withChange(null, invitation.role().name()));
        return user;
    }

    /** True until an enabled platform administrator exists. */
    @Transactional(readOnly = true)
    public boolean setupRequired() {
        return !users.anyPlatformAdmin();
    }

    /** Issues the one-time link token that creates the first administrator; earlier tokens stop working. */
    @Transactional
    public String issueSetupToken() {
        String token = Tokens.newToken();
        var now = clock.instant();
        setupTokens.replaceWith(Tokens.hash(token), now, now.plus(SETUP_LINK_VALIDITY));
        return token;
    }

    @Transactional(readOnly = true)
    public boolean setupTokenUsable(String token) {
        return setupRequired() && setupTokens.isUsable(Tokens.hash(token), clock.instant());
    }

    @Transactional
    public UserId completeSetup(String token, String email, String displayName, String password) {
        if (!setupRequired() || !setupTokens.use(Tokens.hash(token), clock.instant())) {
            throw new InvalidInputException("token", "setup.link-not-usable");
        }
        var id = insert(email, displayName, password, true);
        audit.record(
                AuditRecord.of(Actor.user(id, displayName.trim()), null, "account.created", AuditRecord.userSubject(id))
                        .withChange(null, "platform administrator (first-run setup)"));
        return id;
    }

    private UserId insert(String email, String displayName, String password, boolean platformAdmin) {
        String address = EmailAddresses.normalise("email", email);
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty()) {
            throw new InvalidInputException("displayName", "account.name.required");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("displayName", "account.name.too-long", 100);
        }
        PasswordPolicy.check("password", password, address);
        if (users.findByEmail(address).isPresent()) {
            throw new InvalidInputException("email", "account.email.taken");
        }
        var id = UserId.random();
        users.insert(new UserAccount(
                id, address, name, Passwords.hash(passwords, password), platformAdmin, true, clock.instant()));
        return id;
    }

    private Optional<Invitation> openByToken(String token) {
        return invitations.findByTokenHash(Tokens.hash(token)).filter(i -> i.isOpenAt(clock.instant()));
    }
}
