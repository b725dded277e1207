package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.app.Schedule;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/** The summary {@code schedule} prints on stdout once the plan is written. */
record ScheduleSummary(SolveResult result, List<RuleBreak> breaks, Path dir, long millisBefore, long millisAfter) {

    ScheduleSummary(Schedule.Outcome outcome) {
        this(outcome.result(), outcome.breaks(), outcome.dir(), outcome.millisBefore(), outcome.millisAfter());
    }

    void print(PrintWriter out) {
        Plan plan = result.plan();
        var score = result.score();
        out.printf("Season:      %s, rounds %d-%d%n", plan.describeScope(), plan.rounds().get(0).number(),
                plan.rounds().get(plan.rounds().size() - 1).number());
        out.printf("Seats:       %d, filled %d, empty %d%n", plan.assignments().size(), plan.filled(), plan.unfilled());
        out.printf("Score:       hard %d, medium %d (empty seats), soft %d%n", score.hardScore(), score.mediumScore(),
                score.softScore());
        if (result.bound() != null) {
            out.printf("Bound:       %s%n", result.bound().describe(score, unfilledWeight(plan)));
        }
        Map<RuleId, Long> hard = PlanChecker.hardByRule(breaks);
        out.printf("Hard rules:  %s%n", hard.isEmpty() ? "none broken (independent check)" : "broken " + hard);
        if (!result.exemptFromQuota().isEmpty()) {
            out.printf("E4:          %d bound cadre(s) cannot serve any round of the season (not eligible for"
                    + " these dates or seats); they are excused%n", result.exemptFromQuota().size());
        }
        // #16: the time limit bounds solving (the first plan included); the steps around it are stated apart
        out.printf("Time:        solving %.1f s%s%s; before it %.1f s (problem, feasibility bound), after it %.1f s"
                        + " (check, plan folder)%n", result.millisSpent() / 1000.0,
                result.millisToFeasible() >= 0 ? String.format(", zero hard after %.1f s",
                        result.millisToFeasible() / 1000.0) : "",
                result.terminatedEarly() ? " (stopped early)" : "", millisBefore / 1000.0, millisAfter / 1000.0);
        out.printf("Written:     %s (plan.json, assignments.csv, roster.xlsx, 软性规则明细.xlsx, report.html, the register's copy)%n", dir);
        if (plan.unfilled() > 0) {
            out.println("Empty seats: see 'scheduler check --plan " + dir + "' or the 违反规则 sheet for each seat.");
        }
    }

    private static long unfilledWeight(Plan plan) {
        return Math.max(1, plan.campaign().rules().unfilledWeight());
    }
}
