package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.support.Instances;
import org.minipublic.tableio.TableReader;

/** The time bench prints is what docs/selection.md says it is: from reading the inputs to the drawn panel. */
class BenchCommandTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theTimeRunsFromReadingTheInputsToTheDrawnPanel() {
        // A clock that stands still except while a file is read, which takes it one second on: the time measured is
        // then the number of files read inside the timing, and that reading's share.
        var now = new AtomicLong();
        var bench = new BenchCommand();
        bench.clock = now::get;
        bench.tables = file -> {
            now.addAndGet(SECOND);
            return TableReader.read(file);
        };
        bench.algorithm = "leximin";
        bench.runs = 1;
        var instance = Instances.named("pgoelz_example_small_20");

        var measured =
                bench.measure(instance.targetsPath(), instance.peoplePath(), instance.panelSize(), List.<String>of());

        assertThat(measured.seconds()).isEqualTo(2.0);
        assertThat(measured.readingSeconds()).isEqualTo(2.0);
        assertThat(measured.respondents()).isEqualTo(200);
        assertThat(measured.panels()).isPositive();
    }
}
