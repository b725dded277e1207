package org.rotationscheduler.planning;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.GroupKind;

/**
 * The size of a planning problem, counted from the campaign's group counts before a single seat
 * is built, and what it will need: heap (seats, and the shared candidate lists of seats × register
 * size) and time for the first plan. Lets {@code schedule} refuse a problem that cannot fit the
 * heap, or warn that its time limit will be overrun, with the cause, instead of running out of
 * memory an hour later.
 *
 * <p>The figures are calibrated on the bench runs of the README (season: 11,268 seats, 7,000
 * cadres, about 250 MB live; campaign: 44,133 seats, 20,000 cadres, about 2.4 GB live) with room
 * for the collector, and deliberately on the safe side.
 *
 * @param seats every seat of the rounds (G1-G4)
 * @param candidateLists the seat kinds (round, city, group kind, role) whose seats share one list
 * @param cadres the register's size: a list holds at most this many candidates
 */
public record ProblemSize(long seats, long candidateLists, long cadres) {
    static final long BYTES_PER_SEAT = 4_096;
    static final long BYTES_PER_CANDIDATE = 16;
    static final long BASE_BYTES = 200L << 20;
    /** The first plan (greedy, scarcest seat first) on an idle machine: about 1 ms a seat at season size. */
    static final double MILLIS_PER_SEAT = 1.0;

    public static ProblemSize of(Campaign campaign, List<Round> rounds, int cadres) {
        long seats = 0;
        Set<String> lists = new HashSet<>();
        for (Round round : rounds) {
            for (City city : campaign.cities()) {
                Map<String, Integer> counts = campaign.groupCounts().countsFor(city.name(), round.number(),
                        campaign.groupKinds());
                for (GroupKind kind : campaign.groupKinds()) {
                    long n = Math.max(0, counts.getOrDefault(kind.id(), 0));
                    if (n == 0) {
                        continue;
                    }
                    seats += n * kind.seats().size();
                    for (String role : kind.seats()) {
                        lists.add(round.number() + "|" + city.name() + "|" + kind.id() + "|" + role);
                    }
                }
            }
        }
        return new ProblemSize(seats, lists.size(), cadres);
    }

    /** Heap the solver will need at the peak, roughly. */
    public long bytesNeeded() {
        long bytes = BASE_BYTES + seats * BYTES_PER_SEAT + candidateLists * cadres * BYTES_PER_CANDIDATE;
        return bytes < 0 ? Long.MAX_VALUE : bytes;
    }

    /** Why the problem cannot fit a heap of {@code maxHeapBytes}, if it cannot. */
    public Optional<String> refusal(long maxHeapBytes) {
        if (bytesNeeded() <= maxHeapBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format("the problem is too large for the memory: %,d seats and %,d cadres need"
                + " about %,d MB of heap, and this Java has %,d MB. Plan fewer rounds (one season instead of 'all'),"
                + " check the group counts (groupCounts: G1) for a typo, or give Java more memory, e.g."
                + " SCHEDULER_JAVA_OPTS='-Xmx%dg -XX:+UseParallelGC'", seats, cadres, bytesNeeded() >> 20,
                maxHeapBytes >> 20, Math.max(2, (bytesNeeded() >> 30) + 2)));
    }

    /** Throws {@link TooLarge} with {@link #refusal} when the problem cannot fit a heap of {@code maxHeapBytes}. */
    public void requireFits(long maxHeapBytes) {
        refusal(maxHeapBytes).ifPresent(why -> {
            throw new TooLarge(why);
        });
    }

    /** A seat as {@code validate} builds it to count and report (no solver): the Seat, its Group and lists. */
    static final long BYTES_PER_REPORTED_SEAT = 512;

    /** Throws {@link TooLarge} when even listing every seat (validate's report) cannot fit the heap. */
    public void requireReportFits(long maxHeapBytes) {
        long bytes = BASE_BYTES + seats * BYTES_PER_REPORTED_SEAT;
        if (bytes > maxHeapBytes || bytes < 0) {
            throw new TooLarge(String.format("the campaign has %,d seats, too many to list with %,d MB of heap"
                    + " (about %,d MB needed); check the group counts (groupCounts: G1) for a typo, or give Java more"
                    + " memory, e.g. SCHEDULER_JAVA_OPTS='-Xmx%dg -XX:+UseParallelGC'", seats, maxHeapBytes >> 20,
                    bytes >> 20, Math.max(2, (bytes >> 30) + 2)));
        }
    }

    /** The problem does not fit the heap: refused before it is built. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(String message) {
            super(message);
        }
    }

    /** When the first plan alone will take longer than the time limit. */
    public Optional<String> timeWarning(Duration timeLimit) {
        long millis = (long) (seats * MILLIS_PER_SEAT);
        if (timeLimit == null || millis <= timeLimit.toMillis()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%,d seats: the first plan alone takes about %d s here, longer than the"
                + " time limit of %d s, which applies after it; expect the run to take that long", seats,
                millis / 1000, timeLimit.toSeconds()));
    }
}
