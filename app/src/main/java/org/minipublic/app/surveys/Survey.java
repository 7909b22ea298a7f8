package org.minipublic.app.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/**
 * A questionnaire of an assembly with its questions in order.
 *
 * @param baseLanguage the language its questions were written in; translations may add others
 * @param closesAt after this moment it takes no more answers, even if still marked open
 * @param expected how many people were asked, for the response rate, when known
 * @param token the key of its public link
 * @param identified whether each response names the member who gave it (members' surveys only)
 */
public record Survey(
        SurveyId id,
        AssemblyId assembly,
        String title,
        SurveyTemplate template,
        String baseLanguage,
        SurveyStatus status,
        @Nullable Instant closesAt,
        @Nullable Integer expected,
        String token,
        Instant createdAt,
        int version,
        SurveyAudience audience,
        boolean identified,
        List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    /** Whether it takes answers at this moment. */
    public boolean takesAnswersAt(Instant now) {
        return status == SurveyStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    public boolean forMembers() {
        return audience == SurveyAudience.MEMBERS;
    }

    public boolean isDraft() {
        return status == SurveyStatus.DRAFT;
    }

    public Optional<Question> question(QuestionId id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Whether every question has its wording in this language. */
    public boolean translatedInto(String language) {
        return !questions.isEmpty() && questions.stream().allMatch(q -> q.translatedInto(language));
    }
}
