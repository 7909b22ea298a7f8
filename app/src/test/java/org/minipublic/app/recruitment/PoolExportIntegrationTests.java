package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pool downloaded as CSV or XLSX holds what the import reads: the file goes into another assembly with the same
 * categories unchanged and gives the same people with the same values and the same households.
 */
@IntegrationTest
@Import(RegistrationFixture.class)
class PoolExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    Registration registration;

    @Autowired
    PoolImport imports;

    @Autowired
    Pool pool;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCsvAndTheWorkbookImportIntoAnotherAssemblyAsTheyAre() throws Exception {
        var source = fixture.openAssembly(2, 2);
        registration.register(null, source.codes().get(0), fixture.person(source.assembly(), "Ann"));
        registration.register(null, source.codes().get(0), fixture.person(source.assembly(), "Bob"));
        registration.register(null, source.codes().get(1), fixture.person(source.assembly(), "Cat"));
        var partner = imports.upload(
                source.organiser().actor(),
                source.assembly(),
                "partner.csv",
                PoolCsv.of(
                        "Dot,=Danger,,+44 7700 900321,1999-12-31,Area B,Somali,NONE,,Man,Other ethnic group,No",
                        PoolCsv.person("Eva", "Elder", "eva@example.org", "")));
        imports.importUpload(source.organiser().actor(), source.assembly(), partner.uploadId());
        var withdrawn = registration.register(null, source.codes().get(1), fixture.person(source.assembly(), "Gone"));
        jdbc.sql("update recruitment.respondents set status = 'WITHDRAWN' where id = :id")
                .param("id", withdrawn.value())
                .update();

        for (String format : List.of("csv", "xlsx")) {
            var file = download(source, format);
            var target = fixture.openAssembly(2, 1); // both areas on its address list
            var check = imports.upload(target.organiser().actor(), target.assembly(), "pool." + format, file);
            assertThat(check.errors()).as(format).isEmpty();
            imports.importUpload(target.organiser().actor(), target.assembly(), check.uploadId());

            assertThat(valuesOf(target.assembly())).as(format).isEqualTo(valuesOf(source.assembly()));
            assertThat(householdSizes(target.assembly())).as(format).isEqualTo(List.of(1, 1, 1, 2));
            assertThat(jdbc.sql(
                                    "select phone from recruitment.respondents where assembly_id = :a and first_name = 'Dot'")
                            .param("a", target.assembly().value())
                            .query(String.class)
                            .single())
                    .isEqualTo("+44 7700 900321");
        }
        assertThat(jdbc.sql("select after_summary from audit.entries where assembly_id = :a and action = :action"
                                + " order by id")
                        .param("a", source.assembly().value())
                        .param("action", "recruitment.respondents-exported")
                        .query(String.class)
                        .list())
                .containsExactly("5 respondents as csv", "5 respondents as xlsx");
    }

    private byte[] download(RegistrationFixture.Open open, String format) throws Exception {
        var bytes = mvc.perform(get("/assemblies/" + open.assembly() + "/respondents/export." + format)
                        .with(user(open.organiser().principal())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        if (format.equals("csv")) {
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .contains("'=Danger")
                    .doesNotContain("Gone");
        }
        return bytes;
    }

    /** Everyone's values (age band and area included), sorted, without ids: what the lottery sees of the pool. */
    private List<String> valuesOf(AssemblyId assembly) {
        return pool.members(assembly).stream()
                .map(m -> new java.util.TreeMap<>(m.values()).toString())
                .sorted()
                .toList();
    }

    private List<Integer> householdSizes(AssemblyId assembly) {
        Map<HouseholdId, Long> sizes = pool.members(assembly).stream()
                .collect(Collectors.groupingBy(PoolMember::household, Collectors.counting()));
        return sizes.values().stream()
                .map(Long::intValue)
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
