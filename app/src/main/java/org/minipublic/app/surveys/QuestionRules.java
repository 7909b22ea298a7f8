package org.minipublic.app.surveys;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minipublic.app.shared.InvalidInputException;

/** What a question must be: checked when it is added, changed or translated. */
final class QuestionRules {

    static final int PROMPT_LIMIT = 500;
    static final int SECTION_LIMIT = 200;
    static final int CHOICE_LIMIT = 200;
    static final int MAX_CHOICES = 50;
    static final int MAX_QUESTIONS = 100;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private QuestionRules() {}

    /** The question the draft describes, checked against the survey's other questions. */
    static Question check(Survey survey, QuestionId id, QuestionDraft draft) {
        var key = draft.key().strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            key = freeKey(survey, id);
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("key", "surveys.question.key.invalid");
        }
        for (var other : survey.questions()) {
            if (!other.id().equals(id) && other.key().equals(key)) {
                throw new InvalidInputException("key", "surveys.question.key.taken", key);
            }
        }
        var section = SurveyTexts.clean(draft.section()).strip();
        if (section.length() > SECTION_LIMIT) {
            throw new InvalidInputException("section", "surveys.question.section.too-long", SECTION_LIMIT);
        }
        var text = text(draft.kind(), draft.prompt(), draft.choices(), -1);
        var position = survey.question(id)
                .map(Question::position)
                .orElse(survey.questions().size());
        return new Question(
                id,
                position,
                key,
                draft.kind(),
                draft.required(),
                section,
                condition(survey, position, draft),
                java.util.Map.of(survey.baseLanguage(), text));
    }

    /**
     * A question's wording, checked.
     *
     * @param expectedChoices how many options a translation must have (as many as the original), or -1
     */
    static QuestionText text(QuestionKind kind, String prompt, String choices, int expectedChoices) {
        var trimmed = SurveyTexts.clean(prompt).strip();
        if (trimmed.isEmpty() || trimmed.length() > PROMPT_LIMIT) {
            throw new InvalidInputException("prompt", "surveys.question.prompt.invalid", PROMPT_LIMIT);
        }
        List<String> lines = kind.hasChoices() ? SurveyRecords.lines(SurveyTexts.clean(choices)) : List.of();
        if (lines.stream().anyMatch(line -> line.contains(";") || line.contains("|"))) {
            // Files separate several choices with these, so an option holding one would not import back whole.
            throw new InvalidInputException("choices", "surveys.question.choice.separator");
        }
        if (lines.stream().anyMatch(line -> line.length() > CHOICE_LIMIT)) {
            throw new InvalidInputException("choices", "surveys.question.choice.too-long", CHOICE_LIMIT);
        }
        if (expectedChoices >= 0 && lines.size() != expectedChoices) {
            throw new InvalidInputException("choices", "surveys.question.choices.count", expectedChoices);
        }
        if (kind == QuestionKind.SCALE && lines.size() != Scale.POINTS) {
            throw new InvalidInputException("choices", "surveys.question.scale.labels", Scale.POINTS);
        }
        if ((kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE)
                && (lines.size() < 2 || lines.size() > MAX_CHOICES)) {
            throw new InvalidInputException("choices", "surveys.question.choices.number", MAX_CHOICES);
        }
        if (lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().count() < lines.size()) {
            throw new InvalidInputException("choices", "surveys.question.choices.twice");
        }
        return new QuestionText(trimmed, lines);
    }

    private static Question.@org.jspecify.annotations.Nullable Condition condition(
            Survey survey, int position, QuestionDraft draft) {
        if (draft.showIf() == null) {
            return null;
        }
        var earlier = survey.question(draft.showIf())
                .filter(q -> q.position() < position && q.kind().hasChoices() && q.kind() != QuestionKind.SCALE)
                .orElseThrow(() -> new InvalidInputException("showIf", "surveys.question.condition.invalid"));
        if (draft.showIfChoice() < 1 || draft.showIfChoice() > earlier.choiceCount()) {
            throw new InvalidInputException("showIf", "surveys.question.condition.invalid");
        }
        return new Question.Condition(earlier.id(), draft.showIfChoice());
    }

    private static String freeKey(Survey survey, QuestionId id) {
        int n = survey.question(id)
                        .map(Question::position)
                        .orElse(survey.questions().size())
                + 1;
        while (true) {
            var key = "q" + n;
            if (survey.questions().stream().noneMatch(q -> q.key().equals(key) && !q.id().equals(id))) {
                return key;
            }
            n++;
        }
    }
}
