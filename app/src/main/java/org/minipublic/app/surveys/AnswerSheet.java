package org.minipublic.app.surveys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One person's answers to a whole survey, checked: each value readable, every required question answered, and no
 * answer kept for a question whose condition was not met (someone who said they did not attend is not asked why).
 */
final class AnswerSheet {

    private final List<Answer> answers = new ArrayList<>();
    private final Map<QuestionId, AnswerProblem> problems = new LinkedHashMap<>();

    private AnswerSheet() {}

    /** @param given the non-blank values given for a question, in order */
    static AnswerSheet check(Survey survey, Function<Question, List<String>> given, boolean fromFile) {
        var sheet = new AnswerSheet();
        var chosen = new HashSet<String>();
        for (var question : survey.questions()) {
            if (!asked(question, chosen)) {
                continue;
            }
            var read = AnswerParser.read(question, given.apply(question), fromFile);
            if (!read.ok()) {
                sheet.problems.put(question.id(), new AnswerProblem(question.id(), read.problem(), read.arguments()));
                continue;
            }
            if (read.answers().isEmpty() && question.required()) {
                sheet.problems.put(
                        question.id(), new AnswerProblem(question.id(), "surveys.answer.required", List.of()));
            }
            for (var answer : read.answers()) {
                sheet.answers.add(answer);
                if (answer.choice() != null) {
                    chosen.add(question.id() + ":" + answer.choice());
                }
            }
        }
        return sheet;
    }

    private static boolean asked(Question question, Set<String> chosen) {
        var condition = question.showIf();
        return condition == null || chosen.contains(condition.question() + ":" + condition.choice());
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    Map<QuestionId, AnswerProblem> problems() {
        return Collections.unmodifiableMap(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }
}
