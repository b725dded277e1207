package org.rotationscheduler.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.rules.RuleId;

/**
 * The report of a bench run: the Markdown table (per instance the solver's row, the greedy
 * baseline's and, on small and medium, the CP-SAT peer's), the same figures as CSV, and the
 * Markdown page around the table.
 */
public final class BenchReport {
    /** One instance: the worker's result, or why there is none. */
    public record Entry(Suite suite, BenchResult result, String failure, List<String> checkFailures) {
        public Entry {
            checkFailures = List.copyOf(checkFailures);
        }

        public boolean passed() {
            return result != null && checkFailures.isEmpty();
        }
    }

    static final List<String> COLUMNS = List.of("instance", "run", "seats", "cadres", "bound", "zero hard at",
            "best @30 s", "best @60 s", "best at end", "ended at", "unfilled", "broken hard (checker)",
            "peak heap MB (after GC)", "moves/s", "lower bound (flow)", "× bound (× flow)");

    static final List<String> CSV_COLUMNS = List.of("instance", "run", "seed", "seats", "cadres", "time_limit_s",
            "planted_unfilled", "proven_unfilled", "bound_feasible", "bound_missing_seats", "seconds_spent",
            "seconds_to_zero_hard", "best_30s_hard", "best_30s_medium", "best_30s_soft", "best_60s_hard",
            "best_60s_medium", "best_60s_soft", "end_hard", "end_medium", "end_soft", "unfilled", "broken_hard",
            "broken_hard_by_rule", "peak_heap_mb", "peak_heap_after_gc_mb", "heap_baseline_mb", "pool_peak_sum_mb",
            "gc_count", "moves_per_s", "flow_bound_soft", "lower_bound_soft", "lagrangian_steps", "bound_seconds",
            "ratio_to_bound", "ratio_to_flow_bound", "cpsat_status", "cpsat_objective_medium", "cpsat_objective_soft",
            "cpsat_objective_matches_score", "cpsat_bound_soft", "check");

    private final List<Entry> entries;

    public BenchReport(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The Markdown table: what the bench command prints on stdout. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(row(COLUMNS));
        sb.append(row(COLUMNS.stream().map(c -> "---").toList()));
        for (Entry e : entries) {
            if (e.result() == null) {
                List<String> cells = new ArrayList<>(List.of(e.suite().key(), "worker failed: " + e.failure()));
                while (cells.size() < COLUMNS.size()) {
                    cells.add(Cells.NONE);
                }
                sb.append(row(cells));
                continue;
            }
            sb.append(row(cells(e.result(), e.result().solver(), true)));
            sb.append(row(cells(e.result(), e.result().greedy(), false)));
            CpSatFigures peer = e.result().cpsat();
            if (peer != null && peer.hasPlan()) {
                sb.append(row(cells(e.result(), peer.run(), false)));
            } else if (peer != null && peer.ran()) {
                // no plan: the empty plan's score would read as CP-SAT breaking E4
                List<String> cells = new ArrayList<>(List.of("", RunFigures.CPSAT, "", "", "", "no plan (" + peer.status()
                        + ")"));
                while (cells.size() < COLUMNS.size()) {
                    cells.add(Cells.NONE);
                }
                cells.set(COLUMNS.indexOf("ended at"), Cells.seconds(peer.run().millisSpent()));
                sb.append(row(cells));
            }
        }
        return sb.toString();
    }

    private static String row(List<String> cells) {
        return "| " + cells.stream().map(Cells::md).collect(Collectors.joining(" | ")) + " |\n";
    }

    /** The instance columns are written once, on the solver's row. */
    private static List<String> cells(BenchResult r, RunFigures f, boolean first) {
        return List.of(first ? r.suite() : "", f.run(), first ? Cells.number(r.seats()) : "",
                first ? Cells.number(r.cadres()) : "", first ? bound(r) : "",
                f.millisToZeroHard() < 0 ? "never" : Cells.seconds(f.millisToZeroHard()),
                Cells.score(f.at30s()), Cells.score(f.at60s()), Cells.score(f.end()), Cells.seconds(f.millisSpent()),
                Cells.number(f.unfilled()),
                f.brokenHard() == 0 ? "0" : Cells.number(f.brokenHard()) + ": " + f.brokenHardSummary(),
                Cells.megabytes(f.heap().peakBytes()) + " (" + Cells.megabytes(f.heap().peakAfterGcBytes()) + ")",
                f.moveEvaluationSpeed() < 0 ? Cells.NONE : Cells.number(f.moveEvaluationSpeed()),
                first ? lowerBound(r) : "", ratios(r, f));
    }

