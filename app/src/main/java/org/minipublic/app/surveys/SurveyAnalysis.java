package org.minipublic.app.surveys;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.members.Members;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.minipublic.app.surveys.ResponseRecords.Respondent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the answers say: each question's figures, one question broken down by another, the weekends compared, and
 * every response as CSV or XLSX for analysis elsewhere. Reading results needs the survey right; downloading the
 * responses (free text included, which may name people) is for organisers, and audited.
 */
@Service
public class SurveyAnalysis {

    private final SurveyRecords surveys;
    private final ResponseRecords responses;
    private final ResultQueries queries;
    private final Identity identity;
    private final Members people;
    private final AuditLog audit;

    SurveyAnalysis(
            SurveyRecords surveys,
            ResponseRecords responses,
            ResultQueries queries,
            Identity identity,
            Members people,
            AuditLog audit) {
        this.people = people;
        this.surveys = surveys;
        this.responses = responses;
        this.queries = queries;
        this.identity = identity;
        this.audit = audit;
    }

    /** @param language the language of the option labels, falling back to the survey's own */
    @Transactional(readOnly = true)
    public SurveyResults results(Actor actor, AssemblyId assembly, SurveyId id, String language) {
        var survey = survey(actor, assembly, id);
        return queries.results(survey, responses.count(id), language);
    }

    /** One question's figures, for its chart. */
    @Transactional(readOnly = true)
    public QuestionResult question(
            Actor actor, AssemblyId assembly, SurveyId id, QuestionId questionId, String language) {
        var survey = survey(actor, assembly, id);
        var question = survey.question(questionId).orElseThrow(() -> new SurveyNotFoundException(questionId));
        if (!question.kind().hasChoices()) {
            throw new SurveyNotFoundException(questionId);
        }
        return queries.question(survey, question, language);
    }

    /** The answers to {@code counted} by the answers to {@code by}; both must be choice or scale questions. */
    @Transactional(readOnly = true)
    public CrossTab crossTab(
            Actor actor, AssemblyId assembly, SurveyId id, QuestionId by, QuestionId counted, String language) {
        var survey = survey(actor, assembly, id);
        var byQuestion = survey.question(by).orElseThrow(() -> new SurveyNotFoundException(by));
        var countedQuestion = survey.question(counted).orElseThrow(() -> new SurveyNotFoundException(counted));
        if (!byQuestion.kind().hasChoices() || !countedQuestion.kind().hasChoices() || by.equals(counted)) {
            throw new InvalidInputException("by", "surveys.crosstab.invalid");
        }
        return queries.crossTab(byQuestion, countedQuestion, language);
    }

    /** The scale questions shared by the surveys made from the same template as this one, mean by mean. */
    @Transactional(readOnly = true)
    public Trend trend(Actor actor, AssemblyId assembly, SurveyId id, String language) {
        return trend(assembly, survey(actor, assembly, id), language);
    }

    /**
     * The members' feedback on the weekends, for the final report: the surveys made from the feedback template
     * compared, the newest opened one giving the questions; empty before any has opened.
     */
    @Transactional(readOnly = true)
    public Trend feedback(Actor actor, AssemblyId assembly, String language) {
        identity.require(actor, assembly, Permission.VIEW_SURVEYS);
        var opened = surveys.fromTemplate(assembly, SurveyTemplate.FEEDBACK).stream()
                .filter(s -> s.status() != SurveyStatus.DRAFT)
                .toList();
        return opened.isEmpty()
                ? new Trend(List.of(), List.of())
                : trend(assembly, opened.get(opened.size() - 1), language);
    }

