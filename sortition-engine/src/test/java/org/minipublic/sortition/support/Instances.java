package org.minipublic.sortition.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.TableReader;

/**
 * The reference instances of {@code fixtures/reference}. The engine reads no files, so the tests map them to the
 * engine's records with {@link FixtureReader}; sortition-cli's tests read the same files with the real readers.
 */
public final class Instances {

    /**
     * One reference instance: where its files are, how to read them, and its exact leximin chances.
     *
     * @param valueColumn the targets' column holding the value (the category is in the column before it)
     * @param idColumn the people's id column, or {@code null} when ids are data row numbers
     */
    public record Reference(
            String name,
            String targetsFile,
            String peopleFile,
            int panelSize,
            List<String> addressColumns,
            String categoryColumn,
            String valueColumn,
            String idColumn) {

        public Path directory() {
            return root().resolve("instances").resolve(name);
        }

        public Path targetsPath() {
            return directory().resolve(targetsFile);
        }

        public Path peoplePath() {
            return directory().resolve(peopleFile);
        }

        public Targets targets() {
            return FixtureReader.targets(TableReader.read(targetsPath()), categoryColumn, valueColumn, panelSize);
        }

        public Pool pool() {
            return FixtureReader.pool(TableReader.read(peoplePath()), targets(), idColumn, addressColumns);
        }

        public Map<String, Double> expectedLeximin() {
            try (Stream<Path> files = Files.list(root().resolve("expected"))) {
                Path file = files.filter(f -> f.getFileName().toString().startsWith(name + "_leximin"))
                        .findFirst()
                        .orElseThrow();
                return chances(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Map<String, Double> expectedLegacy() {
            return chances(root().resolve("expected").resolve(name + "_legacy_rep_10k.csv"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Reference> ALL = List.of(
            new Reference(
                    "pgoelz_example_small_20",
                    "categories.csv",
                    "respondents.csv",
                    20,
                    List.of(),
                    "category",
                    "feature",
                    null),
            new Reference(
                    "sf_fixture_150_22",
                    "features.csv",
                    "candidates.csv",
                    22,
                    List.of(),
                    "feature",
                    "value",
                    "nationbuilder_id"),
            new Reference(
                    "opendlp_example_100_20",
                    "categories.csv",
                    "respondents.csv",
                    20,
                    List.of(),
                    "category",
                    "name",
                    "unique_id"),
            new Reference(
                    "synth_300_30_s2_hh",
                    "categories.csv",
                    "people.csv",
                    30,
                    List.of("address", "postcode"),
                    "feature",
                    "value",
                    "id"),
            new Reference("synth_1000_45_s1", "categories.csv", "people.csv", 45, List.of(), "feature", "value", "id"));

    /**
     * A pool of 10 and a panel of 4 whose 27 valid panels can be listed one by one; its {@code expected.csv} holds
     * values computed over them independently of the engine ({@code scripts/reference/brute_force.py}).
     */
    public static final Reference BRUTE_FORCE =
            new Reference("brute_force_10_4", "categories.csv", "people.csv", 4, List.of(), "feature", "value", "id");

    private Instances() {}

    /** The brute-force instance's expected values by name ({@code expected.csv}). */
    public static Map<String, Double> bruteForceExpected() {
        return chances(BRUTE_FORCE.directory().resolve("expected.csv"));
    }

    public static Reference named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    public static Path root() {
        try {
            return Path.of(Instances.class.getResource("/fixtures/reference").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Double> chances(Path file) {
        try {
            Map<String, Double> chances = new HashMap<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(",");
                chances.put(parts[0].trim(), Double.parseDouble(parts[1]));
            }
            return chances;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
