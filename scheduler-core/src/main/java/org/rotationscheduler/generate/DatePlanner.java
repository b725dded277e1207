package org.rotationscheduler.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;

/**
 * Gives cadres dates on which they cannot serve: declared unavailable days (E8: leave, other
 * duties) and, for a few, private states (E7: pregnant, nursing, poor health; S1). A planted cadre
 * gets them only in the gaps between their planted rounds, so the planted roster stays valid;
 * since rounds follow each other without gaps, any such range inside the planned window still
 * makes the cadre unusable for the rounds it touches. Cadres without a planted seat (slack) get
 * them more often and anywhere.
 */
final class DatePlanner {
    private final LocalDate windowStart;
    private final LocalDate windowEnd;

    DatePlanner(List<Round> rounds) {
        this.windowStart = rounds.get(0).start();
        this.windowEnd = rounds.get(rounds.size() - 1).end();
    }

    void plan(Draft d, SplittableRandom rng) {
        boolean slack = !d.planted();
        List<DateRange> blocked = d.busy();
        if (rng.nextDouble() < (slack ? 0.25 : 0.15)) {
            int ranges = rng.nextDouble() < 0.3 ? 2 : 1;
            for (int i = 0; i < ranges; i++) {
                add(d.unavailable, blocked, 2 + rng.nextInt(11), rng);
            }
        }
        // E4-bound cadres must serve in the season whatever: a long private state would leave them
        // few rounds, so they get declared days only.
        if (!d.bound) {
            double scale = slack ? 2 : 1;
            if (rng.nextDouble() < 0.012 * scale) {
                add(d.pregnant, blocked, 150 + rng.nextInt(131), rng);
            }
            if (rng.nextDouble() < 0.015 * scale) {
                add(d.nursing, blocked, 90 + rng.nextInt(211), rng);
            }
            if (rng.nextDouble() < 0.02 * scale) {
                add(d.health, blocked, 10 + rng.nextInt(81), rng);
            }
        }
        d.unavailable.sort(Comparator.comparing(DateRange::start));
    }

    /** Places a range of {@code days} days clear of every blocked range, if one fits; blocks it too. */
    private void add(List<DateRange> into, List<DateRange> blocked, int days, SplittableRandom rng) {
        // A long state may start before or end after the window, but overlaps it by half at least.
        LocalDate lo = windowStart.minusDays(days / 2);
        LocalDate hi = windowEnd.plusDays(days / 2);
        List<DateRange> gaps = gaps(blocked, lo, hi);
        long positions = 0;
        for (DateRange g : gaps) {
            positions += Math.max(0, g.days() - days + 1);
        }
        if (positions == 0) {
            return;
        }
        long pick = rng.nextLong(positions);
        for (DateRange g : gaps) {
            long here = Math.max(0, g.days() - days + 1);
            if (pick < here) {
                LocalDate start = g.start().plusDays(pick);
                DateRange range = new DateRange(start, start.plusDays(days - 1L));
                into.add(range);
                blocked.add(range);
                blocked.sort(Comparator.comparing(DateRange::start));
                return;
            }
            pick -= here;
        }
    }

    /** The free stretches of [lo, hi] between the blocked ranges (sorted by start). */
    static List<DateRange> gaps(List<DateRange> blocked, LocalDate lo, LocalDate hi) {
        List<DateRange> gaps = new ArrayList<>();
        LocalDate from = lo;
        for (DateRange b : blocked) {
            if (b.start().isAfter(from)) {
                LocalDate to = b.start().minusDays(1);
                if (to.isAfter(hi)) {
                    to = hi;
                }
                if (!to.isBefore(from)) {
                    gaps.add(new DateRange(from, to));
                }
            }
            if (!b.end().isBefore(from)) {
                from = b.end().plusDays(1);
            }
        }
        if (!hi.isBefore(from)) {
            gaps.add(new DateRange(from, hi));
        }
        return gaps;
    }
}
