package org.minipublic.app.accountability;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptLimit.Allowance;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' e-mail subscriptions to an assembly's progress updates, with double opt-in: an address gets updates only
 * after its owner follows the link sent to it, and every update carries a link that ends the subscription at once.
 * Whether an address is already subscribed is never told on the page, and requests are limited per client and per
 * address, so the form cannot be used to find out who follows an assembly or to flood someone's inbox.
 */
@Service
public class Subscriptions {

    static final AttemptLimit PER_ADDRESS =
            AttemptLimit.of("subscribe-per-address", new Allowance(10, Duration.ofHours(1)));
    static final AttemptLimit PER_EMAIL = AttemptLimit.of("subscribe-per-email", new Allowance(3, Duration.ofDays(1)));

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int EMAIL_LIMIT = 254;
    /** The start of a report's introduction that goes in the mail; the whole is on the page it links to. */
    private static final int INTRO_IN_MAIL = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriberRecords subscribers;
    private final PublicAccountability published;
    private final ProgressReports reports;
    private final Assemblies assemblies;
    private final Notifications notifications;
    private final Attempts attempts;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    Subscriptions(
            SubscriberRecords subscribers,
            PublicAccountability published,
            ProgressReports reports,
            Assemblies assemblies,
            Notifications notifications,
            Attempts attempts,
            MessageSource messages,
            Clock clock,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.subscribers = subscribers;
        this.published = published;
        this.reports = reports;
        this.assemblies = assemblies;
        this.notifications = notifications;
        this.attempts = attempts;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Asks for an assembly's updates at this address: sends the confirmation link, unless the address is already
     * confirmed (then nothing is sent; the page says the same either way).
     *
     * @throws RecommendationNotFoundException when the assembly's record is not published
     * @throws InvalidInputException when the address is not one, or too many requests came from this client or for
     *     this address
     */
    @Transactional
    public void subscribe(AssemblyId assembly, String email, Locale language, String clientAddress) {
        if (published.published(assembly).isEmpty()) {
            throw new RecommendationNotFoundException(assembly);
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > EMAIL_LIMIT || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("email", "accountability.subscribe.email-invalid");
        }
        var attempt = attempts.take(
                AttemptSubject.address(PER_ADDRESS, clientAddress), AttemptSubject.typed(PER_EMAIL, address));
        if (!attempt.granted()) {
            throw new InvalidInputException("email", "accountability.subscribe.wait");
        }
        Locale locale = Languages.supportedOrEnglish(language);
        var fresh = new Subscription(UUID.randomUUID(), assembly, address, locale.toLanguageTag(), token(), false);
        subscribers.insert(fresh, clock.instant());
        var subscription = subscribers.find(assembly, address).orElseThrow();
        if (!subscription.confirmed()) {
            sendConfirmation(subscription);
        }
    }

    /** The subscription a link's token names. */
    @Transactional(readOnly = true)
    public Optional<Subscription> byToken(String token) {
        return token.length() == 43 ? subscribers.byToken(token) : Optional.empty();
    }

    /** Confirms the subscription a link's token names; false when there is none (it ended, or never was). */
    @Transactional
    public boolean confirm(String token) {
        return byToken(token).isPresent() && subscribers.confirm(token);
    }

    /** Ends the subscription a link's token names, deleting the address; false when there is none. */
    @Transactional
    public boolean unsubscribe(String token) {
        return byToken(token).isPresent() && subscribers.delete(token);
    }

    /** Sends a progress update to every confirmed subscriber of a published record. */
    @Transactional
    public int sendUpdate(ProgressUpdatePosted event) {
        var record = published.published(event.assembly());
        if (record.isEmpty()) {
            return 0;
        }
        var found = record.get().updates().stream()
                .filter(u -> u.id().equals(event.update()))
                .findFirst();
        if (found.isEmpty()) {
            return 0;
        }
        var update = found.get();
        String title = title(event.assembly());
        String page = baseUrl + "/public/assemblies/" + event.assembly() + "/accountability";
        return mailSubscribers(
                event.assembly(),
                (locale, stop) -> new Text(
                        messages.getMessage(
                                "mail.accountability.update.subject",
                                new Object[] {title, update.actionTitle()},
                                locale),
                        messages.getMessage(
                                "mail.accountability.update.body",
                                new Object[] {
                                    update.actionTitle(),
                                    update.body(),
                                    messages.getMessage(
                                            "accountability.action.status." + update.status(), null, locale),
                                    page,
                                    stop
                                },
                                locale)));
    }

    /**
     * Tells the assembly's confirmed subscribers that a progress report was published, with a link to it.
     *
     * @return how many were sent; none when the report or the record is not (or no longer) published
     */
    @Transactional(readOnly = true)
    public int sendReport(ProgressReportPublished event) {
        var shown = reports.publishedReport(event.assembly(), event.report());
        if (shown.isEmpty()) {
            return 0;
        }
        var report = shown.get().report();
        String title = title(event.assembly());
        String page = baseUrl + "/public/assemblies/" + event.assembly() + "/progress-reports/" + report.id();
        String intro = report.intro().length() > INTRO_IN_MAIL
                ? report.intro().substring(0, INTRO_IN_MAIL).stripTrailing() + " …"
                : report.intro();
        return mailSubscribers(event.assembly(), (locale, stop) -> {
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            String period = messages.getMessage(
                    "accountability.report.period",
                    new Object[] {dates.format(report.periodStart()), dates.format(report.lastDay())},
                    locale);
            return new Text(
                    messages.getMessage("mail.accountability.report.subject", new Object[] {title, period}, locale),
                    messages.getMessage(
                            "mail.accountability.report.body",
                            new Object[] {title, period, intro, page, stop},
                            locale));
        });
    }

    /** A mail's subject and body in one subscriber's language. */
    private record Text(String subject, String body) {}

    /** Sends each confirmed subscriber the mail written for their language, with their own link to stop. */
    private int mailSubscribers(AssemblyId assembly, BiFunction<Locale, String, Text> mail) {
        int sent = 0;
        for (var subscriber : subscribers.confirmed(assembly)) {
            String stop = link(subscriber);
            var made = mail.apply(Locale.forLanguageTag(subscriber.language()), stop);
            notifications.send(new Mail(subscriber.email(), made.subject(), made.body()).withSecret(stop));
            sent++;
        }
        return sent;
    }

    private void sendConfirmation(Subscription subscription) {
        Locale locale = Locale.forLanguageTag(subscription.language());
        String title = title(subscription.assembly());
        String link = link(subscription);
        notifications.send(new Mail(
                        subscription.email(),
                        messages.getMessage("mail.accountability.confirm.subject", new Object[] {title}, locale),
                        messages.getMessage("mail.accountability.confirm.body", new Object[] {title, link}, locale))
                .withSecret(link));
    }

    private String link(Subscription subscription) {
        return baseUrl + "/public/subscriptions/" + subscription.token();
    }

    private String title(AssemblyId assembly) {
        return assemblies.find(assembly).map(a -> a.title()).orElse("Minipublic");
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
