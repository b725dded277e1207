package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.planning.ProblemSize;
import org.rotationscheduler.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code validate}: loads campaign and register, prints a summary and the warnings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check the campaign YAML and the cadre register; print a summary and warnings.",
        description = {
            "Loads the campaign and the register and reports every problem of a file together, each with its",
            "file, line (YAML) or row (register), key or column, and what to fix. When both load, prints:",
            "  - cities, groups and seats per round; rounds and seats per season; cadres by unit type and rank;",
            "  - per season and seat kind, the register cadres the eligibility rules allow (E1-E3, E5, E6, E10;",
            "    dates ignored), fewest and median over the cities;",
            "  - WARNINGS: necessary conditions the data breaks, so that no plan can fill every seat or keep",
            "    every rule: seats per city, per shared partner unit and per partner province against the",
            "    cadres who may sit in them (E3, E5, E6 with E4, E9, E11 and F1 maxPerSeason), and E4's cadres",
            "    against their seats and dates. Warnings do not make the input invalid."},
        footer = {"", "Examples:",
            "  scheduler validate --register nominations.xlsx",
            "  scheduler validate --campaign my-campaign.yaml --register nominations.csv",
            "  (my-campaign.yaml starts with 'extends: default' and overrides what differs, e.g. 14-day rounds:",
            "   calendar: {roundDays: 14})",
            "",
            "Exit codes: 0 valid (warnings allowed), 2 bad input (the problems are listed on stderr)."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Campaign campaign = input.loadCampaign();
        Register register = input.loadRegister(campaign);
        // the report lists every seat: refuse, with the cause, a campaign whose seats cannot fit the heap
        ProblemSize.of(campaign, campaign.rounds(), register.size()).requireReportFits(Runtime.getRuntime().maxMemory());
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ValidationReport(campaign, register).render());
        out.flush();
        return ExitCodes.OK;
    }
}
