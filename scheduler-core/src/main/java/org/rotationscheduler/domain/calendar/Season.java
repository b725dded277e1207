package org.rotationscheduler.domain.calendar;

/** One season of the campaign: a season kind in a given year, e.g. autumn 2019. */
public record Season(String kind, int year, String label) implements Comparable<Season> {

    public String id() {
        return kind + "-" + year;
    }

    @Override
    public int compareTo(Season o) {
        int c = Integer.compare(year, o.year);
        return c != 0 ? c : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return label + " " + year + " (" + id() + ")";
    }
}
