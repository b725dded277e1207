package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code validate}: loads campaign and register, prints a summary and the warnings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Load the campaign YAML and the cadre register, print a summary (cities, groups and seats",
            "per round, rounds and seats per season, cadres by unit type and rank, eligible candidates",
            "per seat kind) and warnings from necessary conditions (e.g. E3/E4 supply per city).", "",
            "Examples:", "  scheduler validate", "  scheduler validate --campaign my-campaign.yaml --register nominations.xlsx"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Campaign campaign = input.loadCampaign();
        Register register = input.loadRegister(campaign);
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ValidationReport(campaign, register).render());
        out.flush();
        return ExitCodes.OK;
    }
}
