package org.minipublic.app.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.ImportProblem;
import org.minipublic.tableio.Table;

class AddressFileTests {

    private static Table table(String header, String... rows) {
        var list = new ArrayList<Table.Row>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new Table.Row(i + 2, Arrays.asList(rows[i].split(",", -1))));
        }
        return new Table("addresses.csv", Arrays.asList(header.split(",")), list);
    }

    @Test
    void headersMatchWhateverTheirCaseSpacingOrCommonName() {
        var file = AddressFile.check(
                table("Address_Line_1,POST CODE,Ward,UPRN", "1 High Street,e17 1aa,Leyton,1001"), Set.of());
        assertThat(file.errors()).isEmpty();
        var address = file.entries().get(0).address();
        assertThat(address.line1()).isEqualTo("1 High Street");
        assertThat(address.postcode()).isEqualTo("E17 1AA");
        assertThat(address.area()).isEqualTo("Leyton");
        assertThat(address.propertyReference()).isEqualTo("1001");
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        var file = AddressFile.check(table("street,town", "1 High Street,London"), Set.of());
        assertThat(file.errors())
                .extracting(ImportProblem::messageKey, p -> p.arguments().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("recruitment.import.missing-column", "address line 1"),
                        org.assertj.core.groups.Tuple.tuple("recruitment.import.missing-column", "postcode"),
                        org.assertj.core.groups.Tuple.tuple("recruitment.import.missing-column", "area"));
    }

    @Test
    void aProblemNamesItsRowAndColumnAndBlocksTheImport() {
        var file = AddressFile.check(
                table(
                        "address line 1,postcode,area",
                        "1 High Street,E17 1AA,Leyton",
                        "2 High Street,,Leyton",
                        "x".repeat(201) + ",E17 1AB,Leyton"),
                Set.of());
        assertThat(file.canImport()).isFalse();
        assertThat(file.errors())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "postcode", "recruitment.import.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "address line 1", "recruitment.import.too-long"));
    }

    @Test
    void aRepeatedAddressIsSkippedAndReportedWithTheRowItRepeats() {
        var file = AddressFile.check(
                table(
                        "address line 1,postcode,area",
                        "1 High Street,E17 1AA,Leyton",
                        "1 HIGH STREET.,e171aa,Leyton",
                        "3 High Street,E17 1AA,Leyton"),
                Set.of());
        assertThat(file.canImport()).isTrue();
        assertThat(file.entries()).extracting(AddressFile.Entry::row).containsExactly(2, 4);
        assertThat(file.skipped()).containsExactly(new AddressFile.Skipped(3, 2));
    }

    @Test
    void addressesAlreadyListedAreSkippedBySpellingOrPropertyReference() {
        var listed = AddressFile.check(
                        table("address line 1,postcode,area,uprn", "1 High Street,E17 1AA,Leyton,500"), Set.of())
                .entries()
                .get(0)
                .address();
        var file = AddressFile.check(
                table(
                        "address line 1,postcode,area,uprn",
                        "1 High St,E17 1AA,Leyton,500",
                        "1 High Street,E17 1AA,Leyton,"),
                Set.copyOf(AddressFile.keys(listed)));
        assertThat(file.entries()).isEmpty();
        assertThat(file.skipped()).containsExactly(new AddressFile.Skipped(2, null), new AddressFile.Skipped(3, null));
    }

    @Test
    void aFileWithOnlyAHeaderHasNothingToImport() {
        var file = AddressFile.check(table("address line 1,postcode,area"), Set.of());
        assertThat(file.errors()).extracting(ImportProblem::messageKey).containsExactly("recruitment.import.no-rows");
        assertThat(List.copyOf(file.perArea().keySet())).isEmpty();
    }
}
