package org.rotationscheduler.calendar;

import java.time.LocalDate;

/**
 * C3: a kind of season by months, e.g. regular April-September, autumn October-March (wrapping
 * the year end).
 */
public record SeasonDef(String id, String label, int fromMonth, int toMonth) {

    public boolean containsMonth(int month) {
        return fromMonth <= toMonth
                ? month >= fromMonth && month <= toMonth
                : month >= fromMonth || month <= toMonth;
    }

    /** The year in which the season holding this day starts (autumn 2019 runs into 2020). */
    public int seasonYear(LocalDate day) {
        return fromMonth <= toMonth || day.getMonthValue() >= fromMonth ? day.getYear() : day.getYear() - 1;
    }
}
