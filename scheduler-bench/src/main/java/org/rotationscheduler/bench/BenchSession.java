package org.rotationscheduler.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * One bench run: every chosen suite through a {@link WorkerLauncher}, one after the other (the
 * figures are only worth something when instances do not compete for the cores), then checks
 * and the report files: report.md, report.csv and one SVG chart per instance.
 */
public final class BenchSession {
    public static final String MARKDOWN = "report.md";
    public static final String CSV = "report.csv";

    /** The outcome: one entry per suite, and the report's table as printed. */
    public record Summary(List<BenchReport.Entry> entries, String table) {
        public Summary {
            entries = List.copyOf(entries);
        }

        public boolean passed() {
            return entries.stream().allMatch(BenchReport.Entry::passed);
        }

        /** A worker ended without a result (crash, out of memory, timeout). */
        public boolean workerFailed() {
            return entries.stream().anyMatch(e -> e.result() == null);
        }
    }

    private final WorkerLauncher launcher;
    private final PrintWriter progress;
    private final BenchChecks checks = new BenchChecks();

    /** @param progress where to say what is running (stderr); the table is the caller's to print */
    public BenchSession(WorkerLauncher launcher, PrintWriter progress) {
        this.launcher = launcher;
        this.progress = progress;
    }

    /**
     * @param timeLimit every suite's time limit, or null for each suite's default
     * @param context a line for the top of report.md: when, where, how
     */
    public Summary run(List<Suite> suites, Duration timeLimit, long seed, Path dir, String context) throws IOException {
        Files.createDirectories(dir);
        List<BenchReport.Entry> entries = new ArrayList<>();
        for (Suite suite : suites) {
            entries.add(runOne(suite, timeLimit == null ? suite.defaultTimeLimit() : timeLimit, seed, dir));
        }
        BenchReport report = new BenchReport(entries);
        SafeFiles.writeString(dir.resolve(MARKDOWN), true, report.markdown(context));
        SafeFiles.writeString(dir.resolve(CSV), true, report.csv());
        ScoreChart chart = new ScoreChart();
        for (BenchReport.Entry e : entries) {
            if (e.result() != null) {
                SafeFiles.writeString(dir.resolve(ScoreChart.fileName(e.suite())), true, chart.svg(e.result()));
            }
        }
        return new Summary(entries, report.table());
    }

    private BenchReport.Entry runOne(Suite suite, Duration limit, long seed, Path dir) {
        if (suite.fixedRegister()) {
            progress.printf("%s: %s and %s, time limit %s: loading, solving, checking...%n", suite.key(),
                    Suite.SMALL_CAMPAIGN, Suite.SMALL_REGISTER, Cells.seconds(limit.toMillis()));
        } else {
            progress.printf("%s: %,d cadres, profile %s, seed %d, time limit %s: generating, solving, checking...%n",
                    suite.key(), suite.cadres(), suite.profile().key(), seed, Cells.seconds(limit.toMillis()));
        }
        progress.flush();
        long t0 = System.nanoTime();
        BenchReport.Entry entry;
        try {
            BenchResult result = launcher.run(suite, limit, seed, dir);
            entry = new BenchReport.Entry(suite, result, null, checks.failures(result));
        } catch (WorkerLauncher.WorkerFailure e) {
            entry = new BenchReport.Entry(suite, null, e.getMessage(), List.of());
        }
        progress.printf("%s  (%s)%n", BenchReport.checkLine(entry), Cells.seconds((System.nanoTime() - t0) / 1_000_000));
        progress.flush();
        return entry;
    }
}
