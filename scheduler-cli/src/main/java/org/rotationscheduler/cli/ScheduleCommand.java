package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.calendar.Season;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.SourceLocation;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.solve.FeasibilityBound;
import org.rotationscheduler.solve.ProblemBuilder;
import org.rotationscheduler.solve.RotationSolution;
import org.rotationscheduler.solve.RotationSolver;
import org.rotationscheduler.solve.SolveResult;
import org.rotationscheduler.io.plan.History;
import org.rotationscheduler.io.plan.PlanOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schedule}: plans one season and writes the plan folder. */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan every seat of every group of one season (C4) under the hard rules E1-E11, filling",
            "as many seats as possible and weighing the preferences F1-F8, then write the plan folder:",
            "plan.json, assignments.csv (spec §10) and roster.xlsx. Progress shows on the terminal;",
            "Ctrl-C stops solving and still writes the best plan found so far.", "",
            "Examples:",
            "  scheduler schedule --season autumn                  first autumn-winter season, example register",
            "  scheduler schedule --season autumn --year 2020 --register nominations.xlsx --out autumn-2020",
            "  scheduler schedule --season regular --year 2020 --time-limit 5m --history autumn-2019",
            "  scheduler schedule --season autumn --steps 20000 --seed 7     reproducible byte for byte"},
        footer = {"", "Exit codes: 0 plan without broken hard rules or empty seats; 2 bad input;",
            "3 plan written but it breaks hard rules or leaves seats empty (the summary says why); 4 output exists."})
public final class ScheduleCommand implements Callable<Integer> {
    @Option(names = {"-s", "--season"}, required = true, paramLabel = "KIND",
            description = "Season kind to plan: autumn (October-March) or regular (April-September), as the"
                    + " campaign's calendar names them; 'all' plans every round of the campaign in one run.")
    String seasonKind;

    @Option(names = {"-y", "--year"}, paramLabel = "YEAR",
            description = "The year the season starts in (C4). Default: the earliest such season of the campaign.")
    Integer year;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Plan folder to write. Default: a new folder named after the season, e.g. autumn-2019.")
    Path out;

    @Option(names = "--force", description = "Replace the files of an existing plan folder.")
    boolean force;

    @Mixin
    SolveOptions solving;

    @Option(names = "--history", paramLabel = "DIR", arity = "1..*",
            description = "Plan folders of earlier seasons: their rounds count for F1/F5 and E11's rest holds"
                    + " across the season boundary.")
    List<Path> history = new ArrayList<>();


    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Campaign campaign = input.loadCampaign();
        boolean whole = "all".equals(seasonKind);
        Season season = whole ? null : campaign.roundCalendar().season(seasonKind, year).orElseThrow(() ->
                InputException.of(SourceLocation.file(campaign.source()), "--season",
                "the campaign has no " + seasonKind + " season" + (year == null ? "" : " starting in " + year)
                        + "; its seasons are " + campaign.roundCalendar().seasons().stream().map(Season::id).toList()
                        + " (or 'all' for the whole campaign)"));
        Register register = input.loadRegister(campaign);
        History earlier = History.load(history, campaign, register);
        register = earlier.registerWithServedRounds();
        Path dir = out != null ? out : Path.of(whole ? "campaign" : season.id());
        PlanOutputs outputs = new PlanOutputs(dir, force);
        outputs.checkWritable();

        List<Round> rounds = whole ? campaign.rounds() : campaign.roundCalendar().roundsOf(season);
        err.printf("Planning %s: rounds %d-%d (%s..%s), %d seats, %d cadres%s%n", whole ? "the whole campaign"
                : season, rounds.get(0).number(),
                rounds.get(rounds.size() - 1).number(), rounds.get(0).start(), rounds.get(rounds.size() - 1).end(),
                campaign.seats(rounds).size(), register.size(), year == null && !whole ? " (the earliest " + seasonKind
                        + " season; choose another with --year)" : "");
        err.flush();
        ProblemBuilder builder = new ProblemBuilder(campaign, register).history(earlier.assignments());
        RotationSolution problem = builder.build(rounds);
        new BoundReport(new FeasibilityBound().check(problem)).print(err);
        RotationSolver solver = new RotationSolver();
        ProgressLine progress = solving.progress(err);
        SolveResult result;
        try (Interrupts interrupts = Interrupts.install(solver)) {
            result = solver.solve(campaign, register, season, rounds, problem, builder,
                    solving.settings(), progress);
            progress.finish();
            List<RuleBreak> breaks = new PlanChecker(campaign).check(result.plan(), earlier.assignments());
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("seconds", result.millisSpent() / 1000.0);
            stats.put("secondsToZeroHard", result.millisToFeasible() < 0 ? null : result.millisToFeasible() / 1000.0);
            stats.put("seed", solving.seed);
            if (result.bound() != null) {
                stats.put("bound", result.bound().figures(result.score(), Math.max(1, campaign.rules().unfilledWeight())));
            }
            outputs.write(result.plan(), result.score().toString(), stats, earlier.folders(), breaks);
            new ScheduleSummary(result, breaks, dir).print(outWriter);
            outWriter.flush();
            interrupts.done();
            boolean clean = PlanChecker.hardCount(breaks) == 0 && PlanChecker.unfilledCount(breaks) == 0;
            return clean ? ExitCodes.OK : ExitCodes.INFEASIBLE;
        }
    }

}
