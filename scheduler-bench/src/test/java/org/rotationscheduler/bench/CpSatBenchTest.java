package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench on the small suite (examples/small, 351 seats) with a short limit, in this JVM: the
 * CP-SAT peer runs in the same run within the solver's budget, its row stands beside the solver's
 * and the baseline's, and the report says what it found and compares the two at each budget. In 4
 * s on a loaded 2-core machine CP-SAT may not have a plan yet; when it has one, its objective is
 * the tool's score of it (CpSatPeerTest holds that on an instance it always solves).
 */
class CpSatBenchTest {

    @Test
    void theSmallSuiteHasACpSatRowWhoseObjectiveIsTheToolsScore() {
        BenchResult r = new InstanceRunner().run(Suite.SMALL, 2019, Duration.ofSeconds(4));

        assertThat(r.seats()).isEqualTo(351);
        assertThat(r.cadres()).isEqualTo(250);
        CpSatFigures peer = r.cpsat();
        assertThat(peer.ran()).as("skipped: %s", peer.skipped()).isTrue();
        assertThat(peer.status()).isIn("OPTIMAL", "FEASIBLE", "UNKNOWN");
        if (peer.hasPlan()) {
            assertThat(peer.objectiveMatchesScore()).as("objective %s, score %s", peer.objectiveAsScore(),
                    Cells.score(peer.run().end())).isTrue();
            assertThat(peer.run().brokenHard()).isZero();
        } else {
            assertThat(peer.run().unfilled()).as("no plan: every seat empty").isEqualTo(351);
        }
        assertThat(peer.booleans()).isPositive();
        assertThat(peer.run().millisSpent()).as("the solver's budget, building included, and what a loaded machine adds").isLessThan(4_000 + 4_000);
        assertThat(new BenchChecks().failures(r)).isEmpty();

        BenchReport report = new BenchReport(List.of(new BenchReport.Entry(Suite.SMALL, r, null, List.of())));
        assertThat(report.table()).contains("| small | solver |", "|  | greedy |", "|  | cpsat |");
        assertThat(report.csv().lines()).hasSize(1 + 3).anyMatch(l -> l.startsWith("small,cpsat,"));
        String md = report.markdown("test");
        assertThat(md).contains("## CP-SAT peer", "- small: CP-SAT " + peer.status(),
                "small: solver vs CP-SAT at each budget: @30 s — (no solver figure)", "at end ");
        assertThat(md).contains(peer.hasPlan() ? "= the tool's score of its plan" : "no plan within");
    }
}
