package org.rotationscheduler.solve;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.HashMap;
import java.util.Map;
import org.rotationscheduler.rules.RuleSettings;

/** Turns the campaign's rule switches and weights into Timefold's constraint weight overrides. */
public final class ConstraintWeights {
    private ConstraintWeights() {
    }

    public static ConstraintWeightOverrides<HardMediumSoftLongScore> from(RuleSettings rules) {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        for (String name : RotationConstraints.ALL) {
            weights.put(name, weight(name, rules));
        }
        return ConstraintWeightOverrides.of(weights);
    }

    static HardMediumSoftLongScore weight(String constraint, RuleSettings rules) {
        String id = RotationConstraints.ruleId(constraint);
        if (constraint.equals(RotationConstraints.UNFILLED)) {
            return HardMediumSoftLongScore.ofMedium(rules.unfilledWeight());
        }
        if (constraint.equals(RotationConstraints.E_OTHER)) {
            return HardMediumSoftLongScore.ONE_HARD;
        }
        if (id.equals("E12") && !rules.isEnabled("E12")) {
            return HardMediumSoftLongScore.ofSoft(rules.weight("E12")); // E12 softened "in principle"
        }
        if (id.startsWith("E")) {
            return rules.isEnabled(id) ? HardMediumSoftLongScore.ONE_HARD : HardMediumSoftLongScore.ZERO;
        }
        if (constraint.equals(RotationConstraints.F1_SEASON) || constraint.equals(RotationConstraints.F1_CAMPAIGN)) {
            return HardMediumSoftLongScore.ofSoft(rules.maxWeight());
        }
        if (constraint.equals(RotationConstraints.F6_SECRETARY) && !rules.secretaryFromLead()) {
            return HardMediumSoftLongScore.ZERO;
        }
        if (id.equals("F8") && rules.isEnabled("E3")) {
            // F8 only matters once E3 is softened; with E3 on, a lower rank breaks E3 itself.
            return HardMediumSoftLongScore.ZERO;
        }
        return HardMediumSoftLongScore.ofSoft(rules.weight(id));
    }
}
