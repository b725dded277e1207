package org.rotationscheduler.domain.problems;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load so that all are reported together. */
public final class Problems {
    private final List<InputProblem> list = new ArrayList<>();

    public void add(SourceLocation where, String key, String message) {
        list.add(new InputProblem(where, key, message));
    }

    public void addAll(List<InputProblem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<InputProblem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(list);
        }
    }
}
