package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.app.replan.Replan;
import org.rotationscheduler.app.replan.ReplanOutputs;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.yaml.ChangesLoader;
import org.rotationscheduler.planning.FeasibilityBound;
import org.rotationscheduler.planning.RotationSolver;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.rules.RuleBreak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replan}: a published plan after changes, moving only what must move (F7). */
@Command(name = "replan", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Replan a published plan after changes (leave, withdrawals, fixes), moving only what must move.",
        description = {"Apply a change file to a published plan folder and plan again (F7: keep a published plan",
            "stable). Rounds that started before --from keep exactly their seats; seats fixed by hand keep",
            "their cadre; every other seat starts from its published cadre and changes only when a change or a",
            "hard rule (E4, E9, E11) makes it. Writes a new plan folder (the published one is never touched):",
            "plan.json, assignments.csv, roster.xlsx with a 变更 sheet, register.csv (the changed register),",
            "campaign.yaml (when group counts change) and 变更通知/<unit>.xlsx for each unit whose people moved.",
            "The change list (who leaves which seat, who takes it, why, by rule id) is printed on stdout.", "",
            "Change file (YAML; see the README, section Replanning):",
            "  changes:",
            "    - {cadre: C00012, unavailable: 2019-11-01..2019-11-30}      E8: leave, other duties",
            "    - {cadre: C00013, notEligible: 2019-11-01..2020-01-31}      E7: dates only, never a reason (S1)",
            "    - {cadre: C00014, withdraw: true}                           taken out of the register",
            "    - add: {id: N001, name: 张三, unit: 人事司, rank: 处级}",
            "    - {unit: 人事司, nominations: [{id: C00020}, {id: N002, name: 李四, rank: 科级}]}",
            "    - {city: 北京, fromRound: 16, counts: {ordinary: 10}}        G1",
            "    - fix: {round: 14, city: 北京, group: 普通组2, seat: 组长, cadre: C00100}", "",
            "Examples:",
            "  scheduler replan --plan autumn-2019 --changes nov.yaml      from today, into autumn-2019-replan-1",
            "  scheduler replan --plan autumn-2019 --changes nov.yaml --from 2019-11-20 --out autumn-2019-v2",
            "  scheduler replan --plan autumn-2019 --changes nov.yaml --steps 2000 --seed 7      reproducible"},
        footer = {"", "Exit codes: 0 replanned rounds without broken hard rules or empty seats; 2 bad input (plan",
            "folder, change file, options); 3 plan written but it breaks hard rules or leaves seats empty in the",
            "replanned rounds; 4 output exists."})
public final class ReplanCommand implements Callable<Integer> {
    @Option(names = {"-p", "--plan"}, required = true, paramLabel = "DIR",
            description = "The published plan folder (written by schedule or replan). It is only read.")
    Path plan;

    @Option(names = {"-c", "--changes"}, required = true, paramLabel = "FILE",
            description = "The change file (YAML), see above and the README, section Replanning.")
    Path changes;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Rounds that started before this day are kept as published. Default: today.")
    LocalDate from;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the new plan. Default: DIR-replan-N next to the plan, N the first free number.")
    Path out;

    @Option(names = "--force", description = "Replace the files of an existing output folder.")
    boolean force;

