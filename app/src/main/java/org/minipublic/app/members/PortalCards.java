package org.minipublic.app.members;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.KeyedHashes;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptLimit.Allowance;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CheckedCodes;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in cards for the member portal. Members sign in with the code on their card, without a password: many have
 * little digital confidence, and a card handed over at the first weekend is easier than an account. The code is 12
 * characters of {@link CheckedCodes} (about 10^16 codes, so guessing one is hopeless at the rate wrong codes are
 * allowed), shown only on the printed card: the database keeps its hash.
 */
@Service
public class PortalCards {

    static final int CODE_LENGTH = 12;

    /**
     * Wrong codes from one client address: 20 at once, then the address waits until the 10 minutes are over. A whole
     * room shares one address on the venue's Wi-Fi, and the wait stops correct codes too, so it must stay short: a
     * daily layer would hold the room up for hours. Guessing stays hopeless: 2,880 tries a day against 10^16 codes.
     */
    static final AttemptLimit WRONG_CODES_PER_ADDRESS =
            AttemptLimit.of("portal-per-address", new Allowance(20, Duration.ofMinutes(10)));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalCardRecords records;
    private final MemberRecords members;
    private final SignInCardPrint print;
    private final MemberAccess access;
    private final Attempts attempts;
    private final AuditLog audit;
    private final Clock clock;

    private final KeyedHashes hashes;

    PortalCards(
            PortalCardRecords records,
            MemberRecords members,
            SignInCardPrint print,
            MemberAccess access,
            Attempts attempts,
            KeyedHashes hashes,
            AuditLog audit,
            Clock clock) {
        this.hashes = hashes;
        this.records = records;
        this.members = members;
        this.print = print;
        this.access = access;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many active members the assembly has, and how many of them hold a card. */
    @Transactional(readOnly = true)
    public CardCount count(Actor actor, AssemblyId assembly) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        return new CardCount(records.holders(assembly, true).size(), records.withCard(assembly));
    }

    /**
     * New cards for the active members who have none, or for every active member (whose old cards then stop working).
     *
     * @return the cards to print, in name order; empty when everyone already has one
     */
    @Transactional
    public List<SignInCard> issue(Actor actor, AssemblyId assembly, boolean everyone) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        var cards = records.holders(assembly, everyone).stream()
                .map(holder -> issue(actor, holder))
                .toList();
        if (!cards.isEmpty()) {
            audit.record(AuditRecord.of(actor, assembly, "members.portal-cards-issued", "Assembly " + assembly)
                    .withChange(null, cards.size() + " card(s)" + (everyone ? ", replacing any earlier" : "")));
        }
        return cards;
    }

    /**
     * A new card for one member; their old card stops working.
     *
     * @throws MemberNotFoundException when the assembly has no such member
     * @throws InvalidInputException when the member has withdrawn
     */
    @Transactional
    public SignInCard issue(Actor actor, AssemblyId assembly, MemberId member) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        var stored = members.find(assembly, member).orElseThrow(() -> new MemberNotFoundException(member));
        if (stored.status() != MemberStatus.ACTIVE) {
            throw new InvalidInputException("member", "portal.cards.withdrawn");
        }
        var profile = stored.profile();
        var card = issue(actor, new PortalCardRecords.Holder(member, profile.name(), profile.language()));
        audit.record(AuditRecord.of(actor, assembly, "members.portal-card-issued", "Member " + member));
        return card;
    }

    /** Writes cards as a PDF to cut out, eight to an A4 page. */
    public void print(List<SignInCard> cards, OutputStream out) throws IOException {
        print.write(cards, out);
    }

    /**
     * Issues cards as {@link #issue(Actor, AssemblyId, boolean)} does and prints them in the same transaction: if the
     * PDF cannot be made, no card is issued, so no member is left with a code nobody ever saw.
     *
     * @return the PDF, or nothing when every active member already has a card (and {@code everyone} is false)
     */
    @Transactional
    public byte[] issueAndPrint(Actor actor, AssemblyId assembly, boolean everyone) throws IOException {
        return printed(issue(actor, assembly, everyone));
    }

    /** A new card for one member, printed in the same transaction (see {@link #issueAndPrint}). */
    @Transactional
    public byte[] issueAndPrint(Actor actor, AssemblyId assembly, MemberId member) throws IOException {
        return printed(List.of(issue(actor, assembly, member)));
    }

    private byte[] printed(List<SignInCard> cards) throws IOException {
        if (cards.isEmpty()) {
            return new byte[0];
        }
        var out = new java.io.ByteArrayOutputStream(64 * 1024);
        print.write(cards, out);
        return out.toByteArray();
    }

    /** Signs a member in with the code from their card, as typed (case, spaces and hyphens do not matter). */
    @Transactional
    public PortalSignIn signIn(String typed, @Nullable String clientAddress) {
        var subject = AttemptSubject.address(WRONG_CODES_PER_ADDRESS, clientAddress);
        var throttled = attempts.throttledFor(subject);
        if (throttled.isPresent()) {
            return PortalSignIn.refused(PortalSignIn.Outcome.WAIT, minutes(throttled.get()));
        }
        var code = CheckedCodes.normalise(typed);
        if (!CheckedCodes.isWellFormed(code, CODE_LENGTH)) {
            return PortalSignIn.refused(PortalSignIn.Outcome.TYPO, 0);
        }
        // Counted before the look-up, so that a burst of requests sent at once cannot look up more codes than the
        // limit allows; a code that works gives its attempt back.
        var attempt = attempts.take(subject);
        if (!attempt.granted()) {
            attempts.startThrottling(subject);
            return PortalSignIn.refused(PortalSignIn.Outcome.WAIT, minutes(attempt.delay()));
        }
        var found = found(code);
        if (found.isEmpty()) {
            if (!attempt.usedUp().isEmpty()) {
                attempts.startThrottling(subject);
            }
            return PortalSignIn.refused(PortalSignIn.Outcome.UNKNOWN, 0);
        }
        attempts.giveBack(subject);
        var card = found.get();
        return new PortalSignIn(
                PortalSignIn.Outcome.SIGNED_IN,
                new PortalMember(card.member(), card.assembly(), card.card()),
                card.language(),
                0);
    }

    /**
     * The member still signed in with this card: empty once the card was replaced or the member withdrew, when the
     * portal ends their session.
     */
    @Transactional(readOnly = true)
    public Optional<PortalVisitor> visitor(PortalMember signedIn) {
        return records.findActive(signedIn.card())
                .filter(found -> found.member().equals(signedIn.member()))
                .map(found -> new PortalVisitor(signedIn, found.firstName(), found.language()));
    }

    private SignInCard issue(Actor actor, PortalCardRecords.Holder holder) {
        String code = CheckedCodes.random(CODE_LENGTH, RANDOM);
        records.replace(holder.id(), hashes.portalCard(code), actor.userId(), clock.instant());
        return new SignInCard(holder.name(), holder.language(), code);
    }

    /**
     * The active card with this code. Cards issued before codes were hashed with a key were stored as a plain SHA-256:
     * such a card still works, and its hash is replaced with the keyed one at its first use.
     */
    private Optional<PortalCardRecords.Found> found(String code) {
        String keyed = hashes.portalCard(code);
        var found = records.findActive(keyed);
        if (found.isPresent()) {
            return found;
        }
        var unkeyed = records.findActive(unkeyedHash(code));
        unkeyed.ifPresent(card -> records.rehash(card.card(), keyed));
        return unkeyed;
    }

    /** How codes were stored before they were keyed; only for finding such cards. */
    static String unkeyedHash(String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
