package org.rotationscheduler.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rotationscheduler.rules.RuleId;

/**
 * The figures of one run (the solver, or the greedy baseline) on one instance. Broken hard rules
 * and empty seats come from the independent {@code PlanChecker}, the scores from the solver's
 * constraints (the baseline's through Timefold's {@code SolutionManager}), so both runs are judged
 * alike.
 *
 * @param run {@link #SOLVER}, {@link #GREEDY} or {@link #CPSAT}
 * @param millisSpent how long the run took to produce its plan
 * @param millisToZeroHard when the first plan with zero hard score appeared, -1 if never
 * @param end the final score
 * @param at30s the best score at 30 s, null when the time limit is shorter or there was no plan yet
 * @param at60s the same at 60 s
 * @param unfilled empty seats (checker)
 * @param brokenHardByRule broken hard rules counted by rule id (checker), in rule order
 * @param moveEvaluationSpeed moves evaluated per second, -1 for the baseline (no search)
 * @param timeline the best score over time, thinned for charts
 */
public record RunFigures(String run, long millisSpent, long millisToZeroHard, ScorePoint end, ScorePoint at30s,
        ScorePoint at60s, long unfilled, Map<RuleId, Long> brokenHardByRule, long moveEvaluationSpeed,
        HeapFigures heap, List<ScorePoint> timeline) {

    public static final String SOLVER = "solver";
    public static final String GREEDY = "greedy";
    /** The CP-SAT peer (#16). */
    public static final String CPSAT = "cpsat";

    public RunFigures {
        // in the rules' display order, as the checker lists them
        Map<RuleId, Long> ordered = new TreeMap<>(brokenHardByRule);
        brokenHardByRule = Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
        timeline = List.copyOf(timeline);
    }

    public long brokenHard() {
        return brokenHardByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "E4 ×12, E11 ×3", or "" when nothing is broken. */
    public String brokenHardSummary() {
        StringBuilder sb = new StringBuilder();
        brokenHardByRule.forEach((rule, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(rule.id()).append(" ×").append(Cells.number(n)));
        return sb.toString();
    }

}
