package org.rotationscheduler.solve;

import java.time.Duration;

/**
 * How long and how to solve.
 *
 * @param timeLimit stop after this long (null = no limit)
 * @param unimprovedLimit stop when the best plan has not improved for this long (null = no limit)
 * @param stepLimit stop after this many local-search steps (null = no limit); with a step limit
 *        and no time limit a run is reproducible byte for byte
 * @param seed the random seed of the initial plan and of the search
 */
public record SolveSettings(Duration timeLimit, Duration unimprovedLimit, Integer stepLimit, long seed) {

    public static SolveSettings defaults() {
        return new SolveSettings(Duration.ofSeconds(60), Duration.ofSeconds(20), null, 0L);
    }
}