    @Mixin
    SolveOptions solving;


    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate fromDay = from != null ? from : LocalDate.now();
        LoadedPlan published = LoadedPlan.load(plan);
        published.warnings().forEach(w -> err.println("warning: " + w));
        requireARoundToReplan(published, fromDay);
        ChangeSet changeSet = new ChangesLoader(published.plan().campaign(), published.plan().register(),
                published.plan().rounds(), fromDay).load(changes);
        Path dir = outputFolder();
        ReplanOutputs outputs = new ReplanOutputs(dir, force);
        outputs.checkWritable();
        Replan replan = Replan.prepare(published, changeSet, fromDay, dir);
        announce(err, replan);
        new BoundReport(new FeasibilityBound().check(replan.problem())).print(err);
        RotationSolver solver = Replan.solver();
        ProgressLine progress = solving.progress(err);
        try (Interrupts interrupts = Interrupts.install(solver::terminateEarly)) {
            SolveResult result = replan.solve(solver, solving.settings(),
                    progress);
            progress.finish();
            int code = finish(replan, result, outputs);
            interrupts.done();
            return code;
        }
    }

    /** Writes the folder, prints the summary and the change list; the exit code. */
    private int finish(Replan replan, SolveResult result, ReplanOutputs outputs) throws IOException {
        List<RuleBreak> all = replan.check(result.plan());
        ChangeList changeList = replan.changeList(result.plan());
        List<Path> notices = outputs.write(replan, result.plan(), result.score().toString(), stats(replan, result,
                changeList), all, changeList);
        // a pinned round is kept as published: what it breaks is reported, but is not the replan's doing
        List<RuleBreak> pinned = all.stream().filter(b -> b.hard() && b.seat() != null
                && replan.pinnedRounds().contains(b.seat().round())).toList();
        List<RuleBreak> replanned = all.stream().filter(b -> b.hard() && !pinned.contains(b)).toList();
        PrintWriter stdout = spec.commandLine().getOut();
        new ReplanSummary(replan, result, changeList, replanned, pinned, outputs.dir(), notices.size()).print(stdout);
        stdout.flush();
        boolean clean = PlanChecker.hardCount(replanned) == 0 && PlanChecker.unfilledCount(replanned) == 0;
        return clean ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }

    private Map<String, Object> stats(Replan replan, SolveResult result, ChangeList changeList) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("seconds", result.millisSpent() / 1000.0);
        stats.put("seed", solving.seed);
        stats.put("replanOf", replan.published().dir().toAbsolutePath().normalize().toString());
        stats.put("changes", changes.toAbsolutePath().normalize().toString());
        stats.put("from", replan.from().toString());
        stats.put("seatsChanged", changeList.seatsChanged());
        return stats;
    }

    /** --from after every round's start leaves nothing to replan: say so instead of copying the plan. */
    private static void requireARoundToReplan(LoadedPlan published, LocalDate fromDay) {
        Plan p = published.plan();
        if (p.rounds().stream().allMatch(r -> r.start().isBefore(fromDay))) {
            throw InputException.of(SourceLocation.file(published.dir().toString()), "--from", "every round of the"
                    + " plan (" + p.describeScope() + ") started before " + fromDay + ", so nothing may change; give"
                    + " an earlier day");
        }
    }

    /** --out, or DIR-replan-N next to the plan; never the published plan's own folder. */
    private Path outputFolder() {
        Path source = plan.toAbsolutePath().normalize();
        Path dir = out;
        if (dir == null) {
            // relative when the plan was given relative, so that the summary names it as the planner would
            Path base = plan.normalize().toString().isEmpty() ? source : plan.normalize();
            for (int n = 1; dir == null || Files.exists(dir); n++) {
                dir = base.resolveSibling(base.getFileName() + "-replan-" + n);
            }
        }
        if (dir.toAbsolutePath().normalize().equals(source) || sameFolder(dir, plan)) {
            throw InputException.of(SourceLocation.file(dir.toString()), "--out", "is the published plan's folder,"
                    + " which a replan never writes; choose another folder");
        }
        if (dir.toAbsolutePath().normalize().startsWith(source)) {
            throw InputException.of(SourceLocation.file(dir.toString()), "--out", "is inside the published plan's"
                    + " folder, which a replan never writes; choose a folder beside it");
        }
        return dir;
    }

    /** The same folder by another name (a link, a linked parent): a replan never writes there either. */
    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private void announce(PrintWriter err, Replan replan) {
        Plan plan = replan.published().plan();
        int pinned = replan.pinnedRounds().size();
        err.printf("Replanning %s of %s from %s: %d round(s) kept as published, %d replanned; %s%n",
                plan.describeScope(), this.plan, replan.from(), pinned, plan.rounds().size() - pinned,
                replan.changes().describe());
        replan.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
    }
}
