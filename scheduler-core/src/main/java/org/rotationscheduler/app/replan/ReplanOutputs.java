package org.rotationscheduler.app.replan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.NoticeTexts;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.AtomicFolder;
import org.rotationscheduler.io.out.excel.ChangeNotices;
import org.rotationscheduler.io.out.excel.DispatchNotices;
import org.rotationscheduler.io.out.plan.PlanOutputs;
import org.rotationscheduler.io.out.plan.PlanStore;
import org.rotationscheduler.io.out.plan.ReplanCampaign;
import org.rotationscheduler.io.out.register.RegisterWriter;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.report.PlanIdentity;
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
    }

    /**
     * Writes every file, the register first (plan.json records its checksum).
     *
     * @return the change notices written: per unit a workbook and, when the campaign has notices:
     *     texts, a Word document
     */
    public List<Path> write(Replan replan, Plan replanned, String score, Map<String, Object> stats,
            List<RuleBreak> breaks, ChangeList changes) throws IOException {
        // one folder, renamed into place whole: the published plan is only ever read
        try (AtomicFolder folder = AtomicFolder.begin(dir, force, "--out")) {
            Path staging = folder.staging();
            // S1: every cadre's private columns as the published register holds them; a change's days apart
            RegisterWriter.writeReplanned(staging.resolve(Replan.REGISTER_FILE), replan.register().cadres(),
                    publishedPrivateColumns(replan), true);
            if (replan.changes().changesGroupCounts()) {
                ReplanCampaign.write(staging.resolve(Replan.CAMPAIGN_FILE), replan.campaign(),
                        baseCampaign(replan, folder.target()),
                        Path.of(replan.changes().source()).getFileName().toString(), true);
            }
            plan.writeInto(staging, replanned, score, stats, replan.published().history().folders(), breaks, changes);
            // not the change file's name: a notice goes to a unit, and a planner may name the file after its content
            String context = "自 " + replan.from() + " 起重新安排（原计划 "
                    + replan.published().dir().toAbsolutePath().normalize().getFileName() + "）";
            LocalDate today = LocalDate.now();
            // O7: the notices name the plan by the folder's final name, not the staging folder's
            PlanIdentity identity = PlanIdentity.of(replanned, dir, stats, today);
            List<Path> staged = new ArrayList<>(new ChangeNotices(replanned, changes, context, identity)
                    .write(staging.resolve(NOTICES_DIR), true));
            // O2a: the change notices as Word documents in the form of the dispatch notices, when the
            // campaign has notices: texts (the workbooks above stay, for whoever wants the table)
            NoticeTexts texts = new CampaignLoader().loadNotices(replan.published().plan().campaign().source());
            if (texts != null) {
                staged.addAll(new DispatchNotices(replanned, texts, identity, today).forChanges(changes)
                        .write(staging.resolve(NOTICES_DIR), true));
            }
            folder.commit(PlanOutputs.KNOWN);
            return staged.stream().map(p -> dir.resolve(NOTICES_DIR).resolve(p.getFileName())).toList();
        }
    }

    /** The private columns of the register the published plan was read with, by cadre id (none if it is gone). */
    private static java.util.Map<String, java.util.Map<String, String>> publishedPrivateColumns(Replan replan) {
        Path published = Path.of(replan.published().plan().register().source());
        if (!java.nio.file.Files.isRegularFile(published)) {
            return java.util.Map.of();
        }
        return RegisterReader.cells(published, RegisterReader.PRIVATE);
    }

    /** The published plan's campaign, as the new folder's campaign.yaml names it: relative to that folder. */
    private static String baseCampaign(Replan replan, Path target) {
        String ref = PlanStore.resolve(replan.published().dir(), replan.published().info().campaign());
        if (CampaignLoader.DEFAULT.equals(ref)) {
            return ref;
        }
        try {
            return target.relativize(Path.of(ref)).toString();
        } catch (IllegalArgumentException otherRoot) {
            return ref;
        }
    }
}
