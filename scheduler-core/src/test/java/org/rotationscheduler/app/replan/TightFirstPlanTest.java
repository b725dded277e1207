package org.rotationscheduler.app.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationSolver;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.planning.SolveSettings;

/**
 * The first plan on a roster with hardly a spare cadre ({@link ReplanFixture}: 94 cadres for 168
 * seats, the central seats of each city from 15 partner cadres): greedy choices leave the last
 * rounds' central seats without a free candidate (E11, F1's season maximum), and the two-step
 * augmenting paths must fill them, without search.
 */
class TightFirstPlanTest {
    @TempDir
    Path dir;

    @Test
    void theFirstPlanAloneFillsEverySeatOfATightRoster() throws IOException {
        ReplanFixture fixture = new ReplanFixture(dir);
        SolveResult first = new RotationSolver().solve(new ProblemBuilder(fixture.campaign, fixture.register)
                .problem(fixture.season, fixture.rounds), new SolveSettings(null, null, 0, 0L), (t, s, n) -> { });
        var breaks = new PlanChecker(fixture.campaign).check(first.plan());
        assertThat(first.plan().unfilled()).isZero();
        assertThat(PlanChecker.hardByRule(breaks)).isEmpty();
    }
}
