package org.rotationscheduler.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.out.plan.PlanOutputs;
import org.rotationscheduler.planning.FeasibilityBound;
import org.rotationscheduler.planning.PlanningProblem;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.ProblemSize;
import org.rotationscheduler.planning.RotationSolver;
import org.rotationscheduler.planning.SolveProgress;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.planning.SolveSettings;
import org.rotationscheduler.rules.RuleBreak;

/**
 * The {@code schedule} use case: plan one season (C4) or the whole campaign and write the plan
 * folder. The steps, in order: the season's rounds, earlier plans (history), the output folder
 * checked before any work, the problem, the feasibility bound, solving, the independent check,
 * the plan folder. What a person sees on the way goes to a {@link Listener}.
 */
public final class Schedule {
    /** Plans every round of the campaign in one run when given as the season kind. */
    public static final String WHOLE_CAMPAIGN = "all";

    /**
     * @param seasonKind a season kind of the campaign's calendar, or {@link #WHOLE_CAMPAIGN}
     * @param year the year the season starts in; null for the earliest such season
     * @param out the plan folder; null for one named after the season
     * @param history plan folders of earlier seasons (F1, F5, E4, E9, E11 across them)
     */
    public record Request(Campaign campaign, Register register, String seasonKind, Integer year, Path out,
            boolean force, List<Path> history, SolveSettings settings) {
        public Request {
            history = List.copyOf(history);
        }
    }

    /** What a person sees while a plan is made. */
    public interface Listener {
        /** The rounds to plan are known; {@code earliest} when no year was given and the earliest season is taken. */
        void planning(Season season, List<Round> rounds, int seats, int cadres, boolean earliest);

        /** Something worth knowing before the run, e.g. that the time limit will be overrun. */
        default void warning(String text) {
        }

        /** The necessary conditions, before solving. */
        void bound(FeasibilityBound.Report report);

        /** Progress of the search. */
        SolveProgress progress();
    }

    /**
     * The plan written, its independent check and the figures of the run.
     *
     * @param millisBefore building the problem and the feasibility bound, before solving (#16: the
     *     time limit bounds solving; this and the writing are stated beside it)
     * @param millisAfter the independent check and writing the plan folder
     */
    public record Outcome(Path dir, SolveResult result, List<RuleBreak> breaks, FeasibilityBound.Report bound,
            long millisBefore, long millisAfter) {
        /** No broken hard rule and no empty seat, by the independent checker. */
        public boolean clean() {
            return PlanChecker.hardCount(breaks) == 0 && PlanChecker.unfilledCount(breaks) == 0;
        }
    }

    private final RotationSolver solver = new RotationSolver();

    /** Ends solving as soon as possible (Ctrl-C); {@link #run} still writes the best plan found. */
    public void terminateEarly() {
        solver.terminateEarly();
    }

    public Outcome run(Request request, Listener listener) throws IOException {
        Campaign campaign = request.campaign();
        boolean whole = WHOLE_CAMPAIGN.equals(request.seasonKind());
        Season season = whole ? null : season(campaign, request.seasonKind(), request.year());
        History earlier = History.load(request.history(), campaign, request.register());
        Register register = earlier.registerWithServedRounds();
        Path dir = request.out() != null ? request.out() : Path.of(whole ? "campaign" : season.id());
        PlanOutputs outputs = new PlanOutputs(dir, request.force());
        outputs.checkWritable();

        long begun = System.currentTimeMillis();
        List<Round> rounds = whole ? campaign.rounds() : campaign.roundCalendar().roundsOf(season);
        // counted before a seat is built, so that a problem too large for the heap is refused with its cause
        ProblemSize size = ProblemSize.of(campaign, rounds, register.size());
        size.requireFits(Runtime.getRuntime().maxMemory());
        size.timeWarning(request.settings().timeLimit()).ifPresent(listener::warning);
        listener.planning(season, rounds, (int) size.seats(), register.size(), request.year() == null && !whole);
        PlanningProblem problem = new ProblemBuilder(campaign, register).history(earlier.assignments())
                .problem(season, rounds);
        FeasibilityBound.Report bound = new FeasibilityBound().check(problem.solution());
        listener.bound(bound);
        long solving = System.currentTimeMillis();
        SolveResult result = solver.solve(problem, request.settings(), listener.progress());
        long solved = System.currentTimeMillis();
        List<RuleBreak> breaks = new PlanChecker(campaign).check(result.plan(), earlier.assignments());
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("seconds", result.millisSpent() / 1000.0);
        stats.put("secondsToZeroHard", result.millisToFeasible() < 0 ? null : result.millisToFeasible() / 1000.0);
        stats.put("secondsBeforeSolving", (solving - begun) / 1000.0);
        stats.put("seed", request.settings().seed());
        if (result.bound() != null) {
            stats.put("bound", result.bound().figures(result.score(), Math.max(1, campaign.rules().unfilledWeight())));
        }
        outputs.write(result.plan(), result.score().toString(), stats, earlier.folders(), breaks);
        return new Outcome(dir, result, breaks, bound, solving - begun, System.currentTimeMillis() - solved);
    }

    /** The season of this kind starting in {@code year} (C4), or the earliest one; bad input when there is none. */
    public static Season season(Campaign campaign, String kind, Integer year) {
        return campaign.roundCalendar().season(kind, year).orElseThrow(() ->
                InputException.of(SourceLocation.file(campaign.source()), "--season",
                        "the campaign has no " + kind + " season" + (year == null ? "" : " starting in " + year)
                                + "; its seasons are " + campaign.roundCalendar().seasons().stream().map(Season::id)
                                .toList() + " (or '" + WHOLE_CAMPAIGN + "' for the whole campaign)"));
    }
}
