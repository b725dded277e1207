package org.rotationscheduler.domain.problems;

/**
 * One problem with an input file: where it is, which key or column, what is wrong and how to fix
 * it. Messages never carry a cadre's private states (S1).
 *
 * @param where file and line (or row) of the problem
 * @param key the key path (campaign YAML) or column name (register), may be empty
 * @param message what is wrong and what to do about it
 */
public record InputProblem(SourceLocation where, String key, String message) {

    @Override
    public String toString() {
        return where + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message;
    }
}
