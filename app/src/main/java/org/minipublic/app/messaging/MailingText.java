package org.minipublic.app.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.minipublic.app.shared.InvalidInputException;

/**
 * A mailing's subject and body in one language. The body may greet each person with {@code {first_name}}, name the
 * assembly with {@code {assembly}}, and give each person their own pseudonym in the draw ceremony waiting for its digits
 * with {@code {pseudonym}} and the panel numbers that include them with {@code {panel_numbers}}; any other word in braces
 * is refused, so that a typo never reaches people.
 */
public record MailingText(String subject, String body) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 10_000;
    static final List<String> PLACEHOLDERS = List.of("{first_name}", "{assembly}", "{pseudonym}", "{panel_numbers}");
    private static final List<String> CEREMONY_PLACEHOLDERS = List.of("{pseudonym}", "{panel_numbers}");
    private static final Pattern BRACED = Pattern.compile("\\{[^{}\\s]{1,40}}");

    public MailingText {
        subject = subject.strip();
        body = body.strip().replace("\r\n", "\n");
    }

    /** What is wrong with this text, as messages for the field named, in the language given. */
    List<InvalidInputException> problems(String language) {
        var problems = new ArrayList<InvalidInputException>();
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT) {
            problems.add(new InvalidInputException("subject-" + language, "messaging.subject.length", MAX_SUBJECT));
        }
        if (body.isEmpty() || body.length() > MAX_BODY) {
            problems.add(new InvalidInputException("body-" + language, "messaging.body.length", MAX_BODY));
        }
        for (String text : List.of(subject, body)) {
            var braced = BRACED.matcher(text);
            while (braced.find()) {
                if (!PLACEHOLDERS.contains(braced.group())) {
                    problems.add(new InvalidInputException(
                            "body-" + language, "messaging.placeholder.unknown", braced.group()));
                }
            }
        }
        return problems;
    }

    /** Whether the text gives people their line of a draw ceremony, which then must be there for each of them. */
    boolean usesCeremony() {
        return CEREMONY_PLACEHOLDERS.stream().anyMatch(p -> subject.contains(p) || body.contains(p));
    }

    /** The text as one person gets it, when it uses no ceremony placeholder. */
    MailingText personalised(String firstName, String assembly) {
        return personalised(firstName, assembly, "", "");
    }

    /** The text as one person gets it. */
    MailingText personalised(String firstName, String assembly, String pseudonym, String panelNumbers) {
        return new MailingText(
                fill(subject, firstName, assembly, pseudonym, panelNumbers),
                fill(body, firstName, assembly, pseudonym, panelNumbers));
    }

    private static String fill(String text, String firstName, String assembly, String pseudonym, String panelNumbers) {
        // the person's own values last, so that nothing they typed (their name) is filled in again
        return text.replace("{assembly}", assembly)
                .replace("{pseudonym}", pseudonym)
                .replace("{panel_numbers}", panelNumbers)
                .replace("{first_name}", firstName);
    }
}
