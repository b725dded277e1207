package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.AtomicFolder;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.io.out.excel.AnnexWorkbook;
import org.rotationscheduler.io.out.excel.DispatchNotices;
import org.rotationscheduler.io.out.excel.RosterWorkbook;
import org.rotationscheduler.io.out.html.PlanReport;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.rules.RuleBreak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the spreadsheets the office sends out (O1-O5). */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the documents the office sends out (O1-O6).",
        description = {"Write the spreadsheets the office sends out:",
            "  annexes  Annex 1 and Annex 2 of the plan (O1): cities and partner units",
            "  roster   the roster of a plan folder (O2-O5): by seat, city, unit and",
            "           cadre; party branches, cost estimate, broken rules",
            "  notices  one dispatch notice (派员通知, Word) per sending unit (O2a)",
            "  report   the plan report, one self-contained HTML page (O6)", "",
            "Files are written whole or not at all; an existing file is replaced",
            "only with --force.", "",
            "Examples:",
            "  scheduler export annexes --out annexes/",
            "  scheduler export roster --plan plans/autumn-2019",
            "  scheduler export roster --plan plans/autumn-2019 --by-unit units/",
            "  scheduler export notices --plan plans/autumn-2019 --date 2019-09-20",
            "  scheduler export report --plan plans/autumn-2019 --out autumn.html"},
        subcommands = {ExportCommand.Annexes.class, ExportCommand.Roster.class, ExportCommand.Notices.class,
            ExportCommand.Report.class, ExportFormCommand.class})
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
                "  按单位      per unit, whom it sends where and when",
                "  按人员      per cadre, their rounds, cities and seats",
                "  临时党支部  per city and round, party members, proposed secretary",
                "              (O3, F6)",
                "  经费测算    the rates and what each paying unit pays (O4)",
                "  经费明细    travel, lodging, meals, car hire per group (O4)",
                "  违反规则    every broken hard rule and empty seat, seat by seat (O5)",
                "  软性规则汇总 the broken preferences, one line per rule (O7)",
                "and, beside the roster, 软性规则明细.xlsx: the broken preferences seat by",
                "seat. Every printed page carries the plan's identity (O7).",
                "With --by-unit, also one workbook per sending unit, named after it and",
                "holding only that unit's people (the document a unit receives is its",
                "dispatch notice: export notices).", "",
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
            RosterWorkbook roster = new RosterWorkbook(loaded, ruleBreaks(folder))
                    .withIdentity(identity(folder, LocalDate.now()));
            Path target = out != null ? out : plan.resolve("roster.xlsx");
            Path softDetail = target.resolveSibling(RosterWorkbook.SOFT_DETAIL_FILE);
            refuseExisting(roster, target);
            refuseExisting(roster, softDetail);
            PrintWriter stdout = spec.commandLine().getOut();
            roster.write(target, force);
            roster.writeSoftDetail(softDetail, force);
            stdout.println("wrote " + target + " (" + loaded.assignments().size() + " seats, " + loaded.filled()
                    + " filled, " + loaded.unfilled() + " empty) and " + softDetail + " (broken preferences seat by seat)");
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

    /** The identity every page of an export carries (O7): the plan folder's name, and what it replans. */
    static PlanIdentity identity(LoadedPlan folder, LocalDate printed) {
        return PlanIdentity.of(folder.plan(), folder.dir(), folder.info().stats(), printed);
    }

    /** {@code export notices}: O2a. */
    @Command(name = "notices", mixinStandardHelpOptions = true,
            header = "Write one dispatch notice (派员通知, .docx) per sending unit (O2a).",
            description = {"Write, for every unit that sends somebody in the plan, a Word document",
                "in the form of a notice (通知): issuing office and document number, title,",
                "addressee, opening, the table of the unit's cadres (姓名, 职级, 轮次与日期,",
                "城市, 工作组, 岗位), where and when to report per city and round, contacts,",
                "what to bring, requirements, signature and date. Every text that is not",
                "plan data comes from the campaign's notices: section. Files are named",
                "<unit's full name>.docx; each page's header carries the plan's identity.", "",
                "Examples:",
                "  scheduler export notices --plan plans/autumn-2019",
                "  scheduler export notices --plan plans/autumn-2019 --out 派员通知 --date 2019-09-20"})
    static final class Notices implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-p", "--plan"}, paramLabel = "DIR", required = true,
                description = "Plan folder (plan.json + assignments.csv), as 'schedule' or 'replan' wrote it.")
        Path plan;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR",
                description = "Folder for the notices. Default: 派员通知 in the plan folder.")
        Path out;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "Date the notices carry (落款) and the year of their numbers. Default: today.")
        LocalDate date;

        @Option(names = "--force", description = "Replace notices that exist already.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            LoadedPlan folder = LoadedPlan.load(plan);
            LocalDate issued = date != null ? date : LocalDate.now();
            DispatchNotices notices = DispatchNotices.forPlan(folder.plan(), identity(folder, issued), issued);
            Path dir = out != null ? out : plan.resolve(NOTICES_DIR);
            List<Path> files = notices.write(dir, force);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("wrote " + files.size() + " dispatch notice(s) into " + dir + " (one per sending unit"
                    + (files.isEmpty() ? ")" : ", " + notices.numberOfNotice(0) + " to "
                            + notices.numberOfNotice(files.size() - 1) + ")"));
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    /** The folder export notices writes into by default. */
    static final String NOTICES_DIR = "派员通知";

    /** {@code export report}: O6. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            header = "Write the plan report, one self-contained HTML page (O6).",
            description = {"Write the plan report of a plan folder: one HTML file with inline style",
                "and script, no network and no server, that opens offline in a browser:",
                "the plan's identity, a round-by-city timeline of every group, whom each",
                "unit sends when (shaded by load), a load chart per round, the broken",
                "hard rules and empty seats, the soft rules summarised, and a search box.",
                "schedule and replan write it as report.html into every plan folder.", "",
                "Examples:",
                "  scheduler export report --plan plans/autumn-2019",
                "  scheduler export report --plan plans/autumn-2019 --out autumn.html --force"})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-p", "--plan"}, paramLabel = "DIR", required = true,
                description = "Plan folder (plan.json + assignments.csv), as 'schedule' or 'replan' wrote it.")
        Path plan;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE",
                description = "HTML file to write. Default: report.html in the plan folder.")
        Path out;

        @Option(names = "--force", description = "Replace the file if it exists already.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            LoadedPlan folder = LoadedPlan.load(plan);
            Path target = out != null ? out : plan.resolve(PlanReport.FILE);
            new PlanReport(folder.plan(), ruleBreaks(folder), identity(folder, LocalDate.now())).write(target, force);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("wrote " + target);
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
