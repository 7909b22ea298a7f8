package org.minipublic.app.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.limits.AttemptLimit;
import org.minipublic.app.identity.limits.AttemptSubject;
import org.minipublic.app.identity.limits.Attempts;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.minipublic.app.surveys.ResponseRecords.Respondent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers coming in: through a survey's public link (no login; nothing about the person is kept) or from paper forms
 * typed in by staff. Either way the answers are checked question by question before anything is stored.
 */
@Service
public class Answering {

    /**
     * Responses sent from one client address. A whole room on the venue's Wi-Fi shares one address, so the burst
     * is generous; a script sending thousands is slowed to one every few seconds.
     */
    static final AttemptLimit PER_ADDRESS = AttemptLimit.of(
            "survey-per-address",
            new AttemptLimit.Allowance(120, Duration.ofMinutes(10)),
            new AttemptLimit.Allowance(1000, Duration.ofDays(1)));

    /** What came of a submission: stored, or the problems to show next to each question. */
    public record Outcome(boolean stored, Map<QuestionId, AnswerProblem> problems) {}

    private final SurveyRecords surveys;
    private final ResponseRecords responses;
    private final MemberResponses members;
    private final Attempts attempts;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Answering(
            SurveyRecords surveys,
            ResponseRecords responses,
            MemberResponses members,
            Attempts attempts,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.members = members;
        this.attempts = attempts;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The survey a public link names, open or not; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Survey> byToken(String token) {
        return token.length() < 16 || token.length() > 64 ? Optional.empty() : surveys.findByToken(token);
    }

    public boolean takesAnswers(Survey survey) {
        return survey.takesAnswersAt(clock.instant());
    }

    /**
     * Stores one response given through the public link.
     *
     * @param given the non-blank values sent for each question
     * @throws SurveyNotFoundException when no survey has this link
     * @throws InvalidInputException when the survey takes no answers now, or the client sends too many
     */
    @Transactional
    public Outcome answer(String token, String language, Function<Question, List<String>> given, String client) {
        var survey = byToken(token).orElseThrow(() -> new SurveyNotFoundException("link"));
        if (!survey.takesAnswersAt(clock.instant())) {
            throw new InvalidInputException("survey", "surveys.answer.closed");
        }
        if (survey.forMembers()) {
            throw new InvalidInputException("survey", "surveys.answer.members-only");
        }
        // Every sending counts, refused or not, and before any answer is read: reading is the work to limit.
        if (!attempts.take(AttemptSubject.address(PER_ADDRESS, client)).granted()) {
            throw new InvalidInputException("survey", "surveys.answer.wait");
        }
        var sheet = AnswerSheet.check(survey, given, false);
        if (!sheet.ok()) {
            return new Outcome(false, sheet.problems());
        }
        if (sheet.isEmpty()) {
            throw new InvalidInputException("survey", "surveys.answer.empty");
        }
        store(survey, Channel.ONLINE, language, sheet);
        return new Outcome(true, Map.of());
    }

    /** The assembly's open members' surveys, each with whether this member has answered it. */
    @Transactional(readOnly = true)
    public List<MemberSurvey> forMember(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_MEMBER_PAGE);
        var user = actor.userId();
        return members.open(assembly, Respondent.USER, user == null ? null : user.value());
    }

    /** A members' survey open to this member's answers. */
    @Transactional(readOnly = true)
    public Survey memberSurvey(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.VIEW_MEMBER_PAGE);
        return members.find(assembly, id);
    }

    /**
     * Stores a member's response to a members' survey: once per member. Only members answer (organisers and
     * facilitators see the page, to know what members see, but their answers would count as a member's).
     */
    @Transactional
    public Outcome answerAsMember(
            Actor actor, AssemblyId assembly, SurveyId id, String language, Function<Question, List<String>> given) {
        var survey = memberSurvey(actor, assembly, id);
        var user = actor.userId();
        if (user == null
                || identity.roleIn(user, assembly)
                        .filter(r -> r == AssemblyRole.MEMBER)
                        .isEmpty()) {
            throw new InvalidInputException("survey", "surveys.answer.members-only");
        }
        return members.answer(survey, Respondent.USER, user.value(), language, given);
    }

    /** Stores one paper form as staff typed it in; the survey must have been opened (it may since have closed). */
    @Transactional
    public Outcome enterPaper(
            Actor actor, AssemblyId assembly, SurveyId id, String language, Function<Question, List<String>> given) {
        identity.require(actor, assembly, Permission.ENTER_SURVEY_RESPONSES);
        var survey = surveys.find(assembly, id).orElseThrow(() -> new SurveyNotFoundException(id));
        if (survey.isDraft()) {
            throw new InvalidInputException("survey", "surveys.not-open-yet");
        }
        var sheet = AnswerSheet.check(survey, given, false);
        if (!sheet.ok()) {
            return new Outcome(false, sheet.problems());
        }
        if (sheet.isEmpty()) {
            throw new InvalidInputException("survey", "surveys.answer.empty");
        }
        store(survey, Channel.PAPER, language, sheet);
        audit.record(AuditRecord.of(actor, assembly, "surveys.paper-entered", "Survey " + id));
        return new Outcome(true, Map.of());
    }

    private void store(Survey survey, Channel channel, String language, AnswerSheet sheet) {
        var tag = Languages.supportedOrEnglish(Locale.forLanguageTag(language)).toLanguageTag();
        // Kept to the hour only: an exact time could tie an answer to whoever was seen sending it at that moment.
        var hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        responses.insert(
                survey.id(),
                List.of(new ResponseRecords.NewResponse(UUID.randomUUID(), channel, tag, hour, sheet.answers())));
    }
}
