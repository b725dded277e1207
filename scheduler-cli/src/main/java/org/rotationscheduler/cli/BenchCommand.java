package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rotationscheduler.bench.BenchReport;
import org.rotationscheduler.bench.BenchSession;
import org.rotationscheduler.bench.ForkedWorker;
import org.rotationscheduler.bench.Suite;
import org.rotationscheduler.bench.WorkerLauncher;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.planning.SolveSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the solver against a greedy baseline on generated instances at full scale (§9). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Benchmark the solver against a greedy baseline on generated instances up to full scale, and",
            "against Google OR-Tools CP-SAT (2 workers, same time limit, same rules) on small and medium.",
            "The registers are generated around a planted roster, so a plan with no broken hard rule and",
            "no empty seat is known to exist. The baseline gives every seat the first eligible cadre not",
            "yet seated that round. Each instance runs in a fresh JVM; every plan is judged by the",
            "independent checker. Writes report.md, report.csv and one SVG chart per instance into the",
            "output folder, and prints the table.", "",
            "Suites (default time limits):",
            "  mini      2 cities (阳泉, 铜川), autumn 2019, 300 cadres (10s)",
            "  small     examples/small as it is: 3 cities, 9 rounds, 351 seats, 250 cadres; with CP-SAT (60s)",
            "  medium    the 6 smallest cities, autumn 2019, 936 seats, 500 cadres; with CP-SAT (60s)",
            "  season    default campaign, autumn 2019, 11,268 seats, 7,000 cadres (60s)",
            "  tight     the season with one bureau-level cadre per central-leader seat (E3/E4) (60s)",
            "  short     the season with too few bureau-level cadres: best partial plan (60s)",
            "  campaign  all 47 rounds, 44,133 seats, 20,000 cadres (180s)",
            "  all       all seven, campaign last",
            ""},
        footer = {"", "Examples:",
            "  scheduler bench --suite season",
            "  scheduler bench --suite all --out bench-results/before-tuning",
            "  scheduler bench --suite medium --time-limit 30s",
            "  scheduler bench --suite mini --time-limit 5s --seed 7", "",
            "Exit codes: 0 every check passed; 1 the solver left a hard rule broken or a seat empty on a",
            "planted-feasible instance, the bound missed the shortage of 'short', or CP-SAT's objective is",
            "not the tool's score of its plan (the peer's model is not the same rules); 2 bad options;",
            "4 the output folder exists (add --force); 70 a worker ended without a result (see its .log)."})
public final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_SEED = "2019";

    @Option(names = "--suite", paramLabel = "NAME", defaultValue = "season",
            description = "mini, small, medium, season, tight, short, campaign or all. Default: ${DEFAULT-VALUE}.")
    String suite;

    @Option(names = {"-t", "--time-limit"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time limit of the solver (and of CP-SAT) for every instance (e.g. 30s, 2m); default:"
                    + " each suite's own.")
    Duration timeLimit;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the report. Default: bench-results/<date-time>.")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that exists and is not empty.")
    boolean force;

    @Option(names = "--seed", paramLabel = "S", defaultValue = DEFAULT_SEED,
            description = "Seed of the generated registers (season with seed 2019 is examples/register-season.csv;"
                    + " small reads examples/small/register.csv whatever the seed)."
                    + " Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "-Xmx of each worker JVM. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Suite> suites = Suite.select(suite);
        String problem = optionProblem(suites);
        if (problem != null) {
            err.println("error: " + problem);
            err.println("Run 'scheduler bench --help' for the options and examples.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Path dir = out != null ? out : Path.of("bench-results", LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        refuseToOverwrite(dir);
        ForkedWorker worker = ForkedWorker.likeThisJvm(heap);
        return new BenchRunner(worker, err, spec.commandLine().getOut()).run(suites, timeLimit, seed, dir,
                context(suites, worker));
    }

    private String optionProblem(List<Suite> suites) {
        if (suites.isEmpty()) {
            return "unknown --suite '" + suite + "'; use " + Suite.names();
        }
        if (timeLimit != null && (timeLimit.isZero() || timeLimit.isNegative())) {
            return "--time-limit must be positive, got " + timeLimit;
        }
        if (!heap.matches("[0-9]+[kKmMgG]?")) {
            return "--heap takes a JVM size such as 4g or 3072m, got '" + heap + "'";
        }
        return null;
    }

    /** Checked before anything runs, so nobody waits minutes for a refusal. */
    private void refuseToOverwrite(Path dir) throws IOException {
        if (force || !Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new SafeFiles.FileExistsException(dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.findAny().isPresent()) {
                throw new SafeFiles.FileExistsException(dir);
            }
        }
    }

    private String context(List<Suite> suites, WorkerLauncher worker) {
        SolveSettings defaults = SolveSettings.defaults();
        String limits = suites.stream().map(s -> s.key() + " " + (timeLimit != null ? timeLimit : s.defaultTimeLimit())
                .toSeconds() + " s").collect(Collectors.joining(", "));
        return "Run " + LocalDateTime.now().withNano(0) + ", register seed " + seed + ", Java "
                + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processor(s). Each instance"
                + " in a fresh JVM: `" + worker + "`. Solver: default settings (unimproved limit "
                + defaults.unimprovedLimit().toSeconds() + " s, solver seed " + defaults.seed()
                + ") with the time limits " + limits + ".";
    }

    /** The run behind the options: a plain object, so a test can give it a launcher of its own. */
    static final class BenchRunner {
        private final WorkerLauncher launcher;
        private final PrintWriter err;
        private final PrintWriter out;

        BenchRunner(WorkerLauncher launcher, PrintWriter err, PrintWriter out) {
            this.launcher = launcher;
            this.err = err;
            this.out = out;
        }

        int run(List<Suite> suites, Duration timeLimit, long seed, Path dir, String context) throws IOException {
            BenchSession.Summary summary = new BenchSession(launcher, err).run(suites, timeLimit, seed, dir, context);
            out.print(summary.table());
            out.println();
            summary.entries().forEach(e -> out.println(BenchReport.checkLine(e)));
            out.flush();
            err.printf("Report: %s (%s, %s and one .svg chart per instance)%n", dir, BenchSession.MARKDOWN,
                    BenchSession.CSV);
            err.flush();
            if (summary.entries().stream().anyMatch(e -> !e.checkFailures().isEmpty())) {
                return ExitCodes.RULES_BROKEN;
            }
            return summary.workerFailed() ? ExitCodes.INTERNAL_ERROR : ExitCodes.OK;
        }
    }
}
