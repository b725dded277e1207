package org.rotationscheduler.bench;

/**
 * The CP-SAT peer's run on one instance (#16), or why it did not run.
 *
 * @param run the peer's figures judged as the solver's are (score through Timefold's
 *     SolutionManager, broken hard rules and empty seats by the checker); null when not run
 * @param skipped why the peer did not run (an instance too large to load, a suite without the
 *     peer); null when it ran
 * @param status CP-SAT's status at the end: OPTIMAL, FEASIBLE, or UNKNOWN/INFEASIBLE (no plan)
 * @param objectiveMedium the model's medium level of its final plan (empty seats × unfilled weight)
 * @param objectiveSoft the model's soft penalty of its final plan
 * @param objectiveConsistent the objective CP-SAT reports is the model's objective of the plan it
 *     returned (factor × medium + soft); informative, not part of {@link #objectiveMatchesScore}
 * @param boundSoft CP-SAT's proven bound at the final medium level (no plan with that many empty
 *     seats has a better soft score), as a soft score (≤ 0); null when its bound does not reach
 *     that level yet (or there is no plan)
 * @param buildMillis building the model, within the run's time
 * @param booleans seat-candidate booleans of the model
 */
public record CpSatFigures(RunFigures run, String skipped, String status, long objectiveMedium, long objectiveSoft,
        boolean objectiveConsistent, Long boundSoft, long buildMillis, long booleans) {

    public static CpSatFigures skipped(String why) {
        return new CpSatFigures(null, why, null, 0, 0, false, null, 0, 0);
    }

    public boolean ran() {
        return run != null;
    }

    /** CP-SAT found a plan within the time limit. */
    public boolean hasPlan() {
        return run != null && ("OPTIMAL".equals(status) || "FEASIBLE".equals(status));
    }

    /**
     * The model's objective equals the tool's score of the same plan (hard 0, the same medium and
     * soft): the proof that the model weighs the same rules as the solver's constraints.
     */
    public boolean objectiveMatchesScore() {
        return hasPlan() && run.end().hard() == 0 && -run.end().medium() == objectiveMedium
                && -run.end().soft() == objectiveSoft;
    }

    /** "0/0/-1,381": the model's objective as a score, for the report. */
    public String objectiveAsScore() {
        return "0/" + Cells.number(-objectiveMedium) + "/" + Cells.number(-objectiveSoft);
    }
}
