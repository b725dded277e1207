package org.rotationscheduler.planning;

import java.time.Duration;

/**
 * How long and how to solve.
 *
 * @param timeLimit stop after this long, the first plan included (null = no limit)
 * @param unimprovedLimit stop when the best plan has not improved for this long (null = no limit)
 * @param stepLimit stop after this many local-search steps (null = no limit); with a step limit
 *        and no time limit a run is reproducible byte for byte
 * @param seed the random seed of the initial plan and of the search
 * @param start how the first plan is built (#16)
 */
public record SolveSettings(Duration timeLimit, Duration unimprovedLimit, Integer stepLimit, long seed, Start start) {

    /** How the first plan is built. */
    public enum Start {
        /** The better of the two on the bench: today the greedy one (the bound is then proved beside the search). */
        AUTO,
        /** From the min-cost-flow relaxation ({@link FlowStart}); it also proves the {@link LowerBound}. */
        FLOW,
        /** The greedy passes alone ({@link GreedyInitializer}); no bound. */
        GREEDY
    }

    public SolveSettings(Duration timeLimit, Duration unimprovedLimit, Integer stepLimit, long seed) {
        this(timeLimit, unimprovedLimit, stepLimit, seed, Start.AUTO);
    }

    public SolveSettings {
        start = start == null ? Start.AUTO : start;
    }

    public SolveSettings withStart(Start newStart) {
        return new SolveSettings(timeLimit, unimprovedLimit, stepLimit, seed, newStart);
    }

    public static SolveSettings defaults() {
        return new SolveSettings(Duration.ofSeconds(60), Duration.ofSeconds(20), null, 0L);
    }
}