    /** "-31,809 (-22,072)": the best bound and the plain flow bound, soft scores no plan can beat. */
    static String lowerBound(BenchResult r) {
        LowerBoundFigures b = r.lowerBound();
        return b == null ? Cells.NONE : Cells.number(-b.penalty()) + " (" + Cells.number(-b.flowPenalty()) + ")";
    }

    /** "1.63 (2.31)": the plan's penalty over the best bound's and over the plain flow bound's. */
    static String ratios(BenchResult r, RunFigures f) {
        LowerBoundFigures b = r.lowerBound();
        if (b == null) {
            return Cells.NONE;
        }
        double best = b.ratio(f.end(), b.penalty());
        double flow = b.ratio(f.end(), b.flowPenalty());
        return Double.isNaN(best) ? Cells.NONE : String.format("%.2f (%.2f)", best, flow);
    }

    /** "no shortage", or "≥71 empty (E3/E4)" with the rules of the shortages. */
    static String bound(BenchResult r) {
        BoundFigures b = r.bound();
        if (b.feasible()) {
            return "no shortage";
        }
        String rules = b.shortages().stream().map(BoundFigures.Where::rule).distinct().collect(Collectors.joining(", "));
        String quota = b.unplaceableQuotaRounds() > 0 ? ", E4: " + b.unplaceableQuotaRounds() + " rounds unplaceable"
                : "";
        return "≥" + Cells.number(b.missingSeats()) + " empty (" + rules + ")" + quota;
    }

    public String csv() {
        StringBuilder sb = new StringBuilder(Csv.line(CSV_COLUMNS));
        for (Entry e : entries) {
            if (e.result() == null) {
                List<String> cells = new ArrayList<>(List.of(e.suite().key(), "worker failed: " + e.failure()));
                while (cells.size() < CSV_COLUMNS.size() - 1) { // keep the check column last
                    cells.add("");
                }
                cells.add("fail");
                sb.append(Csv.line(cells));
                continue;
            }
            sb.append(Csv.line(csvCells(e.result(), e.result().solver(), e.passed() ? "pass" : "fail")));
            sb.append(Csv.line(csvCells(e.result(), e.result().greedy(), "")));
            CpSatFigures peer = e.result().cpsat();
            if (peer != null && peer.ran()) {
                sb.append(Csv.line(csvCells(e.result(), peer.run(), "")));
            }
        }
        return sb.toString();
    }

