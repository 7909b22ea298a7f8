package org.minipublic.app.messaging;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.Ceremonies;
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
     * The waiting ceremony's lines when the draft uses them; nothing when it does not.
     *
     * @throws InvalidInputException when no ceremony is waiting for its digits, or someone in the audience has no line
     *     in it (they registered after its commitment, which the pool's change has made stale)
     */
    Optional<Ceremonies.Waiting> forDraft(AssemblyId assembly, Draft draft, Collection<RespondentId> people) {
        if (draft.texts().values().stream().noneMatch(MailingText::usesCeremony)) {
            return Optional.empty();
        }
        var waiting = ceremonies
                .waiting(assembly)
                .orElseThrow(() -> new InvalidInputException("audience", "messaging.placeholder.no-ceremony"));
        long missing =
                people.stream().filter(id -> !waiting.lines().containsKey(id)).count();
        if (missing > 0) {
            throw new InvalidInputException(
                    "audience", "messaging.placeholder.no-pseudonym", missing, waiting.number());
        }
        return Optional.of(waiting);
    }

    /** The text in the person's language as they get it, with their line of the ceremony if there is one. */
    MailingText personalised(
            MailingText text,
            String language,
            RespondentId person,
            String firstName,
            String assembly,
            Optional<Ceremonies.Waiting> waiting) {
        var line = waiting.map(w -> w.lines().get(person));
        if (line.isEmpty()) {
            return text.personalised(firstName, assembly);
        }
        String panels = line.get().panels().isBlank()
                ? messages.getMessage(
                        "messaging.panel-numbers.none",
                        null,
                        Languages.supportedOrEnglish(Locale.forLanguageTag(language)))
                : line.get().panels().replace(" ", ", ");
        return text.personalised(firstName, assembly, line.get().pseudonym(), panels);
    }
}
