package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleSettings;

/**
 * The quota step for an E4 quota of the "0 or N" form ({@code who: serving}), which may bind every
 * cadre of the campaign: each seat the quota counts gets a new bound cadre, who at once takes
 * N - 1 more seats of the same bucket, so that every planted cadre serves exactly N rounds. The
 * further seats are the earliest the rest rule (E11) allows, preferring the same seat of the same
 * group, then a seat of the same kind in the same city, then one of the same kind anywhere: with
 * seats alike from round to round this pairs rounds 1 and 3, 2 and 4, 5 and 7, 6 and 8 (N = 2,
 * one round off). Reserves (cadres who serve no round) are added later as slack.
 */
final class ServingPlanter {
    private final Eligibility eligibility;
    private final UnitChooser chooser;
    private final CadreFactory factory;
    private final QuotaScope scope;
    private final RuleSettings rules;

    ServingPlanter(Eligibility eligibility, UnitChooser chooser, CadreFactory factory, QuotaScope scope,
            RuleSettings rules) {
        this.eligibility = eligibility;
        this.chooser = chooser;
        this.factory = factory;
        this.scope = scope;
        this.rules = rules;
    }

    /** Plants every counted seat, recording each in {@code filled}; returns the bound cadres. */
    List<Draft> plant(List<Seat> seats, Map<Seat, Draft> filled, SplittableRandom rng) {
        List<Seat> counted = new ArrayList<>(seats.stream().filter(scope::counts).toList());
        counted.sort(Comparator.comparingInt((Seat s) -> s.round().number()));
        // free seats by kind (city, group kind, role) and by kind anywhere, each in round order
        Map<String, List<Seat>> byCityKind = new HashMap<>();
        Map<String, List<Seat>> byKind = new HashMap<>();
        for (Seat s : counted) {
            byCityKind.computeIfAbsent(cityKind(s), k -> new ArrayList<>()).add(s);
            byKind.computeIfAbsent(kind(s), k -> new ArrayList<>()).add(s);
        }
        Map<String, Set<Unit>> groupUnits = new HashMap<>();
        List<Draft> bound = new ArrayList<>();
        for (Seat seat : counted) {
            if (filled.containsKey(seat)) {
                continue;
            }
            Set<Unit> inGroup = groupUnits.computeIfAbsent(seat.group().key(), k -> new HashSet<>());
            Unit unit = chooser.pick(seat, inGroup, rng);
            Draft d = factory.create(seat, unit, true, rng);
            take(d, seat, filled, groupUnits);
            QuotaScope.Bucket bucket = scope.bucketOf(seat.round());
            for (int k = 1; k < scope.perBucket(); k++) {
                Seat next = sameSeatLater(seat, d, filled, byCityKind.get(cityKind(seat)), bucket);
                if (next == null) {
                    next = firstFree(d, filled, byCityKind.get(cityKind(seat)), bucket);
                }
                if (next == null) {
                    next = firstFree(d, filled, byKind.get(kind(seat)), bucket);
                }
                if (next == null) {
                    throw new GenerationException("E4: no seat is left for the cadre planted at " + seat.describe()
                            + " to serve " + scope.perBucket() + " rounds of " + bucket.label() + " (E11 rest of "
                            + rules.minRoundsOff() + " round(s)); the generator cannot plant this campaign's quota");
                }
                take(d, next, filled, groupUnits);
            }
            bound.add(d);
        }
        return bound;
    }

    private void take(Draft d, Seat seat, Map<Seat, Draft> filled, Map<String, Set<Unit>> groupUnits) {
        d.take(seat);
        filled.put(seat, d);
        groupUnits.computeIfAbsent(seat.group().key(), k -> new HashSet<>()).add(d.unit);
    }

    /** The same seat of the same group in the earliest later round the cadre may take. */
    private Seat sameSeatLater(Seat seat, Draft d, Map<Seat, Draft> filled, List<Seat> sameKind,
            QuotaScope.Bucket bucket) {
        for (Seat s : sameKind) {
            if (s.group().kind().equals(seat.group().kind()) && s.group().number() == seat.group().number()
                    && s.index() == seat.index() && fits(d, s, filled, bucket)) {
                return s;
            }
        }
        return null;
    }

    private Seat firstFree(Draft d, Map<Seat, Draft> filled, List<Seat> candidates, QuotaScope.Bucket bucket) {
        for (Seat s : candidates) {
            if (fits(d, s, filled, bucket)) {
                return s;
            }
        }
        return null;
    }

    private boolean fits(Draft d, Seat s, Map<Seat, Draft> filled, QuotaScope.Bucket bucket) {
        return !filled.containsKey(s) && bucket.contains(s.round())
                && d.canTake(s.round(), rules.minRoundsOff(), rules.maxPerSeason(), rules.maxPerCampaign())
                && eligibility.eligible(s, d.probe());
    }

    private static String kind(Seat s) {
        return s.group().kind().id() + "|" + s.role();
    }

    private static String cityKind(Seat s) {
        return s.city().name() + "|" + kind(s);
    }
}
