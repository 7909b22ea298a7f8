package org.minipublic.app.surveys;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UploadNames;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.NotUtf8Exception;
import org.minipublic.tableio.OversizedInputException;
import org.minipublic.tableio.Table;
import org.minipublic.tableio.TableReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing responses collected with another survey tool: upload a CSV or XLSX file, see how its columns match the
 * questions (and change that), see every problem by row and column, then import all rows in one transaction, or
 * none.
 */
@Service
public class ResponseImport {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final SurveyRecords surveys;
    private final ResponseRecords responses;
    private final SurveyUploads uploads;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    ResponseImport(
            SurveyRecords surveys,
            ResponseRecords responses,
            SurveyUploads uploads,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.uploads = uploads;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the file for checking. @return the upload's id */
    @Transactional
    public UUID upload(Actor actor, AssemblyId assembly, SurveyId id, String fileName, byte[] content) {
        var survey = survey(actor, assembly, id);
        var name = UploadNames.safe(fileName, "surveys.import.file-type");
        read(name, content);
        var upload = new SurveyUploads.Upload(UUID.randomUUID(), survey.id(), name, content);
        uploads.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
        uploads.insert(upload, actor.userId(), clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "surveys.uploaded", "Survey " + id));
        return upload.id();
    }

    /** @param chosen the question key per column index as the organiser chose (blank leaves it out); null to match */
    @Transactional(readOnly = true)
    public ImportCheck check(
            Actor actor, AssemblyId assembly, SurveyId id, UUID uploadId, @Nullable Map<Integer, String> chosen) {
        var survey = survey(actor, assembly, id);
        var upload = upload(survey, uploadId);
        var file = ResponseFile.check(survey, read(upload.fileName(), upload.content()), chosen);
        var problems = file.problems();
        return new ImportCheck(
                uploadId,
                upload.fileName(),
                file.rows(),
                file.columns(),
                problems.subList(0, Math.min(problems.size(), ResponseFile.PROBLEMS_SHOWN)),
                problems.size());
    }

    /**
     * Imports every row, or none.
     *
     * @return how many responses were added
     * @throws InvalidInputException when the file has problems, or was already imported or cancelled
     */
    @Transactional
    public int importUpload(
            Actor actor, AssemblyId assembly, SurveyId id, UUID uploadId, @Nullable Map<Integer, String> chosen) {
        var survey = survey(actor, assembly, id);
        surveys.lock(id);
        var upload = upload(survey, uploadId);
        var file = ResponseFile.check(survey, read(upload.fileName(), upload.content()), chosen);
        if (!file.ok()) {
            throw new InvalidInputException("file", "surveys.import.has-errors");
        }
        if (!uploads.delete(uploadId)) {
            throw new InvalidInputException("file", "surveys.import.gone");
        }
        var now = clock.instant();
        var rows = new ArrayList<ResponseRecords.NewResponse>();
        for (var answers : file.responses()) {
            rows.add(new ResponseRecords.NewResponse(
                    UUID.randomUUID(), Channel.IMPORT, survey.baseLanguage(), now, answers));
        }
        responses.insert(id, rows);
        audit.record(AuditRecord.of(actor, assembly, "surveys.imported", "Survey " + id + ": " + rows.size()));
        return rows.size();
    }

    @Transactional
    public void cancel(Actor actor, AssemblyId assembly, SurveyId id, UUID uploadId) {
        var survey = survey(actor, assembly, id);
        uploads.delete(upload(survey, uploadId).id());
        audit.record(AuditRecord.of(actor, assembly, "surveys.import-cancelled", "Survey " + id));
    }

    private Survey survey(Actor actor, AssemblyId assembly, SurveyId id) {
        identity.require(actor, assembly, Permission.MANAGE_SURVEYS);
        var survey = surveys.find(assembly, id).orElseThrow(() -> new SurveyNotFoundException(id));
        if (survey.isDraft()) {
            throw new InvalidInputException("survey", "surveys.not-open-yet");
        }
        return survey;
    }

    private SurveyUploads.Upload upload(Survey survey, UUID uploadId) {
        return uploads.find(survey.id(), uploadId)
                .orElseThrow(() -> new InvalidInputException("file", "surveys.import.gone"));
    }

    private static Table read(String name, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("file", "surveys.import.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        try {
            return TableReader.read(name, content);
        } catch (OversizedInputException e) {
            throw new InvalidInputException("file", "surveys.import.oversized");
        } catch (NotUtf8Exception e) {
            throw new InvalidInputException("file", "surveys.import.not-utf8", e.line());
        } catch (InputException e) {
            throw new InvalidInputException("file", "surveys.import.unreadable");
        }
    }
}
