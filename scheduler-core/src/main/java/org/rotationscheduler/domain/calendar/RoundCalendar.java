package org.rotationscheduler.domain.calendar;

import java.util.List;
import java.util.Optional;

/** The rounds of a campaign and the seasons they fall in (C2-C4). */
public final class RoundCalendar {
    private final List<Round> rounds;

    public RoundCalendar(List<Round> rounds) {
        this.rounds = List.copyOf(rounds);
    }

    public List<Round> rounds() {
        return rounds;
    }

    /** The seasons in calendar order (Season's natural order puts autumn-2019 before regular-2019). */
    public List<Season> seasons() {
        return rounds.stream().map(Round::season).distinct().toList();
    }

    /** C4: the season of a kind in a year, or the earliest of that kind when year is null. */
    public Optional<Season> season(String kind, Integer year) {
        return seasons().stream()
                .filter(s -> s.kind().equals(kind))
                .filter(s -> year == null || s.year() == year)
                .findFirst();
    }

    public List<Round> roundsOf(Season season) {
        return rounds.stream().filter(r -> r.season().equals(season)).toList();
    }

    public Optional<Round> round(int number) {
        return rounds.stream().filter(r -> r.number() == number).findFirst();
    }
}
