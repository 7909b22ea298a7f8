package org.minipublic.app.recruitment;

import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import org.minipublic.app.shared.ImportProblem;

/**
 * What an uploaded respondent file would add to the pool, shown to the organiser before anything is imported.
 *
 * @param rows rows with any text below the header
 * @param people the people that would be added (none while the file has problems)
 * @param households how many households they make for the lottery
 * @param perArea how many of them live in each area
 * @param errors the problems (up to {@link #SHOWN}); {@code errorCount} counts them all
 */
public record PoolCheck(
        UUID uploadId,
        String fileName,
        int rows,
        int people,
        int households,
        SortedMap<String, Integer> perArea,
        List<ImportProblem> errors,
        int errorCount) {

    /** How many problems the page lists; a file with more has bigger trouble than a list can help with. */
    public static final int SHOWN = 1000;

    public PoolCheck {
        perArea = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perArea));
        errors = List.copyOf(errors);
    }

    public boolean canImport() {
        return errorCount == 0 && people > 0;
    }

    static PoolCheck of(UUID uploadId, String fileName, PoolFile file) {
        return new PoolCheck(
                uploadId,
                fileName,
                file.rows(),
                file.canImport() ? file.entries().size() : 0,
                file.canImport() ? file.households() : 0,
                file.canImport() ? file.perArea() : new java.util.TreeMap<>(),
                file.errors().stream().limit(SHOWN).toList(),
                file.errors().size());
    }

    @Override
    public String toString() {
        return "PoolCheck[" + uploadId + ", " + people + " people, " + errorCount
                + " problems]"; // cells may be personal
    }
}
