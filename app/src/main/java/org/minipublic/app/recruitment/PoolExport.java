package org.minipublic.app.recruitment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered pool as a CSV or XLSX file, with names, contact details and answers: personal and special-category
 * data, for organisers only and recorded in the audit log. The columns are those {@link PoolImport} reads, so the
 * file can be imported into another assembly with the same categories as it is.
 */
@Service
public class PoolExport {

    private final StoredRespondents stored;
    private final RegistrationSetup setup;
    private final AuditLog audit;
    private final Identity identity;

    PoolExport(StoredRespondents stored, RegistrationSetup setup, AuditLog audit, Identity identity) {
        this.stored = stored;
        this.setup = setup;
        this.audit = audit;
        this.identity = identity;
    }

    /** Checks the actor may export, so that a refusal is a page rather than a broken download. */
    @Transactional(readOnly = true)
    public void requireAllowed(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
    }

    @Transactional
    public void writeCsv(Actor actor, AssemblyId assembly, OutputStream out) throws IOException {
        var table = table(actor, assembly, "csv");
        try (var csv = CsvExport.open(out, table.get(0).toArray(String[]::new))) {
            for (var row : table.subList(1, table.size())) {
                csv.row(row.toArray());
            }
        }
    }

    /** A workbook's text cells are never run as formulas, so they keep the words as typed. */
    @Transactional
    public void writeXlsx(Actor actor, AssemblyId assembly, OutputStream out) throws IOException {
        var table = table(actor, assembly, "xlsx");
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("respondents");
            for (int r = 0; r < table.size(); r++) {
                var row = sheet.createRow(r);
                var cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
        }
    }

    /** The header and one row per registered respondent, in order of registration. */
    private List<List<String>> table(Actor actor, AssemblyId assembly, String format) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var asked = setup.categories(assembly).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .toList();
        var table = new ArrayList<List<String>>();
        var header = new ArrayList<String>();
        for (var column : PoolColumns.values()) {
            header.add(column.displayName());
        }
        asked.forEach(c -> header.add(c.name()));
        table.add(header);
        var respondents = stored.all(assembly, true);
        for (var respondent : respondents) {
            table.add(row(respondent, asked));
        }
        audit.record(AuditRecord.of(actor, assembly, "recruitment.respondents-exported", "Respondent pool")
                .withChange(null, respondents.size() + " respondents as " + format));
        return table;
    }

    private static List<String> row(RespondentDetails respondent, List<Category> asked) {
        var person = respondent.person();
        var row = new ArrayList<String>();
        for (var column : PoolColumns.values()) {
            row.add(
                    switch (column) {
                        case FIRST_NAME -> person.firstName();
                        case LAST_NAME -> person.lastName();
                        case EMAIL -> person.email();
                        case PHONE -> person.phone();
                        case DATE_OF_BIRTH -> String.valueOf(person.dateOfBirth());
                        case AREA -> respondent.area();
                        case LANGUAGE -> person.language();
                        case AVAILABILITY -> String.valueOf(person.availability());
                        case ACCESS_NEEDS -> person.accessNeeds();
                        case HOUSEHOLD -> respondent.householdKey() == null ? "" : respondent.householdKey();
                    });
        }
        asked.forEach(c -> row.add(person.answers().getOrDefault(c.id(), "")));
        return row;
    }
}
