package org.rotationscheduler.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.out.plan.PlanStore;

/**
 * Earlier plans a new plan builds on: their filled seats count for E4, E9 and E11 across the
 * boundary, and their rounds are added to each cadre's rounds served (F1, F5).
 */
public final class History {
    private final List<String> folders;
    private final List<Assignment> assignments;
    private final Register register;

    private History(List<String> folders, List<Assignment> assignments, Register register) {
        this.folders = folders;
        this.assignments = assignments;
        this.register = register;
    }

    public static History none(Register register) {
        return new History(List.of(), List.of(), register);
    }

    public static History load(List<Path> dirs, Campaign campaign, Register register) {
        List<Assignment> all = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        PlanStore store = new PlanStore();
        for (Path dir : dirs) {
            store.load(dir, campaign, register).assignments().stream().filter(Assignment::filled).forEach(all::add);
            folders.add(dir.toAbsolutePath().toString());
        }
        return new History(folders, all, register);
    }

    public List<String> folders() {
        return folders;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    /** The register with each cadre's rounds in the earlier plans added to rounds_served. */
    public Register registerWithServedRounds() {
        return withServedRounds(register);
    }

    /**
     * Another register (e.g. one a replan changed) with each cadre's rounds in the earlier plans
     * added to rounds_served; cadres the earlier plans do not name are kept as they are.
     */
    public Register withServedRounds(Register register) {
        if (assignments.isEmpty()) {
            return register;
        }
        Map<String, Integer> served = new HashMap<>();
        assignments.forEach(a -> served.merge(a.cadre().id(), 1, Integer::sum));
        List<Cadre> cadres = new ArrayList<>();
        for (Cadre c : register.cadres()) {
            int extra = served.getOrDefault(c.id(), 0);
            cadres.add(extra == 0 ? c : c.withRoundsServed(c.roundsServed() + extra));
        }
        return new Register(register.source(), cadres);
    }
}