    private static List<String> csvCells(BenchResult r, RunFigures f, String check) {
        List<String> c = new ArrayList<>(List.of(r.suite(), f.run(), Long.toString(r.seed()), Integer.toString(r.seats()),
                Integer.toString(r.cadres()), Cells.plainSeconds(r.timeLimitMillis()), Integer.toString(r.plantedUnfilled()),
                Integer.toString(r.provenUnfilled()), Boolean.toString(r.bound().feasible()),
                Integer.toString(r.bound().missingSeats()), Cells.plainSeconds(f.millisSpent()),
                Cells.plainSeconds(f.millisToZeroHard())));
        for (ScorePoint p : new ScorePoint[] {f.at30s(), f.at60s(), f.end()}) {
            c.add(p == null ? "" : Long.toString(p.hard()));
            c.add(p == null ? "" : Long.toString(p.medium()));
            c.add(p == null ? "" : Long.toString(p.soft()));
        }
        c.add(Long.toString(f.unfilled()));
        c.add(Long.toString(f.brokenHard()));
        c.add(byRule(f.brokenHardByRule()));
        HeapFigures h = f.heap();
        c.add(Long.toString(HeapFigures.megabytes(h.peakBytes())));
        c.add(Long.toString(HeapFigures.megabytes(h.peakAfterGcBytes())));
        c.add(Long.toString(HeapFigures.megabytes(h.baselineBytes())));
        c.add(Long.toString(HeapFigures.megabytes(h.poolPeakSumBytes())));
        c.add(Long.toString(h.collections()));
        c.add(f.moveEvaluationSpeed() < 0 ? "" : Long.toString(f.moveEvaluationSpeed()));
        LowerBoundFigures b = r.lowerBound();
        c.add(b == null ? "" : Long.toString(-b.flowPenalty()));
        c.add(b == null ? "" : Long.toString(-b.penalty()));
        c.add(b == null ? "" : Integer.toString(b.lagrangianSteps()));
        c.add(b == null ? "" : Cells.plainSeconds(b.millis()));
        double best = b == null ? Double.NaN : b.ratio(f.end(), b.penalty());
        double flow = b == null ? Double.NaN : b.ratio(f.end(), b.flowPenalty());
        c.add(Double.isNaN(best) ? "" : String.format("%.3f", best));
        c.add(Double.isNaN(flow) ? "" : String.format("%.3f", flow));
        CpSatFigures peer = RunFigures.CPSAT.equals(f.run()) ? r.cpsat() : null;
        boolean plan = peer != null && peer.hasPlan();
        c.add(peer == null ? "" : peer.status());
        c.add(plan ? Long.toString(-peer.objectiveMedium()) : "");
        c.add(plan ? Long.toString(-peer.objectiveSoft()) : "");
        c.add(plan ? Boolean.toString(peer.objectiveMatchesScore()) : "");
        c.add(plan && peer.boundSoft() != null ? Long.toString(peer.boundSoft()) : "");
        c.add(check);
        return c;
    }

