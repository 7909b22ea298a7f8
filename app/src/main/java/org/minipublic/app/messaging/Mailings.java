package org.minipublic.app.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.notifications.StoredMessage;
import org.minipublic.app.recruitment.RespondentContact;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mailings to respondents: who each audience holds, a preview, sending, and how the messages stand. */
@Service
public class Mailings {

    /** One mailing reaches at most this many people; a larger pool is written to in several. */
    public static final int MAX_RECIPIENTS = 5_000;

    private final Recipients recipients;
    private final CeremonyLines ceremonyLines;
    private final MailingRecords records;
    private final Notifications notifications;
    private final Assemblies assemblies;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Mailings(
            Recipients recipients,
            CeremonyLines ceremonyLines,
            MailingRecords records,
            Notifications notifications,
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.recipients = recipients;
        this.ceremonyLines = ceremonyLines;
        this.records = records;
        this.notifications = notifications;
        this.assemblies = assemblies;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a mailing would look like: who gets it, in which language, and the first person's message. */
    public record Preview(
            Audience audience, int recipients, Map<String, Integer> perLanguage, Optional<MailingText> sample) {}

    @Transactional(readOnly = true)
    public List<AudienceSize> audiences(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        boolean drawn = recipients.draw(assembly).isPresent();
        var sizes = new ArrayList<AudienceSize>();
        for (var audience : Audience.values()) {
            boolean available = !audience.needsDraw() || drawn;
            sizes.add(new AudienceSize(
                    audience,
                    available,
                    available ? recipients.of(actor, assembly, audience).size() : 0,
                    recipients.unreachable(actor, assembly, audience)));
        }
        return sizes;
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor, AssemblyId assembly, Draft draft) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var people = checked(actor, assembly, draft);
        var lines = ceremonyLines.forPreview(actor, assembly, draft);
        String title = title(assembly);
        var sample = people.stream().findFirst().map(p -> {
            String language = draft.languageFor(p.language());
            return ceremonyLines.personalised(draft.textFor(language), language, p.id(), p.firstName(), title, lines);
        });
        return new Preview(draft.audience(), people.size(), perLanguage(draft, people), sample);
    }

    /** Sends the mailing to everyone in its audience now, each in their language where written, and records it. */
    @Transactional
    public MailingId send(Actor actor, AssemblyId assembly, Draft draft) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        records.lock(assembly);
        var people = checked(actor, assembly, draft);
        var lines = ceremonyLines.forSending(actor, assembly, draft);
        String title = title(assembly);
        var sent = new ArrayList<MailingRecords.Recipient>();
        for (var person : people) {
            String language = draft.languageFor(person.language());
            var text = ceremonyLines.personalised(
                    draft.textFor(language), language, person.id(), person.firstName(), title, lines);
            var message = notifications.send(new Mail(person.email(), text.subject(), text.body()));
            sent.add(new MailingRecords.Recipient(person.id(), message, language));
        }
        var row = new MailingRecords.Row(
                MailingId.random(),
                records.nextNumber(assembly),
                draft.audience(),
                clock.instant(),
                actor.label(),
                lines.map(Ceremonies.Waiting::number).orElse(null));
        var draw = draft.audience().needsDraw()
                ? recipients.draw(assembly).map(d -> d.id()).orElse(null)
                : null;
        records.insert(assembly, row, draw, draft.texts(), sent);
        audit.record(AuditRecord.of(actor, assembly, "messaging.mailing-sent", "Mailing " + row.number())
                .withChange(
                        null,
                        "audience=" + draft.audience() + ", recipients=" + sent.size() + ", languages="
                                + new TreeMap<>(draft.texts()).keySet()
                                + lines.map(w -> ", pseudonyms of ceremony " + w.number())
                                        .orElse("")));
        return row.id();
    }

    @Transactional(readOnly = true)
    public List<Mailing> mailings(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return records.all(assembly).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Mailing> mailing(Actor actor, AssemblyId assembly, MailingId id) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return records.find(assembly, id).map(this::view);
    }

    private List<RespondentContact> checked(Actor actor, AssemblyId assembly, Draft draft) {
        var problems = new ArrayList<InvalidInputException>();
        draft.texts().forEach((language, text) -> problems.addAll(text.problems(language)));
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        if (draft.audience().needsDraw() && recipients.draw(assembly).isEmpty()) {
            throw new InvalidInputException("audience", "messaging.audience.needs-draw");
        }
        var people = recipients.of(actor, assembly, draft.audience());
        if (people.isEmpty()) {
            throw new InvalidInputException("audience", "messaging.audience.empty");
        }
        if (people.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("audience", "messaging.audience.too-large", MAX_RECIPIENTS);
        }
        return people;
    }

    private static Map<String, Integer> perLanguage(Draft draft, List<RespondentContact> people) {
        var counts = new TreeMap<String, Integer>();
        for (var person : people) {
            counts.merge(draft.languageFor(person.language()), 1, Integer::sum);
        }
        return counts;
    }

    private Mailing view(MailingRecords.Row row) {
        var sentTo = records.recipients(row.id());
        var statuses = notifications.statuses(
                sentTo.stream().map(MailingRecords.Recipient::message).toList());
        int sent = 0;
        int failed = 0;
        for (var status : statuses.values()) {
            if (status == StoredMessage.DeliveryStatus.SENT) {
                sent++;
            } else if (status == StoredMessage.DeliveryStatus.FAILED) {
                failed++;
            }
        }
        var perLanguage = new TreeMap<String, Integer>();
        sentTo.forEach(r -> perLanguage.merge(r.language(), 1, Integer::sum));
        return new Mailing(
                row.id(),
                row.number(),
                row.audience(),
                records.texts(row.id()),
                row.sentAt(),
                row.sentBy(),
                sentTo.size(),
                perLanguage,
                sent,
                sentTo.size() - sent - failed,
                failed);
    }

    private String title(AssemblyId assembly) {
        return assemblies.find(assembly).map(AssemblyView::title).orElse("");
    }
}
