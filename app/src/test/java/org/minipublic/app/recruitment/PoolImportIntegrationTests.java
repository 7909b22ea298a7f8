package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.ImportRace;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pool recruited elsewhere, imported from a file: checked by the registration rules and against the pool, all or
 * nothing, and seen by the lottery with the file's areas and households, never on the address list.
 */
@IntegrationTest
@Import(RegistrationFixture.class)
class PoolImportIntegrationTests {

    @Autowired
    PoolImport imports;

    @Autowired
    Pool pool;

    @Autowired
    Registration registration;

    @Autowired
    RegistrationFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void importedPeopleJoinThePoolWithTheFilesAreaAndHouseholdButNotTheAddressList() {
        var open = fixture.openAssembly(2, 2);
        long listed = count("recruitment.households", open.assembly());
        var file = PoolCsv.of(
                PoolCsv.person("Ana", "Ash", "ana@example.org", "Flat 1"),
                "Ben,Birch,,07700 900111,27/03/1990,area b,pl,some, flat 1 ,MAN,white,no",
                PoolCsv.person("Cy", "Cedar", "cy@example.org", ""),
                PoolCsv.person("Dee", "Dogwood", "dee@example.org", ""));

        var check = imports.upload(open.organiser().actor(), open.assembly(), "partner.csv", file);

        assertThat(check.errors()).isEmpty();
        assertThat(check.people()).isEqualTo(4);
        assertThat(check.households()).as("Ana and Ben share a key").isEqualTo(3);
        assertThat(imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .isEqualTo(4);
        var members = pool.members(open.assembly());
        assertThat(members).hasSize(4);
        var ana = members.get(0);
        var ben = members.get(1);
        assertThat(ben.household()).isEqualTo(ana.household());
        assertThat(members.get(2).household())
                .isNotIn(ana.household(), members.get(3).household());
        assertThat(ben.values())
                .containsEntry("Area", "Area B")
                .containsEntry("Gender", "Man")
                .containsEntry("Ethnic group", "White")
                .containsEntry("Age band", "35-44"); // 36 on 20 February 2027
        assertThat(count("recruitment.households", open.assembly())).isEqualTo(listed);
        assertThat(genderCount(open.assembly(), "Woman")).isEqualTo(3);
        assertThat(pool.page(open.assembly(), "ben", 0).respondents())
                .singleElement()
                .satisfies(r -> assertThat(r.imported()).isTrue());
        assertThat(jdbc.sql("select after_summary from audit.entries where assembly_id = :a and action = :action")
                        .param("a", open.assembly().value())
                        .param("action", "recruitment.respondents-imported")
                        .query(String.class)
                        .single())
                .isEqualTo("4 respondents from \"partner.csv\"")
                .doesNotContain("Ana");
    }

    @Test
    void theHouseholdOfAnImportedPersonStaysTheSameEachTimeThePoolIsRead() {
        var open = fixture.openAssembly(1, 1);
        var check = imports.upload(
                open.organiser().actor(),
                open.assembly(),
                "p.csv",
                PoolCsv.of(
                        PoolCsv.person("Eve", "Elm", "eve@example.org", "K"),
                        PoolCsv.person("Fay", "Fir", "fay@example.org", "")));
        imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId());

        assertThat(pool.members(open.assembly())).isEqualTo(pool.members(open.assembly()));
    }

    @Test
    void anUnknownColumnIsAProblemAndNothingIsSaved() {
        var open = fixture.openAssembly(1, 1);
        var file = (PoolCsv.HEADER + ",Favourite colour\n" + PoolCsv.person("Gus", "Gum", "gus@example.org", "")
                        + ",blue\n")
                .getBytes(StandardCharsets.UTF_8);

        var check = imports.upload(open.organiser().actor(), open.assembly(), "p.csv", file);

        assertThat(check.errors())
                .containsExactly(ImportProblem.ofFile("recruitment.pool-file.unknown-column", "Favourite colour"));
        assertNothingImports(open, check);
    }

