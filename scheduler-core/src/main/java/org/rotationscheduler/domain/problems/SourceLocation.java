package org.rotationscheduler.domain.problems;

/** Where in an input file something stands: file, line and column (1-based; 0 = unknown). */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
