package org.rotationscheduler.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * One SVG chart per instance, written by hand (no chart library): the solver's best soft score
 * over time in the upper panel, its hard score and medium score (empty seats) in the lower one,
 * a marker where the hard score first reached zero, and the greedy baseline's (and the CP-SAT
 * peer's) figures below.
 * Best scores only change in steps, so the lines are drawn as steps, from the first plan that
 * fills a seat (the solver's own greedy first plan) to the end of the run.
 */
public final class ScoreChart {
    private static final int WIDTH = 820;
    private static final int LEFT = 100;
    private static final int RIGHT = 30;
    private static final Panel SOFT = new Panel(50, 300);
    private static final Panel LOWER = new Panel(350, 470);
    private static final int HEIGHT = 580;
    private static final String SOFT_COLOUR = "#1f5fa8";
    private static final String HARD_COLOUR = "#c0392b";
    private static final String MEDIUM_COLOUR = "#e08e0b";

    /** A panel's vertical extent in pixels. */
    private record Panel(int top, int bottom) {
    }

    /** A value axis: the range shown and where its ticks go. */
    private record Axis(double min, double max, List<Double> ticks) {
        static Axis of(long lo, long hi) {
            double min = lo;
            double max = hi;
            if (min == max) {
                min -= 1;
                max += 1;
            }
            double step = niceStep((max - min) / 4);
            min = Math.floor(min / step) * step;
            max = Math.ceil(max / step) * step;
            List<Double> ticks = new ArrayList<>();
            for (double t = min; t <= max + step / 2; t += step) {
                ticks.add(t);
            }
            return new Axis(min, max, ticks);
        }
    }

    public static String fileName(Suite suite) {
        return suite.key() + ".svg";
    }

    public String svg(BenchResult r) {
        RunFigures s = r.solver();
        List<ScorePoint> points = withEnd(s);
        long span = Math.max(1, Math.max(r.timeLimitMillis(), s.millisSpent()));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(sb, WIDTH / 2, 22, "middle", 15, r.suite() + ": solver's best score over time (" + Cells.number(r.seats())
                + " seats, " + Cells.number(r.cadres()) + " cadres, seed " + r.seed() + ")");
        if (points.isEmpty()) {
            text(sb, WIDTH / 2, SOFT.bottom() / 2, "middle", 14, "the solver reported no plan");
        } else {
            softPanel(sb, points, span);
            lowerPanel(sb, points, span);
            zeroHardMarker(sb, s, span);
        }
        // labelled at the bottom: at the top it would sit on the soft curve, which ends up there
        marker(sb, r.timeLimitMillis(), span, "#999999", LOWER.bottom() - 6, "time limit "
                + Cells.seconds(r.timeLimitMillis()));
        timeAxis(sb, span);
        caption(sb, r);
        return sb.append("</svg>\n").toString();
    }

    /**
     * The timeline, ending with the final score at the moment the run ended. The empty plan
     * Timefold reports before the first phase is left out: its scores (every seat empty, every
     * E4 duty unmet) would squeeze the curve that matters into a few pixels.
     */
    private static List<ScorePoint> withEnd(RunFigures s) {
        List<ScorePoint> points = new ArrayList<>(s.timeline().stream().filter(p -> p.filledSeats() > 0).toList());
        if (s.end() != null && (points.isEmpty() || points.get(points.size() - 1).millis() < s.end().millis())) {
            points.add(s.end());
        }
        return points;
    }

    private void softPanel(StringBuilder sb, List<ScorePoint> points, long span) {
        Axis axis = Axis.of(min(points, ScorePoint::soft), max(points, ScorePoint::soft));
        valueAxis(sb, SOFT, axis, "soft score (F1-F9)");
        steps(sb, points, ScorePoint::soft, SOFT, axis, span, SOFT_COLOUR);
    }

    private void lowerPanel(StringBuilder sb, List<ScorePoint> points, long span) {
        long lo = Math.min(0, Math.min(min(points, ScorePoint::hard), min(points, ScorePoint::medium)));
        Axis axis = Axis.of(lo, 0);
        valueAxis(sb, LOWER, axis, "hard / medium");
        steps(sb, points, ScorePoint::medium, LOWER, axis, span, MEDIUM_COLOUR);
        steps(sb, points, ScorePoint::hard, LOWER, axis, span, HARD_COLOUR);
        int between = (SOFT.bottom() + LOWER.top()) / 2 + 4;
        legend(sb, between, SOFT_COLOUR, "soft", 0);
        legend(sb, between, HARD_COLOUR, "hard (broken E1-E13)", 90);
        legend(sb, between, MEDIUM_COLOUR, "medium (empty seats)", 280);
    }

    private void zeroHardMarker(StringBuilder sb, RunFigures s, long span) {
        if (s.millisToZeroHard() < 0) {
            return;
        }
        marker(sb, s.millisToZeroHard(), span, "#2e8b57", SOFT.top() + 12, "zero hard at "
                + Cells.seconds(s.millisToZeroHard()));
    }

    /** A dashed vertical line across both panels, labelled on the side where the label fits. */
    private void marker(StringBuilder sb, long millis, long span, String colour, int labelY, String label) {
        double x = x(millis, span);
        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                + " stroke-dasharray=\"4 3\"/>%n", x, SOFT.top(), x, LOWER.bottom(), colour));
        boolean roomOnTheRight = x < WIDTH - RIGHT - 130;
        text(sb, roomOnTheRight ? x + 4 : x - 4, labelY, roomOnTheRight ? "start" : "end", 11, label);
    }

    private void steps(StringBuilder sb, List<ScorePoint> points, ToLongFunction<ScorePoint> value, Panel panel,
            Axis axis, long span, String colour) {
        StringBuilder path = new StringBuilder();
        double previousY = Double.NaN;
        for (ScorePoint p : points) {
            double x = x(p.millis(), span);
            double y = y(value.applyAsLong(p), panel, axis);
            if (!Double.isNaN(previousY)) {
                path.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, previousY));
            }
            path.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            previousY = y;
        }
        sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.8\" points=\"")
                .append(path.toString().trim()).append("\"/>\n");
    }

    private void valueAxis(StringBuilder sb, Panel panel, Axis axis, String label) {
        line(sb, LEFT, panel.top(), LEFT, panel.bottom(), "#333");
        for (double t : axis.ticks()) {
            double y = y(t, panel, axis);
            line(sb, LEFT - 4, y, WIDTH - RIGHT, y, "#e3e3e3");
            line(sb, LEFT - 4, y, LEFT, y, "#333");
            text(sb, LEFT - 7, y + 4, "end", 11, Cells.number(Math.round(t)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">"
                + "%s</text>%n", (panel.top() + panel.bottom()) / 2, (panel.top() + panel.bottom()) / 2, escape(label)));
    }

    private void timeAxis(StringBuilder sb, long span) {
        line(sb, LEFT, LOWER.bottom(), WIDTH - RIGHT, LOWER.bottom(), "#333");
        line(sb, LEFT, SOFT.bottom(), WIDTH - RIGHT, SOFT.bottom(), "#333");
        double step = niceStep(span / 1000.0 / 6) * 1000;
        for (double t = 0; t <= span + 1; t += step) {
            double x = x((long) t, span);
            line(sb, x, LOWER.bottom(), x, LOWER.bottom() + 4, "#333");
            text(sb, x, LOWER.bottom() + 17, "middle", 11, String.format(Locale.ROOT, "%.0f", t / 1000));
        }
        text(sb, (LEFT + WIDTH - RIGHT) / 2.0, LOWER.bottom() + 34, "middle", 12, "seconds since solving started");
    }

    private void caption(StringBuilder sb, BenchResult r) {
        RunFigures s = r.solver();
        RunFigures g = r.greedy();
        int y = LOWER.bottom() + 56;
        text(sb, LEFT, y, "start", 11, "solver: end " + Cells.score(s.end()) + " (hard/medium/soft) after "
                + Cells.seconds(s.millisSpent()) + ", " + Cells.number(s.unfilled()) + " empty seat(s), "
                + Cells.number(s.brokenHard()) + " broken hard rule(s) (checker)");
        text(sb, LEFT, y + 16, "start", 11, "greedy baseline: " + Cells.score(g.end()) + ", " + Cells.number(g.unfilled())
                + " empty seat(s), " + Cells.number(g.brokenHard()) + " broken hard rule(s)"
                + (g.brokenHard() == 0 ? "" : " (" + abbreviate(g.brokenHardSummary()) + ")"));
        CpSatFigures p = r.cpsat();
        if (p != null && p.ran()) {
            text(sb, LEFT, y + 32, "start", 11, "CP-SAT peer: " + (p.hasPlan() ? Cells.score(p.run().end()) + " after "
                    + Cells.seconds(p.run().millisSpent()) + ", " + Cells.number(p.run().unfilled()) + " empty seat(s), "
                    + Cells.number(p.run().brokenHard()) + " broken hard rule(s)" : "no plan (" + p.status() + ") after "
                    + Cells.seconds(p.run().millisSpent())));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }

    private static void legend(StringBuilder sb, int y, String colour, String label, int offset) {
        int x = LEFT + 12 + offset;
        line(sb, x, y - 4, x + 22, y - 4, colour);
        text(sb, x + 28, y, "start", 11, label);
    }

    private static double x(long millis, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) millis / span;
    }

    private static double y(double value, Panel panel, Axis axis) {
        return panel.bottom() - (panel.bottom() - panel.top()) * (value - axis.min()) / (axis.max() - axis.min());
    }

    private static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String colour) {
        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, colour));
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, int size, String text) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(text)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}: tick spacing people read easily. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return Math.max(1, m * power);
            }
        }
        return Math.max(1, 10 * power);
    }

    private static long min(List<ScorePoint> points, ToLongFunction<ScorePoint> f) {
        return points.stream().mapToLong(f).min().orElse(0);
    }

    private static long max(List<ScorePoint> points, ToLongFunction<ScorePoint> f) {
        return points.stream().mapToLong(f).max().orElse(0);
    }
}
