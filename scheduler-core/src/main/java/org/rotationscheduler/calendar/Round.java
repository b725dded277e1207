package org.rotationscheduler.calendar;

import java.time.LocalDate;
import org.rotationscheduler.model.DateRange;

/**
 * C2: one round (轮次), numbered from 1 in the campaign, both start and end days on site.
 */
public record Round(int number, LocalDate start, LocalDate end, Season season) {

    public DateRange days() {
        return new DateRange(start, end);
    }

    public boolean overlaps(Round other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return "round " + number + " (" + start + ".." + end + ")";
    }
}
