package org.rotationscheduler.domain.calendar;

import java.time.LocalDate;

/**
 * C3: a kind of season by months, e.g. regular April-September, autumn October-March (wrapping
 * the year end).
 *
 * @param fixedYear the year every day of this season counts in, or 0 to count by the day's date:
 *     set for the one season of a campaign that defines none (the whole window is one season)
 */
public record SeasonDef(String id, String label, int fromMonth, int toMonth, int fixedYear) {
    /** The id of the one season of a campaign whose calendar lists none (C3). */
    public static final String WHOLE_WINDOW_ID = "campaign";
    /** Its label in outputs. */
    public static final String WHOLE_WINDOW_LABEL = "全程";

    public SeasonDef(String id, String label, int fromMonth, int toMonth) {
        this(id, label, fromMonth, toMonth, 0);
    }

    /** C3: a campaign without seasons is one season, the whole window, counted in the window's first year. */
    public static SeasonDef wholeWindow(int startYear) {
        return new SeasonDef(WHOLE_WINDOW_ID, WHOLE_WINDOW_LABEL, 1, 12, startYear);
    }

    public boolean containsMonth(int month) {
        return fromMonth <= toMonth
                ? month >= fromMonth && month <= toMonth
                : month >= fromMonth || month <= toMonth;
    }

    /** The year in which the season holding this day starts (autumn 2019 runs into 2020). */
    public int seasonYear(LocalDate day) {
        if (fixedYear != 0) {
            return fixedYear;
        }
        return fromMonth <= toMonth || day.getMonthValue() >= fromMonth ? day.getYear() : day.getYear() - 1;
    }
}
