package org.rotationscheduler.bench;

import java.util.List;
import java.util.Map;
import org.rotationscheduler.rules.RuleId;

/** Hand-made worker results for the checks and the report: only the figures a test cares about. */
final class Results {
    private Results() {
    }

    static final BoundFigures NO_SHORTAGE = new BoundFigures(true, 5, 0, 468, List.of());

    static RunFigures run(String name, long unfilled, Map<RuleId, Long> broken) {
        List<ScorePoint> timeline = List.of(new ScorePoint(100, -40, -11_268, -90_000, 0),
                new ScorePoint(2_500, -3, 0, -20_000, 11_268), new ScorePoint(4_000, 0, 0, -19_000, 11_268),
                new ScorePoint(45_000, 0, 0, -15_000, 11_268));
        ScorePoint end = new ScorePoint(60_000, -broken.size(), -unfilled, -14_000, 11_268 - unfilled);
        return new RunFigures(name, 60_000, broken.isEmpty() ? 4_000 : -1, end, end.at(30_000), end.at(60_000),
                unfilled, broken, name.equals(RunFigures.GREEDY) ? -1 : 25_000,
                new HeapFigures(300L << 20, 2_000L << 20, 900L << 20, 2_100L << 20, 40), timeline);
    }

    static BenchResult result(String suite, int plantedUnfilled, BoundFigures bound, RunFigures solver) {
        return new BenchResult(suite, 2019, "秋冬季攻坚期 2019 (autumn-2019), rounds 11-22", 11_268, 7_000,
                plantedUnfilled, plantedUnfilled, plantedUnfilled == 0 ? "" : "E3/E4: 397 cadres for 468 seats",
                60_000, 1_800, 4L << 30, "17", bound, solver,
                run(RunFigures.GREEDY, 3, Map.of(RuleId.E4, 120L, RuleId.E11, 900L)));
    }

    static BenchResult planted(RunFigures solver) {
        return result("season", 0, NO_SHORTAGE, solver);
    }

    static BoundFigures.Where shortage(String city, String when) {
        return new BoundFigures.Where("E3/E4", city, when, "中心组", "组长", 8, 2,
                city + " in " + when + ", 中心组 组长: 2 of 8 seat(s) cannot be filled");
    }

    static BoundFigures shortBound(BoundFigures.Where... where) {
        return new BoundFigures(false, 5, 0, 397, List.of(where));
    }
}
