package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.rotationscheduler.domain.model.Cadre;

/**
 * The first plan from the min-cost-flow relaxation (#16): its seat choice already keeps E1-E10
 * and E4 and is near the best on F1, F3, F8 and F9. It is taken seat by seat where it keeps E9 and
 * E11 with what is already placed (E4-bound rounds first), and {@link GreedyInitializer} fills
 * whatever it had to leave out; local search then repairs the group-level preferences. The
 * relaxation's optimum is also the plan's {@link LowerBound}, which {@link #bound()} returns; its
 * Lagrangian steps run beside the search from then on, as {@link BoundBeside}'s do.
 */
public final class FlowStart implements PhaseCommand<RotationSolution> {
    private static final String VARIABLE = "cadre";
    private final long seed;
    private final long deadlineMillis;
    private final SolveProgress.Building building;
    private final AtomicReference<LowerBound.Result> bound = new AtomicReference<>();

    /**
     * @param deadlineMillis epoch millis until which Lagrangian steps may raise the bound beside the
     *     search (the plain flow is solved in any case); 0 for the plain flow only
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
        LowerBound.Computed computed = plainFlowThenSteps(solution);
        Map<SeatAssignment, Cadre> start = computed == null ? Map.of() : computed.start();
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

    /**
     * The plain flow's seat choice, as soon as it is solved; the Lagrangian steps go on on a thread
     * of their own until the deadline, so that they do not hold the first plan back (each better
     * bound lands in {@link #bound()}). Null when the relaxation cannot be built or solved here.
     */
    private LowerBound.Computed plainFlowThenSteps(RotationSolution solution) {
        CompletableFuture<LowerBound.Computed> plain = new CompletableFuture<>();
        LowerBound lowerBound;
        try {
            lowerBound = new LowerBound(solution); // reads the working solution: before the search changes it
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            return null; // no native library or heap for it: the greedy passes make the whole first plan
        }
        Thread steps = new Thread(() -> {
            try {
                lowerBound.compute(deadlineMillis, () -> false, () -> -1, bound::set, plain::complete);
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                plain.complete(null);
            }
        }, "lower-bound");
        steps.setDaemon(true);
        steps.setPriority(Thread.MIN_PRIORITY);
        steps.start();
        try {
            return plain.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** E9 and E11: no other round of the cadre within the rest the seat's rule asks. */
    private static boolean restsEnough(SeatAssignment seat, List<Integer> rounds) {
        if (rounds == null) {
            return true;
        }
        for (int r : rounds) {
            if (seat.tooCloseForRest(r)) {
                return false;
            }
        }
        return true;
    }
}
