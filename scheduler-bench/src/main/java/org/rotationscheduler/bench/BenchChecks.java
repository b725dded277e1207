package org.rotationscheduler.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark run must show whatever the timings, judged from the worker's result alone:
 * <ul>
 * <li>a planted-feasible instance (the planted roster breaks no hard rule and fills every seat):
 * the feasibility bound finds no shortage (a necessary condition: a shortage here means the bound
 * or the generator is wrong), and the solver's plan breaks no hard rule (E1-E13) and leaves no
 * seat empty, as the independent checker sees it;</li>
 * <li>an instance built short (SHORT): the bound reports the shortage, and every shortage names
 * the city, the round or season and the seat kind, so that a planner knows where cadres are
 * missing; and the solver's plan, if it breaks no hard rule, leaves at least as many seats empty
 * as the bound proves (fewer would mean the bound or the checker is wrong).</li>
 * </ul>
 * The greedy baseline is never checked: it is a yardstick and may break anything. The CP-SAT peer
 * (#16), where it found a plan, is checked for what proves its model is the tool's rules: its
 * objective equals the tool's score of its plan, and the checker finds no broken hard rule in it
 * (the model keeps every hard rule as a constraint). Whether it beats the solver is a figure, not a
 * check.
 */
public final class BenchChecks {

    /** Why the result fails, in plain words; empty when it passes. */
    public List<String> failures(BenchResult r) {
        List<String> out = new ArrayList<>();
        if (r.plantedFeasible()) {
            planted(r, out);
        } else {
            shortInstance(r, out);
        }
        peer(r, out);
        return out;
    }

    private static void peer(BenchResult r, List<String> out) {
        CpSatFigures p = r.cpsat();
        if (p == null || !p.hasPlan()) {
            return;
        }
        if (!p.objectiveMatchesScore()) {
            out.add(r.suite() + ": the CP-SAT objective of its plan (" + p.objectiveAsScore() + ") is not the tool's score of that"
                    + " plan (" + Cells.score(p.run().end()) + "): the peer's model does not weigh the rules as"
                    + " RotationConstraints does");
        }
        if (p.run().brokenHard() > 0) {
            out.add(r.suite() + ": the CP-SAT plan breaks " + p.run().brokenHard() + " hard rule(s) ("
                    + p.run().brokenHardSummary() + ", checker) although its model keeps them as constraints");
        }
    }

    private static void planted(BenchResult r, List<String> out) {
        if (!r.bound().feasible()) {
            out.add(r.suite() + ": the feasibility bound reports a shortage (" + r.bound().missingSeats()
                    + " seat(s)) although the planted roster fills every seat without a broken hard rule:"
                    + " FeasibilityBound or the generator is wrong");
            return;
        }
        RunFigures s = r.solver();
        if (s.brokenHard() > 0) {
            out.add(r.suite() + ": the solver's plan breaks " + s.brokenHard() + " hard rule(s) (" + s.brokenHardSummary()
                    + ", checker) on a planted-feasible instance");
        }
        if (s.unfilled() > 0) {
            out.add(r.suite() + ": the solver's plan leaves " + s.unfilled() + " seat(s) empty on a planted-feasible"
                    + " instance");
        }
    }

    private static void shortInstance(BenchResult r, List<String> out) {
        BoundFigures b = r.bound();
        if (b.feasible() || b.shortages().isEmpty()) {
            out.add(r.suite() + ": the feasibility bound does not report the shortage the generator built in ("
                    + r.provenUnfilled() + " seat(s) no plan can fill: " + r.shortfallReason() + ")");
            return;
        }
        long vague = b.shortages().stream().filter(w -> !w.namesCityWhenAndSeatKind()).count();
        if (vague > 0) {
            out.add(r.suite() + ": " + vague + " of the bound's " + b.shortages().size() + " shortage(s) do not name"
                    + " the city, the round or season and the seat kind");
        }
        RunFigures s = r.solver();
        if (s.brokenHard() == 0 && s.unfilled() < b.missingSeats()) {
            out.add(r.suite() + ": the solver's plan leaves " + s.unfilled() + " seat(s) empty, fewer than the "
                    + b.missingSeats() + " the bound proves must stay empty: the bound or the checker is wrong");
        }
    }
}
