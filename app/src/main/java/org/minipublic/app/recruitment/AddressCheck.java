package org.minipublic.app.recruitment;

import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import org.minipublic.app.shared.ImportProblem;

/**
 * What an uploaded address file would do to the list, shown to the organiser before anything is imported.
 *
 * @param rows rows with any text below the header
 * @param skippedRows rows left out because their address is already in the file or on the list (the first few)
 * @param errors problems that block the import (the first few); {@code errorCount} counts them all
 * @param sample the first few addresses that would be imported
 */
public record AddressCheck(
        UUID uploadId,
        String fileName,
        int rows,
        int importable,
        SortedMap<String, Integer> perArea,
        List<Skipped> skippedRows,
        int skippedCount,
        List<ImportProblem> errors,
        int errorCount,
        List<Address> sample) {

    /** How many problems and skipped rows the page lists; the counts say how many there are in all. */
    public static final int SHOWN = 100;

    /** @param sameAsRow the earlier row of the same file, or {@code null} when the address was already listed */
    public record Skipped(int row, @org.jspecify.annotations.Nullable Integer sameAsRow) {}

    public boolean canImport() {
        return errorCount == 0 && importable > 0;
    }

    static AddressCheck of(UUID uploadId, String fileName, AddressFile file) {
        return new AddressCheck(
                uploadId,
                fileName,
                file.rows(),
                file.entries().size(),
                file.perArea(),
                file.skipped().stream()
                        .limit(SHOWN)
                        .map(s -> new Skipped(s.row(), s.sameAsRow()))
                        .toList(),
                file.skipped().size(),
                file.errors().stream().limit(SHOWN).toList(),
                file.errors().size(),
                file.entries().stream()
                        .limit(10)
                        .map(AddressFile.Entry::address)
                        .toList());
    }
}
