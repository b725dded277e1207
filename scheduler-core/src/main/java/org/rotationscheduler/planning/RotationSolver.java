package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Register;

/**
 * Plans the seats of some rounds with Timefold: a greedy first plan ({@link GreedyInitializer}),
 * then late-acceptance local search with change and swap moves over each seat's eligible cadres.
 * A plain object: build one per run; {@link #terminateEarly()} (Ctrl-C) keeps the best plan so far.
 */
public final class RotationSolver {
    /** Moves a repair step samples; it takes the best of them that is not tabu. */
    static final int REPAIR_SAMPLE = 100;
    /**
     * Late acceptance's memory for a broad search ({@link Search#EXPLORE}) is this many seats
     * divided by the plan's seats, at least one step ({@link #lateAcceptance}).
     */
    static final int LATE_ACCEPTANCE_SEATS = 20_000;
    /** Seats a repair step leaves alone for the next steps, so that it does not undo itself at once. */
    static final int REPAIR_TABU = 7;

    /** How local search explores after the first plan. */
    public enum Search {
        /**
         * Late acceptance from the greedy plan ({@code schedule}): on a season with a memory of one
         * step, so it takes a step only when a move is no worse than the plan before it (sideways
         * moves included); on smaller plans with a longer memory ({@link #lateAcceptance}), which
         * walks on from a plan no move improves. Timefold returns the best plan seen either way.
         */
        EXPLORE,
        /**
         * Tabu search from a published plan ({@code replan}, F7): each step takes the best of a
         * sample of moves, even a worse one, so it always steps and can walk through the two-move
         * chains a repair needs (a bureau-level cadre into another seat, a spare one to lead, E4),
         * while the best plan seen, the one with the fewest changes, is what it returns.
         */
        REPAIR
    }

    private final Search search;
    private final AtomicReference<Solver<RotationSolution>> running = new AtomicReference<>();
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    public RotationSolver() {
        this(Search.EXPLORE);
    }

    public RotationSolver(Search search) {
        this.search = search;
    }

    /**
     * Late acceptance's memory in steps for a plan of so many seats: one step from about 10,000
     * seats on, longer for smaller plans. A small plan reaches, within seconds, a plan no move
     * improves, where a longer memory lets it walk on; a season is still improving at 60 s, and a
     * longer memory there only slows it (#16, hand-kept score, at 60 s: season 11,268 seats 1 step
     * −42,705, 5 −43,872, 50 −49,297; small 351 seats 1 −1,428, 3 −1,418, 10 −1,412, 50 −1,402;
     * medium 936 seats 1 −4,990, 21 −4,927).
     */
    static int lateAcceptance(int seats) {
        return Math.max(1, LATE_ACCEPTANCE_SEATS / Math.max(1, seats));
    }

