package org.rotationscheduler.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.planning.FeasibilityBound;
import org.rotationscheduler.planning.LowerBound;
import org.rotationscheduler.planning.PlanAnalysis;
import org.rotationscheduler.planning.PlanningProblem;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.RotationSolver;
import org.rotationscheduler.planning.SeatAssignment;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.planning.SolveSettings;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * Runs the greedy baseline, the solver and, on small and medium, the CP-SAT peer
 * ({@link CpSatPeer}) on one instance and judges every plan with the independent {@link PlanChecker}. Each run is measured on its own: a full collection before it,
 * its own problem built from the register, its own heap figures (see {@link HeapMeter}).
 */
public final class InstanceRunner {
    static final long AT_30S = 30_000;
    static final long AT_60S = 60_000;
    /** Chart resolution: about this many points per timeline. */
    private static final int TIMELINE_POINTS = 600;

    public BenchResult run(Suite suite, long seed, Duration timeLimit) {
        long t0 = System.nanoTime();
        BenchInstance instance = BenchInstance.generate(suite, seed);
        long generateMillis = millisSince(t0);
        return run(instance, timeLimit, generateMillis);
    }

    public BenchResult run(BenchInstance instance, Duration timeLimit, long generateMillis) {
        Register register = instance.register();
        long limit = timeLimit.toMillis();
        RunFigures greedy = greedy(instance, register, limit);
        SolverRun solver = solver(instance, register, timeLimit);
        CpSatFigures cpsat = cpsat(instance, register, timeLimit);
        return new BenchResult(instance.suite().key(), instance.seed(), instance.scope(), instance.seats(),
                instance.cadres(), instance.plantedUnfilled(), instance.provenUnfilled(), instance.shortfallReason(),
                limit, generateMillis, Runtime.getRuntime().maxMemory(), Runtime.version().toString(), solver.bound(),
                solver.figures(), greedy, solver.lowerBound(), cpsat);
    }

    /**
     * The CP-SAT peer (#16) with the solver's time limit (building its model included), on the
     * suites that have it and only when the instance is small enough to load; its final plan is
     * scored through Timefold's SolutionManager and judged by the checker, as the solver's is.
     */
    CpSatFigures cpsat(BenchInstance instance, Register register, Duration timeLimit) {
        String skip = cpSatSkipReason(instance.suite(), instance.seats());
        if (skip != null) {
            return CpSatFigures.skipped(skip);
        }
        HeapMeter heap = HeapMeter.start();
        RotationSolution problem = new ProblemBuilder(instance.campaign(), register).build(instance.rounds());
        Timeline timeline = new Timeline();
        CpSatPeer.Outcome o = new CpSatPeer().solve(problem, timeLimit, timeline);
        List<SeatAssignment> seats = problem.getSeats();
        List<Assignment> filled = new java.util.ArrayList<>(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            filled.add(new Assignment(seats.get(i).getSeat(), o.hasPlan() ? o.cadres().get(i) : null));
        }
        Plan plan = new Plan(instance.campaign(), register, instance.season(), instance.rounds(), filled);
        HardMediumSoftLongScore score = score(problem, filled);
        List<RuleBreak> breaks = new PlanChecker(instance.campaign()).check(plan);
        HeapFigures heapFigures = heap.stop();
        long limit = timeLimit.toMillis();
        ScorePoint end = ScorePoint.of(o.millisSpent(), score, plan.filled());
        List<ScorePoint> points = timeline.points();
        long zeroHard = points.isEmpty() ? -1 : points.get(0).millis();
        RunFigures figures = new RunFigures(RunFigures.CPSAT, o.millisSpent(), zeroHard, end,
                timeline.bestAt(AT_30S, limit, end), timeline.bestAt(AT_60S, limit, end),
                PlanChecker.unfilledCount(breaks), PlanChecker.hardByRule(breaks), -1, heapFigures,
                timeline.thinned(TIMELINE_POINTS, Math.max(limit, o.millisSpent())));
        boolean consistent = o.hasPlan() && o.objective() == o.factor() * o.mediumPenalty() + o.softPenalty()
                && o.reportedObjective() == o.objective();
        return new CpSatFigures(figures, null, o.status(), o.mediumPenalty(), o.softPenalty(), consistent,
                o.hasPlan() && o.softBound() != null ? -o.softBound() : null, o.buildMillis(), o.booleans());
    }

    /** Why the peer does not run on this instance, or null when it does. */
    static String cpSatSkipReason(Suite suite, int seats) {
        if (seats > CpSatPeer.MAX_SEATS) {
            return String.format(java.util.Locale.ROOT, "not run: %,d seats, more than the %,d the CP-SAT model loads"
                    + " (one boolean per seat and candidate: millions here)", seats, CpSatPeer.MAX_SEATS);
        }
        if (!suite.cpSatPeer()) {
            return "not run: the peer runs on small and medium";
        }
        return null;
    }

