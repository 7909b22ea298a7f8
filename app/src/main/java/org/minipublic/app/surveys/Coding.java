package org.minipublic.app.surveys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding free-text answers: organisers define a survey's codes (themes, in a hierarchy, each with keywords that
 * suggest it); organisers and facilitators give answers their codes, one by one or by accepting the suggestions,
 * count them, and pick answers as quotes for the report, with names and contact details taken out.
 */
@Service
public class Coding {

    static final int NAME_LIMIT = 100;
    static final int KEYWORDS_LIMIT = 1000;
    static final int QUOTE_LIMIT = 1000;
    static final int MAX_CODES = 60;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{7,}\\d");

    private final SurveyRecords surveys;
    private final CodingRecords records;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Coding(SurveyRecords surveys, CodingRecords records, Identity identity, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.records = records;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Code> codes(Actor actor, AssemblyId assembly, SurveyId id) {
        return records.codes(
                survey(actor, assembly, id, Permission.VIEW_SURVEYS).id());
    }

    @Transactional
    public CodeId addCode(
            Actor actor, AssemblyId assembly, SurveyId id, String name, @Nullable CodeId parent, String keywords) {
        var survey = survey(actor, assembly, id, Permission.MANAGE_SURVEYS);
        surveys.lock(id);
        var codes = records.codes(survey.id());
        if (codes.size() >= MAX_CODES) {
            throw new InvalidInputException("name", "surveys.code.too-many", MAX_CODES);
        }
        if (parent != null && codes.stream().noneMatch(c -> c.id().equals(parent))) {
            throw new SurveyNotFoundException(parent);
        }
        var code = CodeId.random();
        records.insertCode(survey.id(), code, parent, name(name, codes, null), keywords(keywords));
        audit.record(AuditRecord.of(actor, assembly, "surveys.code-added", "Survey " + id));
        return code;
    }

    @Transactional
    public void changeCode(Actor actor, AssemblyId assembly, SurveyId id, CodeId code, String name, String keywords) {
        var survey = survey(actor, assembly, id, Permission.MANAGE_SURVEYS);
        surveys.lock(id);
        var codes = records.codes(survey.id());
        known(codes, code);
        records.updateCode(code, name(name, codes, code), keywords(keywords));
        audit.record(AuditRecord.of(actor, assembly, "surveys.code-changed", "Survey " + id));
    }

    /** Removes a code with nothing under it; the answers that carried it lose it. */
    @Transactional
    public void removeCode(Actor actor, AssemblyId assembly, SurveyId id, CodeId code) {
        var survey = survey(actor, assembly, id, Permission.MANAGE_SURVEYS);
        surveys.lock(id);
        var codes = records.codes(survey.id());
        known(codes, code);
        if (codes.stream().anyMatch(c -> code.equals(c.parent()))) {
            throw new InvalidInputException("code", "surveys.code.has-children");
        }
        records.deleteCode(code);
        audit.record(AuditRecord.of(actor, assembly, "surveys.code-removed", "Survey " + id));
    }

    /**
     * A page of a free-text question's answers, newest first, with their codes and suggestions.
     *
     * @param filter {@code all}, {@code uncoded}, or {@code code} (those carrying {@code code})
     */
    @Transactional(readOnly = true)
    public CodingPage page(
            Actor actor,
            AssemblyId assembly,
            SurveyId id,
            QuestionId questionId,
            String filter,
            @Nullable CodeId code,
            int page) {
        var survey = survey(actor, assembly, id, Permission.VIEW_SURVEYS);
        var question = textQuestion(survey, questionId);
        var codes = records.codes(survey.id());
        var kept = "code".equals(filter) && code != null ? "code" : "uncoded".equals(filter) ? "uncoded" : "all";
        int total = records.count(questionId, kept, code);
        int pages = Math.max(1, (total + CodingPage.SIZE - 1) / CodingPage.SIZE);
        int current = Math.min(Math.max(1, page), pages);
        var texts = records.answers(questionId, kept, code, (current - 1) * CodingPage.SIZE, CodingPage.SIZE);
        var given = records.codesOf(
                questionId, texts.stream().map(CodingRecords.Text::response).toList());
        var quoted = records.quoted(questionId);
        var answers = new ArrayList<CodedAnswer>();
        for (var text : texts) {
            answers.add(new CodedAnswer(
                    text.response(),
                    text.text(),
                    given.getOrDefault(text.response(), Set.of()),
                    suggested(codes, text.text()),
                    quoted.contains(text.response())));
        }
        return new CodingPage(
                question, codes, answers, current, pages, total, records.count(questionId, "uncoded", null));
    }

    /** One answer with its codes, as the coding page shows it after a change. */
    @Transactional(readOnly = true)
    public CodedAnswer answer(Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, UUID response) {
        var survey = survey(actor, assembly, id, Permission.VIEW_SURVEYS);
        textQuestion(survey, questionId);
        var text = records.text(questionId, response).orElseThrow(() -> new SurveyNotFoundException(response));
        var codes = records.codes(survey.id());
        return new CodedAnswer(
                response,
                text,
                records.codesOf(questionId, List.of(response)).getOrDefault(response, Set.of()),
                suggested(codes, text),
                records.quoted(questionId).contains(response));
    }

    /** Gives an answer exactly these codes (none removes them all). */
    @Transactional
    public void setCodes(
            Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, UUID response, Set<CodeId> codes) {
        var survey = survey(actor, assembly, id, Permission.CODE_ANSWERS);
        textQuestion(survey, questionId);
        if (records.text(questionId, response).isEmpty()) {
            throw new SurveyNotFoundException(response);
        }
        var known = records.codes(survey.id());
        codes.forEach(code -> known(known, code));
        records.setCodes(questionId, response, codes);
    }

    /**
     * Gives every answer that has no code yet the codes its words suggest.
     *
     * @return how many answers were coded
     */
    @Transactional
    public int acceptSuggestions(Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId) {
        var survey = survey(actor, assembly, id, Permission.CODE_ANSWERS);
        textQuestion(survey, questionId);
        var codes = records.codes(survey.id());
        int total = records.count(questionId, "uncoded", null);
        int coded = 0;
        for (var text : records.answers(questionId, "uncoded", null, 0, Math.max(total, 1))) {
            var suggested = suggested(codes, text.text());
            suggested.forEach(code -> records.addCode(questionId, text.response(), code));
            coded += suggested.isEmpty() ? 0 : 1;
        }
        audit.record(AuditRecord.of(actor, assembly, "surveys.suggestions-accepted", "Survey " + id + ": " + coded));
        return coded;
    }

    /** How often each code was given, each answer counted once per code even if also given codes under it. */
    @Transactional(readOnly = true)
    public CodeCounts counts(
            Actor actor,
            AssemblyId assembly,
            SurveyId id,
            QuestionId questionId,
            @Nullable QuestionId by,
            String language) {
        var survey = survey(actor, assembly, id, Permission.VIEW_SURVEYS);
        textQuestion(survey, questionId);
        var byQuestion = by == null
                ? null
                : survey.question(by)
                        .filter(q -> q.kind().hasChoices())
                        .orElseThrow(() -> new SurveyNotFoundException(by));
        return CodeCounting.count(
                records.codes(survey.id()),
                records.allCodes(questionId),
                byQuestion,
                byQuestion == null ? Map.of() : records.choices(byQuestion.id()),
                language);
    }

    /** The answer as a quote, e-mail addresses and phone numbers already taken out, for the organiser to edit. */
    @Transactional(readOnly = true)
    public String quoteDraft(Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, UUID response) {
        var survey = survey(actor, assembly, id, Permission.CODE_ANSWERS);
        textQuestion(survey, questionId);
        var text = records.text(questionId, response).orElseThrow(() -> new SurveyNotFoundException(response));
        return PHONE.matcher(EMAIL.matcher(text).replaceAll("[…]")).replaceAll("[…]");
    }

    @Transactional
    public void pickQuote(
            Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, UUID response, String text) {
        var survey = survey(actor, assembly, id, Permission.CODE_ANSWERS);
        textQuestion(survey, questionId);
        if (records.text(questionId, response).isEmpty()) {
            throw new SurveyNotFoundException(response);
        }
        var quote = text.strip();
        if (quote.isEmpty() || quote.length() > QUOTE_LIMIT) {
            throw new InvalidInputException("text", "surveys.quote.invalid", QUOTE_LIMIT);
        }
        records.saveQuote(survey.id(), questionId, response, quote, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "surveys.quote-picked", "Survey " + id));
    }

