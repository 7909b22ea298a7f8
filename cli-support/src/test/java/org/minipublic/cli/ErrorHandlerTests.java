package org.minipublic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What a command throws becomes a short message and an exit code that mean the same in every tool. */
class ErrorHandlerTests {

    private final StringWriter err = new StringWriter();

    @Test
    void inputProblemsAreListedOneALineAndExitWithBadInput() {
        int code = run(new InputException(List.of(
                new InputProblem("people.csv", 3, "age", "'old' is not a value"),
                new InputProblem("people.csv", 0, null, "the file has no respondents"))));

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString())
                .isEqualToNormalizingNewlines("The input has problems:\n"
                        + "  people.csv row 3, column age: 'old' is not a value\n"
                        + "  people.csv: the file has no respondents\n");
    }

    @Test
    void anInvalidValueIsAnErrorMessageWithBadInput() {
        assertThat(run(new IllegalArgumentException("--band must be between 1 and 100 seats, got 0.5")))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString())
                .isEqualToNormalizingNewlines("Error: --band must be between 1 and 100 seats, got 0.5\n");
    }

    @Test
    void anUnexpectedErrorShowsItsStackTraceAndExitsWithSoftwareError() {
        assertThat(run(new IllegalStateException("a bug"))).isEqualTo(ExitCodes.UNEXPECTED);
        assertThat(err.toString())
                .startsWith("Unexpected error: java.lang.IllegalStateException: a bug")
                .contains("at org.minipublic.cli.ErrorHandlerTests");
    }

    @Test
    void aToolsOwnErrorsComeFirstWithTheirOwnExitCode() {
        var handler = ErrorHandler.standard()
                .on(
                        IllegalArgumentException.class,
                        3,
                        e -> List.of("The targets cannot be met:", "  " + e.getMessage()));

        assertThat(run(handler, new IllegalArgumentException("at least 8 age 16-29")))
                .isEqualTo(3);
        assertThat(err.toString()).isEqualToNormalizingNewlines("The targets cannot be met:\n  at least 8 age 16-29\n");
    }

    private int run(Exception thrown) {
        return run(ErrorHandler.standard(), thrown);
    }

    private int run(ErrorHandler handler, Exception thrown) {
        var commandLine = new CommandLine(new Throwing(thrown));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(handler);
        return commandLine.execute();
    }

    @Command(name = "throwing")
    record Throwing(Exception thrown) implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            throw thrown;
        }
    }
}
