package org.rotationscheduler.bench;

import java.util.Locale;

/** How the report writes figures: one place, so the table, the CSV and the chart agree. */
final class Cells {
    static final String NONE = "—";

    private Cells() {
    }

    /** "0/-3/-12,345": hard/medium/soft, or "—" when there is no score. */
    static String score(ScorePoint p) {
        if (p == null) {
            return NONE;
        }
        return number(p.hard()) + "/" + number(p.medium()) + "/" + number(p.soft());
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Plain seconds for the CSV, empty when unknown. */
    static String plainSeconds(long millis) {
        return millis < 0 ? "" : String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String megabytes(long bytes) {
        return number(HeapFigures.megabytes(bytes));
    }

    /** Markdown cells may not hold a bar. */
    static String md(String text) {
        return text.replace("|", "\\|");
    }
}
