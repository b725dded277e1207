package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;
import org.rotationscheduler.rules.RuleId;

/**
 * Why a constraint matched, in plain words the explanation output prints: the rule id, the seats
 * and cadres involved, and a sentence that never names a private state (S1).
 */
public record RuleJustification(RuleId rule, List<String> seatIds, List<String> cadreIds, String message)
        implements ConstraintJustification, Comparable<RuleJustification> {

    @Override
    public int compareTo(RuleJustification o) {
        return message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return message;
    }
}
