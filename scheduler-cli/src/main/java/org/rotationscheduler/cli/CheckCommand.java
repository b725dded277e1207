package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.app.History;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.out.plan.AssignmentTable;
import org.rotationscheduler.io.out.plan.PlanStore;
import org.rotationscheduler.rules.RuleBreak;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: the independent checker, from the rules and not from the solver's score. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List every broken hard rule of a plan by rule id, seat and cadre, and every empty seat,",
            "computed straight from the rules (not from the solver's score). With --all also the",
            "preferences broken outright (F1 maxima, F3-F6, F8, F9; E12 when softened).", "",
            "Examples:",
            "  scheduler check --plan autumn-2019",
            "  scheduler check --assignments edited.csv --register nominations.xlsx --campaign my.yaml"},
        footer = {"", "Exit codes: 0 no broken hard rule and no empty seat; 1 some; 2 bad input."})
public final class CheckCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = {"-p", "--plan"}, paramLabel = "DIR", description = "A plan folder written by schedule or replan.")
        Path plan;

        @Option(names = {"-a", "--assignments"}, paramLabel = "FILE",
                description = "An assignment table (spec §10), e.g. edited by hand; with --campaign and --register.")
        Path assignments;
    }

    @Mixin
    InputOptions input;

    @Option(names = "--history", paramLabel = "DIR", arity = "1..*",
            description = "Plan folders of earlier seasons, for E4, E9 and E11 across the boundary.")
    List<Path> history = List.of();

    @Option(names = "--all", description = "Also list the preferences broken outright.")
    boolean all;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Plan plan;
        if (source.plan != null) {
            PlanStore store = new PlanStore();
            boolean own = input.register == null && "default".equals(input.campaign);
            Campaign campaign = own ? null : input.loadCampaign();
            plan = store.load(source.plan, campaign, campaign == null ? null : input.loadRegister(campaign));
            if (campaign == null) {
                store.warnings(source.plan, store.info(source.plan))
                        .forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            }
        } else {
            Campaign campaign = input.loadCampaign();
            Register register = input.loadRegister(campaign);
            var rounds = AssignmentTable.roundsIn(source.assignments, campaign);
            plan = new Plan(campaign, register, null, rounds,
                    AssignmentTable.readChecked(source.assignments, campaign, register, rounds));
        }
        History earlier = History.load(history, plan.campaign(), plan.register());
        List<RuleBreak> breaks = new PlanChecker(plan.campaign()).check(plan, earlier.assignments());
        PrintWriter out = spec.commandLine().getOut();
        long shown = 0;
        for (RuleBreak b : breaks) {
            if (b.hard() || all) {
                out.println((b.hard() ? "" : "(soft) ") + b.rule() + "\t" + b.message());
                shown++;
            }
        }
        long hard = PlanChecker.hardCount(breaks);
        long empty = PlanChecker.unfilledCount(breaks);
        out.printf("%d seats checked: %d broken hard rule(s) %s, %d empty seat(s)%s%n", plan.assignments().size(), hard,
                PlanChecker.hardByRule(breaks), empty, all ? ", " + (breaks.size() - hard - empty) + " soft" : "");
        out.flush();
        return hard == 0 && empty == 0 ? ExitCodes.OK : ExitCodes.RULES_BROKEN;
    }
}
