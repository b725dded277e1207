package org.rotationscheduler.io.plan;

import java.nio.file.Path;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.solve.ProblemBuilder;

/** A plan folder as later commands need it: the plan, what plan.json says, and its history. */
public record LoadedPlan(Path dir, Plan plan, PlanStore.PlanInfo info, History history) {

    public static LoadedPlan load(Path dir) {
        PlanStore store = new PlanStore();
        Plan plan = store.load(dir, null, null);
        var info = store.info(dir);
        var folders = info.history() == null ? java.util.List.<Path>of()
                : info.history().stream().map(Path::of).toList();
        History history = History.load(folders, plan.campaign(), plan.register());
        return new LoadedPlan(dir, plan, info, history);
    }

    /** The planning problem behind the plan, with the same history the plan was made with. */
    public ProblemBuilder problemBuilder() {
        return new ProblemBuilder(plan.campaign(), history.registerWithServedRounds()).history(history.assignments());
    }
}
