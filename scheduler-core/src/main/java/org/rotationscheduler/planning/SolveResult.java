package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.Set;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Cadre;

/**
 * What a solve produced: the plan, its score and the figures a report or benchmark needs.
 *
 * @param millisToFeasible when the first plan with zero hard penalties was found, -1 if never
 * @param moveEvaluationSpeed moves evaluated per second
 * @param exemptFromQuota E4-bound cadres who could not serve any round of the season
 * @param terminatedEarly true when solving was stopped from outside (Ctrl-C)
 * @param bound what the flow relaxation proved no plan can beat, null when the first plan was greedy
 */
public record SolveResult(Plan plan, RotationSolution solution, HardMediumSoftLongScore score, long millisSpent,
        long millisToFeasible, long moveEvaluationSpeed, Set<Cadre> exemptFromQuota, boolean terminatedEarly,
        LowerBound.Result bound) {
}
