package org.minipublic.app.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what someone gave for one question into answers, or names what is wrong with it. A form sends option numbers;
 * a file from another survey tool may hold an option's number or its words (in any of the survey's languages), several
 * options separated by semicolons, and dates written day first.
 */
final class AnswerParser {

    static final int TEXT_LIMIT = 4000;
    static final BigDecimal NUMBER_LIMIT = new BigDecimal("999999999999");

    static final int NUMBER_LENGTH = 20;
    private static final Pattern SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");
    /** "1,500": a thousand and a half in English, one and a half in Polish; refused rather than guessed. */
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    /** The apostrophe our exports put before a cell that a spreadsheet could take for a formula. */
    private static final Pattern NEUTRALISED = Pattern.compile("'(?=[=+\\-@])");

    private static final DateTimeFormatter DAY_FIRST =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The answers read, or the message key of the problem with its arguments. */
    record Read(List<Answer> answers, String problem, List<Object> arguments) {

        static Read of(List<Answer> answers) {
            return new Read(answers, "", List.of());
        }

        static Read problem(String key, Object... arguments) {
            return new Read(List.of(), key, List.of(arguments));
        }

        boolean ok() {
            return problem.isEmpty();
        }
    }

    private AnswerParser() {}

    /** @param given what was given, blanks already removed; empty means no answer */
    static Read read(Question question, List<String> given, boolean fromFile) {
        if (given.isEmpty()) {
            return Read.of(List.of());
        }
        var values = fromFile
                ? given.stream()
                        .map(v -> NEUTRALISED.matcher(v).lookingAt() ? v.substring(1) : v)
                        .toList()
                : given;
        if (question.kind() != QuestionKind.MULTIPLE && values.size() > 1) {
            return Read.problem("surveys.answer.one-only");
        }
        return switch (question.kind()) {
            case SCALE, SINGLE -> choices(question, values.get(0), fromFile, false);
            case MULTIPLE -> choices(question, String.join(";", values), fromFile, true);
            case TEXT -> text(question, values.get(0));
            case NUMBER -> number(question, values.get(0));
            case DATE -> day(question, values.get(0), fromFile);
        };
    }

    private static Read choices(Question question, String value, boolean fromFile, boolean several) {
        var parts = several || fromFile ? SEPARATOR.split(value) : new String[] {value};
        var chosen = new LinkedHashSet<Integer>();
        for (var part : parts) {
            if (part.isBlank()) {
                continue;
            }
            int choice = choiceNumber(question, part.strip(), fromFile);
            if (choice < 1) {
                return Read.problem("surveys.answer.not-an-option", part.strip());
            }
            chosen.add(choice);
        }
        if (chosen.size() > 1 && !several) {
            return Read.problem("surveys.answer.one-only");
        }
        var answers = new ArrayList<Answer>();
        chosen.forEach(c -> answers.add(Answer.choice(question.id(), c)));
        return Read.of(answers);
    }

    /**
     * The option's number (1-based), or 0 when the value names none. In a file, the option's wording comes first, so
     * that an option worded "1" is not taken for option number 1.
     */
    private static int choiceNumber(Question question, String value, boolean fromFile) {
        if (fromFile) {
            var wanted = value.toLowerCase(Locale.ROOT);
            for (var text : question.texts().values()) {
                for (int i = 0; i < text.choices().size() && i < question.choiceCount(); i++) {
                    if (text.choices().get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                        return i + 1;
                    }
                }
            }
        }
        if (DIGITS.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            return number >= 1 && number <= question.choiceCount() ? number : 0;
        }
        return 0;
    }

    private static Read text(Question question, String value) {
        var text = SurveyTexts.clean(value).strip();
        if (text.length() > TEXT_LIMIT) {
            return Read.problem("surveys.answer.too-long", TEXT_LIMIT);
        }
        return Read.of(List.of(Answer.text(question.id(), text)));
    }

    private static Read number(Question question, String value) {
        var text = value.strip();
        // Parsing a long run of digits takes time growing with its square: refuse before parsing.
        if (text.length() > NUMBER_LENGTH) {
            return Read.problem("surveys.answer.not-a-number", text.substring(0, NUMBER_LENGTH) + "…");
        }
        if (THOUSANDS.matcher(text).matches()) {
            return Read.problem("surveys.answer.number-ambiguous", text);
        }
        try {
            var number = new BigDecimal(text.replace(',', '.'));
            if (number.abs().compareTo(NUMBER_LIMIT) > 0 || number.scale() > 3) {
                return Read.problem("surveys.answer.not-a-number", value.strip());
            }
            return Read.of(List.of(Answer.number(question.id(), number)));
        } catch (NumberFormatException e) {
            return Read.problem("surveys.answer.not-a-number", value.strip());
        }
    }

    private static Read day(Question question, String value, boolean fromFile) {
        var text = value.strip();
        try {
            return Read.of(List.of(Answer.day(question.id(), LocalDate.parse(text))));
        } catch (DateTimeParseException e) {
            if (fromFile) {
                try {
                    return Read.of(List.of(Answer.day(question.id(), LocalDate.parse(text, DAY_FIRST))));
                } catch (DateTimeParseException ignored) {
                    // reported below
                }
            }
            return Read.problem("surveys.answer.not-a-date", text);
        }
    }
}
