package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.excel.NominationForm;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export form}: the blank nomination form (报名表) per unit, §10. */
@Command(name = "form", mixinStandardHelpOptions = true,
        header = "Write a blank nomination form (报名表) per unit.",
        description = {"Write one nomination workbook per unit, named 报名表-<unit>.xlsx: the sheet",
            "报名表 has the register's Chinese headers, the unit and an id filled in on every",
            "prepared row, drop-down lists for 单位, 职级 and 政治面貌, a whole-number check",
            "for 已参加轮次 and a format hint on each date column; the sheet 填表说明",
            "explains every column. Each unit fills its own; 'scheduler merge' joins them.", "",
            "Examples:",
            "  scheduler export form --all --out forms/",
            "  scheduler export form --unit 大气环境司 --unit 华北督察局 --out forms/ --rows 30",
            "  scheduler export form --unit 正定县生态环境分局 --unit-type local --province 河北 --out forms/"})
final class ExportFormCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--campaign"}, paramLabel = "FILE", defaultValue = CampaignLoader.DEFAULT,
            description = "Campaign YAML, or 'default' for the embedded 2019-2021 campaign. Default: ${DEFAULT-VALUE}.")
    String campaign;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--unit", paramLabel = "NAME", required = true,
                description = "A unit of the catalogue (full name or alias); repeat for several.")
        List<String> units;

        @Option(names = "--all", required = true, description = "Every unit of the campaign's catalogue.")
        boolean all;
    }

    @Option(names = "--unit-type", paramLabel = "TYPE",
            description = "For a --unit the catalogue lacks (e.g. a county bureau): its type (ministry, dispatched,"
                    + " affiliated, provincial, local).")
    String unitType;

    @Option(names = "--province", paramLabel = "NAME",
            description = "For a --unit the catalogue lacks: its province's short name, e.g. 河北.")
    String province;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Folder to write the forms into (created when missing).")
    Path out;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "" + NominationForm.DEFAULT_ROWS,
            description = "Rows prepared per form (1-" + NominationForm.MAX_ROWS + "). Default: ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--force", description = "Replace form files that exist already.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Campaign loaded = new CampaignLoader().load(campaign);
        NominationForm forms = new NominationForm(loaded);
        List<Unit> units = which.all ? loaded.units().units() : which.units.stream()
                .map(u -> forms.unit(u, unitType, province)).distinct().toList();
        List<Path> written = forms.write(out, units, rows, force);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + written.size() + " nomination form" + (written.size() == 1 ? "" : "s") + " into "
                + out + " (" + rows + " rows each)");
        stdout.flush();
        return ExitCodes.OK;
    }
}
