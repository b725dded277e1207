package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.bench.BenchResult;
import org.rotationscheduler.bench.BoundFigures;
import org.rotationscheduler.bench.HeapFigures;
import org.rotationscheduler.bench.RunFigures;
import org.rotationscheduler.bench.ScorePoint;
import org.rotationscheduler.bench.Suite;
import org.rotationscheduler.bench.WorkerLauncher;
import org.rotationscheduler.cli.Cli.Result;
import org.rotationscheduler.rules.RuleId;

class BenchCommandTest {

    /** The real thing, end to end: a forked worker JVM on the mini suite, well under a minute. */
    @Test
    void miniSuite_solvesThePlantedInstanceWithoutBrokenRulesAndWritesTheReport(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bench");
        long t0 = System.nanoTime();
        Result r = Cli.run("bench", "--suite", "mini", "--out", dir.toString(), "--heap", "1g");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMinutes(1));

        assertThat(r.code()).as("stdout:%n%s%nstderr:%n%s", r.out(), r.err()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("report.md")).isNotEmptyFile();
        assertThat(dir.resolve("report.csv")).isNotEmptyFile();
        assertThat(dir.resolve("mini.svg")).content().startsWith("<svg").contains("<polyline");
        assertThat(dir.resolve("mini.json")).isNotEmptyFile();
        List<String> solverRow = cells(r.out(), "| mini | solver |");
        assertThat(solverRow.get(column("unfilled"))).isEqualTo("0");
        assertThat(solverRow.get(column("broken hard (checker)"))).isEqualTo("0");
        assertThat(solverRow.get(column("bound"))).isEqualTo("no shortage");
        assertThat(r.out()).contains("| mini | solver | 276 |", "|  | greedy |", "- mini: pass");
        assertThat(Files.readString(dir.resolve("report.md"))).contains(r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void helpListsTheSuitesAndExitCodesWithinTheUsageWidth() {
        Result r = Cli.run("bench", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("mini", "season", "tight", "short", "campaign", "Exit codes: 0 every check passed");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(SchedulerCommand.USAGE_WIDTH));
        assertThat(Cli.run("--help").out()).contains("  bench     Benchmark the solver against a greedy baseline");
    }

    @Test
    void anOutputFolderWithFilesNeedsForce_checkedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("report.md"), "earlier run");
        Result r = Cli.run("bench", "--suite", "mini", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(r.err()).contains("exists already", "--force");
        assertThat(dir.resolve("report.md")).hasContent("earlier run");
        assertThat(dir.resolve("mini.json")).doesNotExist();
    }

