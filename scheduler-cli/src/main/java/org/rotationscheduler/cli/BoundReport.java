package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.planning.FeasibilityBound;

/** Prints what the feasibility bound proved before solving: shortages no plan can avoid. */
record BoundReport(FeasibilityBound.Report report) {
    private static final int SHOWN = 12;

    void print(PrintWriter err) {
        if (report.feasible()) {
            err.println("Feasibility bound: no shortage found (" + report.provedLine() + ").");
            err.flush();
            return;
        }
        err.printf("Feasibility bound: this season cannot be fully planned; the best partial plan follows.%n");
        if (report.missingSeats() > 0) {
            err.printf("  at least %d seat(s) must stay empty; where (city, seat kind: missing seats in which rounds):%n",
                    report.missingSeats());
        }
        List<String> lines = aggregated();
        lines.stream().limit(SHOWN).forEach(l -> err.println("  - " + l));
        if (lines.size() > SHOWN) {
            err.printf("  ... and %d more; 'scheduler validate' lists the supply per seat kind%n", lines.size() - SHOWN);
        }
        if (report.e3Softened()) {
            err.printf("  E3 is softened: at least %d of %d autumn central leader seat(s) must go below E3's rank (F8)%n",
                    report.unavoidableJuniorLeaders(), report.seniorLeaderSeats());
        }
        if (report.unplaceableQuotaRounds() > 0) {
            err.printf("  E4: %d of %d rounds owed by the cadres of the round quota fit no eligible seat%n",
                    report.unplaceableQuotaRounds(), report.quotaRounds());
        }
        err.flush();
    }

    /** One line per city and seat kind, most missing first. */
    private List<String> aggregated() {
        Map<String, int[]> missing = new LinkedHashMap<>();
        Map<String, List<Integer>> rounds = new LinkedHashMap<>();
        for (FeasibilityBound.Shortage s : report.shortages()) {
            String key = s.city() + " " + s.group() + " " + s.seat() + " [" + s.rule() + "]";
            missing.computeIfAbsent(key, k -> new int[1])[0] += s.missing();
            if (s.round() != null) {
                rounds.computeIfAbsent(key, k -> new ArrayList<>()).add(s.round().number());
            }
        }
        return missing.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> e.getKey() + ": " + e.getValue()[0] + " missing"
                        + (rounds.containsKey(e.getKey()) ? " in rounds " + rounds.get(e.getKey()) : ""))
                .toList();
    }
}
