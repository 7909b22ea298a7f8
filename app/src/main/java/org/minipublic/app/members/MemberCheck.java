package org.minipublic.app.members;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.ImportProblem;

/**
 * What an uploaded member file would add, shown to the organiser before anything is imported.
 *
 * @param rows rows with any text below the header
 * @param categories the columns read as stratification categories, in the file's order
 * @param makeUp for each category, how many of the members to add have each value
 * @param languages how many of the members to add prefer each language (as stored: a tag or a name)
 * @param skippedRows rows left out as duplicates (the first few); {@code skippedCount} counts them all
 * @param errors problems that block the import (the first few); {@code errorCount} counts them all
 * @param sample the first few members that would be added
 */
public record MemberCheck(
        UUID uploadId,
        String fileName,
        int rows,
        int importable,
        List<String> categories,
        Map<String, Map<String, Integer>> makeUp,
        Map<String, Integer> languages,
        long interpreters,
        long withAccessNeeds,
        List<Skipped> skippedRows,
        int skippedCount,
        List<ImportProblem> errors,
        int errorCount,
        List<MemberProfile> sample) {

    /** How many problems and skipped rows the page lists; the counts say how many there are in all. */
    public static final int SHOWN = 100;

    /** @param sameAsRow the earlier row of the same file, or {@code null} when they are already a member */
    public record Skipped(int row, @Nullable Integer sameAsRow) {}

    public boolean canImport() {
        return errorCount == 0 && importable > 0;
    }

    static MemberCheck of(UUID uploadId, String fileName, MemberFile file) {
        return new MemberCheck(
                uploadId,
                fileName,
                file.rows(),
                file.entries().size(),
                List.copyOf(file.categories()),
                file.makeUp(),
                file.languages(),
                file.count(MemberProfile::interpreter),
                file.count(p -> !p.accessNeeds().isEmpty()),
                file.skipped().stream()
                        .limit(SHOWN)
                        .map(s -> new Skipped(s.row(), s.sameAsRow()))
                        .toList(),
                file.skipped().size(),
                file.errors().stream().limit(SHOWN).toList(),
                file.errors().size(),
                file.entries().stream().limit(10).map(e -> e.member().profile()).toList());
    }

    @Override
    public String toString() {
        return "MemberCheck[" + uploadId + ", " + importable + " importable, " + errorCount + " errors]";
    }
}
