package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleSettings;

/**
 * The first step of planting: the seats only an E4-bound cadre may take (by default the autumn
 * central leaders, E3: bureau level from a partner unit) and the bound cadres themselves.
 *
 * <p>Why a step of its own: E4 wants every bound cadre in exactly {@code q} rounds of every quota
 * season, so their number is fixed by the season with the most such seats, and in the other
 * seasons the surplus must sit somewhere else. Each city gets its own bound cadres (from its
 * partner units), enough for its busiest season; in each season they take the city's
 * quota seats and, when there are more of them than seats, other central seats of the city
 * (deputy first), which E5 lets any partner cadre take.
 */
final class QuotaPlanter {
    private final Campaign campaign;
    private final Eligibility eligibility;
    private final UnitChooser chooser;
    private final CadreFactory factory;
    private final QuotaScope scope;
    private final RuleSettings rules;
    private final Map<String, Boolean> needsBoundByKind = new HashMap<>();

    QuotaPlanter(Campaign campaign, Eligibility eligibility, UnitChooser chooser, CadreFactory factory,
            QuotaScope scope) {
        this.campaign = campaign;
        this.eligibility = eligibility;
        this.chooser = chooser;
        this.factory = factory;
        this.scope = scope;
        this.rules = campaign.rules();
    }

