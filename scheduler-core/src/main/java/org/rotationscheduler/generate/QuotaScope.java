package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RuleId;

/**
 * E4 over the planned rounds: the buckets in which every bound cadre serves exactly
 * {@code perBucket} rounds (one per season of the listed kinds, or the planned rounds as a whole
 * with scope campaign), and whether a cadre is bound. With E4 off, or no quota season among the
 * planned rounds, nothing is bound.
 */
final class QuotaScope {
    /** Rounds in which every bound cadre serves exactly the quota. */
    record Bucket(String label, List<Round> rounds, Set<Integer> numbers) {
        Bucket(String label, List<Round> rounds) {
            this(label, List.copyOf(rounds), rounds.stream().map(Round::number).collect(Collectors.toUnmodifiableSet()));
        }

        boolean contains(Round round) {
            return numbers.contains(round.number());
        }
    }

    private final QuotaRule quota;
    private final List<City> cities;
    private final List<Bucket> buckets;

    QuotaScope(Campaign campaign, List<Round> rounds) {
        this.quota = campaign.rules().quota();
        this.cities = campaign.cities();
        boolean on = campaign.rules().isEnabled(RuleId.E4) && quota != null && quota.rounds() > 0;
        this.buckets = on ? buckets(quota, rounds) : List.of();
    }

    private static List<Bucket> buckets(QuotaRule quota, List<Round> rounds) {
        if (quota.scope() == QuotaRule.Scope.CAMPAIGN) {
            List<Round> covered = rounds.stream().filter(r -> quota.coversSeasonKind(r.season().kind())).toList();
            return covered.isEmpty() ? List.of() : List.of(new Bucket("the planned rounds", covered));
        }
        Map<Season, List<Round>> bySeason = new LinkedHashMap<>();
        for (Round r : rounds) {
            if (quota.coversSeasonKind(r.season().kind())) {
                bySeason.computeIfAbsent(r.season(), s -> new ArrayList<>()).add(r);
            }
        }
        List<Bucket> out = new ArrayList<>();
        bySeason.forEach((season, rs) -> out.add(new Bucket(season.toString(), rs)));
        return out;
    }

    boolean active() {
        return !buckets.isEmpty();
    }

    /** E4 "who: serving": a bound cadre may serve no round at all (0 or N), so reserves may be bound. */
    boolean zeroAllowed() {
        return active() && quota.zeroAllowed();
    }

    /** Whether the seat counts for the quota: its round is in a bucket and its group kind is counted. */
    boolean counts(Seat seat) {
        return bucketOf(seat.round()) != null && quota.scopeOf(seat) != null;
    }

    List<Bucket> buckets() {
        return buckets;
    }

    int perBucket() {
        return quota.rounds();
    }

    Bucket bucketOf(Round round) {
        for (Bucket b : buckets) {
            if (b.contains(round)) {
                return b;
            }
        }
        return null;
    }

    /** E4 binds this cadre in the planned rounds. */
    boolean binds(Cadre cadre) {
        return active() && quota.binds(cadre, cities);
    }
}
