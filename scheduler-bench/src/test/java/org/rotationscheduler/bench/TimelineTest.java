package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static Timeline timeline() {
        Timeline t = new Timeline();
        t.bestPlan(100, HardMediumSoftLongScore.of(-5, -10, -900), 0);
        t.bestPlan(2_000, HardMediumSoftLongScore.of(-2, 0, -500), 90);
        t.bestPlan(25_000, HardMediumSoftLongScore.of(0, 0, -400), 100);
        t.bestPlan(50_000, HardMediumSoftLongScore.of(0, 0, -300), 100);
        return t;
    }

    @Test
    void bestAt_isTheLastBestFoundByThen() {
        Timeline t = timeline();
        ScorePoint end = new ScorePoint(60_000, 0, 0, -250, 100);
        assertThat(t.bestAt(30_000, 60_000, end)).isEqualTo(new ScorePoint(30_000, 0, 0, -400, 100));
        assertThat(t.bestAt(60_000, 60_000, end)).isEqualTo(new ScorePoint(60_000, 0, 0, -250, 100));
        assertThat(t.bestAt(50, 60_000, end)).as("no plan yet").isNull();
    }

    @Test
    void bestAt_afterAnEarlyStopIsTheFinalScore_andBeyondTheTimeLimitThereIsNone() {
        Timeline t = timeline();
        ScorePoint stoppedEarly = new ScorePoint(52_000, 0, 0, -300, 100);
        assertThat(t.bestAt(60_000, 180_000, stoppedEarly)).isEqualTo(stoppedEarly.at(60_000));
        assertThat(t.bestAt(30_000, 10_000, stoppedEarly)).isNull();
    }

    @Test
    void thinned_keepsEveryChangeOfHardOrMediumAndTheEnds() {
        Timeline t = new Timeline();
        for (int i = 0; i < 10_000; i++) {
            t.bestPlan(i, HardMediumSoftLongScore.of(i < 5_000 ? -1 : 0, 0, -10_000 + i), 1);
        }
        var thin = t.thinned(100, 10_000);
        assertThat(thin.size()).isBetween(100, 110);
        assertThat(thin.get(0).millis()).isZero();
        assertThat(thin.get(thin.size() - 1).millis()).isEqualTo(9_999);
        assertThat(thin).anyMatch(p -> p.millis() == 4_999 && p.hard() == -1)
                .anyMatch(p -> p.millis() == 5_000 && p.hard() == 0);
    }
}
