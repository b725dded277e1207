package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.app.Suggest;
import org.rotationscheduler.domain.model.Cadre;
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
        Suggest.Suggestion suggestion = new Suggest().suggest(loaded, city, round, seat);
        Cadre current = suggestion.current();
        List<Suggest.Candidate> people = suggestion.candidates();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("岗位 Seat: %s, now %s%n", suggestion.seat().seat().describe(),
                current == null ? "空缺 empty" : current.id() + " " + current.name());
        out.printf("%d eligible candidate(s); the best %d by the change to the plan's score (hard/medium/soft):%n",
                people.size(), Math.min(top, people.size()));
        int rank = 0;
        for (Suggest.Candidate candidate : people.subList(0, Math.max(0, Math.min(top, people.size())))) {
            Cadre c = candidate.cadre();
            out.printf("%3d. %-8s %-6s %-22s %-4s %s%s%n", ++rank, c.id(), c.name(), c.unit().name(),
                    c.rank().label(), candidate.change().toShortString(),
                    candidate.sitsHereNow() ? "  (sits here now)" : "");
            candidate.reasons().forEach(r -> out.printf("        %s %s%n", r.score().toShortString(), r.constraint()));
        }
        if (people.isEmpty()) {
            out.println("  nobody of the register may take this seat; see 'scheduler explain --plan " + plan
                    + " --city " + city + " --round " + round + "'");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
