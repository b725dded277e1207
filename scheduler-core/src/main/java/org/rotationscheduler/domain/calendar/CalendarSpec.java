package org.rotationscheduler.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C1-C3: the campaign window, the round length, the first start, the handover overlap and the
 * seasons. Rounds start every {@code roundDays - handoverDays} days from {@code firstStart}; every
 * round that starts inside the window is part of the campaign.
 */
public record CalendarSpec(
        LocalDate windowStart,
        LocalDate windowEnd,
        int roundDays,
        LocalDate firstStart,
        int handoverDays,
        SeasonAssignment seasonOf,
        List<SeasonDef> seasons) {

    public enum SeasonAssignment { MOST_DAYS, START_DATE }

    public CalendarSpec {
        seasons = List.copyOf(seasons);
    }

    public List<Round> rounds() {
        List<Round> rounds = new ArrayList<>();
        int step = roundDays - handoverDays;
        LocalDate start = firstStart;
        int number = 1;
        while (!start.isAfter(windowEnd)) {
            LocalDate end = start.plusDays(roundDays - 1L);
            rounds.add(new Round(number++, start, end, seasonOf(start, end)));
            start = start.plusDays(step);
        }
        return rounds;
    }

    /** C3: the season holding most days of the round (ties go to the earlier season), or its first day's. */
    Season seasonOf(LocalDate start, LocalDate end) {
        if (seasonOf == SeasonAssignment.START_DATE) {
            return seasonOfDay(start);
        }
        Map<Season, Integer> days = new LinkedHashMap<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days.merge(seasonOfDay(d), 1, Integer::sum);
        }
        Season best = null;
        int most = -1;
        for (var e : days.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    Season seasonOfDay(LocalDate day) {
        for (SeasonDef def : seasons) {
            if (def.containsMonth(day.getMonthValue())) {
                return new Season(def.id(), def.seasonYear(day), def.label());
            }
        }
        throw new IllegalStateException("no season covers month " + day.getMonthValue());
    }

    public Optional<SeasonDef> season(String id) {
        return seasons.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
