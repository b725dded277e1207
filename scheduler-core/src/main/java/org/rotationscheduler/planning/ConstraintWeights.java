package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/** Turns the campaign's rule switches and weights into Timefold's constraint weight overrides. */
public final class ConstraintWeights {
    private ConstraintWeights() {
    }

    public static ConstraintWeightOverrides<HardMediumSoftLongScore> from(RuleSettings rules) {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        for (RuleConstraint c : RuleConstraint.values()) {
            weights.put(c.constraintName(), weight(c, rules));
        }
        return ConstraintWeightOverrides.of(weights);
    }

    /** Every constraint's weight, by constraint. */
    public static Map<RuleConstraint, HardMediumSoftLongScore> all(RuleSettings rules) {
        Map<RuleConstraint, HardMediumSoftLongScore> out = new EnumMap<>(RuleConstraint.class);
        for (RuleConstraint c : RuleConstraint.values()) {
            out.put(c, weight(c, rules));
        }
        return out;
    }

    static HardMediumSoftLongScore weight(RuleConstraint constraint, RuleSettings rules) {
        if (constraint == RuleConstraint.ELIGIBILITY_DATA) {
            // entries of a switched-off rule are dropped when the seat's rules are gathered
            return HardMediumSoftLongScore.ONE_HARD;
        }
        RuleId id = constraint.rule().orElseThrow();
        if (id == RuleId.UNFILLED) {
            return HardMediumSoftLongScore.ofMedium(rules.unfilledWeight());
        }
        if (id == RuleId.E12 && !rules.isEnabled(RuleId.E12)) {
            return HardMediumSoftLongScore.ofSoft(rules.weight(RuleId.E12)); // E12 softened "in principle"
        }
        if (id.isHard()) {
            return rules.isEnabled(id) ? HardMediumSoftLongScore.ONE_HARD : HardMediumSoftLongScore.ZERO;
        }
        if (constraint == RuleConstraint.F1_SEASON || constraint == RuleConstraint.F1_CAMPAIGN
                || constraint == RuleConstraint.F1_LIFETIME) {
            return HardMediumSoftLongScore.ofSoft(rules.maxWeight());
        }
        if (constraint == RuleConstraint.F6_SECRETARY && !rules.secretaryFromLead()) {
            return HardMediumSoftLongScore.ZERO;
        }
        if (id == RuleId.F8 && rules.isEnabled(RuleId.E3)) {
            // F8 only matters once E3 is softened; with E3 on, a lower rank breaks E3 itself.
            return HardMediumSoftLongScore.ZERO;
        }
        return HardMediumSoftLongScore.ofSoft(rules.weight(id));
    }
}