    @Test
    void badOptionsAreBadInput(@TempDir Path dir) {
        Result unknown = Cli.run("bench", "--suite", "huge", "--out", dir.toString());
        assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown --suite 'huge'", "mini|small|medium|season|tight|short|campaign|all");
        assertThat(Cli.run("bench", "--heap", "lots", "--out", dir.toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Cli.run("bench", "--time-limit", "0s", "--out", dir.toString()).code())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    // The failure paths through the command's runner, with worker results made by hand: no JVM, no timing.

    @Test
    void aBrokenHardRuleOnAPlantedInstanceExitsWithRulesBroken(@TempDir Path dir) throws Exception {
        Run run = run(dir, (suite, limit, seed, d) -> result(suite, 0, NO_SHORTAGE, 0, Map.of(RuleId.E11, 3L)),
                Suite.SEASON);
        assertThat(run.code()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.out()).contains("| season | solver |", "| 3: E11 ×3 |",
                "- season: FAIL: season: the solver's plan breaks 3 hard rule(s) (E11 ×3, checker)");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("- season: FAIL");
        assertThat(dir.resolve("season.svg")).exists();
    }

    @Test
    void anEmptySeatOnAPlantedInstanceExitsWithRulesBroken(@TempDir Path dir) throws Exception {
        Run run = run(dir, (suite, limit, seed, d) -> result(suite, 0, NO_SHORTAGE, 4, Map.of()), Suite.TIGHT);
        assertThat(run.code()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.out()).contains("leaves 4 seat(s) empty");
    }

    @Test
    void aShortInstanceWhoseBoundFindsNothingExitsWithRulesBroken(@TempDir Path dir) throws Exception {
        Run run = run(dir, (suite, limit, seed, d) -> result(suite, 71, NO_SHORTAGE, 71, Map.of()), Suite.SHORT);
        assertThat(run.code()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.out()).contains("- short: FAIL: short: the feasibility bound does not report the shortage");
    }

    @Test
    void everyCheckPassing_exitsZero_andAWorkerWithoutResultIsAnInternalError(@TempDir Path dir) throws Exception {
        BoundFigures shortage = new BoundFigures(false, 1, 0, 397, List.of(new BoundFigures.Where("E3/E4", "郑州",
                "autumn-2019", "中心组", "组长", 8, 2, "郑州 in autumn-2019, 中心组 组长: 2 of 8 seat(s) cannot be filled")));
        Run ok = run(dir.resolve("ok"), (suite, limit, seed, d) -> suite == Suite.SHORT
                ? result(suite, 2, shortage, 2, Map.of()) : result(suite, 0, NO_SHORTAGE, 0, Map.of()),
                Suite.SEASON, Suite.SHORT);
        assertThat(ok.code()).isEqualTo(ExitCodes.OK);

        Run crashed = run(dir.resolve("crashed"), (suite, limit, seed, d) -> {
            throw new WorkerLauncher.WorkerFailure("exit code 1: java.lang.OutOfMemoryError: Java heap space");
        }, Suite.CAMPAIGN);
        assertThat(crashed.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(crashed.out()).contains("| campaign | worker failed: exit code 1: java.lang.OutOfMemoryError");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path dir, WorkerLauncher launcher, Suite... suites) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new BenchCommand.BenchRunner(launcher, new PrintWriter(err), new PrintWriter(out))
                .run(List.of(suites), null, 2019, dir, "test run");
        return new Run(code, out.toString(), err.toString());
    }

    private static final BoundFigures NO_SHORTAGE = new BoundFigures(true, 1, 0, 468, List.of());

    private static BenchResult result(Suite suite, int plantedUnfilled, BoundFigures bound, long unfilled,
            Map<RuleId, Long> broken) {
        ScorePoint end = new ScorePoint(60_000, -broken.size(), -unfilled, -15_000, 11_268 - unfilled);
        HeapFigures heap = new HeapFigures(300L << 20, 2_000L << 20, 900L << 20, 2_100L << 20, 30);
        RunFigures solver = new RunFigures(RunFigures.SOLVER, 60_000, broken.isEmpty() ? 3_000 : -1, end,
                end.at(30_000), end.at(60_000), unfilled, broken, 20_000, heap, List.of(end));
        ScorePoint greedyEnd = new ScorePoint(5, -900, 0, -80_000, 11_268);
        RunFigures greedy = new RunFigures(RunFigures.GREEDY, 5, -1, greedyEnd, greedyEnd.at(30_000),
                greedyEnd.at(60_000), 0, Map.of(RuleId.E4, 100L, RuleId.E11, 800L), -1, heap, List.of(greedyEnd));
        return new BenchResult(suite.key(), 2019, "autumn-2019", 11_268, 7_000, plantedUnfilled, plantedUnfilled,
                plantedUnfilled == 0 ? "" : "E3/E4: too few", 60_000, 1_000, 4L << 30, "17", bound, solver, greedy);
    }

    /** The cells of the first table row starting with the prefix. */
    private static List<String> cells(String table, String prefix) {
        String row = table.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() ->
                new AssertionError("no row " + prefix + " in:\n" + table));
        String inner = row.substring(2, row.length() - 2);
        return List.of(inner.split(" \\| ", -1));
    }

    private static int column(String name) {
        String header = "instance | run | seats | cadres | bound | zero hard at | best @30 s | best @60 s | best at end"
                + " | ended at | unfilled | broken hard (checker) | peak heap MB (after GC) | moves/s";
        return List.of(header.split(" \\| ")).indexOf(name);
    }
}
