package org.minipublic.app.recruitment;

import java.util.List;
import java.util.regex.Pattern;
import org.minipublic.app.shared.InvalidInputException;

/**
 * What an invitation letter says, as the organiser wrote it. The body may use placeholders, replaced in each letter:
 * {@code {question}}, {@code {code}} and {@code {link}}; paragraphs are separated by a blank line.
 *
 * @param language the language the letter is written in (a language tag such as {@code en}); the code's label is
 *     printed in it, and the translation lines in every other language
 * @param sender who the letter is from, one line per line of the letterhead
 * @param contact a telephone number or e-mail address for help, also given in every other language
 * @param signature the name and role under the letter
 */
public record LetterText(String language, String sender, String contact, String body, String signature) {

    public static final int MAX_BODY = 4000;
    public static final int MAX_LINE_FIELD = 300;
    static final List<String> PLACEHOLDERS = List.of("{question}", "{code}", "{link}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    public LetterText {
        if (!language.matches("[a-z]{2,3}")) {
            throw new InvalidInputException("language", "recruitment.letter.language");
        }
        sender = sender.strip();
        contact = contact.strip();
        body = body.strip().replace("\r\n", "\n");
        signature = signature.strip();
        require("sender", sender, MAX_LINE_FIELD);
        require("contact", contact, MAX_LINE_FIELD);
        require("body", body, MAX_BODY);
        require("signature", signature, MAX_LINE_FIELD);
        var unknown = PLACEHOLDER
                .matcher(body)
                .results()
                .map(match -> match.group())
                .filter(found -> !PLACEHOLDERS.contains(found))
                .findFirst();
        if (unknown.isPresent()) {
            throw new InvalidInputException("body", "recruitment.letter.unknown-placeholder", unknown.get());
        }
        if (!body.contains("{code}")) {
            throw new InvalidInputException("body", "recruitment.letter.needs-code");
        }
    }

    private static void require(String field, String value, int max) {
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "recruitment.letter.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "recruitment.letter.too-long", max);
        }
    }

    /** The text an assembly starts with: plain English, short sentences, what to do and by when. */
    static LetterText standard(String assemblyTitle) {
        return new LetterText(
                "en",
                assemblyTitle,
                "0800 000 0000",
                """
                Dear resident,

                Your household has been chosen at random to be invited to join a citizens' assembly. About 45 \
                people who live here will meet to answer this question: {question}

                You do not need any experience. We pay for your time, travel and care costs, and we help with \
                anything you need to take part, such as an interpreter or step-free access.

                To register, go to {link} or scan the square code, and enter your registration code: {code}. \
                If you prefer, call us and we will register you by phone.

                Registering does not mean you will be chosen: a second lottery picks people so that the assembly \
                looks like the whole area.""",
                "The organising team");
    }
}
