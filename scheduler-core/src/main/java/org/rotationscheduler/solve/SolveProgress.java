package org.rotationscheduler.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Called on every new best plan: elapsed milliseconds, its score and how many seats it fills. */
@FunctionalInterface
public interface SolveProgress {
    void bestPlan(long elapsedMillis, HardMediumSoftLongScore score, long filledSeats);

    SolveProgress NONE = (ms, score, filled) -> { };
}
