package org.minipublic.tableio;

import java.util.List;

/** An input file has problems; all of them are listed, not only the first. */
public class InputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(String.join("\n", problems.stream().map(InputProblem::describe).toList()));
        this.problems = List.copyOf(problems);
    }

    public static InputException of(String file, String message) {
        return new InputException(List.of(new InputProblem(file, 0, null, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
