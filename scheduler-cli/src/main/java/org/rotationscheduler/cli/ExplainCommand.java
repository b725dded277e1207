package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.app.PlanSeats;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.report.PlanExplainer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explain}: why the plan is what it is, from Timefold's score analysis. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explain a plan: its score by rule id and level and the heaviest contributors; for one",
            "cadre, one city's round or one rule, every reason in plain words. For an empty seat, how many",
            "cadres each rule kept out (private states only ever as 'not eligible for these dates', S1).", "",
            "Examples:",
            "  scheduler explain --plan autumn-2019",
            "  scheduler explain --plan autumn-2019 --city 石家庄 --round 14",
            "  scheduler explain --plan autumn-2019 --cadre C00042",
            "  scheduler explain --plan autumn-2019 --rule F4"})
public final class ExplainCommand implements Callable<Integer> {
    @Option(names = {"-p", "--plan"}, required = true, paramLabel = "DIR", description = "The plan folder.")
    Path plan;

    @ArgGroup(exclusive = true)
    Focus focus = new Focus();

    static final class Focus {
        @Option(names = "--cadre", paramLabel = "ID", description = "One cadre (register id).")
        String cadre;

        @ArgGroup(exclusive = false)
        CityRound cityRound;

        @Option(names = "--rule", paramLabel = "ID", description = "One rule id, e.g. E4, F6.")
        String rule;
    }

    static final class CityRound {
        @Option(names = "--city", required = true, paramLabel = "NAME", description = "A city (包保城市).")
        String city;

        @Option(converter = PositiveInteger.class, names = "--round", required = true, paramLabel = "N", description = "A round number (轮次).")
        int round;
    }

    @Option(converter = PositiveInteger.class, names = "--limit", defaultValue = "40", paramLabel = "N", description = "Reasons to list at most. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedPlan loaded = LoadedPlan.load(plan);
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (focus.cadre != null && loaded.plan().register().find(focus.cadre).isEmpty()) {
            throw org.rotationscheduler.domain.problems.InputException.of(org.rotationscheduler.domain.problems.SourceLocation.file(
                    loaded.plan().register().source()), "--cadre", "no cadre '" + focus.cadre + "' in the register");
        }
        if (focus.cityRound != null) {
            PlanSeats.of(loaded.plan(), focus.cityRound.city, focus.cityRound.round);
        }
        PlanExplainer explainer = new PlanExplainer(loaded.plan(), loaded.problemBuilder());
        PrintWriter out = spec.commandLine().getOut();
        var score = explainer.score();
        out.printf("计划 Plan %s: %s%n", plan, loaded.plan().describeScope());
        out.printf("得分 Score: 硬约束 hard %d, 空缺 empty seats %d, 软约束 soft %d%n", score.hardScore(),
                -score.mediumScore(), score.softScore());
        if (focus.cadre != null) {
            cadre(out, loaded, explainer);
        } else if (focus.cityRound != null) {
            cityRound(out, loaded, explainer);
        } else if (focus.rule != null) {
            out.printf("规则 Rule %s:%n", focus.rule);
            print(out, explainer.forRule(focus.rule, limit), "nothing breaks " + focus.rule + " in this plan");
        } else {
            out.println("按规则 By rule (heaviest first):");
            explainer.byRule().values().forEach(t -> out.printf("  %-9s %-28s %6d time(s)%n", t.rule(),
                    t.score().toShortString(), t.matches()));
            out.println("最重 Heaviest contributors:");
            print(out, explainer.justifications(j -> true, Math.min(limit, 15)), "none");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void cadre(PrintWriter out, LoadedPlan loaded, PlanExplainer explainer) {
        var cadre = loaded.plan().register().find(focus.cadre).orElseThrow(() -> org.rotationscheduler.domain.problems.InputException.of(
                org.rotationscheduler.domain.problems.SourceLocation.file(loaded.plan().register().source()), "--cadre",
                "no cadre '" + focus.cadre + "' in the register"));
        out.printf("人员 Cadre %s %s, %s, %s%n", cadre.id(), cadre.name(), cadre.unit().name(), cadre.rank().label());
        loaded.plan().assignments().stream().filter(a -> cadre.equals(a.cadre()))
                .forEach(a -> out.println("  岗位 seat: " + a.seat().describe()));
        print(out, explainer.forCadre(cadre.id(), limit), "no rule counts against this cadre's seats");
    }

    private void cityRound(PrintWriter out, LoadedPlan loaded, PlanExplainer explainer) {
        List<Assignment> seats = PlanSeats.of(loaded.plan(), focus.cityRound.city, focus.cityRound.round);
        out.printf("城市 %s, 轮次 %d:%n", focus.cityRound.city, focus.cityRound.round);
        for (Assignment a : seats) {
            out.printf("  %-8s %-4s %s%n", a.seat().group().name(), a.seat().roleLabel(),
                    a.filled() ? a.cadre().id() + " " + a.cadre().name() + " (" + a.cadre().unit().name() + ", "
                            + a.cadre().rank().label() + ")" : "空缺 EMPTY");
            if (!a.filled()) {
                explainer.exclusionsFor(a.seat()).forEach((reason, n) ->
                        out.printf("           %5d cadre(s): %s%n", n, reason));
            }
        }
        print(out, explainer.forSeats(seats.stream().map(Assignment::seat).toList(), limit),
                "no rule counts against these seats");
    }

    private static void print(PrintWriter out, List<String> lines, String none) {
        if (lines.isEmpty()) {
            out.println("  (" + none + ")");
        }
        lines.forEach(l -> out.println("  " + l));
    }
}
