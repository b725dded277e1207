package org.rotationscheduler.cli;

import picocli.CommandLine;

/**
 * Whole-number options that count something (steps, candidates, rounds, cadres, years): checked
 * by picocli while it reads the command line, so a bad value is exit 2 before any work starts.
 */
public final class PositiveInteger implements CommandLine.ITypeConverter<Integer> {
    /** Far above any count an option of this tool takes; keeps arithmetic on it safe. */
    static final int MAX = 1_000_000_000;

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number; write e.g. 10");
        }
        if (n < 1 || n > MAX) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be a whole number from 1 to " + MAX);
        }
        return n;
    }
}
