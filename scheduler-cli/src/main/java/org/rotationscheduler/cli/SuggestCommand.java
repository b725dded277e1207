package org.rotationscheduler.cli;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.rotationscheduler.io.plan.LoadedPlan;
import org.rotationscheduler.model.Assignment;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.solve.PlanAnalysis;
import org.rotationscheduler.solve.RotationSolution;
import org.rotationscheduler.solve.SeatAssignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code suggest}: the best candidates for one seat, from Timefold's assignment recommendation. */
@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rank the candidates for one seat by what taking it would do to the plan's score, each",
            "with the rules it would break; what the office uses when a cadre drops out at short notice.", "",
            "Examples:",
            "  scheduler suggest --plan autumn-2019 --city 石家庄 --round 14 --seat 中心组:组长",
            "  scheduler suggest --plan autumn-2019 --city 保定 --round 12 --seat 普通组3:干部:2 --top 5"})
public final class SuggestCommand implements Callable<Integer> {
    @Option(names = {"-p", "--plan"}, required = true, paramLabel = "DIR", description = "The plan folder.")
    Path plan;

    @Option(names = "--city", required = true, paramLabel = "NAME", description = "The seat's city.")
    String city;

    @Option(converter = PositiveInteger.class, names = "--round", required = true, paramLabel = "N", description = "The seat's round number.")
    int round;

    @Option(names = "--seat", required = true, paramLabel = "GROUP:SEAT[:N]",
            description = "The seat, e.g. 中心组:组长, 普通组2:干部:2 (the second 干部 seat).")
    String seat;

    @Option(converter = PositiveInteger.class, names = "--top", defaultValue = "10", paramLabel = "K", description = "How many candidates. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedPlan loaded = LoadedPlan.load(plan);
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        Assignment target = PlanSeats.one(loaded.plan(), city, round, seat);
        RotationSolution solution = PlanAnalysis.solutionOf(loaded.plan(), loaded.problemBuilder());
        SeatAssignment entity = solution.getSeats().stream().filter(s -> s.getId().equals(target.seat().id()))
                .findFirst().orElseThrow();
        Cadre current = entity.getCadre();
        entity.setCadre(null); // the recommendation API proposes values for an empty seat
        List<RecommendedAssignment<Cadre, HardMediumSoftLongScore>> ranked = new PlanAnalysis().manager()
                .recommendAssignment(solution, entity, SeatAssignment::getCadre, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        PrintWriter out = spec.commandLine().getOut();
        // Scores are shown against the plan as it is: what changes if this candidate takes the seat.
        HardMediumSoftLongScore now = ranked.stream().filter(r -> Objects.equals(r.proposition(), current))
                .map(r -> r.scoreAnalysisDiff().score()).findFirst().orElse(HardMediumSoftLongScore.ZERO);
        List<RecommendedAssignment<Cadre, HardMediumSoftLongScore>> people = ranked.stream()
                .filter(r -> r.proposition() != null).toList();
        out.printf("岗位 Seat: %s, now %s%n", target.seat().describe(),
                current == null ? "空缺 empty" : current.id() + " " + current.name());
        out.printf("%d eligible candidate(s); the best %d by the change to the plan's score (hard/medium/soft):%n",
                people.size(), Math.min(top, people.size()));
        int rank = 0;
        for (var r : people) {
            if (rank++ >= top) {
                break;
            }
            Cadre c = r.proposition();
            out.printf("%3d. %-8s %-6s %-22s %-4s %s%s%n", rank, c.id(), c.name(), c.unit().name(), c.rank().label(),
                    r.scoreAnalysisDiff().score().subtract(now).toShortString(),
                    c.equals(current) ? "  (sits here now)" : "");
            r.scoreAnalysisDiff().constraintMap().values().stream()
                    .filter(a -> a.score().compareTo(HardMediumSoftLongScore.ZERO) < 0)
                    .sorted((a, b) -> a.score().compareTo(b.score()))
                    .limit(4)
                    .forEach(a -> out.printf("        %s %s%n", a.score().toShortString(), a.constraintName()));
        }
        if (people.isEmpty()) {
            out.println("  nobody of the register may take this seat; see 'scheduler explain --plan " + plan
                    + " --city " + city + " --round " + round + "'");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
