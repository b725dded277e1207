package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.app.replan.Replan;
import org.rotationscheduler.app.replan.ReplanOutputs;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * What {@code replan} prints on stdout once the plan is written: the figures, then the change
 * list, seat by seat (S1: the reasons are the change list's neutral phrases).
 *
 * @param pinnedBreaks broken hard rules in pinned rounds: kept as published, not the replan's doing
 * @param breaks broken hard rules and empty seats in the replanned rounds (and E4, which has no seat)
 */
record ReplanSummary(Replan replan, SolveResult result, ChangeList changes, List<RuleBreak> breaks,
        List<RuleBreak> pinnedBreaks, Path dir, int notices) {

    void print(PrintWriter out) {
        Plan plan = result.plan();
        out.printf("Replanned:   %s, rounds %s, from %s: %s%n", plan.describeScope(), span(replan.rounds()),
                replan.from(), replan.pinnedRounds().isEmpty() ? "no round had started, every round replanned"
                        : "rounds " + span(replan.pinnedRounds()) + " had started and are kept as published");
        out.printf("Changes:     %s (%s)%n", replan.changes().describe(), replan.changes().source());
        out.printf("Seats:       %d, filled %d, empty %d%n", plan.assignments().size(), plan.filled(), plan.unfilled());
        out.printf("Changed:     %s%n", changes.summary());
        out.printf("Hard rules:  %s%n", breaks.isEmpty() ? "none broken in the replanned rounds (independent check)"
                : brokenAndEmpty(breaks));
        if (!pinnedBreaks.isEmpty()) {
            out.printf("Pinned:      %s in rounds kept as published (see the warnings)%n", brokenAndEmpty(pinnedBreaks));
        }
        out.printf("Score:       hard %d, medium %d (empty seats), soft %d%n", result.score().hardScore(),
                result.score().mediumScore(), result.score().softScore());
        out.printf("Time:        %.1f s%s%n", result.millisSpent() / 1000.0, result.terminatedEarly() ? " (stopped early)" : "");
        out.printf("Written:     %s (plan.json, assignments.csv, roster.xlsx with 变更, 软性规则明细.xlsx, report.html, %s%s, %s/: %d notice file(s))%n",
                dir, Replan.REGISTER_FILE, replan.changes().changesGroupCounts() ? ", " + Replan.CAMPAIGN_FILE : "",
                ReplanOutputs.NOTICES_DIR, notices);
        out.println();
        out.printf("变更 Changes: %d seat(s)%n", changes.seatsChanged());
        changes.changes().forEach(c -> out.println("  " + c.describe()));
        if (!breaks.isEmpty()) {
            out.println();
            out.println("Broken rules and empty seats: see 'scheduler check --plan " + dir + "' or the 违反规则 sheet.");
        }
    }

    /** "broken {E9=1}; 2 empty seat(s)" */
    private static String brokenAndEmpty(List<RuleBreak> hardBreaks) {
        List<String> parts = new ArrayList<>();
        Map<RuleId, Long> hard = PlanChecker.hardByRule(hardBreaks);
        long empty = PlanChecker.unfilledCount(hardBreaks);
        if (!hard.isEmpty()) {
            parts.add("broken " + hard);
        }
        if (empty > 0) {
            parts.add(empty + " empty seat(s)");
        }
        return String.join("; ", parts);
    }

    private static String span(List<Round> rounds) {
        int first = rounds.get(0).number();
        int last = rounds.get(rounds.size() - 1).number();
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
