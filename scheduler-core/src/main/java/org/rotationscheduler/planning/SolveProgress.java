package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Called on every new best plan: elapsed milliseconds, its score and how many seats it fills. */
@FunctionalInterface
public interface SolveProgress {
    void bestPlan(long elapsedMillis, HardMediumSoftLongScore score, long filledSeats);

    /** While the first plan is built, before any best plan exists: seats placed so far of all seats. */
    default void firstPlan(long elapsedMillis, long placedSeats, long seats) {
    }

    SolveProgress NONE = (ms, score, filled) -> { };

    /** How a first-plan phase reports the seats it has placed. */
    @FunctionalInterface
    interface Building {
        void placed(long placedSeats, long seats);

        Building NONE = (placed, seats) -> { };
    }
}
