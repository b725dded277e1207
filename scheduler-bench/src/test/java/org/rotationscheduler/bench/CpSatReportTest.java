package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.rules.RuleId;

/** The peer's lines and checks on hand-made results: a mismatch fails and shows, budgets compare level by level. */
class CpSatReportTest {

    private static BenchResult withPeer(RunFigures solver, CpSatFigures peer) {
        BenchResult r = Results.planted(solver);
        return new BenchResult("small", r.seed(), r.scope(), 351, 250, 0, 0, null, r.timeLimitMillis(),
                r.generateMillis(), r.maxHeapBytes(), r.java(), r.bound(), solver, r.greedy(), null, peer);
    }

    /** A peer run whose plan scores 0/0/-14,000 (Results.run), with the model's objective given. */
    private static CpSatFigures peer(long objectiveSoft, Map<RuleId, Long> broken) {
        return new CpSatFigures(Results.run(RunFigures.CPSAT, 0, broken), null, "FEASIBLE", 0, objectiveSoft, true,
                -9_000L, 1_200, 40_000);
    }

    @Test
    void anObjectiveThatIsTheToolsScorePassesAndSaysSo() {
        BenchResult r = withPeer(Results.run(RunFigures.SOLVER, 0, Map.of()), peer(14_000, Map.of()));

        assertThat(r.cpsat().objectiveMatchesScore()).isTrue();
        assertThat(new BenchChecks().failures(r)).isEmpty();
        String md = new BenchReport(List.of(new BenchReport.Entry(Suite.SMALL, r, null, List.of()))).markdown("t");
        assertThat(md).contains("CP-SAT FEASIBLE", "objective 0/0/-14,000 = the tool's score of its plan 0/0/-14,000",
                "solver vs CP-SAT at each budget: @30 s equal (0/0/-14,000 vs 0/0/-14,000)");
    }

    @Test
    void aMismatchFailsTheCheckAndShowsInTheReport() {
        BenchResult r = withPeer(Results.run(RunFigures.SOLVER, 0, Map.of()), peer(13_999, Map.of()));

        assertThat(r.cpsat().objectiveMatchesScore()).isFalse();
        assertThat(new BenchChecks().failures(r)).singleElement().asString()
                .contains("CP-SAT objective", "0/0/-13,999", "0/0/-14,000", "does not weigh the rules");
        String md = new BenchReport(List.of(new BenchReport.Entry(Suite.SMALL, r, null, List.of()))).markdown("t");
        assertThat(md).contains("≠ the tool's score of its plan 0/0/-14,000: MISMATCH");
        assertThat(new BenchReport(List.of(new BenchReport.Entry(Suite.SMALL, r, null, List.of()))).csv())
                .contains(",FEASIBLE,0,-13999,false,-9000,");
    }

    @Test
    void aBrokenHardRuleInTheCpSatPlanFails() {
        BenchResult r = withPeer(Results.run(RunFigures.SOLVER, 0, Map.of()), peer(14_000, Map.of(RuleId.E11, 2L)));

        assertThat(new BenchChecks().failures(r)).anySatisfy(f -> assertThat(f).contains("CP-SAT plan breaks", "E11"));
    }

    @Test
    void budgetsCompareHardThenMediumThenSoft() {
        ScorePoint a = new ScorePoint(0, 0, 0, -1_500, 351);
        assertThat(BenchReport.versus("@60 s", a, new ScorePoint(0, 0, -1, -100, 350))).startsWith("@60 s better");
        assertThat(BenchReport.versus("@60 s", a, new ScorePoint(0, 0, 0, -1_400, 351))).startsWith("@60 s worse");
        assertThat(BenchReport.versus("@60 s", new ScorePoint(0, -1, 0, 0, 351), a)).startsWith("@60 s worse");
        assertThat(BenchReport.versus("@30 s", a, null)).isEqualTo("@30 s — (no CP-SAT plan yet)");
    }

    @Test
    void aSkippedInstanceSaysWhy() {
        BenchResult r = withPeer(Results.run(RunFigures.SOLVER, 0, Map.of()),
                CpSatFigures.skipped(InstanceRunner.cpSatSkipReason(Suite.SEASON, 11_268)));

        assertThat(BenchReport.peerLines(r)).singleElement().asString()
                .isEqualTo("- small: CP-SAT not run: 11,268 seats, more than the 2,000 the CP-SAT model loads (one"
                        + " boolean per seat and candidate: millions here)");
        assertThat(new BenchReport(List.of(new BenchReport.Entry(Suite.SEASON, r, null, List.of()))).table())
                .doesNotContain("cpsat");
    }
}
