package org.rotationscheduler.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A best score and when it was found, in milliseconds since solving started. Hard = broken hard
 * rules (E1-E13), medium = empty seats (times the unfilled weight), soft = preferences (F1-F9).
 *
 * @param filledSeats seats the plan fills: 0 for the empty plan Timefold reports before the first
 *     phase (seats may stay empty, so an empty plan counts as a plan)
 */
public record ScorePoint(long millis, long hard, long medium, long soft, long filledSeats) {

    public static ScorePoint of(long millis, HardMediumSoftLongScore score, long filledSeats) {
        return new ScorePoint(millis, score.hardScore(), score.mediumScore(), score.softScore(), filledSeats);
    }

    public ScorePoint at(long otherMillis) {
        return new ScorePoint(otherMillis, hard, medium, soft, filledSeats);
    }
}
