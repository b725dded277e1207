package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.app.Schedule;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.planning.FeasibilityBound;
import org.rotationscheduler.planning.SolveProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schedule}: plans one season and writes the plan folder. */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan every seat of every group of one season (C4) under the hard rules E1-E13, filling",
            "as many seats as possible and weighing the preferences F1-F9, then write the plan folder:",
            "plan.json, assignments.csv (spec §10) and roster.xlsx. Progress shows on the terminal;",
            "Ctrl-C stops solving and still writes the best plan found so far.", "",
            "Examples:",
            "  scheduler schedule --season autumn                  first autumn-winter season, example register",
            "  scheduler schedule --season autumn --year 2020 --register nominations.xlsx --out autumn-2020",
            "  scheduler schedule --season regular --year 2020 --time-limit 5m --history autumn-2019",
            "  scheduler schedule --season autumn --steps 20000 --seed 7     reproducible byte for byte"},
        footer = {"", "Exit codes: 0 plan without broken hard rules or empty seats; 2 bad input;",
            "3 plan written but it breaks hard rules or leaves seats empty (the summary says why); 4 output exists;",
            "5 too large for the memory (the message says what to do)."})
public final class ScheduleCommand implements Callable<Integer> {
    @Option(names = {"-s", "--season"}, required = true, paramLabel = "KIND",
            description = "Season kind to plan: autumn (October-March) or regular (April-September), as the"
                    + " campaign's calendar names them; 'all' plans every round of the campaign in one run.")
    String seasonKind;

    @Option(converter = PositiveInteger.class, names = {"-y", "--year"}, paramLabel = "YEAR",
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
        if (!Schedule.WHOLE_CAMPAIGN.equals(seasonKind)) {
            Schedule.season(campaign, seasonKind, year); // bad input before the register is read
        }
        Register register = input.loadRegister(campaign);
        Schedule schedule = new Schedule();
        ProgressLine progress = solving.progress(err);
        try (Interrupts interrupts = Interrupts.install(schedule::terminateEarly)) {
            Schedule.Outcome outcome = schedule.run(new Schedule.Request(campaign, register, seasonKind, year, out,
                    force, history, solving.settings()), new Schedule.Listener() {
                        @Override
                        public void planning(Season season, List<Round> rounds, int seats, int cadres,
                                boolean earliest) {
                            err.printf("Planning %s: rounds %d-%d (%s..%s), %d seats, %d cadres%s%n",
                                    season == null ? "the whole campaign" : season, rounds.get(0).number(),
                                    rounds.get(rounds.size() - 1).number(), rounds.get(0).start(),
                                    rounds.get(rounds.size() - 1).end(), seats, cadres, earliest
                                            ? " (the earliest " + seasonKind + " season; choose another with --year)"
                                            : "");
                            err.flush();
                        }

                        @Override
                        public void warning(String text) {
                            err.println("warning: " + text);
                        }

                        @Override
                        public void bound(FeasibilityBound.Report report) {
                            new BoundReport(report).print(err);
                        }

                        @Override
                        public SolveProgress progress() {
                            return progress;
                        }
                    });
            progress.finish();
            new ScheduleSummary(outcome).print(outWriter);
            outWriter.flush();
            interrupts.done();
            return outcome.clean() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
        }
    }

}
