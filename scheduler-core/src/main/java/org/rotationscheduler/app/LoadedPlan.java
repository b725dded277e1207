package org.rotationscheduler.app;

import java.nio.file.Path;
import java.util.List;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.io.out.plan.PlanStore;
import org.rotationscheduler.planning.ProblemBuilder;

/**
 * A plan folder as later commands need it: the plan, what plan.json says, its history, and
 * warnings worth printing (a register edited after planning).
 */
public record LoadedPlan(Path dir, Plan plan, PlanStore.PlanInfo info, History history, List<String> warnings) {

    public static LoadedPlan load(Path dir) {
        PlanStore store = new PlanStore();
        var info = store.info(dir);
        Plan plan = store.load(dir, null, null);
        History history = History.load(historyFolders(dir, info), plan.campaign(), plan.register());
        return new LoadedPlan(dir, plan, info, history, store.warnings(dir, info));
    }

    /** The earlier plans plan.json names, resolved against the folder. */
    public static List<Path> historyFolders(Path dir, PlanStore.PlanInfo info) {
        return info.history() == null ? List.of()
                : info.history().stream().map(h -> Path.of(PlanStore.resolve(dir, h))).toList();
    }

    /** The planning problem behind the plan, with the same history the plan was made with. */
    public ProblemBuilder problemBuilder() {
        return new ProblemBuilder(plan.campaign(), history.registerWithServedRounds()).history(history.assignments());
    }
}
