package org.rotationscheduler.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;
import org.rotationscheduler.planning.SolveProgress;

/**
 * Records every new best plan a solve reports, to read the best score at given moments and to
 * draw it. The solver calls {@link #bestPlan} from its own thread, hence the locking.
 */
public final class Timeline implements SolveProgress {
    private final List<ScorePoint> points = new ArrayList<>();

    @Override
    public synchronized void bestPlan(long elapsedMillis, HardMediumSoftLongScore score, long filledSeats) {
        points.add(ScorePoint.of(elapsedMillis, score, filledSeats));
    }

    public synchronized List<ScorePoint> points() {
        return List.copyOf(points);
    }

    /**
     * The best score known at {@code millis}: the last new best found by then, or the final score
     * when the run had already ended (the unimproved limit stops a run before its time limit).
     * Null when the run could not reach that moment (time limit shorter) or had no plan yet.
     */
    public synchronized ScorePoint bestAt(long millis, long timeLimitMillis, ScorePoint end) {
        if (millis > timeLimitMillis) {
            return null;
        }
        if (end.millis() <= millis) {
            return end.at(millis);
        }
        ScorePoint best = null;
        for (ScorePoint p : points) {
            if (p.millis() > millis) {
                break;
            }
            best = p;
        }
        return best == null ? null : best.at(millis);
    }

    /**
     * At most about {@code buckets} points for a chart or a result file: the last point of every
     * time slice, plus every point where the hard or medium score changes (so the moment of zero
     * hard is never smoothed away), the first and the last.
     */
    public synchronized List<ScorePoint> thinned(int buckets, long spanMillis) {
        List<ScorePoint> out = new ArrayList<>();
        long slice = Math.max(1, spanMillis / Math.max(1, buckets));
        for (int i = 0; i < points.size(); i++) {
            ScorePoint p = points.get(i);
            boolean last = i == points.size() - 1;
            ScorePoint next = last ? null : points.get(i + 1);
            boolean levelChanges = next != null && (next.hard() != p.hard() || next.medium() != p.medium());
            boolean sliceEnds = next == null || next.millis() / slice != p.millis() / slice;
            boolean previousLevelDiffers = !out.isEmpty() && (out.get(out.size() - 1).hard() != p.hard()
                    || out.get(out.size() - 1).medium() != p.medium());
            if (i == 0 || last || levelChanges || sliceEnds || previousLevelDiffers) {
                out.add(p);
            }
        }
        return out;
    }
}
