package org.rotationscheduler.planning;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link LowerBound} computed on a thread of its own while the solver searches (#16): the
 * plain flow bound first, then Lagrangian steps until the deadline. It starts with solving, on the
 * second core while the first plan is built on the first (both are single-threaded), so that a
 * short run still gets the Lagrangian steps. {@link #result} takes the best
 * bound proved so far without waiting for a flow solve under way (it cannot be interrupted), so the
 * bound never delays the plan; only a run without a time limit waits for the plain flow bound.
 */
final class BoundBeside {
    private final AtomicReference<LowerBound.Result> latest = new AtomicReference<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    /** The soft penalty of the solver's best plan so far: the subgradient steps aim at it. */
    private final AtomicLong target = new AtomicLong(-1);
    private final Thread thread;

    /**
     * @param deadlineMillis epoch millis until which Lagrangian steps may run; 0 for the plain flow only
     */
    BoundBeside(RotationSolution problem, long deadlineMillis) {
        thread = new Thread(() -> {
            try {
                new LowerBound(problem).compute(deadlineMillis, stop::get, target::get, latest::set);
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // no bound (the native library cannot load here, or the heap is too small for the
                // relaxation next to the solver): the plan does not depend on it, nothing is printed
            }
        }, "lower-bound");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    private final AtomicBoolean started = new AtomicBoolean();

    /** Starts the thread, the first time only. */
    void startOnce() {
        if (started.compareAndSet(false, true)) {
            thread.start();
        }
    }

    void bestPenalty(long penalty) {
        target.set(penalty);
    }

    /** The best bound so far; {@code wait} joins the thread first (runs without a time limit). */
    LowerBound.Result result(boolean wait) {
        if (wait && started.get()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop.set(true);
        return latest.get();
    }
}
