package org.rotationscheduler.rules;

import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Seat;

/**
 * One broken rule of a plan: its id, the seat and cadre (either may be null) and what broke, in
 * plain words that never name a private state (S1).
 */
public record RuleBreak(RuleId rule, boolean hard, Seat seat, Cadre cadre, String message) {

    @Override
    public String toString() {
        return rule.id() + ": " + message;
    }
}
