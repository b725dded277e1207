package org.rotationscheduler.rules;

import java.util.List;
import java.util.Set;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.City;
import org.rotationscheduler.model.Rank;

/**
 * E4 as data: every cadre of {@code ranks} from {@code units} serves exactly {@code rounds} rounds
 * in each season of {@code seasons} (scope SEASON), or over the whole campaign (scope CAMPAIGN).
 * Units are matched without a city: "partner" means a partner unit of any city.
 */
public record QuotaRule(Scope scope, Set<String> seasons, Set<Rank> ranks, List<UnitSelector> units, int rounds) {

    public enum Scope { SEASON, CAMPAIGN }

    public QuotaRule {
        seasons = Set.copyOf(seasons);
        ranks = Set.copyOf(ranks);
        units = List.copyOf(units);
    }

    /** Whether the quota binds this cadre, given the campaign's cities (for partner selectors). */
    public boolean binds(Cadre cadre, List<City> cities) {
        if (!ranks.isEmpty() && !ranks.contains(cadre.rank())) {
            return false;
        }
        if (units.isEmpty()) {
            return true;
        }
        for (UnitSelector s : units) {
            for (City city : cities) {
                if (s.matches(cadre.unit(), city)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The scope a round counts in: its season's id (SEASON), "campaign" (CAMPAIGN), or null when not covered. */
    public String scopeOf(Round round) {
        if (!coversSeasonKind(round.season().kind())) {
            return null;
        }
        return scope == Scope.SEASON ? round.season().id() : "campaign";
    }

    public boolean coversSeasonKind(String kind) {
        return scope == Scope.CAMPAIGN ? seasons.isEmpty() || seasons.contains(kind) : seasons.contains(kind);
    }
}