    @Test
    void eachBadCellIsNamedByItsRowAndColumnAndNothingIsSaved() {
        var open = fixture.openAssembly(1, 1);
        var file = PoolCsv.of(
                PoolCsv.person("Hal", "Hazel", "hal@example.org", ""),
                "Ivy,Ivy,ivy@example.org,,1980-05-17,Area A,en,ALL,,Robot,White,No",
                "Jon,Juniper,jon@example.org,,31/02/1980,Area A,en,ALL,,Man,White,No",
                "Kay,Kapok,,,1980-05-17,Area Z,en,maybe,,Man,White,No");

        var check = imports.upload(open.organiser().actor(), open.assembly(), "p.csv", file);

        assertThat(check.errors())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "Gender", "recruitment.pool-file.unknown-value"),
                        org.assertj.core.groups.Tuple.tuple(4, "date of birth", "recruitment.pool-file.date"),
                        org.assertj.core.groups.Tuple.tuple(5, "area", "recruitment.pool-file.unknown-area"),
                        org.assertj.core.groups.Tuple.tuple(5, "availability", "recruitment.pool-file.availability"),
                        org.assertj.core.groups.Tuple.tuple(5, "email", "recruitment.pool-file.contact.required"));
        assertThat(check.errors().get(0).arguments())
                .containsExactly("Robot", "Woman, Man, Non-binary or another gender");
        assertNothingImports(open, check);
    }

    @Test
    void aFileWithOnlyAHeaderOrNothingAtAllAddsNobody() {
        var open = fixture.openAssembly(1, 1);

        var headerOnly =
                imports.upload(open.organiser().actor(), open.assembly(), "p.csv", (PoolCsv.HEADER + "\n").getBytes());

        assertThat(headerOnly.errors()).containsExactly(ImportProblem.ofFile("recruitment.pool-file.no-rows"));
        assertNothingImports(open, headerOnly);
        assertThatThrownBy(() -> imports.upload(open.organiser().actor(), open.assembly(), "p.csv", new byte[0])
                        .canImport())
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("recruitment.respondents", open.assembly())).isZero();
    }

    @Test
    void peopleTwiceInTheFileOrAlreadyInThePoolAreProblems() {
        var open = fixture.openAssembly(2, 1);
        var kim = fixture.person(open.assembly(), "Kim");
        registration.register(null, open.codes().get(0), kim); // kim@example.org, Kim Tester, 17 May 1980
        var lou = fixture.person(open.assembly(), "Lou");
        registration.register(null, open.codes().get(1), withPhone(lou, "07700 900123"));
        var file = PoolCsv.of(
                PoolCsv.person("Mo", "Maple", "MO@example.org", ""),
                PoolCsv.person("Mona", "Maple", "mo@example.org", ""),
                "Ned,Nutmeg,,+44 7700 900123,1980-05-17,Area A,en,ALL,,Man,White,No",
                PoolCsv.person("KIM", "tester", "other@example.org", ""),
                PoolCsv.person("Ola", "Oak", "Kim@Example.org", ""));

        var check = imports.upload(open.organiser().actor(), open.assembly(), "p.csv", file);

        assertThat(check.errors())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "recruitment.pool-file.same-as-row.EMAIL"),
                        org.assertj.core.groups.Tuple.tuple(4, "recruitment.pool-file.in-pool.PHONE"),
                        org.assertj.core.groups.Tuple.tuple(5, "recruitment.pool-file.in-pool.NAME_AND_BIRTH"),
                        org.assertj.core.groups.Tuple.tuple(6, "recruitment.pool-file.in-pool.EMAIL"));
        assertThat(check.errors().get(0).arguments()).containsExactly(2);
        assertThat(pool.members(open.assembly())).hasSize(2);
        assertNothingImports(open, check);
    }

    @Test
    void fiveThousandPeopleAreCheckedAndImportedInOneGo() {
        var open = fixture.openAssembly(1, 1);
        var rows = new String[5000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = PoolCsv.person("P" + i, "Large", "p" + i + "@example.org", i % 2 == 0 ? "H" + i : "H" + (i - 1));
        }
        var check = imports.upload(open.organiser().actor(), open.assembly(), "big.csv", PoolCsv.of(rows));
        assertThat(check.errors()).isEmpty();
        assertThat(check.households()).isEqualTo(2500);

        assertThat(imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .isEqualTo(5000);

        var members = pool.members(open.assembly());
        assertThat(members).hasSize(5000);
        assertThat(members.stream().map(PoolMember::household).distinct()).hasSize(2500);
        assertThatThrownBy(() -> imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recruitment.import.not-waiting");
    }

    @Test
    void aSecondImportOfTheSameFileAddsNobodyAndSaysWhy() {
        var open = fixture.openAssembly(1, 1);
        var check = uploadTwoPeople(open);
        imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId());

        assertThatThrownBy(() -> imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recruitment.import.not-waiting");
        assertThat(pool.members(open.assembly())).hasSize(2);
        assertThat(importsAudited(open.assembly())).isEqualTo(1);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceAddItsPeopleOnce() throws Exception {
        var open = fixture.openAssembly(1, 1);
        var check = uploadTwoPeople(open);

        var outcomes = ImportRace.run(
                transactions,
                jdbc,
                () -> imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()));

        assertThat(outcomes).containsExactly("2", "recruitment.import.not-waiting");
        assertThat(pool.members(open.assembly())).hasSize(2);
        assertThat(importsAudited(open.assembly())).isEqualTo(1);
    }

    @Test
    void twoFilesWithTheSamePeopleImportedAtOnceAddThemOnceAndTheSecondShowsThemAsInThePool() throws Exception {
        var open = fixture.openAssembly(1, 1);
        var first = uploadTwoPeople(open);
        var second = uploadTwoPeople(open);

        var outcomes = ImportRace.run(
                transactions,
                jdbc,
                () -> imports.importUpload(open.organiser().actor(), open.assembly(), first.uploadId()),
                () -> imports.importUpload(open.organiser().actor(), open.assembly(), second.uploadId()));

        assertThat(outcomes).containsExactly("2", "recruitment.import.has-errors");
        assertThat(pool.members(open.assembly())).hasSize(2);
        assertThat(importsAudited(open.assembly())).isEqualTo(1);
        assertThat(imports.check(open.organiser().actor(), open.assembly(), second.uploadId())
                        .errors())
                .extracting(ImportProblem::messageKey)
                .contains("recruitment.pool-file.in-pool.EMAIL");
    }

    @Test
    void anImportWhoseTransactionFailsLeavesTheFileWaitingForAnotherTry() {
        var open = fixture.openAssembly(1, 1);
        var check = uploadTwoPeople(open);

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId());
                    throw new IllegalStateException("the transaction fails after the import");
                }))
                .hasMessage("the transaction fails after the import");

        assertThat(pool.members(open.assembly())).isEmpty();
        assertThat(imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .isEqualTo(2);
        assertThat(pool.members(open.assembly())).hasSize(2);
    }

    @Test
    void aFileThatHasAProblemByTheTimeOfTheImportStaysWaitingAndShowsIt() {
        var open = fixture.openAssembly(1, 1);
        var check = imports.upload(
                open.organiser().actor(),
                open.assembly(),
                "p.csv",
                PoolCsv.of(PoolCsv.person("Kim", "Tester", "kim@example.org", "")));
        registration.register(null, open.codes().get(0), fixture.person(open.assembly(), "Kim"));

        assertThatThrownBy(() -> imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .hasMessageContaining("recruitment.import.has-errors");
        assertThat(imports.check(open.organiser().actor(), open.assembly(), check.uploadId())
                        .errors())
                .extracting(ImportProblem::messageKey)
                .contains("recruitment.pool-file.in-pool.EMAIL");
        imports.cancel(open.organiser().actor(), open.assembly(), check.uploadId());
        assertThatThrownBy(() -> imports.cancel(open.organiser().actor(), open.assembly(), check.uploadId()))
                .hasMessageContaining("recruitment.import.gone");
    }

    @Test
    void onlyOrganisersOfTheAssemblyMayImport() {
        var open = fixture.openAssembly(1, 1);
        var other = fixture.openAssembly(1, 1);
        var file = PoolCsv.of(PoolCsv.person("Pia", "Pine", "pia@example.org", ""));

        assertThatThrownBy(() -> imports.upload(other.organiser().actor(), open.assembly(), "p.csv", file))
                .isInstanceOf(org.minipublic.app.identity.PermissionDeniedException.class);
    }

    private PoolCheck uploadTwoPeople(RegistrationFixture.Open open) {
        return imports.upload(
                open.organiser().actor(),
                open.assembly(),
                "two.csv",
                PoolCsv.of(
                        PoolCsv.person("Quin", "Quince", "quin@example.org", ""),
                        PoolCsv.person("Rae", "Rowan", "rae@example.org", "")));
    }

    private long importsAudited(AssemblyId assembly) {
        return jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action = :action")
                .param("a", assembly.value())
                .param("action", "recruitment.respondents-imported")
                .query(Long.class)
                .single();
    }

    private void assertNothingImports(RegistrationFixture.Open open, PoolCheck check) {
        assertThat(check.canImport()).isFalse();
        assertThatThrownBy(() -> imports.importUpload(open.organiser().actor(), open.assembly(), check.uploadId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("recruitment.respondents", open.assembly()))
                .isEqualTo(pool.members(open.assembly()).size());
        assertThat(importsAudited(open.assembly())).isZero();
    }

    private int genderCount(AssemblyId assembly, String value) {
        return pool.composition(assembly).entrySet().stream()
                .filter(e -> e.getKey().name().equals("Gender"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow()
                .get(value);
    }

    private long count(String table, AssemblyId assembly) {
        return jdbc.sql("select count(*) from " + table + " where assembly_id = :a")
                .param("a", assembly.value())
                .query(Long.class)
                .single();
    }

    static NewRespondent withPhone(NewRespondent person, String phone) {
        return new NewRespondent(
                person.firstName(),
                person.lastName(),
                "",
                phone,
                person.dateOfBirth(),
                person.answers(),
                "",
                "en",
                NewRespondent.Availability.ALL,
                true);
    }
}
