package org.rotationscheduler.cli;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.PrintWriter;
import org.rotationscheduler.planning.SolveProgress;

/** The one-line progress display on stderr while solving; silent when not on a terminal. */
final class ProgressLine implements SolveProgress {
    private final PrintWriter err;
    private final boolean enabled;
    private long lastPrinted = -1000;
    private boolean printed;

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void bestPlan(long elapsedMillis, HardMediumSoftLongScore score, long filledSeats) {
        if (!enabled || elapsedMillis - lastPrinted < 500) {
            return;
        }
        lastPrinted = elapsedMillis;
        printed = true;
        err.printf("\r  %6.1fs  best %-34s  seats filled %d   ", elapsedMillis / 1000.0, score, filledSeats);
        err.flush();
    }

    @Override
    public synchronized void firstPlan(long elapsedMillis, long placedSeats, long seats) {
        if (!enabled || elapsedMillis - lastPrinted < 500 && placedSeats < seats) {
            return;
        }
        lastPrinted = elapsedMillis;
        printed = true;
        err.printf("\r  %6.1fs  first plan: seats placed %d of %d   ", elapsedMillis / 1000.0, placedSeats, seats);
        err.flush();
    }

    synchronized void finish() {
        if (printed) {
            err.println();
            err.flush();
        }
    }
}
