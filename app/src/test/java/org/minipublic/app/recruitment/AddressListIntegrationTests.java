package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.ImportRace;
import org.minipublic.app.support.InflatingXlsx;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Address files are checked first, then imported whole or not at all; importing a file twice, one after the other or
 * at the same moment, adds its addresses once, and so do two files with the same addresses imported at once.
 */
@IntegrationTest
class AddressListIntegrationTests {

    @Autowired
    AddressList addresses;

    @Autowired
    AuditLog audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCheckedFileIsImportedWholeAndAudited() {
        var organiser = fixtures.user("Address Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Addresses"));

        var check = addresses.upload(organiser.actor(), assembly, "addresses.csv", AddressCsv.of(300, 3));
        assertThat(addresses.areas(assembly)).isEmpty();
        assertThat(check.canImport()).isTrue();
        assertThat(check.importable()).isEqualTo(300);
        assertThat(check.perArea()).containsEntry("Area A", 100);

        assertThat(addresses.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isEqualTo(300);
        assertThat(addresses.areas(assembly))
                .extracting(AreaCount::area, AreaCount::households)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Area A", 100),
                        org.assertj.core.groups.Tuple.tuple("Area B", 100),
                        org.assertj.core.groups.Tuple.tuple("Area C", 100));
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("recruitment.addresses-imported"));
        assertThatThrownBy(() -> addresses.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recruitment.import.not-waiting");
        assertThat(addresses.page(assembly, "", 0).total()).isEqualTo(300);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceAddItsAddressesOnce() throws Exception {
        var organiser = fixtures.user("Double Click Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Double click"));
        var check = addresses.upload(organiser.actor(), assembly, "addresses.csv", AddressCsv.of(40, 2));

        var outcomes = ImportRace.run(
                transactions, jdbc, () -> addresses.importUpload(organiser.actor(), assembly, check.uploadId()));

        assertThat(outcomes).containsExactly("40", "recruitment.import.not-waiting");
        assertThat(addresses.page(assembly, "", 0).total()).isEqualTo(40);
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("recruitment.addresses-imported"))
                .hasSize(1);
    }

    @Test
    void twoOverlappingFilesImportedAtOnceAddEachAddressOnceAndSkipTheRest() throws Exception {
        var organiser = fixtures.user("Two Files Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Two files"));
        var first = addresses.upload(organiser.actor(), assembly, "first.csv", AddressCsv.of(0, 40, 2));
        var second = addresses.upload(organiser.actor(), assembly, "second.csv", AddressCsv.of(20, 40, 2));

        var outcomes = ImportRace.run(
                transactions,
                jdbc,
                () -> addresses.importUpload(organiser.actor(), assembly, first.uploadId()),
                () -> addresses.importUpload(organiser.actor(), assembly, second.uploadId()));

        assertThat(outcomes).as("the second skips the 20 the first added").containsExactly("40", "20");
        assertThat(addresses.page(assembly, "", 0).total()).isEqualTo(60);
        assertThat(audit.find(AuditQuery.forAssembly(assembly), 0).entries())
                .filteredOn(entry -> entry.action().equals("recruitment.addresses-imported"))
                .extracting(entry -> entry.after())
                .anySatisfy(after -> assertThat(after).endsWith("20 duplicates skipped"));
    }

    @Test
    void anImportWhoseTransactionFailsLeavesTheFileWaitingForAnotherTry() {
        var organiser = fixtures.user("Retry Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Retry"));
        var check = addresses.upload(organiser.actor(), assembly, "addresses.csv", AddressCsv.of(20, 2));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    addresses.importUpload(organiser.actor(), assembly, check.uploadId());
                    throw new IllegalStateException("the transaction fails after the import");
                }))
                .hasMessage("the transaction fails after the import");

        assertThat(addresses.areas(assembly)).isEmpty();
        assertThat(addresses.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isEqualTo(20);
    }

    @Test
    void aSecondFileAddsOnlyTheAddressesNotListedYet() {
        var organiser = fixtures.user("Overlap Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Overlap"));
        var first = addresses.upload(organiser.actor(), assembly, "first.csv", AddressCsv.of(0, 100, 2));
        addresses.importUpload(organiser.actor(), assembly, first.uploadId());

        var second = addresses.upload(organiser.actor(), assembly, "second.csv", AddressCsv.of(50, 100, 2));
        assertThat(second.importable()).isEqualTo(50);
        assertThat(second.skippedCount()).isEqualTo(50);
        addresses.importUpload(organiser.actor(), assembly, second.uploadId());
        assertThat(addresses.page(assembly, "", 0).total()).isEqualTo(150);
    }

    @Test
    void aFileWithAnyBadRowAddsNothing() {
        var organiser = fixtures.user("Bad Row Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Bad rows"));
        String good = new String(AddressCsv.of(500, 2), StandardCharsets.UTF_8);
        byte[] bad = (good + "501 Test Road,,Testford,,Area A,999999\n").getBytes(StandardCharsets.UTF_8);

        var check = addresses.upload(organiser.actor(), assembly, "bad.csv", bad);
        assertThat(check.canImport()).isFalse();
        assertThat(check.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(502);
            assertThat(problem.column()).isEqualTo("postcode");
        });
        assertThatThrownBy(() -> addresses.importUpload(organiser.actor(), assembly, check.uploadId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(addresses.areas(assembly)).isEmpty();
    }

    @Test
    void anUploadBelongsToItsAssembly() {
        var organiser = fixtures.user("Two Assemblies Organiser");
        var mine = fixtures.assembly(organiser, Fixtures.unique("Mine"));
        var other = fixtures.assembly(organiser, Fixtures.unique("Other"));
        var check = addresses.upload(organiser.actor(), mine, "mine.csv", AddressCsv.of(10, 1));

        assertThatThrownBy(() -> addresses.importUpload(organiser.actor(), other, check.uploadId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(addresses.areas(other)).isEmpty();
    }

    @Test
    void filesThatAreNotTablesAreRefusedWithAMessage() {
        var organiser = fixtures.user("Wrong File Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Wrong files"));
        assertThatThrownBy(() -> addresses.upload(organiser.actor(), assembly, "photo.jpg", new byte[] {1, 2}))
                .hasMessageContaining("recruitment.import.file-type");
        // what the bytes are decides, not the name: a PDF called .xlsx, a PDF called .csv
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> addresses.upload(organiser.actor(), assembly, "fake.xlsx", pdf))
                .hasMessageContaining("recruitment.import.unreadable");
        assertThatThrownBy(() -> addresses.upload(organiser.actor(), assembly, "fake.csv", pdf))
                .hasMessageContaining("recruitment.import.unreadable");
        byte[] windows = "a,b\nGen\u00e8ve,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> addresses.upload(organiser.actor(), assembly, "windows.csv", windows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments())
                        .containsExactly(2))
                .hasMessageContaining("recruitment.import.not-utf8");
        byte[] bomb = InflatingXlsx.repeatedRows(16);
        assertThat(bomb.length).as("a sixteenth of a megabyte, unpacking to 16").isLessThan(1 << 16);
        assertThatThrownBy(() -> addresses.upload(organiser.actor(), assembly, "bomb.xlsx", bomb))
                .hasMessageContaining("recruitment.import.oversized");
    }
}
