package org.rotationscheduler.io.out.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.io.out.AtomicFolder;
import org.rotationscheduler.io.out.excel.RosterWorkbook;
import org.rotationscheduler.io.out.html.PlanReport;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.rules.RuleBreak;

/**
 * The files of a plan folder, written together into a temporary sibling folder that is renamed
 * into place only when every file is complete ({@link AtomicFolder}): a plan folder appears whole
 * or not at all, an existing one is replaced only with {@code force} and only then, and the check
 * for an existing folder is done before any solving starts.
 */
public final class PlanOutputs {
    public static final String ROSTER_FILE = "roster.xlsx";
    /** O6: the plan report, one self-contained HTML page. */
    public static final String REPORT_FILE = PlanReport.FILE;
    /** O7: the broken preferences seat by seat (the roster only summarises them). */
    public static final String SOFT_DETAIL_FILE = RosterWorkbook.SOFT_DETAIL_FILE;
    public static final List<String> FILES = List.of(PlanStore.PLAN_FILE, PlanStore.ASSIGNMENTS_FILE, ROSTER_FILE,
            SOFT_DETAIL_FILE, REPORT_FILE);
    /** Every name a schedule or replan writes into its folder; other entries of a replaced folder are kept. */
    public static final List<String> KNOWN = List.of(PlanStore.PLAN_FILE, PlanStore.ASSIGNMENTS_FILE, ROSTER_FILE,
            SOFT_DETAIL_FILE, REPORT_FILE, "register.csv", "register.xlsx", "campaign.yaml", PlanStore.CAMPAIGN_DIR,
            "变更通知");
    private final Path dir;
    private final boolean force;

    public PlanOutputs(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Fails early when the folder cannot be written: it is a symbolic link or a file, or it holds
     * files and {@code force} is off.
     */
    public void checkWritable() throws IOException {
        AtomicFolder.checkTarget(dir, force, "--out");
    }

    public void write(Plan plan, String score, Map<String, Object> stats, List<String> history, List<RuleBreak> breaks)
            throws IOException {
        write(plan, score, stats, history, breaks, null);
    }

    /** As {@link #write(Plan, String, Map, List, List)}; a replan's changes (F7) add the roster's 变更 sheet. */
    public void write(Plan plan, String score, Map<String, Object> stats, List<String> history, List<RuleBreak> breaks,
            ChangeList changes) throws IOException {
        try (AtomicFolder folder = AtomicFolder.begin(dir, force, "--out")) {
            writeInto(folder.staging(), plan, score, stats, history, breaks, changes);
            folder.commit(KNOWN);
        }
    }

    /**
     * Writes the plan files into {@code staging}, the folder that becomes {@link #dir()} (a
     * replan adds its own files there before the folder is moved into place).
     *
     * @return the names written
     */
    public List<String> writeInto(Path staging, Plan plan, String score, Map<String, Object> stats,
            List<String> history, List<RuleBreak> breaks, ChangeList changes) throws IOException {
        List<String> names = new ArrayList<>(new PlanStore().save(staging, dir, plan, score, stats, history));
        // O7: every printed page names the plan by its folder's final name, not the staging folder's
        PlanIdentity identity = PlanIdentity.of(plan, dir, stats, LocalDate.now());
        RosterWorkbook roster = new RosterWorkbook(plan, breaks).withIdentity(identity);
        (changes == null ? roster : roster.withChanges(changes)).write(staging.resolve(ROSTER_FILE), true);
        names.add(ROSTER_FILE);
        roster.writeSoftDetail(staging.resolve(SOFT_DETAIL_FILE), true);
        names.add(SOFT_DETAIL_FILE);
        new PlanReport(plan, breaks, identity).write(staging.resolve(REPORT_FILE), true);
        names.add(REPORT_FILE);
        return names;
    }
}
