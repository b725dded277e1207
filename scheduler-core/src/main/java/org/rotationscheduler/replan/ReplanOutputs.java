package org.rotationscheduler.replan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.excel.ChangeNotices;
import org.rotationscheduler.io.excel.DispatchNotices;
import org.rotationscheduler.io.yaml.CampaignLoader;
import org.rotationscheduler.model.NoticeTexts;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.io.plan.PlanOutputs;
import org.rotationscheduler.io.plan.ReplanCampaign;
import org.rotationscheduler.io.register.RegisterWriter;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.rules.RuleBreak;

/**
 * The folder a replan writes: the plan files ({@link PlanOutputs}: plan.json, assignments.csv,
 * roster.xlsx with its 变更 sheet), the changed register ({@value Replan#REGISTER_FILE}), the
 * changed campaign when group counts change ({@value Replan#CAMPAIGN_FILE}) and one change notice
 * per unit whose people moved ({@value #NOTICES_DIR}/). Nothing is replaced without {@code force};
 * the check runs before solving. The published plan's folder is only ever read.
 */
public final class ReplanOutputs {
    public static final String NOTICES_DIR = "变更通知";
    private final Path dir;
    private final boolean force;
    private final PlanOutputs plan;

    public ReplanOutputs(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
        this.plan = new PlanOutputs(dir, force);
    }

    public Path dir() {
        return dir;
    }

    /** Fails early when an output exists already and {@code force} is off. */
    public void checkWritable() throws IOException {
        plan.checkWritable();
        if (force) {
            return;
        }
        for (String f : List.of(Replan.REGISTER_FILE, Replan.CAMPAIGN_FILE, NOTICES_DIR)) {
            if (Files.exists(dir.resolve(f))) {
                throw new SafeFiles.FileExistsException(dir.resolve(f));
            }
        }
    }

    /**
     * Writes every file, the register first (plan.json records its checksum).
     *
     * @return the change notices written: per unit a workbook and, when the campaign has notices:
     *     texts, a Word document
     */
    public List<Path> write(Replan replan, Plan replanned, String score, Map<String, Object> stats,
            List<RuleBreak> breaks, ChangeList changes) throws IOException {
        checkWritable();
        // S1: the register keeps E7 days without their kind: RegisterWriter puts them under 'health'
        RegisterWriter.write(dir.resolve(Replan.REGISTER_FILE), replan.register().cadres(), java.util.Map.of(), force);
        if (replan.changes().changesGroupCounts()) {
            ReplanCampaign.write(dir.resolve(Replan.CAMPAIGN_FILE), replan.campaign(), replan.published().info().campaign(),
                    Path.of(replan.changes().source()).getFileName().toString(), force);
        }
        plan.write(replanned, score, stats, replan.published().history().folders(), breaks, changes);
        // not the change file's name: a notice goes to a unit, and a planner may name the file after its content
        String context = "自 " + replan.from() + " 起重新安排（原计划 "
                + replan.published().dir().toAbsolutePath().normalize().getFileName() + "）";
        LocalDate today = LocalDate.now();
        PlanIdentity identity = PlanIdentity.of(replanned, dir, stats, today);
        List<Path> written = new ArrayList<>(
                new ChangeNotices(replanned, changes, context, identity).write(dir.resolve(NOTICES_DIR), force));
        // O2a: the change notices as Word documents in the form of the dispatch notices, when the
        // campaign has notices: texts (the workbooks above stay, for whoever wants the table)
        NoticeTexts texts = new CampaignLoader().loadNotices(replan.published().plan().campaign().source());
        if (texts != null) {
            written.addAll(new DispatchNotices(replanned, texts, identity, today)
                    .forChanges(changes).write(dir.resolve(NOTICES_DIR), force));
        }
        return written;
    }
}