    /** Seats that only an E4-bound cadre may fill, in the order given. */
    List<Seat> quotaSeats(List<Seat> seats) {
        List<Seat> out = new ArrayList<>();
        if (!scope.active()) {
            return out;
        }
        for (Seat s : seats) {
            if (scope.bucketOf(s.round()) != null && needsBound(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Plants the bound cadres into the quota seats (and the surplus into other central seats),
     * recording every seat taken in {@code filled}. Returns the bound cadres.
     */
    List<Draft> plant(List<Seat> seats, Map<Seat, Draft> filled, double extraShare, SplittableRandom rng) {
        List<Seat> quotaSeats = quotaSeats(seats);
        if (quotaSeats.isEmpty()) {
            return List.of();
        }
        Set<Seat> isQuota = Collections.newSetFromMap(new IdentityHashMap<>());
        isQuota.addAll(quotaSeats);
        Map<City, List<Seat>> byCity = new LinkedHashMap<>();
        campaign.cities().forEach(c -> byCity.put(c, new ArrayList<>()));
        seats.forEach(s -> byCity.get(s.city()).add(s));
        List<Draft> bound = new ArrayList<>();
        byCity.forEach((city, citySeats) -> {
            List<Seat> cityQuota = citySeats.stream().filter(isQuota::contains).toList();
            if (!cityQuota.isEmpty()) {
                List<Seat> others = citySeats.stream().filter(s -> !isQuota.contains(s)).toList();
                bound.addAll(plantCity(city, cityQuota, others, filled, extraShare, rng));
            }
        });
        return bound;
    }

    private List<Draft> plantCity(City city, List<Seat> cityQuota, List<Seat> others, Map<Seat, Draft> filled,
            double extraShare, SplittableRandom rng) {
        int q = scope.perBucket();
        int busiest = 0;
        for (QuotaScope.Bucket b : scope.buckets()) {
            busiest = Math.max(busiest, (int) cityQuota.stream().filter(s -> b.contains(s.round())).count());
        }
        int count = (busiest + q - 1) / q + (int) Math.round(extraShare * busiest);
        List<Draft> drafts = new ArrayList<>();
        Seat sample = cityQuota.get(0);
        for (int i = 0; i < count; i++) {
            Unit unit = chooser.pick(sample, Set.of(), rng);
            drafts.add(factory.create(sample, unit, true, rng));
        }
        for (QuotaScope.Bucket b : scope.buckets()) {
            List<Seat> inBucket = cityQuota.stream().filter(s -> b.contains(s.round())).toList();
            int surplus = count * q - inBucket.size();
            List<Seat> surplusSeats = surplusSeats(city, b, others, filled, surplus, drafts, rng);
            assign(inBucket, surplusSeats, drafts, b, filled, rng);
        }
        return drafts;
    }

    /** Other central seats of the city for the surplus bound cadres: deputies first, one per round. */
    private List<Seat> surplusSeats(City city, QuotaScope.Bucket bucket, List<Seat> others, Map<Seat, Draft> filled,
            int surplus, List<Draft> drafts, SplittableRandom rng) {
        if (surplus == 0) {
            return List.of();
        }
        List<Seat> candidates = new ArrayList<>();
        for (Seat s : others) {
            if (bucket.contains(s.round()) && !filled.containsKey(s) && !s.role().equals("leader")
                    && drafts.stream().anyMatch(d -> eligibility.eligible(s, d.probe()))) {
                candidates.add(s);
            }
        }
        shuffle(candidates, rng);
        candidates.sort(Comparator.comparingInt(QuotaPlanter::surplusPreference));
        List<Seat> chosen = new ArrayList<>();
        Set<Integer> rounds = new HashSet<>();
        for (Seat s : candidates) {
            if (chosen.size() < surplus && rounds.add(s.round().number())) {
                chosen.add(s);
            }
        }
        // E12: a bound (bureau-level) cadre sits as a plain member only under a bound deputy
        for (Seat s : candidates) {
            if (chosen.size() < surplus && !chosen.contains(s) && (RankOrder.heads(s) || !hasDeputy(s)
                    || chosen.stream().anyMatch(c -> RankOrder.isDeputy(c) && c.group().equals(s.group())))) {
                chosen.add(s);
            }
        }
        if (chosen.size() < surplus) {
            throw new GenerationException("E4: " + city.name() + " has more bound cadres than seats they may take in "
                    + bucket.label() + "; the generator cannot plant this campaign's quota");
        }
        return chosen;
    }

    private static boolean hasDeputy(Seat s) {
        return s.group().kind().seats().contains(RankOrder.DEPUTY_ROLE);
    }

    private static int surplusPreference(Seat s) {
        return switch (s.role()) {
            case "deputy" -> 0;
            case "member" -> 1;
            default -> 2;
        };
    }

    /** Every quota seat, then every surplus seat, to a bound cadre with quota left in the bucket. */
    private void assign(List<Seat> quotaSeats, List<Seat> surplusSeats, List<Draft> drafts, QuotaScope.Bucket bucket,
            Map<Seat, Draft> filled, SplittableRandom rng) {
        List<Draft> order = new ArrayList<>(drafts);
        shuffle(order, rng);
        Map<Draft, Integer> taken = new LinkedHashMap<>();
        List<Seat> placements = new ArrayList<>(quotaSeats);
        placements.sort(Comparator.comparingInt(s -> s.round().number()));
        List<Seat> surplus = new ArrayList<>(surplusSeats);
        surplus.sort(Comparator.comparingInt(s -> s.round().number()));
        placements.addAll(surplus);
        for (Seat seat : placements) {
            Draft d = firstFree(order, taken, seat);
            if (d == null) {
                throw new GenerationException("E4: no bound cadre is free for " + seat.describe()
                        + "; the generator cannot plant this campaign's quota");
            }
            d.take(seat);
            taken.merge(d, 1, Integer::sum);
            filled.put(seat, d);
        }
    }

    private Draft firstFree(List<Draft> order, Map<Draft, Integer> taken, Seat seat) {
        for (Draft d : order) {
            if (taken.getOrDefault(d, 0) < scope.perBucket()
                    && d.canTake(seat.round(), rules.minRoundsOff(), Integer.MAX_VALUE, rules.maxPerCampaign())
                    && eligibility.eligible(seat, d.probe())) {
                return d;
            }
        }
        return null;
    }

    /** True when every cadre who may sit here (any allowed unit, any rank or post the rules accept) is bound. */
    private boolean needsBound(Seat seat) {
        String key = seat.round().season().kind() + "|" + seat.group().kind().id() + "|" + seat.role() + "|"
                + seat.city().name();
        return needsBoundByKind.computeIfAbsent(key, k -> {
            List<EligibilityRule> seatRules = eligibility.rulesFor(seat);
            List<String> posts = new ArrayList<>(List.of(""));
            seatRules.forEach(r -> posts.addAll(r.posts()));
            for (Unit u : chooser.allowed(seat)) {
                for (Rank rank : Rank.values()) {
                    for (String post : posts) {
                        var probe = Draft.probe(u, rank, post);
                        if (seatRules.stream().allMatch(r -> r.rankAllowed(probe)) && !scope.binds(probe)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        });
    }

    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
