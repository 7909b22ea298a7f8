package org.minipublic.app.surveys;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.surveys.ResponseRecords.Respondent;
import org.springframework.stereotype.Component;

/**
 * Members' surveys as their members meet them, whether signed in with an account or on the portal with their card:
 * the open ones, and answers stored once per member. Callers check who the member is.
 */
@Component
class MemberResponses {

    private final SurveyRecords surveys;
    private final ResponseRecords responses;
    private final Clock clock;

    MemberResponses(SurveyRecords surveys, ResponseRecords responses, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.clock = clock;
    }

    /** The assembly's open members' surveys, each with whether this member has answered it. */
    List<MemberSurvey> open(AssemblyId assembly, Respondent kind, @Nullable UUID who) {
        return surveys.forMembers(assembly).stream()
                .filter(s -> s.takesAnswersAt(clock.instant()))
                .map(s -> new MemberSurvey(
                        s.id(), s.title(), s.identified(), who != null && responses.answered(s.id(), kind, who)))
                .toList();
    }

    /** A members' survey that has been opened (it may since have closed). */
    Survey find(AssemblyId assembly, SurveyId id) {
        return surveys.find(assembly, id)
                .filter(Survey::forMembers)
                .filter(s -> s.status() != SurveyStatus.DRAFT)
                .orElseThrow(() -> new SurveyNotFoundException(id));
    }

    /**
     * Stores the member's answers, once.
     *
     * @throws InvalidInputException when the survey is closed, nothing was answered, or the member already answered
     */
    Answering.Outcome answer(
            Survey survey, Respondent kind, UUID who, String language, Function<Question, List<String>> given) {
        if (!survey.takesAnswersAt(clock.instant())) {
            throw new InvalidInputException("survey", "surveys.answer.closed");
        }
        var sheet = AnswerSheet.check(survey, given, false);
        if (!sheet.ok()) {
            return new Answering.Outcome(false, sheet.problems());
        }
        if (sheet.isEmpty()) {
            throw new InvalidInputException("survey", "surveys.answer.empty");
        }
        if (!responses.markAnswered(survey.id(), kind, who)) {
            throw new InvalidInputException("survey", "surveys.answer.already");
        }
        var tag = Languages.supportedOrEnglish(Locale.forLanguageTag(language)).toLanguageTag();
        boolean named = survey.identified();
        responses.insert(
                survey.id(),
                List.of(new ResponseRecords.NewResponse(
                        UUID.randomUUID(),
                        Channel.ONLINE,
                        tag,
                        // to the hour only: an exact time could tie an answer to whoever was seen sending it
                        clock.instant().truncatedTo(ChronoUnit.HOURS),
                        sheet.answers(),
                        named && kind == Respondent.USER ? who : null,
                        named && kind == Respondent.MEMBER ? who : null)));
        return new Answering.Outcome(true, Map.of());
    }
}
