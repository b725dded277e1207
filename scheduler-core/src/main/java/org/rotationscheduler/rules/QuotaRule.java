package org.rotationscheduler.rules;

import java.util.List;
import java.util.Set;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;

/**
 * E4 as data, the general round quota: every cadre of {@code ranks} from {@code units} serves
 * exactly {@code rounds} rounds in each season of {@code seasons} (scope SEASON), or over the whole
 * campaign (scope CAMPAIGN), counting only seats of the group kinds in {@code groups} (empty: all).
 * With {@code zeroAllowed} ("who: serving") a selected cadre may also serve no round at all: 0 or N,
 * for registers that hold reserves. Units are matched without a city: "partner" means a partner
 * unit of any city.
 */
public record QuotaRule(Scope scope, Set<String> seasons, Set<Rank> ranks, List<UnitSelector> units,
        Set<String> groups, int rounds, boolean zeroAllowed) {

    public enum Scope { SEASON, CAMPAIGN }

    public QuotaRule {
        seasons = Set.copyOf(seasons);
        ranks = Set.copyOf(ranks);
        units = List.copyOf(units);
        groups = Set.copyOf(groups);
    }

    /** Every selected cadre serves exactly {@code rounds}, counted in seats of any group kind. */
    public QuotaRule(Scope scope, Set<String> seasons, Set<Rank> ranks, List<UnitSelector> units, int rounds) {
        this(scope, seasons, ranks, units, Set.of(), rounds, false);
    }

    /** E4's penalty: how far {@code served} is from the nearest allowed count (N, or 0 when allowed). */
    public int distance(int served) {
        int toQuota = Math.abs(served - rounds);
        return zeroAllowed ? Math.min(served, toQuota) : toQuota;
    }

    /** Whether {@code served} rounds keep the quota. */
    public boolean kept(int served) {
        return distance(served) == 0;
    }

    /** What the quota asks, in plain words for messages: "exactly 2" or "0 or exactly 2". */
    public String requirement() {
        return (zeroAllowed ? "0 or exactly " : "exactly ") + rounds;
    }

    /** The scope a seat counts in, or null when its round or group kind is not counted. */
    public String scopeOf(Seat seat) {
        return scopeOf(seat.round(), seat.group().kind().id());
    }

    /** The scope a seat counts in: {@link #scopeOf(Round)} when its group kind is counted, else null. */
    public String scopeOf(Round round, String groupKind) {
        return groups.isEmpty() || groups.contains(groupKind) ? scopeOf(round) : null;
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
