package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.ImportRace;
import org.minipublic.app.support.InflatingXlsx;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Member files are checked first, then imported whole or not at all; importing a file twice, one after the other or at
 * the same moment, enrols its members once.
 */
@IntegrationTest
class MemberImportIntegrationTests {

    @Autowired
    MemberImport imports;

    @Autowired
    Members members;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    MemberFixtures memberFixtures;

    @BeforeEach
    void fixtures() {
        memberFixtures = new MemberFixtures(assemblies, identity, members);
    }

    @Test
    void aCheckedFileIsImportedWholeAndAuditedWithoutNames() {
        var organiser = fixtures.user("Import Organiser");
        var assembly = memberFixtures.assembly(organiser, "Import");

        var check = imports.upload(organiser.actor(), assembly, "members.csv", MemberFixtures.csv(45));
        assertThat(members.all(organiser.actor(), assembly)).isEmpty();
        assertThat(check.canImport()).isTrue();
        assertThat(check.importable()).isEqualTo(45);
        assertThat(check.categories()).containsExactly("Gender", "Area");
        assertThat(check.languages()).containsEntry("ur", 9).containsEntry("en", 36);
        assertThat(check.interpreters()).isEqualTo(9);
        assertThat(check.withAccessNeeds()).isEqualTo(7);

        assertThat(imports.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isEqualTo(45);
        var all = members.all(organiser.actor(), assembly);
        assertThat(all).hasSize(45);
        var first = members.member(organiser.actor(), assembly, all.get(0).id());
        assertThat(first.values()).containsKeys("Gender", "Area");
        var entries = audit.find(AuditQuery.forAssembly(assembly), 0).entries();
        assertThat(entries)
                .filteredOn(e -> e.action().equals("members.imported"))
                .singleElement()
                .satisfies(e -> assertThat(e.after())
                        .isEqualTo("45 members from upload " + check.uploadId() + ", 0 duplicates skipped"));
        assertThat(entries)
                .filteredOn(e -> e.action().equals("members.enrolled"))
                .hasSize(45);
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.subject() + e.after()).doesNotContain("Person", "example.org"));
        assertThatThrownBy(() -> imports.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("members.import.not-waiting");

        var again = imports.upload(organiser.actor(), assembly, "members.csv", MemberFixtures.csv(45));
        assertThat(again.importable()).isZero();
        assertThat(again.skippedCount()).isEqualTo(45);
        assertThat(again.canImport()).isFalse();
    }

    @Test
    void aSecondImportOfTheSameFileEnrolsNobodyAndSaysWhy() {
        var organiser = fixtures.user("Replay Organiser");
        var assembly = memberFixtures.assembly(organiser, "Replay");
        var check = imports.upload(organiser.actor(), assembly, "members.csv", MemberFixtures.csv(5));
        imports.importUpload(organiser.actor(), assembly, check.uploadId());

        assertThatThrownBy(() -> imports.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("members.import.not-waiting");
        assertThat(members.all(organiser.actor(), assembly)).hasSize(5);
        assertThat(importsAudited(assembly)).isEqualTo(1);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceEnrolItsMembersOnce() throws Exception {
        var organiser = fixtures.user("Double Click Member Organiser");
        var assembly = memberFixtures.assembly(organiser, "Double click");
        var check = imports.upload(organiser.actor(), assembly, "members.csv", MemberFixtures.csv(5));

        var outcomes = ImportRace.run(
                transactions, jdbc, () -> imports.importUpload(organiser.actor(), assembly, check.uploadId()));

        assertThat(outcomes).containsExactly("5", "members.import.not-waiting");
        assertThat(members.all(organiser.actor(), assembly)).hasSize(5);
        assertThat(importsAudited(assembly)).isEqualTo(1);
    }

    @Test
    void twoFilesWithTheSamePeopleImportedAtOnceEnrolThemOnce() throws Exception {
        var organiser = fixtures.user("Two Files Member Organiser");
        var assembly = memberFixtures.assembly(organiser, "Two files");
        var one = imports.upload(organiser.actor(), assembly, "members.csv", MemberFixtures.csv(5));
        var other = imports.upload(organiser.actor(), assembly, "members-again.csv", MemberFixtures.csv(5));

        var outcomes = ImportRace.run(
                transactions,
                jdbc,
                () -> imports.importUpload(organiser.actor(), assembly, one.uploadId()),
                () -> imports.importUpload(organiser.actor(), assembly, other.uploadId()));

        assertThat(outcomes).containsExactly("5", "members.import.all-there");
        assertThat(members.all(organiser.actor(), assembly)).hasSize(5);
    }

    @Test
    void anImportWhoseTransactionFailsLeavesTheFileWaitingForAnotherTry() {
        var organiser = fixtures.user("Retry Member Organiser");
        var assembly = memberFixtures.assembly(organiser, "Retry");
        var check = imports.upload(organiser.actor(), assembly, "members.csv", MemberFixtures.csv(4));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    imports.importUpload(organiser.actor(), assembly, check.uploadId());
                    throw new IllegalStateException("the transaction fails after the import");
                }))
                .hasMessage("the transaction fails after the import");

