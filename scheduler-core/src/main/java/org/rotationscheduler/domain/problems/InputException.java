package org.rotationscheduler.domain.problems;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: every problem found in one load, reported together. */
public class InputException extends RuntimeException {
    private final List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public static InputException of(SourceLocation where, String key, String message) {
        return new InputException(new InputProblem(where, key, message));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
