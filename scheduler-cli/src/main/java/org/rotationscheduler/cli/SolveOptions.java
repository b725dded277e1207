package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.rotationscheduler.planning.SolveSettings;
import picocli.CommandLine.Option;

/** The solving options schedule and replan share. */
public class SolveOptions {
    @Option(names = {"-t", "--time-limit"}, paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "60s", description = "Stop solving after this long (e.g. 30s, 5m). Default: ${DEFAULT-VALUE}.")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "20s", description = "Stop when the best plan has not improved for this long."
                    + " Default: ${DEFAULT-VALUE}.")
    Duration unimprovedLimit;

    @Option(converter = PositiveInteger.class, names = "--steps", paramLabel = "N", description = "Stop local search after N steps. With --steps,"
            + " same inputs and seed give the same assignments.csv byte for byte (time limits depend on the machine).")
    Integer steps;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--start", paramLabel = "HOW", defaultValue = "auto",
            converter = StartConverter.class,
            description = "First plan: greedy (fast, weighs the group preferences), flow (from the min-cost-flow"
                    + " relaxation that also proves the lower bound) or auto (the better on the bench: greedy)."
                    + " Default: ${DEFAULT-VALUE}.")
    SolveSettings.Start start;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    SolveSettings settings() {
        return new SolveSettings(timeLimit, unimprovedLimit, steps, seed, start);
    }

    /** The progress line, shown only on a terminal and without --quiet. */
    ProgressLine progress(PrintWriter err) {
        return new ProgressLine(err, !quiet && System.console() != null);
    }

    /** "greedy", "flow" or "auto", in any case. */
    static final class StartConverter implements picocli.CommandLine.ITypeConverter<SolveSettings.Start> {
        @Override
        public SolveSettings.Start convert(String value) {
            for (SolveSettings.Start s : SolveSettings.Start.values()) {
                if (s.name().equalsIgnoreCase(value.trim())) {
                    return s;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of greedy, flow, auto");
        }
    }
}