        assertThat(members.all(organiser.actor(), assembly)).isEmpty();
        assertThat(imports.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isEqualTo(4);
        assertThat(members.all(organiser.actor(), assembly)).hasSize(4);
    }

    @Test
    void aFileWithAnyBadRowAddsNobodyAndSaysWhereEachProblemIs() {
        var organiser = fixtures.user("Bad Import Organiser");
        var assembly = memberFixtures.assembly(organiser, "Bad import");
        String good = new String(MemberFixtures.csv(30), StandardCharsets.UTF_8);
        byte[] bad = (good + "Late,Row,late@example,,English,perhaps,,Woman,Area A\n").getBytes(StandardCharsets.UTF_8);

        var check = imports.upload(organiser.actor(), assembly, "bad.csv", bad);
        assertThat(check.canImport()).isFalse();
        assertThat(check.errors())
                .extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                .containsExactly("32 interpreter members.import.yes-no", "32 email members.email.invalid");
        assertThatThrownBy(() -> imports.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("members.import.has-errors");
        assertThat(members.all(organiser.actor(), assembly)).isEmpty();
    }

    @Test
    void spreadsheetsAreReadLikeCsv() throws IOException {
        var organiser = fixtures.user("Xlsx Organiser");
        var assembly = memberFixtures.assembly(organiser, "Xlsx");
        var check = imports.upload(organiser.actor(), assembly, "members.xlsx", xlsx());
        assertThat(check.errors()).isEmpty();
        assertThat(check.importable()).isEqualTo(2);
        imports.importUpload(organiser.actor(), assembly, check.uploadId());
        assertThat(members.all(organiser.actor(), assembly))
                .extracting(MemberSummary::name, MemberSummary::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Jakub Nowak", "pl"),
                        org.assertj.core.groups.Tuple.tuple("Zofia Wiśniewska", "pl"));
    }

    @Test
    void anUploadBelongsToItsAssemblyAndOnlyOrganisersImport() {
        var organiser = fixtures.user("Upload Owner");
        var mine = memberFixtures.assembly(organiser, "Mine");
        var other = memberFixtures.assembly(organiser, "Other");
        var facilitator = fixtures.userWithRole("Upload Facilitator", mine, AssemblyRole.FACILITATOR);
        var check = imports.upload(organiser.actor(), mine, "mine.csv", MemberFixtures.csv(3));

        assertThatThrownBy(() -> imports.importUpload(organiser.actor(), other, check.uploadId()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> imports.importUpload(facilitator.actor(), mine, check.uploadId()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> imports.upload(facilitator.actor(), mine, "m.csv", MemberFixtures.csv(3)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(members.all(organiser.actor(), other)).isEmpty();
        assertThat(members.all(organiser.actor(), mine)).isEmpty();
    }

    @Test
    void filesThatAreNotTablesAreRefusedWithAMessage() {
        var organiser = fixtures.user("Wrong Member File Organiser");
        var assembly = memberFixtures.assembly(organiser, "Wrong files");
        assertThatThrownBy(() -> imports.upload(organiser.actor(), assembly, "photo.jpg", new byte[] {1, 2}))
                .hasMessageContaining("members.import.file-type");
        // what the bytes are decides, not the name: a PDF called .xlsx, a PDF called .csv
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> imports.upload(organiser.actor(), assembly, "fake.xlsx", pdf))
                .hasMessageContaining("members.import.unreadable");
        assertThatThrownBy(() -> imports.upload(organiser.actor(), assembly, "fake.csv", pdf))
                .hasMessageContaining("members.import.unreadable");
        byte[] windows = "a,b\nGen\u00e8ve,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.upload(organiser.actor(), assembly, "windows.csv", windows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments())
                        .containsExactly(2))
                .hasMessageContaining("members.import.not-utf8");
        assertThatThrownBy(
                        () -> imports.upload(organiser.actor(), assembly, "bomb.xlsx", InflatingXlsx.repeatedRows(16)))
                .hasMessageContaining("members.import.oversized");
        assertThatThrownBy(() -> imports.upload(
                        organiser.actor(), assembly, "huge.csv", new byte[MemberImport.MAX_FILE_BYTES + 1]))
                .hasMessageContaining("members.import.too-large");
    }

    private long importsAudited(AssemblyId assembly) {
        return jdbc.sql("select count(*) from audit.entries where assembly_id = :a and action = 'members.imported'")
                .param("a", assembly.value())
                .query(Long.class)
                .single();
    }

    private static byte[] xlsx() throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("members");
            String[][] rows = {
                {"First name", "Last name", "Phone", "Language", "Interpreter"},
                {"Zofia", "Wiśniewska", "07700 900111", "Polish", "yes"},
                {"Jakub", "Nowak", "07700 900112", "pl", "no"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