    @Transactional
    public void removeQuote(Actor actor, AssemblyId assembly, SurveyId id, UUID quote) {
        var survey = survey(actor, assembly, id, Permission.CODE_ANSWERS);
        records.deleteQuote(survey.id(), quote);
        audit.record(AuditRecord.of(actor, assembly, "surveys.quote-removed", "Survey " + id));
    }

    @Transactional(readOnly = true)
    public List<Quote> quotes(Actor actor, AssemblyId assembly, SurveyId id) {
        return records.quotes(
                survey(actor, assembly, id, Permission.VIEW_SURVEYS).id());
    }

    /** Every quote picked in the assembly's surveys, for the final report. */
    @Transactional(readOnly = true)
    public List<ReportQuote> reportQuotes(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_SURVEYS);
        return records.quotesOf(assembly);
    }

    private static Set<CodeId> suggested(List<Code> codes, String text) {
        var suggested = new HashSet<CodeId>();
        codes.stream().filter(c -> c.suggests(text)).forEach(c -> suggested.add(c.id()));
        return suggested;
    }

    private static void known(List<Code> codes, CodeId code) {
        if (codes.stream().noneMatch(c -> c.id().equals(code))) {
            throw new SurveyNotFoundException(code);
        }
    }

    private static String name(String name, List<Code> codes, @Nullable CodeId self) {
        var trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LIMIT) {
            throw new InvalidInputException("name", "surveys.code.name.invalid", NAME_LIMIT);
        }
        if (codes.stream().anyMatch(c -> !c.id().equals(self) && c.name().equalsIgnoreCase(trimmed))) {
            throw new InvalidInputException("name", "surveys.code.name.taken", trimmed);
        }
        return trimmed;
    }

    private static List<String> keywords(String keywords) {
        if (keywords.length() > KEYWORDS_LIMIT) {
            throw new InvalidInputException("keywords", "surveys.code.keywords.too-long", KEYWORDS_LIMIT);
        }
        return CodingRecords.keywords(keywords);
    }

    private static Question textQuestion(Survey survey, QuestionId questionId) {
        return survey.question(questionId)
                .filter(q -> q.kind() == QuestionKind.TEXT)
                .orElseThrow(() -> new SurveyNotFoundException(questionId));
    }

    private Survey survey(Actor actor, AssemblyId assembly, SurveyId id, Permission permission) {
        identity.require(actor, assembly, permission);
        return surveys.find(assembly, id).orElseThrow(() -> new SurveyNotFoundException(id));
    }
}