    /** The greedy baseline's run, judged like the solver's; package-private for the checks' tests. */
    RunFigures greedy(BenchInstance instance, Register register, long limit) {
        HeapMeter heap = HeapMeter.start();
        ProblemBuilder builder = new ProblemBuilder(instance.campaign(), register);
        RotationSolution problem = builder.build(instance.rounds());
        long t0 = System.nanoTime();
        List<Assignment> filled = new GreedyBaseline().fill(problem);
        long spent = millisSince(t0);
        Plan plan = new Plan(instance.campaign(), register, instance.season(), instance.rounds(), filled);
        HardMediumSoftLongScore score = score(problem, filled);
        List<RuleBreak> breaks = new PlanChecker(instance.campaign()).check(plan);
        HeapFigures heapFigures = heap.stop();
        ScorePoint end = ScorePoint.of(spent, score, plan.filled());
        Timeline timeline = new Timeline();
        timeline.bestPlan(spent, score, plan.filled());
        return new RunFigures(RunFigures.GREEDY, spent, score.hardScore() == 0 ? spent : -1, end,
                timeline.bestAt(AT_30S, limit, end), timeline.bestAt(AT_60S, limit, end),
                PlanChecker.unfilledCount(breaks), PlanChecker.hardByRule(breaks), -1, heapFigures, timeline.points());
    }

    /**
     * The baseline's score under the solver's own constraints and weights, through Timefold's
     * SolutionManager as {@link PlanAnalysis} scores any saved plan. The cadres go straight into
     * the problem already built (what {@code PlanAnalysis.solutionOf} would rebuild), since the
     * baseline filled its seats in that order.
     */
    private static HardMediumSoftLongScore score(RotationSolution problem, List<Assignment> filled) {
        List<SeatAssignment> seats = problem.getSeats();
        for (int i = 0; i < seats.size(); i++) {
            seats.get(i).setCadre(filled.get(i).cadre());
        }
        return new PlanAnalysis().manager().update(problem);
    }

    private record SolverRun(RunFigures figures, BoundFigures bound, LowerBoundFigures lowerBound) {
    }

    /** As {@code schedule} does it: build, bound, solve with default settings but the time limit, check. */
    private SolverRun solver(BenchInstance instance, Register register, Duration timeLimit) {
        HeapMeter heap = HeapMeter.start();
        ProblemBuilder builder = new ProblemBuilder(instance.campaign(), register);
        PlanningProblem problem = builder.problem(instance.season(), instance.rounds());
        long t0 = System.nanoTime();
        FeasibilityBound.Report report = new FeasibilityBound().check(problem.solution());
        BoundFigures bound = BoundFigures.of(report, millisSince(t0), instance.campaign());
        Timeline timeline = new Timeline();
        SolveSettings defaults = SolveSettings.defaults();
        SolveSettings settings = new SolveSettings(timeLimit, defaults.unimprovedLimit(), defaults.stepLimit(),
                defaults.seed());
        SolveResult result = new RotationSolver().solve(problem, settings, timeline);
        List<RuleBreak> breaks = new PlanChecker(instance.campaign()).check(result.plan());
        HeapFigures heapFigures = heap.stop();
        long limit = timeLimit.toMillis();
        ScorePoint end = ScorePoint.of(result.millisSpent(), result.score(), result.plan().filled());
        Map<RuleId, Long> broken = PlanChecker.hardByRule(breaks);
        RunFigures figures = new RunFigures(RunFigures.SOLVER, result.millisSpent(), result.millisToFeasible(), end,
                timeline.bestAt(AT_30S, limit, end), timeline.bestAt(AT_60S, limit, end),
                PlanChecker.unfilledCount(breaks), broken, result.moveEvaluationSpeed(), heapFigures,
                timeline.thinned(TIMELINE_POINTS, Math.max(limit, result.millisSpent())));
        return new SolverRun(figures, bound, yardstick(problem.solution(), result, timeLimit));
    }

    /**
     * The bench's yardstick (#16): the bound the solver proved beside its search, or, when that did
     * not finish within the time limit (a loaded machine), the same bound proved after the run
     * with as much time again, so that every instance has one. It is not part of the solver's time.
     */
    private static LowerBoundFigures yardstick(RotationSolution problem, SolveResult result, Duration timeLimit) {
        LowerBound.Result bound = result.bound();
        if (bound == null || bound.iterations() <= 1) {
            long deadline = System.currentTimeMillis() + timeLimit.toMillis();
            LowerBound.Result after = new LowerBound(problem).compute(deadline, () -> false,
                    -result.score().softScore()).result();
            if (bound == null || after.penalty() > bound.penalty()) {
                bound = after;
            }
        }
        return LowerBoundFigures.of(bound);
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
