package org.minipublic.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.minipublic.tableio.InputException;
import picocli.CommandLine;

/**
 * Turns what a command throws into a short message on standard error and an exit code, so that organisers see what
 * to fix rather than a stack trace. Every tool handles bad input alike; each adds its own errors with {@link #on}.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final List<Rule<?>> rules = new ArrayList<>();

    private ErrorHandler() {}

    /** Input problems and invalid values exit with {@link ExitCodes#BAD_INPUT}; anything else is unexpected. */
    public static ErrorHandler standard() {
        return new ErrorHandler();
    }

    /**
     * Handles a tool's own error; rules added first are tried first, all before the standard ones.
     *
     * @param lines the message, one line each
     */
    public <E extends Exception> ErrorHandler on(Class<E> type, int exitCode, Function<E, List<String>> lines) {
        rules.add(new Rule<>(type, exitCode, lines));
        return this;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        for (var rule : rules) {
            if (rule.type().isInstance(e)) {
                rule.print(e, err);
                return rule.exitCode();
            }
        }
        return standard(e, err);
    }

    private static int standard(Exception e, PrintWriter err) {
        if (e instanceof InputException input) {
            err.println("The input has problems:");
            input.problems().forEach(p -> err.println("  " + p.describe()));
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("Error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("Unexpected error: " + e);
        e.printStackTrace(err);
        return ExitCodes.UNEXPECTED;
    }

    private record Rule<E extends Exception>(Class<E> type, int exitCode, Function<E, List<String>> lines) {

        void print(Exception e, PrintWriter err) {
            lines.apply(type.cast(e)).forEach(err::println);
            err.flush();
        }
    }
}
