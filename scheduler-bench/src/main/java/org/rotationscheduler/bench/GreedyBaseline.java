package org.rotationscheduler.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.SeatAssignment;

/**
 * The yardstick the solver is measured against: every seat in roster order gets the first cadre
 * of its candidate list (the same lists {@code ProblemBuilder} gives the solver, so E1-E3, E5-E8
 * and E10 hold) who does not already sit elsewhere in the same round. Nothing smarter on purpose:
 * it ignores E4 quotas, E11 rest and every preference, so the gap to the solver shows what the
 * search buys. A seat whose candidates all sit elsewhere that round stays empty.
 */
public final class GreedyBaseline {

    /** One assignment per seat of the problem, in its seat order; the problem itself is not changed. */
    public List<Assignment> fill(RotationSolution problem) {
        Map<Integer, Set<Cadre>> seatedInRound = new HashMap<>();
        List<Assignment> out = new ArrayList<>(problem.getSeats().size());
        for (SeatAssignment seat : problem.getSeats()) {
            Set<Cadre> seated = seatedInRound.computeIfAbsent(seat.getRoundNumber(), r -> new HashSet<>());
            Cadre chosen = firstFree(seat.getCandidates(), seated);
            if (chosen != null) {
                seated.add(chosen);
            }
            out.add(new Assignment(seat.getSeat(), chosen));
        }
        return out;
    }

    private static Cadre firstFree(List<Cadre> candidates, Set<Cadre> seated) {
        for (Cadre c : candidates) {
            if (!seated.contains(c)) {
                return c;
            }
        }
        return null;
    }
}
