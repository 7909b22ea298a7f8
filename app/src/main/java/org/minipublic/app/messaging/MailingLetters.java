package org.minipublic.app.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.PostalContact;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.shared.Pdf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sent mailing as letters for the people in its audience who gave no e-mail address, so that nobody is left out
 * for not using e-mail. The audience is worked out again when the letters are printed, like the e-mails were when
 * sent; each letter is in the person's language where the mailing has it, else in English.
 */
@Service
public class MailingLetters {

    private final MailingRecords records;
    private final Recipients recipients;
    private final CeremonyLines ceremonyLines;
    private final Assemblies assemblies;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    MailingLetters(
            MailingRecords records,
            Recipients recipients,
            CeremonyLines ceremonyLines,
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.recipients = recipients;
        this.ceremonyLines = ceremonyLines;
        this.assemblies = assemblies;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people the letters would go to: those in the mailing's audience without an e-mail address. */
    @Transactional(readOnly = true)
    public List<PostalContact> recipients(Actor actor, AssemblyId assembly, MailingId id) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        return records.find(assembly, id)
                .map(row -> recipients.byPost(actor, assembly, row.audience()))
                .orElse(List.of());
    }

    /**
     * Writes the letters as one PDF.
     *
     * @return how many letters it holds; nothing is written when there are none
     * @throws InvalidInputException when the mailing gives people their line of a draw ceremony and that ceremony
     *     (the one waiting when the mailing was sent) no longer waits for its digits
     */
    @Transactional
    public int print(Actor actor, AssemblyId assembly, MailingId id, OutputStream out) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var row = records.find(assembly, id).orElse(null);
        if (row == null) {
            return 0;
        }
        var people = recipients.byPost(actor, assembly, row.audience());
        if (people.isEmpty()) {
            return 0;
        }
        var draft = new Draft(row.audience(), records.texts(id));
        var lines = ceremonyLines.forSending(actor, assembly, draft);
        if (row.ceremony() != null && lines.isPresent() && lines.get().number() != row.ceremony()) {
            // the e-mails gave that ceremony's pseudonyms; these letters would give another's
            throw new InvalidInputException("audience", "messaging.letters.ceremony-gone");
        }
        String title = assemblies.find(assembly).map(AssemblyView::title).orElse("");
        var letters = people.stream()
                .map(person -> {
                    String language = draft.languageFor(person.language());
                    var text = ceremonyLines.personalised(
                            draft.textFor(language), language, person.id(), person.firstName(), title, lines);
                    boolean rtl = Languages.isRightToLeft(Locale.forLanguageTag(language));
                    return new MailingLetterHtml.Letter(person.name(), person.addressLines(), text, rtl);
                })
                .toList();
        String date = LocalDate.now(clock)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK));
        try {
            Pdf.render(MailingLetterHtml.document(title, date, letters), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditRecord.of(actor, assembly, "messaging.letters-printed", "Mailing " + row.number())
                .withChange(null, "letters=" + letters.size()));
        return letters.size();
    }
}
