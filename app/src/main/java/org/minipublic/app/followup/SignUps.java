package org.minipublic.app.followup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.minipublic.app.accountability.PublicAccountability;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptLimit.Allowance;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents signing up for follow-up events on the public site, with double opt-in: a sign-up holds a place only
 * after its owner presses the button on the page the e-mailed link opens, and only while the link is fresh. Whether
 * an address already signed up is never told, requests are limited per client and per address, and capacity counts
 * confirmed sign-ups only, confirmed one at a time per event so that the last place goes to one person.
 */
@Service
public class SignUps {

    static final AttemptLimit PER_ADDRESS =
            AttemptLimit.of("event-sign-up-per-address", new Allowance(10, Duration.ofHours(1)));
    static final AttemptLimit PER_EMAIL =
            AttemptLimit.of("event-sign-up-per-email", new Allowance(3, Duration.ofDays(1)));

    /** How long a confirmation link works; unconfirmed sign-ups older than this are deleted. */
    public static final Duration LINK_LIFETIME = Duration.ofHours(48);

    static final int NAME_LIMIT = 200;
    static final int NEEDS_LIMIT = 500;
    private static final int EMAIL_LIMIT = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of pressing the confirm button. */
    public enum Outcome {
        CONFIRMED,
        FULL,
        CLOSED,
        GONE
    }

    /** What a resident types in the form. */
    public record Request(String name, String email, String accessNeeds, boolean consent) {

        @Override
        public String toString() {
            return "Request[…]"; // personal data
        }
    }

    private final EventRecords events;
    private final SignUpRecords signUps;
    private final EventMails mails;
    private final PublicAccountability published;
    private final Attempts attempts;
    private final Clock clock;

    SignUps(
            EventRecords events,
            SignUpRecords signUps,
            EventMails mails,
            PublicAccountability published,
            Attempts attempts,
            Clock clock) {
        this.events = events;
        this.signUps = signUps;
        this.mails = mails;
        this.published = published;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * The assembly's published and cancelled events, soonest first, once its public accountability page is out.
     *
     * @throws EventNotFoundException when the assembly's public page is not published
     */
    @Transactional(readOnly = true)
    public List<Event> publicEvents(AssemblyId assembly) {
        if (published.published(assembly).isEmpty()) {
            throw new EventNotFoundException(assembly);
        }
        return events.all(assembly).stream()
                .filter(e -> e.status() != EventStatus.DRAFT)
                .toList();
    }

    /** One event as the public site shows it; not found for drafts and unpublished assemblies. */
    @Transactional(readOnly = true)
    public Event publicEvent(AssemblyId assembly, EventId id) {
        return publicEvents(assembly).stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new EventNotFoundException(id));
    }

    /**
     * Asks for a place: sends the confirmation link, unless the address already holds one (then nothing is sent;
     * the page says the same either way).
     *
     * @throws InvalidInputException naming the field, when the form is not filled in properly, the event takes no
     *     sign-ups now, or too many requests came from this client or for this address
     */
    @Transactional
    public void signUp(AssemblyId assembly, EventId id, Request request, Locale language, String clientAddress) {
        var event = publicEvent(assembly, id);
        var clean = check(request);
        if (!event.open(clock.instant())) {
            throw new InvalidInputException(
                    "email", event.full() ? "followup.sign-up.full" : "followup.sign-up.closed");
        }
        var attempt = attempts.take(
                AttemptSubject.address(PER_ADDRESS, clientAddress), AttemptSubject.typed(PER_EMAIL, clean.email()));
        if (!attempt.granted()) {
            throw new InvalidInputException("email", "followup.sign-up.wait");
        }
        var fresh = new SignUp(
                UUID.randomUUID(),
                id,
                clean.name(),
                clean.email(),
                clean.accessNeeds(),
                Languages.supportedOrEnglish(language).toLanguageTag(),
                token(),
                false,
                clock.instant());
        if (!signUps.insert(fresh)) {
            signUps.refresh(fresh); // asked again before confirming: a new link, the old one stops working
        }
        var signUp = signUps.find(id, clean.email()).orElseThrow();
        if (!signUp.confirmed()) {
            mails.confirm(event, signUp);
        }
    }

    /** The sign-up a link's token names, while its link works. */
    @Transactional(readOnly = true)
    public Optional<SignUp> byToken(String token) {
        if (token.length() != 43) {
            return Optional.empty();
        }
        return signUps.byToken(token).filter(s -> s.confirmed() || !expired(s));
    }

    /** The event of a sign-up. */
    @Transactional(readOnly = true)
    public Event eventOf(SignUp signUp) {
        return events.find(signUp.event()).orElseThrow(() -> new EventNotFoundException(signUp.event()));
    }

    /** Confirms the sign-up a link's token names, if a place is left and sign-ups are still open. */
    @Transactional
    public Outcome confirm(String token) {
        var signUp = byToken(token);
        if (signUp.isEmpty()) {
            return Outcome.GONE;
        }
        if (signUp.get().confirmed()) {
            return Outcome.CONFIRMED;
        }
        var event = events.lock(signUp.get().event()).orElseThrow();
        if (event.full()) {
            return Outcome.FULL;
        }
        if (!event.open(clock.instant())) {
            return Outcome.CLOSED;
        }
        if (!signUps.confirm(token)) {
            return Outcome.GONE;
        }
        mails.confirmed(event, signUp.get());
        return Outcome.CONFIRMED;
    }

    /** Cancels the sign-up a link's token names, deleting it (and freeing its place); false when there is none. */
    @Transactional
    public boolean cancel(String token) {
        return byToken(token).isPresent() && signUps.delete(token);
    }

    private boolean expired(SignUp signUp) {
        return !signUp.createdAt().plus(LINK_LIFETIME).isAfter(clock.instant());
    }

    static Request check(Request request) {
        String name = request.name().strip();
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        String needs = request.accessNeeds().strip();
        if (name.isEmpty() || name.length() > NAME_LIMIT) {
            throw new InvalidInputException("name", "followup.sign-up.name-length", NAME_LIMIT);
        }
        if (email.length() > EMAIL_LIMIT || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "followup.sign-up.email-invalid");
        }
        if (needs.length() > NEEDS_LIMIT) {
            throw new InvalidInputException("accessNeeds", "followup.sign-up.needs-length", NEEDS_LIMIT);
        }
        if (!request.consent()) {
            throw new InvalidInputException("consent", "followup.sign-up.consent-missing");
        }
        return new Request(name, email, needs, true);
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
