package org.rotationscheduler.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public boolean overlaps(DateRange other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The days of {@code from} that are in none of {@code remove}, as ranges in order. */
    public static java.util.List<DateRange> minus(java.util.List<DateRange> from, java.util.List<DateRange> remove) {
        java.util.List<DateRange> cuts = new java.util.ArrayList<>(remove);
        cuts.sort(java.util.Comparator.comparing(DateRange::start));
        java.util.List<DateRange> out = new java.util.ArrayList<>();
        java.util.List<DateRange> sorted = new java.util.ArrayList<>(from);
        sorted.sort(java.util.Comparator.comparing(DateRange::start));
        for (DateRange r : sorted) {
            LocalDate next = r.start;
            for (DateRange cut : cuts) {
                if (cut.end.isBefore(next) || cut.start.isAfter(r.end)) {
                    continue;
                }
                if (cut.start.isAfter(next)) {
                    out.add(new DateRange(next, cut.start.minusDays(1)));
                }
                next = cut.end.plusDays(1);
                if (next.isAfter(r.end)) {
                    break;
                }
            }
            if (!next.isAfter(r.end)) {
                out.add(new DateRange(next, r.end));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
