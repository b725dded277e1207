package org.rotationscheduler.bench;

import org.rotationscheduler.planning.LowerBound;

/**
 * The bench's yardstick (#16): what the flow relaxation proved no plan can beat, and how far the
 * solver's plan is from it. Penalties are positive (soft score = −penalty).
 *
 * @param unfilled the fewest empty seats any plan can have
 * @param flowPenalty the plain flow bound
 * @param penalty the best bound (after Lagrangian steps)
 * @param lagrangianSteps flow solves after the plain one
 * @param millis how long the bound took, beside the search
 */
public record LowerBoundFigures(long unfilled, long flowPenalty, long penalty, int lagrangianSteps, long millis) {

    public static LowerBoundFigures of(LowerBound.Result r) {
        return r == null || !r.e4Kept() ? null
                : new LowerBoundFigures(r.unfilled(), r.flowPenalty(), r.penalty(), r.iterations() - 1, r.millis());
    }

    /**
     * The plan's penalty as a multiple of a bound's (1.63 = 63 % above it), or NaN when the plan
     * leaves more seats empty than the bound or breaks a hard rule (the soft bound does not apply).
     */
    public double ratio(ScorePoint plan, long boundPenalty) {
        if (plan == null || plan.hard() != 0 || -plan.medium() != unfilled || boundPenalty <= 0) {
            return Double.NaN;
        }
        return -plan.soft() / (double) boundPenalty;
    }
}
