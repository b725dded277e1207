package org.rotationscheduler.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * Everything one worker measured on one instance: what {@link BenchWorker} writes as JSON and the
 * bench command reads back to report and check.
 *
 * @param scope the planned rounds in words, e.g. "秋冬季攻坚期 2019 (autumn-2019), rounds 11-22 (...)"
 * @param plantedUnfilled seats the generator's planted roster leaves empty: 0 means a plan with
 *     no broken hard rule and no empty seat exists (every suite but SHORT)
 * @param provenUnfilled SHORT: seats the generator's count proves no plan can fill
 * @param generateMillis generating the register (not part of either run)
 * @param maxHeapBytes the worker's -Xmx
 * @param lowerBound the solver's lower bound (#16), null when it was not proved within the time limit
 * @param cpsat the CP-SAT peer (#16): its run, or why it did not run; null in results written before it
 */
public record BenchResult(String suite, long seed, String scope, int seats, int cadres, int plantedUnfilled,
        int provenUnfilled, String shortfallReason, long timeLimitMillis, long generateMillis, long maxHeapBytes,
        String java, BoundFigures bound, RunFigures solver, RunFigures greedy, LowerBoundFigures lowerBound,
        CpSatFigures cpsat) {

    public BenchResult(String suite, long seed, String scope, int seats, int cadres, int plantedUnfilled,
            int provenUnfilled, String shortfallReason, long timeLimitMillis, long generateMillis, long maxHeapBytes,
            String java, BoundFigures bound, RunFigures solver, RunFigures greedy, LowerBoundFigures lowerBound) {
        this(suite, seed, scope, seats, cadres, plantedUnfilled, provenUnfilled, shortfallReason, timeLimitMillis,
                generateMillis, maxHeapBytes, java, bound, solver, greedy, lowerBound, null);
    }

    public BenchResult(String suite, long seed, String scope, int seats, int cadres, int plantedUnfilled,
            int provenUnfilled, String shortfallReason, long timeLimitMillis, long generateMillis, long maxHeapBytes,
            String java, BoundFigures bound, RunFigures solver, RunFigures greedy) {
        this(suite, seed, scope, seats, cadres, plantedUnfilled, provenUnfilled, shortfallReason, timeLimitMillis,
                generateMillis, maxHeapBytes, java, bound, solver, greedy, null);
    }

    /** A plan with zero hard and no empty seat is known to exist: the planted roster is one. */
    public boolean plantedFeasible() {
        return plantedUnfilled == 0;
    }

    private static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public void write(Path file) throws IOException {
        String text = json().writeValueAsString(this);
        SafeFiles.writeString(file, true, text + "\n");
    }

    public static BenchResult read(Path file) throws IOException {
        return json().readValue(file.toFile(), BenchResult.class);
    }
}
