package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.io.AtomicFolder;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.SourceLocation;
import org.rotationscheduler.io.excel.AnnexWorkbook;
import org.rotationscheduler.io.excel.RosterWorkbook;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.io.plan.LoadedPlan;
import org.rotationscheduler.io.yaml.CampaignLoader;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.rules.RuleBreak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the spreadsheets the office sends out (O1-O5). */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the spreadsheets the office sends out (O1-O5).",
        description = {"Write the spreadsheets the office sends out:",
            "  annexes  Annex 1 and Annex 2 of the plan (O1): cities and partner units",
            "  roster   the roster of a plan folder (O2-O5): by seat, city, unit and",
            "           cadre; party branches, cost estimate, broken rules", "",
            "Files are written whole or not at all; an existing file is replaced",
            "only with --force.", "",
            "Examples:",
            "  scheduler export annexes --out annexes/",
            "  scheduler export roster --plan plans/autumn-2019",
            "  scheduler export roster --plan plans/autumn-2019 --by-unit notices/"},
        subcommands = {ExportCommand.Annexes.class, ExportCommand.Roster.class, ExportFormCommand.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** O5: every broken rule of the plan, from the independent checker, with its history. */
    static List<RuleBreak> ruleBreaks(LoadedPlan loaded) {
        return new PlanChecker(loaded.plan().campaign()).check(loaded.plan(), loaded.history().assignments());
    }

    /** {@code export annexes}: O1. */
    @Command(name = "annexes", mixinStandardHelpOptions = true,
            header = "Write Annex 1 and 2 as 附件1.xlsx and 附件2.xlsx (O1).",
            description = {"Write each annex of the campaign into a folder, named after its",
                "label (附件1.xlsx, 附件2.xlsx): the label, the title and the header",
                "exactly as the campaign's annexes: data writes them, then one row per",
                "city in annex order with its lead unit, affiliated units and partner",
                "province (P2). Print-ready: A4, borders, header repeated on every page.", "",
                "Examples:",
                "  scheduler export annexes --out annexes/",
                "  scheduler export annexes --campaign my.yaml --out annexes/ --force"})
    static final class Annexes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-c", "--campaign"}, paramLabel = "FILE", defaultValue = CampaignLoader.DEFAULT,
                description = "Campaign YAML, or 'default' for the embedded 2019-2021 campaign. Default: ${DEFAULT-VALUE}.")
        String campaign;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
                description = "Folder to write the annex workbooks into (created when missing).")
        Path out;

        @Option(names = "--force", description = "Replace annex files that exist already.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            Campaign loaded = new CampaignLoader().load(campaign);
            AnnexWorkbook annexes = new AnnexWorkbook(loaded);
            PrintWriter stdout = spec.commandLine().getOut();
            if (loaded.annexes().isEmpty()) {
                stdout.println("The campaign lists no annexes (annexes:); nothing was written.");
                stdout.flush();
                return ExitCodes.OK;
            }
            List<Path> written = annexes.write(out, force);
            for (int i = 0; i < written.size(); i++) {
                var annex = loaded.annexes().get(i);
                stdout.println("wrote " + written.get(i) + " (" + annex.label() + ", " + annexes.cities(annex).size()
                        + " cities)");
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code export roster}: O2-O5. */
    @Command(name = "roster", mixinStandardHelpOptions = true,
            header = "Write the roster of a plan folder as a workbook (O2-O5).",
            description = {"Write the roster of a plan folder (as 'schedule' wrote it) as one",
                "workbook with these sheets:",
                "  总表        every seat: round, dates, city, group, seat, cadre (O2)",
                "  按城市      per city, round by round, its groups; a page per city",
                "  按单位      per unit, whom it sends where and when (dispatch notice)",
                "  按人员      per cadre, their rounds, cities and seats",
                "  临时党支部  per city and round, party members, proposed secretary",
                "              (O3, F6)",
                "  经费测算    travel, lodging, meals, car hire per group, by paying",
                "              unit and in total (O4)",
                "  违反规则    every broken rule by rule id, seat and cadre; every",
                "              empty seat (O5)",
                "With --by-unit, also one workbook per sending unit, named after it and",
                "holding only that unit's people: what each personnel office receives.", "",
                "Examples:",
                "  scheduler export roster --plan plans/autumn-2019",
                "  scheduler export roster --plan plans/autumn-2019 --out a.xlsx --force",
                "  scheduler export roster --plan plans/autumn-2019 --by-unit units/"})
    static final class Roster implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-p", "--plan"}, paramLabel = "DIR", required = true,
                description = "Plan folder (plan.json + assignments.csv), as 'schedule' wrote it.")
        Path plan;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE",
                description = "Roster workbook to write. Default: roster.xlsx in the plan folder.")
        Path out;

        @Option(names = "--by-unit", paramLabel = "DIR",
                description = "Also write one workbook per sending unit into this folder.")
        Path byUnit;

        @Option(names = "--force", description = "Replace output files that exist already.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            LoadedPlan folder = LoadedPlan.load(plan);
        folder.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            Plan loaded = folder.plan();
            RosterWorkbook roster = new RosterWorkbook(loaded, ruleBreaks(folder));
            Path target = out != null ? out : plan.resolve("roster.xlsx");
            refuseExisting(roster, target);
            PrintWriter stdout = spec.commandLine().getOut();
            roster.write(target, force);
            stdout.println("wrote " + target + " (" + loaded.assignments().size() + " seats, " + loaded.filled()
                    + " filled, " + loaded.unfilled() + " empty)");
            if (byUnit != null) {
                List<Path> files = roster.writeByUnitFolder(byUnit, force);
                stdout.println("wrote " + files.size() + " unit workbooks into " + byUnit);
            }
            stdout.flush();
            return ExitCodes.OK;
        }

        /** Both outputs are checked before either is written, so a refusal leaves nothing half-done. */
        private void refuseExisting(RosterWorkbook roster, Path target) throws IOException {
            if (byUnit != null) {
                AtomicFolder.checkTarget(byUnit, force, "--by-unit");
            }
            if (Files.isSymbolicLink(target) || Files.isDirectory(target)) {
                throw InputException.of(SourceLocation.file(target.toString()), "--out", Files.isSymbolicLink(target)
                        ? "is a symbolic link; output is never written through a link; give a file name"
                        : "is a folder; give the name of the workbook to write, e.g. roster.xlsx");
            }
            if (!force && Files.exists(target)) {
                throw new SafeFiles.FileExistsException(target);
            }
        }
    }
}