    private static String byRule(Map<RuleId, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().id() + ":" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** The whole report.md: the run's context, the table, what the columns mean, the checks, the shortages, the charts. */
    public String markdown(String context) {
        StringBuilder sb = new StringBuilder("# Benchmark\n\n").append(context).append("\n\n").append(table());
        sb.append("\nScores are hard/medium/soft: hard = broken hard rules (E1-E13), medium = empty seats, soft ="
                + " preferences (F1-F9), as the solver's constraints weigh them (the greedy baseline's through"
                + " Timefold's SolutionManager). \"unfilled\" and \"broken hard\" come from the independent checker."
                + " the README (section Benchmark) explains every column.\n");
        sb.append("\n## Checks\n\n");
        for (Entry e : entries) {
            sb.append(checkLine(e)).append('\n');
        }
        peer(sb);
        shortages(sb);
        sb.append("\n## Best score over time\n\n");
        for (Entry e : entries) {
            if (e.result() != null) {
                sb.append("![").append(e.suite().key()).append("](").append(ScoreChart.fileName(e.suite()))
                        .append(")\n\n");
            }
        }
        return sb.toString();
    }

    /** "- season: pass", or the reasons it fails. */
    public static String checkLine(Entry e) {
        if (e.result() == null) {
            return "- " + e.suite().key() + ": FAIL: worker failed: " + e.failure();
        }
        if (e.checkFailures().isEmpty()) {
            return "- " + e.suite().key() + ": pass" + (e.result().plantedFeasible()
                    ? " (planted feasible: zero hard and no empty seat, checker)"
                    : " (the bound reports the shortage and names where)");
        }
        return "- " + e.suite().key() + ": FAIL: " + String.join("; ", e.checkFailures());
    }

    /** The CP-SAT peer's section: what it found, whether its objective is the tool's score, and who wins at each budget. */
    private void peer(StringBuilder sb) {
        if (entries.stream().noneMatch(e -> e.result() != null && e.result().cpsat() != null)) {
            return;
        }
        sb.append("\n## CP-SAT peer\n\n");
        sb.append("Google OR-Tools CP-SAT (").append(CpSatPeer.WORKERS).append(" workers, random seed ")
                .append(CpSatPeer.RANDOM_SEED).append(") on a model of the same rules (`CpSatPeer`), with the solver's"
                + " time limit, building the model included. Its objective of its final plan must equal the"
                + " tool's score of that plan (Timefold's SolutionManager): that is the proof the model weighs the"
                + " same rules.\n\n");
        for (Entry e : entries) {
            if (e.result() == null || e.result().cpsat() == null) {
                continue;
            }
            for (String line : peerLines(e.result())) {
                sb.append(line).append('\n');
            }
        }
    }

    /** The peer's lines for one instance: its run, the objective against the score, solver vs CP-SAT. */
    static List<String> peerLines(BenchResult r) {
        CpSatFigures p = r.cpsat();
        String name = "- " + r.suite() + ": ";
        if (!p.ran()) {
            return List.of(name + "CP-SAT " + p.skipped());
        }
        RunFigures f = p.run();
        List<String> out = new ArrayList<>();
        String model = "model " + Cells.number(p.booleans()) + " seat-candidate booleans built in "
                + Cells.seconds(p.buildMillis());
        if (!p.hasPlan()) {
            out.add(name + "CP-SAT " + p.status() + ": no plan within " + Cells.seconds(f.millisSpent()) + " (" + model
                    + ")");
        } else {
            out.add(name + "CP-SAT " + p.status() + " after " + Cells.seconds(f.millisSpent()) + " (" + model
                    + "): objective " + p.objectiveAsScore() + (p.objectiveMatchesScore()
                            ? " = the tool's score of its plan " + Cells.score(f.end()) + " (same rules)"
                            : " ≠ the tool's score of its plan " + Cells.score(f.end()) + ": MISMATCH, the model does"
                                    + " not weigh the rules as the solver's constraints do")
                    + "; checker: " + (f.brokenHard() == 0 ? "no broken hard rule" : f.brokenHard()
                            + " broken hard rule(s) (" + f.brokenHardSummary() + ")")
                    + ", " + Cells.number(f.unfilled()) + " empty" + (p.objectiveConsistent() ? ""
                            : " (the objective value CP-SAT reported differs from its plan's)")
                    + "; CP-SAT's bound: " + (p.boundSoft() == null
                            ? "not yet at this many empty seats"
                            : "no plan with as many empty seats scores above soft " + Cells.number(p.boundSoft())));
        }
        out.add(name + "solver vs CP-SAT at each budget: " + versus("@30 s", r.solver().at30s(), f.at30s()) + ", "
                + versus("@60 s", r.solver().at60s(), f.at60s()) + ", " + versus("at end", r.solver().end(), f.end()));
        return out;
    }

    /** "@30 s better (0/0/-1,542 vs 0/0/-1,600)": the solver's best against CP-SAT's at one budget. */
    static String versus(String budget, ScorePoint solver, ScorePoint cpsat) {
        if (solver == null || cpsat == null) {
            return budget + " " + Cells.NONE + " (" + (solver == null ? "no solver figure" : "no CP-SAT plan yet") + ")";
        }
        int c = compare(solver, cpsat);
        String word = c > 0 ? "better" : c < 0 ? "worse" : "equal";
        return budget + " " + word + " (" + Cells.score(solver) + " vs " + Cells.score(cpsat) + ")";
    }

    /** Scores compare level by level, hard first; higher is better. */
    static int compare(ScorePoint a, ScorePoint b) {
        if (a.hard() != b.hard()) {
            return Long.compare(a.hard(), b.hard());
        }
        if (a.medium() != b.medium()) {
            return Long.compare(a.medium(), b.medium());
        }
        return Long.compare(a.soft(), b.soft());
    }

    private void shortages(StringBuilder sb) {
        for (Entry e : entries) {
            if (e.result() == null || e.result().bound().feasible()) {
                continue;
            }
            BenchResult r = e.result();
            sb.append("\n## Shortages the bound proves: ").append(r.suite()).append("\n\n");
            if (r.provenUnfilled() > 0) {
                sb.append("Built short by the generator: ").append(Cells.number(r.provenUnfilled()))
                        .append(" seat(s) no plan can fill (").append(r.shortfallReason()).append(").\n\n");
            }
            r.bound().shortages().forEach(w -> sb.append("- ").append(w.text()).append('\n'));
        }
    }
}
