package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.rotationscheduler.domain.model.Cadre;

/**
 * How good a plan can be at best (#16): the {@link FlowRelaxation}'s optimum (the plain flow bound),
 * then Lagrangian multipliers for E11 and F2 raised by subgradient steps while time allows. No plan
 * that keeps the hard rules leaves fewer than {@code unfilled} seats empty, and none that leaves
 * that many empty has a soft score above {@code −penalty}.
 */
public final class LowerBound {

    /**
     * The bound.
     *
     * @param unfilled the fewest empty seats any plan can have
     * @param flowPenalty the plain flow bound on the soft penalty (soft score ≤ −flowPenalty)
     * @param penalty the best bound found (≥ flowPenalty): soft score ≤ −penalty
     * @param iterations flow solves (1 = the plain flow only)
     * @param millis how long it took
     * @param e4Kept false when E4's fixed flows could not be met (then no bound holds: penalty is -1)
     */
    public record Result(long unfilled, long flowPenalty, long penalty, int iterations, long millis, boolean e4Kept) {

        /** The best score any plan can have, as the solver scores it. */
        public HardMediumSoftLongScore bestPossible(long unfilledWeight) {
            return HardMediumSoftLongScore.of(0, -unfilled * unfilledWeight, -penalty);
        }

        /**
         * How far a plan's soft score is from the bound, as a fraction of the bound (0.31 = 31 %),
         * or NaN when the plan leaves more seats empty than the bound (its medium level is worse,
         * the soft bound does not apply) or the bound is zero.
         */
        public double gap(HardMediumSoftLongScore score, long unfilledWeight) {
            if (!e4Kept || score.hardScore() != 0 || -score.mediumScore() != unfilled * unfilledWeight || penalty <= 0) {
                return Double.NaN;
            }
            return (-score.softScore() - penalty) / (double) penalty;
        }

        /** The bound as plan.json's {@code stats.bound} records it. */
        public Map<String, Object> figures(HardMediumSoftLongScore score, long unfilledWeight) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("e4Kept", e4Kept);
            if (e4Kept) {
                out.put("bestPossible", bestPossible(unfilledWeight).toString());
                out.put("flowSoft", -flowPenalty);
                out.put("soft", -penalty);
                double gap = gap(score, unfilledWeight);
                out.put("gap", Double.isNaN(gap) ? null : Math.round(gap * 1000) / 1000.0);
            }
            out.put("lagrangianSteps", iterations - 1);
            out.put("seconds", millis / 1000.0);
            return out;
        }

        /** "no plan can score better than soft −29,000: within 31 %". */
        public String describe(HardMediumSoftLongScore score, long unfilledWeight) {
            if (!e4Kept) {
                return "no bound: E4's rounds cannot all be placed even in the relaxation";
            }
            String best = String.format("no plan can score better than soft %,d", -penalty)
                    + (unfilled > 0 ? String.format(" with %d empty seat(s)", unfilled) : "")
                    + String.format(" (flow bound %,d%s)", -flowPenalty,
                            iterations > 1 ? String.format(", %d Lagrangian step(s)", iterations - 1) : "");
            double gap = gap(score, unfilledWeight);
            return Double.isNaN(gap) ? best : best + String.format(": within %.0f %%", gap * 100);
        }
    }

    /** The bound and, for a first plan, the relaxation's own seat choice. */
    public record Computed(Result result, Map<SeatAssignment, Cadre> start, long e11BreaksOfStart) {
    }

    private static final double INITIAL_THETA = 0.5;
    /**
     * Below this the steps stop: after two undone steps in a row (measured on the season and the
     * small example: no later step raised the bound) the CPU is better left to the search.
     */
    private static final double MIN_THETA = 0.2;
    private static final boolean DEBUG = Boolean.getBoolean("rotation.bound.debug");
    private final FlowRelaxation relaxation;

    public LowerBound(RotationSolution problem) {
        this.relaxation = new FlowRelaxation(problem);
    }

    /**
     * The plain flow bound, then subgradient steps until {@code deadlineMillis} (epoch millis) or
     * {@code stop}. A step moves each multiplier by θ·(target − bound)/‖g‖² times its violation
     * (Polyak) from the best multipliers so far; a step that does not raise the bound is undone and θ
     * halves.
     *
     * @param target a soft penalty some plan reaches (e.g. the best plan so far), or -1 to guess one
     */
    public Computed compute(long deadlineMillis, BooleanSupplier stop, long target) {
        return compute(deadlineMillis, stop, () -> target, r -> { });
    }

    /**
     * As {@link #compute(long, BooleanSupplier, long)}, with a target that may move (the solver's
     * best plan so far) and each better bound handed to {@code improved} as soon as it is proved.
     */
    public Computed compute(long deadlineMillis, BooleanSupplier stop, LongSupplier targetNow,
            Consumer<Result> improved) {
        long started = System.currentTimeMillis();
        FlowRelaxation.Multipliers m = relaxation.zero();
        FlowRelaxation.Outcome first = relaxation.solve(m);
        if (first == null) {
            return new Computed(new Result(-1, -1, -1, 1, System.currentTimeMillis() - started, false), Map.of(), 0);
        }
        long best = first.penalty();
        improved.accept(new Result(first.unfilled(), first.penalty(), best, 1, System.currentTimeMillis() - started,
                true));
        FlowRelaxation.Outcome start = first;
        long startBreaks = relaxation.e11Breaks(first);
        int iterations = 1;
        // a step that lowers the bound is undone and the next one is half as long: the target
        // (a plan's penalty) is above the optimum, so full Polyak steps overshoot
        double theta = INITIAL_THETA;
        FlowRelaxation.Multipliers bestM = m;
        FlowRelaxation.Outcome current = first;
        // one step costs about as long as the first solve: do not start one that would overrun
        long perSolve = System.currentTimeMillis() - started;
        while (System.currentTimeMillis() + perSolve < deadlineMillis && !stop.getAsBoolean() && theta > MIN_THETA) {
            long norm = relaxation.subgradientNorm(bestM, current);
            if (norm == 0) {
                break; // no multiplier can move: the bound is as good as these terms make it
            }
            long target = targetNow.getAsLong();
            long goal = target > best ? target : Math.max(best + 10, best * 3 / 2);
            double step = theta * Math.max(1, goal - current.penalty()) / norm;
            m = relaxation.step(bestM, current, step);
            long t0 = System.currentTimeMillis();
            FlowRelaxation.Outcome next = relaxation.solve(m);
            perSolve = System.currentTimeMillis() - t0;
            iterations++;
            if (next == null) {
                break;
            }
            if (DEBUG) {
                System.err.printf("bound step %d: %d (best %d), θ %.4f, E11 pairs %d, %d ms%n", iterations,
                        next.penalty(), Math.max(best, next.penalty()), theta, relaxation.e11Breaks(next), perSolve);
            }
            if (next.penalty() > best) {
                best = next.penalty();
                bestM = m;
                current = next;
                // the multipliers' push towards E11, F5 and F6 makes the better start
                start = next;
                startBreaks = relaxation.e11Breaks(next);
                improved.accept(new Result(first.unfilled(), first.penalty(), best, iterations,
                        System.currentTimeMillis() - started, true));
            } else {
                theta /= 2;
            }
        }
        Result result = new Result(first.unfilled(), first.penalty(), best, iterations,
                System.currentTimeMillis() - started, true);
        improved.accept(result);
        return new Computed(result, relaxation.seatsOf(start), startBreaks);
    }
}
