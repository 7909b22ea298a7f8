package org.minipublic.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit export opens in a spreadsheet program as text: no entry can smuggle in a formula. */
@IntegrationTest
class AuditExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Fixtures fixtures;

    @Test
    void cellsThatCouldBeFormulasAreExportedAsText() throws Exception {
        var organiser = fixtures.user("Exporting Organiser");
        AssemblyId assembly = fixtures.assembly(organiser, Fixtures.unique("Export"));
        var hostile = new Actor(null, "@SUM(1+1)*cmd|' /C calc'!A0");
        transaction.executeWithoutResult(status -> audit.record(
                AuditRecord.of(hostile, assembly, "assembly.updated", "=HYPERLINK(\"http://evil.example\",\"x\")")
                        .withChange("-2+3", "+cmd")));

        var streaming = mvc.perform(
                        get("/assemblies/" + assembly + "/audit.csv").with(user(organiser.principal())))
                .andExpect(request().asyncStarted())
                .andReturn();
        String csv = mvc.perform(asyncDispatch(streaming))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        var row = rows.stream()
                .filter(r -> r.get("action").equals("assembly.updated"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("actor")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(row.get("subject")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(row.get("before")).isEqualTo("'-2+3");
        assertThat(row.get("after")).isEqualTo("'+cmd");
        assertThat(rows).allSatisfy(r -> assertThat(r.values()).noneMatch(cell -> cell.matches("^[=+\\-@\t\r].*")));
    }
}
