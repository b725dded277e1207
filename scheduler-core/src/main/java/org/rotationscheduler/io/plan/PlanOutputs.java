package org.rotationscheduler.io.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.excel.RosterWorkbook;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.report.PlanReport;
import org.rotationscheduler.rules.RuleBreak;

/**
 * The files of a plan folder, written together: each through a temporary file, none replaced
 * without {@code force}, and the check for existing files done before any solving starts.
 */
public final class PlanOutputs {
    public static final String ROSTER_FILE = "roster.xlsx";
    /** O6: the plan report, one self-contained HTML page. */
    public static final String REPORT_FILE = PlanReport.FILE;
    /** O7: the broken preferences seat by seat (the roster only summarises them). */
    public static final String SOFT_DETAIL_FILE = RosterWorkbook.SOFT_DETAIL_FILE;
    public static final List<String> FILES = List.of(PlanStore.PLAN_FILE, PlanStore.ASSIGNMENTS_FILE, ROSTER_FILE,
            SOFT_DETAIL_FILE, REPORT_FILE);
    private final Path dir;
    private final boolean force;

    public PlanOutputs(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    public Path dir() {
        return dir;
    }

    /** Fails early when a plan file exists already and {@code force} is off. */
    public void checkWritable() throws IOException {
        if (force) {
            return;
        }
        for (String f : FILES) {
            if (Files.exists(dir.resolve(f))) {
                throw new SafeFiles.FileExistsException(dir.resolve(f));
            }
        }
    }

    public void write(Plan plan, String score, Map<String, Object> stats, List<String> history, List<RuleBreak> breaks)
            throws IOException {
        write(plan, score, stats, history, breaks, null);
    }

    /** As {@link #write(Plan, String, Map, List, List)}; a replan's changes (F7) add the roster's 变更 sheet. */
    public void write(Plan plan, String score, Map<String, Object> stats, List<String> history, List<RuleBreak> breaks,
            ChangeList changes) throws IOException {
        checkWritable();
        new PlanStore().save(dir, plan, score, stats, history, force);
        PlanIdentity identity = PlanIdentity.of(plan, dir, stats, LocalDate.now());
        RosterWorkbook roster = new RosterWorkbook(plan, breaks).withIdentity(identity);
        (changes == null ? roster : roster.withChanges(changes)).write(dir.resolve(ROSTER_FILE), force);
        roster.writeSoftDetail(dir.resolve(SOFT_DETAIL_FILE), force);
        new PlanReport(plan, breaks, identity).write(dir.resolve(REPORT_FILE), force);
    }
}
