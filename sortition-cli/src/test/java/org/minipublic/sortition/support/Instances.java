package org.minipublic.sortition.support;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.TableReader;

/**
 * The engine's reference instances (its test resources, which this module's build also puts on the test class path),
 * read as the command line reads them.
 */
public final class Instances {

    /** One reference instance's files and how the command line is told to read them. */
    public record Reference(
            String name, String targetsFile, String peopleFile, int panelSize, List<String> addressColumns) {

        public Path targetsPath() {
            return root().resolve("instances").resolve(name).resolve(targetsFile);
        }

        public Path peoplePath() {
            return root().resolve("instances").resolve(name).resolve(peopleFile);
        }

        public Targets targets() {
            return TargetsReader.read(TableReader.read(targetsPath()));
        }

        public Pool pool() {
            return PeopleReader.read(TableReader.read(peoplePath()), targets(), null, addressColumns);
        }
    }

    private static final List<Reference> ALL = List.of(
            new Reference("pgoelz_example_small_20", "categories.csv", "respondents.csv", 20, List.of()),
            new Reference("sf_fixture_150_22", "features.csv", "candidates.csv", 22, List.of()),
            new Reference("opendlp_example_100_20", "categories.csv", "respondents.csv", 20, List.of()),
            new Reference("synth_300_30_s2_hh", "categories.csv", "people.csv", 30, List.of("address", "postcode")),
            new Reference("synth_1000_45_s1", "categories.csv", "people.csv", 45, List.of()),
            new Reference("brute_force_10_4", "categories.csv", "people.csv", 4, List.of()));

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
}