    /** The configuration with a given first-plan phase (greedy, or the flow start) for a plan of so many seats. */
    static SolverConfig config(SolveSettings settings, Search search, PhaseCommand<RotationSolution> firstPlan,
            int seats) {
        // the time limit is kept by solve() itself (TimeLimit), not by a spent limit here: Timefold
        // skips every phase once its limit has passed, the first plan too when the limit passes
        // during Timefold's start (scoring every seat), and would return a plan with no seat filled
        TerminationConfig termination = new TerminationConfig();
        if (settings.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(settings.unimprovedLimit());
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SeatMoves.class));
        if (settings.stepLimit() != null) {
            localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(settings.stepLimit()));
        }
        if (search == Search.EXPLORE) {
            // on a season a move no worse than the plan before it: from the priced first plan,
            // wandering through worse plans (Timefold's default of 400) lost more than it found (#16:
            // season −50,183 at 60 s with 400, −48,705 with 10, −46,742 with 1)
            localSearch.withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptance(seats)));
        }
        if (search == Search.REPAIR) {
            localSearch.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(REPAIR_TABU))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(REPAIR_SAMPLE));
        }
        return new SolverConfig()
                .withSolutionClass(RotationSolution.class)
                .withEntityClasses(SeatAssignment.class)
                // the search scores by hand (RotationScoreCalculator, the streams' arithmetic without
                // their node network); the streams explain the plan afterwards (PlanAnalysis)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(RotationScoreCalculator.class))
                .withRandomSeed(settings.seed())
                // reproducible without Timefold's phase-end score assertions (a full recalculation each)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(termination)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(firstPlan),
                        localSearch);
    }

    /** Solves a problem built by {@link ProblemBuilder#problem} (e.g. checked with {@link FeasibilityBound} first). */
    public SolveResult solve(PlanningProblem planning, SolveSettings settings, SolveProgress progress) {
        Campaign campaign = planning.campaign();
        RotationSolution problem = planning.solution();
        long started = System.currentTimeMillis();
        int seatCount = problem.getSeats().size();
        SolveProgress.Building building = (placed, seats) -> progress.firstPlan(System.currentTimeMillis() - started,
                placed, seats);
        long deadline = settings.timeLimit() == null ? 0 : started + settings.timeLimit().toMillis();
        FlowStart flowStart = flowStart(settings) ? new FlowStart(settings.seed(),
                settings.timeLimit() == null ? 0 : started + settings.timeLimit().toMillis() * LAGRANGIAN_SHARE / 100,
                building) : null;
        TimeLimit limit = new TimeLimit(deadline, flowStart != null ? flowStart
                : new GreedyInitializer(settings.seed(), building, deadline));
        SolverFactory<RotationSolution> factory = SolverFactory.create(config(settings, search, limit.firstPlan(), seatCount));
        Solver<RotationSolution> solver = factory.buildSolver();
        // without the flow start, the bound is proved beside the first plan and the search, on the
        // other core (not for a repair: F7 is outside it); it never holds the plan up (BoundBeside)
        BoundBeside beside = flowStart == null && search == Search.EXPLORE ? new BoundBeside(problem, deadline) : null;
        AtomicLong firstFeasible = new AtomicLong(-1);
        long unfilledWeight = Math.max(1, campaign.rules().unfilledWeight());
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            long elapsed = System.currentTimeMillis() - started;
            if (score.hardScore() == 0 && firstFeasible.get() < 0) {
                firstFeasible.set(elapsed);
            }
            progress.bestPlan(elapsed, score, seatCount + score.mediumScore() / unfilledWeight);
            if (beside != null) {
                if (score.hardScore() == 0) {
                    beside.bestPenalty(-score.softScore());
                }
            }
        });
        running.set(solver);
        if (beside != null) {
            beside.startOnce();
        }
        if (stopRequested.get()) {
            solver.terminateEarly();
        }
        RotationSolution best;
        limit.start(solver);
        try {
            best = solver.solve(problem);
        } finally {
            running.set(null);
            limit.cancel();
        }
        long spent = System.currentTimeMillis() - started;
        long speed = solver instanceof DefaultSolver<RotationSolution> d ? d.getMoveEvaluationSpeed() : 0;
        if (best.getScore().hardScore() == 0 && firstFeasible.get() < 0) {
            firstFeasible.set(spent);
        }
        Plan plan = toPlan(campaign, planning.register(), planning.season(), planning.rounds(), best);
        return new SolveResult(plan, best, best.getScore(), spent, firstFeasible.get(), speed,
                planning.exemptFromQuota(), stopRequested.get(), flowStart != null ? flowStart.bound()
                : beside != null ? beside.result(settings.timeLimit() == null) : null);
    }

    /**
     * Whether the first plan comes from the flow relaxation: only on request ({@link
     * SolveSettings.Start#FLOW}) and never for a repair from a published plan. On the season the
     * greedy first plan scores better before search (soft −57,375 against −110,204, #16's bench):
     * the flow ignores the group-level preferences (F4, F5) the greedy weighs.
     */
    private boolean flowStart(SolveSettings settings) {
        return search != Search.REPAIR && settings.start() == SolveSettings.Start.FLOW;
    }

    /** Share of the time limit (%) until which Lagrangian steps may raise the bound in the flow start. */
    static final long LAGRANGIAN_SHARE = 30;

    /**
     * The time limit of one solve: the first plan is always built whole (it knows the deadline
     * itself and weighs fewer candidates past it), and the search after it is ended at the
     * deadline, or at once when the first plan ends after it.
     */
    private static final class TimeLimit {
        private final long deadline;
        private final PhaseCommand<RotationSolution> inner;
        private final CountDownLatch firstPlanBuilt = new CountDownLatch(1);
        private Thread watch;

        TimeLimit(long deadline, PhaseCommand<RotationSolution> inner) {
            this.deadline = deadline;
            this.inner = inner;
        }

        PhaseCommand<RotationSolution> firstPlan() {
            return new PhaseCommand<>() {
                @Override
                public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
                    try {
                        inner.changeWorkingSolution(director, terminated);
                    } finally {
                        firstPlanBuilt.countDown();
                    }
                }
            };
        }

        void start(Solver<RotationSolution> solver) {
            if (deadline == 0) {
                return;
            }
            watch = new Thread(() -> {
                try {
                    long wait = deadline - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                    firstPlanBuilt.await();
                    solver.terminateEarly();
                } catch (InterruptedException e) {
                    // solving ended before the limit
                }
            }, "time-limit");
            watch.setDaemon(true);
            watch.start();
        }

        void cancel() {
            if (watch != null) {
                watch.interrupt();
            }
        }
    }

    /** Ends solving as soon as possible; {@link #solve} then returns the best plan found so far. */
    public void terminateEarly() {
        stopRequested.set(true);
        Solver<RotationSolution> s = running.get();
        if (s != null) {
            s.terminateEarly();
        }
    }

    public static Plan toPlan(Campaign campaign, Register register, Season season, List<Round> rounds,
            RotationSolution solution) {
        List<Assignment> assignments = new ArrayList<>(solution.getSeats().size());
        for (SeatAssignment a : solution.getSeats()) {
            assignments.add(new Assignment(a.getSeat(), a.getCadre()));
        }
        return new Plan(campaign, register, season, rounds, assignments);
    }
}
