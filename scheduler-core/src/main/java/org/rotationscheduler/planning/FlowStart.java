package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.rotationscheduler.domain.model.Cadre;

/**
 * The first plan from the min-cost-flow relaxation (#16): its seat choice already keeps E1-E10
 * and E4 and is near the best on F1, F3 and F8. It is taken seat by seat where it keeps E9 and
 * E11 with what is already placed (E4-bound rounds first), and {@link GreedyInitializer} fills
 * whatever it had to leave out; local search then repairs the group-level preferences. The
 * relaxation's optimum is also the plan's {@link LowerBound}, which {@link #bound()} returns.
 */
public final class FlowStart implements PhaseCommand<RotationSolution> {
    private static final String VARIABLE = "cadre";
    private final long seed;
    private final long deadlineMillis;
    private final SolveProgress.Building building;
    private final AtomicReference<LowerBound.Result> bound = new AtomicReference<>();

    /**
     * @param deadlineMillis epoch millis until which Lagrangian steps may raise the bound (the
     *     plain flow is solved in any case); 0 for the plain flow only, as reproducible runs need
     */
    public FlowStart(long seed, long deadlineMillis, SolveProgress.Building building) {
        this.seed = seed;
        this.deadlineMillis = deadlineMillis;
        this.building = building;
    }

    /** The bound the flow proved, or null before the phase ran. */
    public LowerBound.Result bound() {
        return bound.get();
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        RotationSolution solution = director.getWorkingSolution();
        LowerBound.Computed computed = new LowerBound(solution).compute(deadlineMillis, terminated, -1);
        bound.set(computed.result());
        Map<SeatAssignment, Cadre> start = computed.start();
        List<SeatAssignment> order = new ArrayList<>(start.keySet());
        // E4-bound rounds first, so that a round of E11 conflict drops the free cadre's seat
        order.sort(Comparator.comparing((SeatAssignment a) -> a.getQuotaScope() == null)
                .thenComparing(SeatAssignment::getId));
        Map<Cadre, List<Integer>> roundsOf = new HashMap<>();
        for (PriorService p : solution.getPriorServices()) {
            roundsOf.computeIfAbsent(p.cadre(), c -> new ArrayList<>()).add(p.roundNumber());
        }
        for (SeatAssignment a : solution.getSeats()) {
            if (a.getCadre() != null) {
                roundsOf.computeIfAbsent(a.getCadre(), c -> new ArrayList<>()).add(a.getRoundNumber());
            }
        }
        long placed = 0;
        long total = solution.getSeats().size();
        for (SeatAssignment seat : order) {
            if (terminated.getAsBoolean()) {
                break;
            }
            Cadre c = start.get(seat);
            if (seat.isPinned() || seat.getCadre() != null || !restsEnough(seat, roundsOf.get(c))) {
                continue;
            }
            director.beforeVariableChanged(seat, VARIABLE);
            seat.setCadre(c);
            director.afterVariableChanged(seat, VARIABLE);
            roundsOf.computeIfAbsent(c, x -> new ArrayList<>()).add(seat.getRoundNumber());
            if (++placed % 500 == 0) {
                building.placed(placed, total);
            }
        }
        director.triggerVariableListeners();
        building.placed(placed, total);
        // the seats left out are few: fill them even when time is up, so the plan is complete
        new GreedyInitializer(seed).changeWorkingSolution(director, () -> false);
    }

    /** E9 and E11: no other round of the cadre within the rest the seat's rule asks. */
    private static boolean restsEnough(SeatAssignment seat, List<Integer> rounds) {
        if (rounds == null) {
            return true;
        }
        for (int r : rounds) {
            if (seat.roundsBetween(r) < seat.getMinRoundsOff()) {
                return false;
            }
        }
        return true;
    }
}
