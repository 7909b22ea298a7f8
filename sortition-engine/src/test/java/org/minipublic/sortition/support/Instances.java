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
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.pool.CandidatePool;
import org.minipublic.sortition.quota.Targets;
import org.minipublic.tableio.TableReader;

/** The reference instances of {@code fixtures/reference}, read as the command line reads them. */
public final class Instances {

    /** One reference instance: where its files are, how to read them, and its exact leximin chances. */
    public record Reference(
            String name, String targetsFile, String peopleFile, int panelSize, List<String> addressColumns) {

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
            return TargetsReader.read(TableReader.read(targetsPath()));
        }

        public CandidatePool pool() {
            return PeopleReader.read(TableReader.read(peoplePath()), targets(), null, addressColumns);
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
            new Reference("pgoelz_example_small_20", "categories.csv", "respondents.csv", 20, List.of()),
            new Reference("sf_fixture_150_22", "features.csv", "candidates.csv", 22, List.of()),
            new Reference("opendlp_example_100_20", "categories.csv", "respondents.csv", 20, List.of()),
            new Reference("synth_300_30_s2_hh", "categories.csv", "people.csv", 30, List.of("address", "postcode")),
            new Reference("synth_1000_45_s1", "categories.csv", "people.csv", 45, List.of()));

    private Instances() {}

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
            for (String line :
                    Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] parts = line.split(",");
                chances.put(parts[0].trim(), Double.parseDouble(parts[1]));
            }
            return chances;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
