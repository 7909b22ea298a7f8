package org.minipublic.app.surveys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's surveys, as organisers build them: made from a template or blank, questions added, changed, moved,
 * translated and removed while a draft, then opened for answers and closed. Every change is audited.
 */
@Service
public class Surveys {

    static final int TITLE_LIMIT = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRecords records;
    private final ResponseRecords responses;
    private final SurveyTemplates templates;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Surveys(
            SurveyRecords records,
            ResponseRecords responses,
            SurveyTemplates templates,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.responses = responses;
        this.templates = templates;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SurveySummary> all(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_SURVEYS);
        return records.all(assembly);
    }

    /** @throws SurveyNotFoundException when the assembly has no such survey */
    @Transactional(readOnly = true)
    public Survey survey(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.VIEW_SURVEYS);
        return find(assembly, id);
    }

    @Transactional(readOnly = true)
    public int responseCount(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.VIEW_SURVEYS);
        return responses.count(find(assembly, id).id());
    }

    /** The labels of the agreement scale in a language, to start a new scale question with. */
    public List<String> agreeScale(String language) {
        return templates.agreeScale(language);
    }

    /** Makes a survey, as a draft, with the template's questions. */
    @Transactional
    public SurveyId create(Actor actor, AssemblyId assembly, String title, SurveyTemplate template, Locale language) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        var name = title(title);
        var base = Languages.supportedOrEnglish(language).toLanguageTag();
        var id = SurveyId.random();
        records.insert(new Survey(
                id,
                assembly,
                name,
                template,
                base,
                SurveyStatus.DRAFT,
                null,
                null,
                token(),
                clock.instant(),
                0,
                SurveyAudience.PUBLIC,
                false,
                templates.questions(template, base)));
        audit.record(AuditRecord.of(actor, assembly, "surveys.created", "Survey " + id));
        return id;
    }

    /** Changes the title, the closing time and how many were asked; any time, even once open. */
    @Transactional
    public void update(
            Actor actor,
            AssemblyId assembly,
            SurveyId id,
            String title,
            @Nullable Instant closesAt,
            @Nullable Integer expected) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        find(assembly, id);
        if (expected != null && (expected < 1 || expected > 10_000_000)) {
            throw new InvalidInputException("expected", "surveys.expected.invalid");
        }
        records.update(id, title(title), closesAt, expected);
        audit.record(AuditRecord.of(actor, assembly, "surveys.updated", "Survey " + id));
    }

    /**
     * Who the survey asks, and whether responses name their member (members' surveys only); fixed once it opens, so
     * that nobody's answers change status after they gave them.
     */
    @Transactional
    public void setAudience(
            Actor actor, AssemblyId assembly, SurveyId id, SurveyAudience audience, boolean identified) {
        draft(actor, assembly, id);
        records.setAudience(id, audience, audience == SurveyAudience.MEMBERS && identified);
        audit.record(AuditRecord.of(actor, assembly, "surveys.audience-set", "Survey " + id + " " + audience));
    }

    /** Deletes a survey that nobody has answered yet. */
    @Transactional
    public void delete(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        records.lock(id);
        find(assembly, id);
        if (responses.count(id) > 0) {
            throw new InvalidInputException("survey", "surveys.delete.answered");
        }
        if (find(assembly, id).status() == SurveyStatus.OPEN) {
            throw new InvalidInputException("survey", "surveys.delete.open");
        }
        records.delete(id);
        audit.record(AuditRecord.of(actor, assembly, "surveys.deleted", "Survey " + id));
    }

    @Transactional
    public QuestionId addQuestion(Actor actor, AssemblyId assembly, SurveyId id, QuestionDraft draft) {
        var survey = draft(actor, assembly, id);
        if (survey.questions().size() >= QuestionRules.MAX_QUESTIONS) {
            throw new InvalidInputException("survey", "surveys.question.too-many", QuestionRules.MAX_QUESTIONS);
        }
        var question = QuestionRules.check(survey, QuestionId.random(), draft);
        records.insertQuestion(id, question);
        audit.record(AuditRecord.of(actor, assembly, "surveys.question-added", "Survey " + id));
        return question.id();
    }

    /** Changes a question's kind, wording and rules; translations stay, unless their options no longer fit. */
    @Transactional
    public void changeQuestion(
            Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, QuestionDraft draft) {
        var survey = draft(actor, assembly, id);
        var old = survey.question(questionId).orElseThrow(() -> new SurveyNotFoundException(questionId));
        var question = QuestionRules.check(survey, questionId, draft);
        for (var other : survey.questions()) {
            var condition = other.showIf();
            if (condition != null
                    && condition.question().equals(questionId)
                    && (question.kind() == QuestionKind.SCALE
                            || !question.kind().hasChoices()
                            || condition.choice() > question.choiceCount())) {
                throw new InvalidInputException("kind", "surveys.question.has-dependents", other.position() + 1);
            }
        }
        records.updateQuestion(question);
        records.saveText(questionId, survey.baseLanguage(), question.text());
        for (var language : old.texts().keySet()) {
            var translation = old.texts().get(language);
            if (!language.equals(survey.baseLanguage())
                    && (old.kind() != question.kind() || translation.choices().size() != question.choiceCount())) {
                records.deleteText(questionId, language);
            }
        }
        audit.record(AuditRecord.of(actor, assembly, "surveys.question-changed", "Survey " + id));
    }

    /** Sets a question's wording in another language; an empty prompt removes the translation. */
    @Transactional
    public void translate(
            Actor actor,
            AssemblyId assembly,
            SurveyId id,
            QuestionId questionId,
            String language,
            String prompt,
            String choices) {
        var survey = draft(actor, assembly, id);
        var question = survey.question(questionId).orElseThrow(() -> new SurveyNotFoundException(questionId));
        var tag = Languages.SUPPORTED.stream()
                .map(Locale::toLanguageTag)
                .filter(t -> t.equals(language) && !t.equals(survey.baseLanguage()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("language", "surveys.translation.language"));
        if (prompt.isBlank() && choices.isBlank()) {
            records.deleteText(questionId, tag);
        } else {
            records.saveText(
                    questionId,
                    tag,
                    QuestionRules.text(
                            question.kind(),
                            prompt,
                            choices,
                            question.kind().hasChoices() ? question.choiceCount() : -1));
        }
        audit.record(AuditRecord.of(actor, assembly, "surveys.translated", "Survey " + id + " " + tag));
    }

    /** Removes a question, and the conditions of later questions that depended on it. */
    @Transactional
    public void removeQuestion(Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId) {
        var survey = draft(actor, assembly, id);
        if (survey.question(questionId).isEmpty()) {
            throw new SurveyNotFoundException(questionId);
        }
        records.deleteQuestion(questionId);
        records.reorder(survey.questions().stream()
                .map(Question::id)
                .filter(q -> !q.equals(questionId))
                .toList());
        audit.record(AuditRecord.of(actor, assembly, "surveys.question-removed", "Survey " + id));
    }

    /** Moves a question one place up or down; a question never moves above the one its condition depends on. */
    @Transactional
    public void moveQuestion(Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, boolean up) {
        var survey = draft(actor, assembly, id);
        var order = new ArrayList<>(survey.questions());
        var question = survey.question(questionId).orElseThrow(() -> new SurveyNotFoundException(questionId));
        int from = order.indexOf(question);
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        var upper = order.get(Math.min(from, to));
        var lower = order.get(Math.max(from, to));
        if (lower.showIf() != null && lower.showIf().question().equals(upper.id())) {
            throw new InvalidInputException("question", "surveys.question.move.condition");
        }
        order.set(from, order.get(to));
        order.set(to, question);
        records.reorder(order.stream().map(Question::id).toList());
        audit.record(AuditRecord.of(actor, assembly, "surveys.question-moved", "Survey " + id));
    }

    /** Opens the survey for answers: its questions are fixed from now on. */
    @Transactional
    public void open(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        records.lock(id);
        var survey = find(assembly, id);
        if (survey.questions().isEmpty()) {
            throw new InvalidInputException("survey", "surveys.open.no-questions");
        }
        if (survey.status() != SurveyStatus.OPEN) {
            records.setStatus(id, SurveyStatus.OPEN);
            audit.record(AuditRecord.of(actor, assembly, "surveys.opened", "Survey " + id));
        }
    }

    @Transactional
    public void close(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        records.lock(id);
        var survey = find(assembly, id);
        if (survey.status() == SurveyStatus.OPEN) {
            records.setStatus(id, SurveyStatus.CLOSED);
            audit.record(AuditRecord.of(actor, assembly, "surveys.closed", "Survey " + id));
        }
    }

    private Survey draft(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        records.lock(id);
        var survey = find(assembly, id);
        if (!survey.isDraft()) {
            throw new InvalidInputException("survey", "surveys.not-a-draft");
        }
        return survey;
    }

    Survey find(AssemblyId assembly, SurveyId id) {
        return records.find(assembly, id).orElseThrow(() -> new SurveyNotFoundException(id));
    }

    private static String title(String title) {
        var trimmed = SurveyTexts.clean(title).strip();
        if (trimmed.isEmpty() || trimmed.length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "surveys.title.invalid", TITLE_LIMIT);
        }
        return trimmed;
    }

    private static String token() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
