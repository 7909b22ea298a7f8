package org.minipublic.app.recruitment;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation letters: the text an organiser writes once per assembly, printed for every household of a round as one
 * PDF (a page each) or handed to a print house as CSV.
 */
@Service
public class Letters {

    /** Letters rendered at a time; bounds the renderer's memory whatever the size of the round. */
    static final int BATCH = 200;

    private final LetterTexts texts;
    private final Rounds rounds;
    private final Assemblies assemblies;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Identity identity;
    private final Clock clock;
    private final String registrationUrl;

    Letters(
            LetterTexts texts,
            Rounds rounds,
            Assemblies assemblies,
            MessageSource messages,
            AuditLog audit,
            Identity identity,
            Clock clock,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.texts = texts;
        this.rounds = rounds;
        this.assemblies = assemblies;
        this.messages = messages;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
        this.registrationUrl = baseUrl.replaceAll("/+$", "") + "/register";
    }

    /** The assembly's letter text, or the standard text until an organiser saves one. */
    @Transactional(readOnly = true)
    public LetterText text(AssemblyId assembly) {
        return texts.find(assembly).orElseGet(() -> LetterText.standard(title(assembly)));
    }

    @Transactional
    public void save(Actor actor, AssemblyId assembly, LetterText text) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        if (Languages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(text.language()))) {
            throw new InvalidInputException("language", "recruitment.letter.language");
        }
        var before = texts.find(assembly);
        texts.save(assembly, text, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "recruitment.letter-saved", "Invitation letter")
                .withChange(before.map(LetterText::body).orElse(null), text.body()));
    }

    /** Every letter of the round, in draw order, as one PDF. */
    @Transactional(readOnly = true)
    public void writePdf(AssemblyId assembly, InvitationRound round, OutputStream out) {
        var common = common(assembly);
        LetterPdf.write(common, batch -> rounds.letters(round.id(), batch * BATCH, BATCH), out);
    }

    /** One letter with an example address and code, to check the layout before printing a round. */
    @Transactional(readOnly = true)
    public void writeSample(AssemblyId assembly, OutputStream out) {
        var sample = new LetterHtml.Letter(
                new Address("1 Example Street", "Flat 2", "", "Eastbrook", "EB1 2AB", "Example", null),
                RegistrationCode.example());
        LetterPdf.write(common(assembly), batch -> batch == 0 ? List.of(sample) : List.of(), out);
    }

    /** The round for a print house: one row per letter with the address lines, code and link. */
    @Transactional(readOnly = true)
    public void writeCsv(InvitationRound round, Writer out) {
        PrintFile.write(round, registrationUrl, batch -> rounds.letters(round.id(), batch * BATCH, BATCH), out);
    }

    private LetterHtml.Common common(AssemblyId assembly) {
        var text = text(assembly);
        var language = Locale.forLanguageTag(text.language());
        var translations = Languages.SUPPORTED.stream()
                .filter(other -> !other.getLanguage().equals(text.language()))
                .map(other -> new LetterHtml.TranslationLine(
                        other.getLanguage(),
                        Languages.isRightToLeft(other),
                        messages.getMessage(
                                "recruitment.letter.translation", new Object[] {leftToRight(text.contact())}, other)))
                .toList();
        return new LetterHtml.Common(
                text,
                question(assembly),
                registrationUrl,
                messages.getMessage("recruitment.letter.code-label", null, language),
                translations);
    }

    /** A telephone number keeps its digit groups in order inside a right-to-left line (a Unicode isolate). */
    private static String leftToRight(String text) {
        return "\u2066" + text + "\u2069";
    }

    private String title(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .orElseThrow(() -> new AssemblyNotFoundException(assembly))
                .details()
                .title();
    }

    private String question(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .orElseThrow(() -> new AssemblyNotFoundException(assembly))
                .details()
                .question();
    }
}