    private Trend trend(AssemblyId assembly, Survey survey, String language) {
        var family = surveys.fromTemplate(assembly, survey.template()).stream()
                .filter(s -> s.status() != SurveyStatus.DRAFT)
                .toList();
        if (survey.template() == SurveyTemplate.BLANK) {
            return new Trend(List.of(), List.of());
        }
        var byId = new java.util.HashMap<SurveyId, SurveySummary>();
        surveys.all(assembly).forEach(summary -> byId.put(summary.id(), summary));
        var summaries = family.stream().map(f -> byId.get(f.id())).toList();
        var means = family.stream().map(queries::scaleMeans).toList();
        var lines = new ArrayList<Trend.Line>();
        for (var question : survey.questions()) {
            if (question.kind() != QuestionKind.SCALE) {
                continue;
            }
            var row = new ArrayList<Double>();
            for (int i = 0; i < family.size(); i++) {
                var surveyMeans = means.get(i);
                var same = family.get(i).questions().stream()
                        .filter(q -> q.key().equals(question.key()) && q.kind() == QuestionKind.SCALE)
                        .findFirst();
                row.add(same.map(q -> surveyMeans.get(q.id().value())).orElse(null));
            }
            lines.add(new Trend.Line(question.key(), question.text(language).prompt(), row));
        }
        return new Trend(summaries, lines);
    }

    /** Writes every response as CSV, one row each, oldest first. */
    @Transactional
    public void writeCsv(Actor actor, AssemblyId assembly, SurveyId id, OutputStream out) throws IOException {
        var survey = exported(actor, assembly, id, "csv");
        var members = members(actor, survey);
        try (var csv = CsvExport.open(out, ResponseTable.header(survey).toArray(String[]::new))) {
            int[] number = {0};
            responses.forEach(id, response -> {
                try {
                    csv.row(ResponseTable.row(survey, ++number[0], response, members)
                            .toArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Writes every response as an XLSX workbook, streaming (a few hundred rows in memory at a time). */
    @Transactional
    public void writeXlsx(Actor actor, AssemblyId assembly, SurveyId id, OutputStream out) throws IOException {
        var survey = exported(actor, assembly, id, "xlsx");
        var members = members(actor, survey);
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("responses");
            var header = sheet.createRow(0);
            var names = ResponseTable.header(survey);
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            int[] number = {0};
            responses.forEach(id, response -> {
                var cells = ResponseTable.row(survey, number[0] + 1, response, members);
                var row = sheet.createRow(++number[0]);
                for (int c = 0; c < cells.size(); c++) {
                    var value = cells.get(c);
                    // A workbook's text cells are never run as formulas, so they keep their words as typed.
                    if (value instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (value instanceof java.math.BigDecimal n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            });
            workbook.write(out);
        }
    }

    /**
     * The names of the members who answered an identified survey, by the id each response holds (their account's, or
     * their member id when they answered from the portal); nobody's for any other survey.
     */
    private Map<UUID, String> members(Actor actor, Survey survey) {
        if (!survey.identified()) {
            return Map.of();
        }
        var users = responses.named(survey.id(), Respondent.USER).stream()
                .map(UserId::new)
                .toList();
        var names = new java.util.HashMap<UUID, String>();
        identity.displayNames(users).forEach((user, name) -> names.put(user.value(), name));
        var onPortal = java.util.Set.copyOf(responses.named(survey.id(), Respondent.MEMBER));
        if (!onPortal.isEmpty()) {
            people.all(actor, survey.assembly()).stream()
                    .filter(m -> onPortal.contains(m.id().value()))
                    .forEach(m -> names.put(m.id().value(), m.name()));
        }
        return names;
    }

    /** Exports carry every free-text answer, which may name people: organisers only. */
    private Survey exported(Actor actor, AssemblyId assembly, SurveyId id, String format) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        var survey = survey(actor, assembly, id);
        audit.record(AuditRecord.of(actor, assembly, "surveys.exported", "Survey " + id + " " + format));
        return survey;
    }

    private Survey survey(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.VIEW_SURVEYS);
        return surveys.find(assembly, id).orElseThrow(() -> new SurveyNotFoundException(id));
    }
}
