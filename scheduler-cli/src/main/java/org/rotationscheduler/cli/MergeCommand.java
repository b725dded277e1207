package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.register.FormMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge}: filled nomination forms into one register, §10. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        header = "Merge filled nomination forms (报名表) into one register.",
        description = {"Reads each form (.xlsx, or .csv) as a register, checks every row where it",
            "stands (form, row, column) and finds the same person nominated twice (the same",
            "id, or the same name and unit). With any problem nothing is written, unless",
            "--skip-bad is given: then the bad rows (a whole form when its header is wrong)",
            "are left out and listed. Prepared rows nobody filled in are left out.",
            "The register has the Chinese header, the forms' own columns, and 来源 (form and",
            "row of each cadre).", "",
            "Examples:",
            "  scheduler merge forms/*.xlsx --out register.xlsx",
            "  scheduler merge forms/*.xlsx --out register.xlsx --skip-bad",
            "",
            "Exit codes: 0 written, 2 a form has a problem (listed; nothing written), 4 output exists."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--campaign"}, paramLabel = "FILE", defaultValue = CampaignLoader.DEFAULT,
            description = "Campaign YAML (its units and rank aliases), or 'default'. Default: ${DEFAULT-VALUE}.")
    String campaign;

    @Parameters(paramLabel = "FORM", arity = "1..*", description = "Filled nomination forms.")
    List<Path> forms;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Register to write (.xlsx).")
    Path out;

    @Option(names = "--skip-bad", description = "Leave out bad rows and forms (listed) instead of writing nothing.")
    boolean skipBad;

    @Option(names = "--force", description = "Replace the register file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        FormMerge.checkTarget(out);
        if (!force && java.nio.file.Files.exists(out)) {
            throw new org.rotationscheduler.io.out.SafeFiles.FileExistsException(out);
        }
        FormMerge.Result result = new FormMerge(new CampaignLoader().load(campaign)).merge(forms, skipBad);
        FormMerge.write(out, result, force);
        PrintWriter stdout = spec.commandLine().getOut();
        for (FormMerge.FormCount c : result.forms()) {
            stdout.println(c.form() + ": " + c.rows() + " nominated, " + c.kept() + " merged");
        }
        if (!result.skipped().isEmpty()) {
            stdout.println("skipped (--skip-bad) " + result.skipped().size() + ":");
            for (FormMerge.Skipped s : result.skipped()) {
                stdout.println("  " + s.form() + (s.row() > 0 ? " row " + s.row() : " (whole form)") + ": "
                        + String.join("; ", s.reasons()));
            }
        }
        stdout.println("wrote " + out + " (" + result.cadres().size() + " cadres from " + result.forms().size()
                + " form" + (result.forms().size() == 1 ? "" : "s") + ")");
        stdout.flush();
        return ExitCodes.OK;
    }
}
