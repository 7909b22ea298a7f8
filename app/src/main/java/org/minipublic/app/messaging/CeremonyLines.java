package org.minipublic.app.messaging;

import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills a mailing's {@code {pseudonym}} and {@code {panel_numbers}} from the draw ceremony waiting for its digits
 * (selection), so that each respondent learns their own line of its private list before the digits are drawn, by
 * e-mail or by letter.
 */
@Component
class CeremonyLines {

    private final Ceremonies ceremonies;
    private final MessageSource messages;

    CeremonyLines(Ceremonies ceremonies, MessageSource messages) {
        this.ceremonies = ceremonies;
        this.messages = messages;
    }

    /**
     * The waiting ceremony's lines when the draft uses them, for a preview; nothing when it does not. Someone with no
     * line (left out of the draw for lack of a value the targets need, or registered after the commitment, which the
     * page then calls stale) is told they are not in this lottery.
     *
     * @throws InvalidInputException when no ceremony is waiting for its digits
     */
    Optional<Ceremonies.Waiting> forPreview(Actor actor, AssemblyId assembly, Draft draft) {
        return usesCeremony(draft) ? Optional.of(required(ceremonies.waiting(actor, assembly))) : Optional.empty();
    }

    /**
     * The same for sending or printing: the ceremony is held until the caller's transaction ends, so that it cannot
     * be cancelled while its lines go out (see {@link Ceremonies#waitingWhileSending}).
     */
    Optional<Ceremonies.Waiting> forSending(Actor actor, AssemblyId assembly, Draft draft) {
        return usesCeremony(draft)
                ? Optional.of(required(ceremonies.waitingWhileSending(actor, assembly)))
                : Optional.empty();
    }

    private static boolean usesCeremony(Draft draft) {
        return draft.texts().values().stream().anyMatch(MailingText::usesCeremony);
    }

    private static Ceremonies.Waiting required(Optional<Ceremonies.Waiting> waiting) {
        return waiting.orElseThrow(() -> new InvalidInputException("audience", "messaging.placeholder.no-ceremony"));
    }

    /** The text in the person's language as they get it, with their line of the ceremony if there is one. */
    MailingText personalised(
            MailingText text,
            String language,
            RespondentId person,
            String firstName,
            String assembly,
            Optional<Ceremonies.Waiting> waiting) {
        if (waiting.isEmpty()) {
            return text.personalised(firstName, assembly);
        }
        var locale = Languages.supportedOrEnglish(Locale.forLanguageTag(language));
        var line = waiting.get().lines().get(person);
        if (line == null) {
            String none = messages.getMessage("messaging.pseudonym.none", null, locale);
            return text.personalised(firstName, assembly, none, none);
        }
        String panels = line.panels().isBlank()
                ? messages.getMessage("messaging.panel-numbers.none", null, locale)
                : PanelNumbers.readable(
                        line.panels(), messages.getMessage("messaging.panel-numbers.comma", null, locale));
        return text.personalised(firstName, assembly, line.pseudonym(), panels);
    }
}
