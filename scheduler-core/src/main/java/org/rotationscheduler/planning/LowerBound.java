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
 * then Lagrangian multipliers (E11, F2, the team envelopes of F4-F6) raised by subgradient steps while time allows. No plan
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

    /** Polyak's step factor at the start; it halves after {@link #PATIENCE} steps without a better bound. */
    private static final double INITIAL_THETA = 0.5;
    private static final int PATIENCE = 3;
    /**
     * Share of the last step's move carried into the next (heavy ball). On the season, the bound
     * after 56 s of steps from the same start (#16): without it −37,279, with 0.3 −38,102, 0.6
     * −39,103, 0.8 −39,558, 0.9 −39,736, 0.95 −39,348; with 0.9 after 150 s −40,734, above what
     * 300 s gave without it (−40,327 to −40,686).
     */
    private static final double MOMENTUM = 0.9;
    /** Below this the steps are too short to move the bound: the CPU is better left to the search. */
    private static final double MIN_THETA = 1.0 / 256;
    private static final boolean DEBUG = Boolean.getBoolean("rotation.bound.debug");
    private final FlowRelaxation relaxation;

    public LowerBound(RotationSolution problem) {
        this.relaxation = new FlowRelaxation(problem);
    }

    /**
     * The plain flow bound, then projected subgradient steps until {@code deadlineMillis} (epoch
     * millis) or {@code stop}. Each step moves every multiplier by θ·(target − L)/‖g‖² times its
     * violation (Polyak), plus {@link #MOMENTUM} times the step before (heavy ball), from the last
     * multipliers, not the best: the dual function is concave but
     * not smooth, so a step that lowers it is the normal way of getting past a ridge. The best
     * bound is kept (every dual value is a valid bound: each comes from an optimal flow); after
     * {@link #PATIENCE} steps without a better one θ halves and the walk restarts from the best
     * multipliers.
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
        return compute(deadlineMillis, stop, targetNow, improved, c -> { });
    }

    /**
     * As above, handing the plain flow's bound and seat choice to {@code plain} as soon as it is
     * solved, before the steps (a first plan need not wait for them).
     */
    public Computed compute(long deadlineMillis, BooleanSupplier stop, LongSupplier targetNow,
            Consumer<Result> improved, Consumer<Computed> plain) {
        long started = System.currentTimeMillis();
        FlowRelaxation.Multipliers m = relaxation.zero();
        FlowRelaxation.Outcome first = relaxation.solve(m);
        long perSolve = System.currentTimeMillis() - started;
        if (first == null) {
            Computed none = new Computed(new Result(-1, -1, -1, 1, System.currentTimeMillis() - started, false),
                    Map.of(), 0);
            improved.accept(none.result());
            plain.accept(none);
            return none;
        }
        if (DEBUG) {
            System.err.printf("bound: %s; plain flow %d in %d ms (solve %d ms)%n", relaxation.size(), first.penalty(),
                    perSolve, relaxation.lastSolveMillis);
        }
        long best = first.penalty();
        Result plainResult = new Result(first.unfilled(), first.penalty(), best, 1, perSolve, true);
        improved.accept(plainResult);
        FlowRelaxation.Outcome start = first;
        long startBreaks = relaxation.e11Breaks(first);
        plain.accept(new Computed(plainResult, relaxation.seatsOf(first), startBreaks));
        int iterations = 1;
        double theta = INITIAL_THETA;
        int sinceBetter = 0;
        FlowRelaxation.Multipliers bestM = m;
        FlowRelaxation.Outcome bestOutcome = first;
        FlowRelaxation.Outcome current = first;
        FlowRelaxation.Multipliers before = null;
        // the first step goes to where the walk should start (F4's pigeonhole terms at their weight)
        FlowRelaxation.Multipliers initial = relaxation.initial();
        // one step costs about as long as the last solve: do not start one that would overrun
        while (System.currentTimeMillis() + perSolve < deadlineMillis && !stop.getAsBoolean() && theta >= MIN_THETA) {
            if (initial != null) {
                m = initial;
                initial = null;
            } else {
                long norm = relaxation.subgradientNorm(m, current);
                if (norm == 0) {
                    if (current == bestOutcome) {
                        break; // no multiplier can move: the bound is as good as these terms make it
                    }
                    m = bestM;
                    current = bestOutcome;
                    before = null;
                    theta /= 2;
                    continue;
                }
                long target = targetNow.getAsLong();
                // without a plan to aim at, guess one a little above the best bound
                long goal = target > best ? target : best + Math.max(10, best / 10);
                double step = theta * Math.max(1, goal - current.penalty()) / norm;
                FlowRelaxation.Multipliers next = relaxation.step(m, current, step);
                if (before != null) {
                    next = relaxation.withMomentum(next, m, before, MOMENTUM);
                }
                before = m;
                m = next;
            }
            long t0 = System.currentTimeMillis();
            FlowRelaxation.Outcome next = relaxation.solve(m);
            perSolve = System.currentTimeMillis() - t0;
            iterations++;
            if (next == null) {
                break; // cannot happen (only costs change), but no bound is claimed from it
            }
            if (DEBUG) {
                System.err.printf("bound step %d: %d (best %d), θ %.4f, E11 pairs %d, %d ms (solve %d ms)%n",
                        iterations, next.penalty(), Math.max(best, next.penalty()), theta, relaxation.e11Breaks(next),
                        perSolve, relaxation.lastSolveMillis);
            }
            current = next;
            if (next.penalty() > best) {
                best = next.penalty();
                bestM = m;
                bestOutcome = next;
                sinceBetter = 0;
                // the multipliers' push towards E11, F5 and F6 makes the better start
                start = next;
                startBreaks = relaxation.e11Breaks(next);
                improved.accept(new Result(first.unfilled(), first.penalty(), best, iterations,
                        System.currentTimeMillis() - started, true));
            } else if (++sinceBetter >= PATIENCE) {
                theta /= 2;
                sinceBetter = 0;
                m = bestM;
                current = bestOutcome;
                before = null;
            }
        }
        Result result = new Result(first.unfilled(), first.penalty(), best, iterations,
                System.currentTimeMillis() - started, true);
        improved.accept(result);
        return new Computed(result, relaxation.seatsOf(start), startBreaks);
    }
}
