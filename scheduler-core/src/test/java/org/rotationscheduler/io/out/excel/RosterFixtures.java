package org.rotationscheduler.io.out.excel;

import java.util.ArrayList;
import java.util.List;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/** Hand-made rule breaks for a plan, standing in for the plan checker. */
final class RosterFixtures {
    /** A message that names private states, as a careless checker might write it (S1). */
    static final String LEAKY_MESSAGE = "c17 林峰 is pregnant (孕期) and nursing (哺乳期), health poor (健康状况欠佳)";

    private RosterFixtures() {
    }

    /**
     * What the seat-and-cadre rules find in every filled seat (E1-E3, E5-E8, E10, including c17's
     * E7), one break that names a private state in its message, and a soft F6 break about a team.
     */
    static List<RuleBreak> breaks(Plan plan) {
        Eligibility eligibility = new Eligibility(plan.campaign().eligibility(), plan.campaign().rules());
        List<RuleBreak> breaks = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                breaks.addAll(eligibility.breaks(a.seat(), a.cadre()));
            }
        }
        Assignment c17 = plan.assignments().stream().filter(a -> a.filled() && a.cadre().id().equals("c17"))
                .findFirst().orElseThrow();
        breaks.add(new RuleBreak(RuleId.E9, true, c17.seat(), c17.cadre(), LEAKY_MESSAGE));
        breaks.add(new RuleBreak(RuleId.F6, false, null, null, "北京, round 13: 2 party members, fewer than 3 (F6)"));
        return breaks;
    }
}
