package org.rotationscheduler.bench;

import java.nio.file.Path;
import java.time.Duration;

/** Runs one instance somewhere and hands back its result: in a forked JVM ({@link ForkedWorker}), or a test's stand-in. */
@FunctionalInterface
public interface WorkerLauncher {

    /**
     * @param dir the run's folder: a worker may leave its raw result and log there
     * @throws WorkerFailure when no result came back, with the reason in plain words
     */
    BenchResult run(Suite suite, Duration timeLimit, long seed, Path dir) throws WorkerFailure;

    /** A worker that ended without a result: crashed, ran out of memory, or did not finish in time. */
    final class WorkerFailure extends Exception {
        public WorkerFailure(String message) {
            super(message);
        }
    }
}
