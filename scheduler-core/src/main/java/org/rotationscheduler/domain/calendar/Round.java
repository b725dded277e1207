package org.rotationscheduler.domain.calendar;

import java.time.LocalDate;

/**
 * C2: one round (轮次), numbered from 1 in the campaign, both start and end days on site.
 */
public record Round(int number, LocalDate start, LocalDate end, Season season) {

    public DateRange days() {
        return new DateRange(start, end);
    }

    /** E9: whether the two rounds share a day (a handover overlap makes neighbours overlap). */
    public boolean overlaps(Round other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** Rounds strictly between this round and another (E11): 0 for neighbours. */
    public int roundsBetween(Round other) {
        return roundsBetween(number, other.number);
    }

    /** Rounds strictly between two round numbers (E11): 0 for neighbours, -1 for the same round. */
    public static int roundsBetween(int a, int b) {
        return Math.abs(a - b) - 1;
    }

    /** E11: whether two rounds of one cadre lack the rest of {@code minRoundsOff} rounds between them. */
    public static boolean tooCloseForRest(int a, int b, int minRoundsOff) {
        return roundsBetween(a, b) < minRoundsOff;
    }

    @Override
    public String toString() {
        return "round " + number + " (" + start + ".." + end + ")";
    }
}
