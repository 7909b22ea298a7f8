package org.minipublic.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minipublic.sortition.algorithm.LotteryPropertiesTests;
import org.minipublic.sortition.support.Pools;
import org.minipublic.sortition.support.RandomInstances;
import org.minipublic.sortition.target.Category;
import org.minipublic.sortition.target.Target;
import org.minipublic.sortition.target.Targets;

/**
 * A selection never hangs silently: it reports progress, stops at its time limit with the best lottery found and how
 * far that may be from the best, and ends soon after its thread is interrupted, also inside a long solver call.
 *
 * <p>The pool: 1,000 respondents in 8 categories (861 groups), a panel of 60. Writing its relaxed leximin as a
 * lottery over real panels takes one integer program of a second or more per panel, hundreds of them: minutes in all.
 */
class TimeLimitTests {

    private static final RandomInstances.Problem HARD = RandomInstances.generate(1, 1000, 60, 8, false);

    private static final Duration LIMIT = Duration.ofSeconds(3);

    /** After the limit: one linear program over the panels found, one for the bound, and the rounding. */
    private static final long MARGIN_MILLIS = 2_000;

    @BeforeAll
    static void loadTheSolversFirst() {
        // OR-Tools' native library loads on first use (about a second): not part of what the limit measures.
        var targets = new Targets(List.of(new Category("c", List.of(Target.fixed("c", "a", 1, 1)))));
        PanelSelector.select(SelectionProblem.of(Pools.of("x:a", "y:a"), targets, 1, 1));
    }

    @Test
    void aHardPoolStopsAtItsTimeLimitWithTheBestLotteryFoundAndItsDistanceFromTheBest() {
        List<String> progress = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        var result = PanelSelector.select(problem(), options(progress).withTimeLimit(LIMIT));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(LIMIT.toMillis() + MARGIN_MILLIS);
        var completion = result.completion();
        assertThat(completion.finished()).isFalse();
        assertThat(completion.timeLimit()).isEqualTo(LIMIT);
        assertThat(completion.stoppedWhile()).isNotBlank();
        assertThat(completion.smallestChanceBound()).isGreaterThan(0.0);
        assertThat(completion.smallestChanceGap(result.report().smallestChance()))
                .isGreaterThanOrEqualTo(0.0);
        LotteryPropertiesTests.assertValidLottery(result, HARD.targets(), HARD.panelSize());
        assertThat(progress).anyMatch(m -> m.startsWith("Checking that the targets can be met"));
        assertThat(progress).anyMatch(m -> m.startsWith("Stopped at the time limit while"));
    }

    @Test
    void aDrawThatStoppedIsMadeAgainByStoppingAfterTheSameWork() {
        var stopped = PanelSelector.select(problem(), SelectionOptions.DEFAULT.withTimeLimit(LIMIT));
        var again = PanelSelector.select(problem(), SelectionOptions.DEFAULT.replaying(stopped.completion()));

        assertThat(again.completion()).isEqualTo(stopped.completion());
        assertThat(again.chances()).containsExactly(stopped.chances());
        assertThat(again.panel()).isEqualTo(stopped.panel());
    }

    @Test
    void interruptingTheSelectingThreadEndsTheSelectionWithinASecond() throws InterruptedException {
        List<String> progress = new CopyOnWriteArrayList<>();
        var thrown = new AtomicReference<Throwable>();
        var flagKept = new AtomicReference<Boolean>();
        var selecting = new Thread(() -> {
            try {
                PanelSelector.select(problem(), options(progress));
            } catch (RuntimeException e) {
                thrown.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        selecting.start();
        while (progress.stream().noneMatch(m -> m.startsWith("Writing the relaxed lottery"))) {
            Thread.sleep(20);
        }
        Thread.sleep(500); // inside one of the integer programs, which take a second or more each
        long interrupted = System.nanoTime();
        selecting.interrupt();
        selecting.join(5_000);
        long millis = (System.nanoTime() - interrupted) / 1_000_000;

        assertThat(selecting.isAlive()).isFalse();
        assertThat(millis).isLessThan(1_000);
        assertThat(thrown.get())
                .isInstanceOf(SelectionInterruptedException.class)
                .hasMessageContaining("writing the relaxed lottery");
        assertThat(flagKept.get()).isTrue();
    }

    @Test
    void aLimitTooShortForAnyLotteryFailsSayingSo() {
        var tiny = SelectionOptions.DEFAULT.withTimeLimit(Duration.ofMillis(1));
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> PanelSelector.select(problem(), tiny));
        assertThat(thrown)
                .isInstanceOf(SelectionFailedException.class)
                .hasMessageContaining("time limit")
                .hasMessageContaining("before any lottery was found");
    }

    private static SelectionProblem problem() {
        return SelectionProblem.of(HARD.pool(), HARD.targets(), HARD.panelSize(), 1);
    }

    private static SelectionOptions options(List<String> progress) {
        return SelectionOptions.DEFAULT.withProgress(progress::add);
    }
}
