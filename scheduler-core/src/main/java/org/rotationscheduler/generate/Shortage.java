package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.RuleSettings;

/**
 * SHORT: removes planted cadres from one scarce pool so that a count proves some seats cannot be
 * filled by any plan, whatever the solver does.
 *
 * <ul>
 *   <li>With E4 quota seats (autumn central leaders, E3): about 15% of the bound cadres go. Only
 *       bound cadres may take those seats and each serves exactly q rounds of the season (E4), so
 *       at least (seats − remaining × q) of them stay empty.</li>
 *   <li>Otherwise (a regular season): seats that only one unit may fill under a rank rule (the
 *       regular central deputy, E2: the partner provincial department, 处级 or a 支队长 post).
 *       For about 15% of those units, the qualified cadres are cut to k with k × cap &lt; seats,
 *       cap being the most rounds one cadre can serve among them (E9, E11).</li>
 * </ul>
 */
final class Shortage {
    /** What SHORT removed and the count that proves the shortfall. */
    record Result(List<Draft> removed, Set<Unit> closedUnits, int provenUnfilled, String reason) {
        static Result none() {
            return new Result(List.of(), Set.of(), 0, "");
        }
    }

    private final Eligibility eligibility;
    private final UnitChooser chooser;
    private final RuleSettings rules;

    Shortage(Eligibility eligibility, UnitChooser chooser, RuleSettings rules) {
        this.eligibility = eligibility;
        this.chooser = chooser;
        this.rules = rules;
    }

    Result apply(double share, List<Draft> bound, List<Seat> quotaSeats, QuotaScope scope, List<Draft> planted,
            List<Seat> seats, SplittableRandom rng) {
        if (!bound.isEmpty()) {
            return removeBound(share, bound, quotaSeats, scope, rng);
        }
        Result r = cutSoleUnitPools(share, planted, seats, rng);
        if (r == null) {
            throw new GenerationException("--profile short: the planned rounds have no seat whose supply a count"
                    + " can prove short (E3 with E4 in an autumn season, or E2 in a regular season); use"
                    + " --profile tight, or fewer --cadres");
        }
        return r;
    }

    private static Result removeBound(double share, List<Draft> bound, List<Seat> quotaSeats, QuotaScope scope,
            SplittableRandom rng) {
        int remove = Math.max(1, (int) Math.ceil(share * bound.size()));
        List<Draft> order = new ArrayList<>(bound);
        QuotaPlanter.shuffle(order, rng);
        List<Draft> removed = List.copyOf(order.subList(0, remove));
        int remaining = bound.size() - remove;
        int proven = 0;
        String reason = "";
        for (QuotaScope.Bucket b : scope.buckets()) {
            int seats = (int) quotaSeats.stream().filter(s -> b.contains(s.round())).count();
            int shortBy = seats - remaining * scope.perBucket();
            if (shortBy > proven) {
                proven = shortBy;
                reason = "E3/E4: " + remaining + " bureau-level partner cadres remain for " + seats
                        + " central-leader seats of " + b.label() + ", and each serves exactly " + scope.perBucket()
                        + " round(s) of it";
            }
        }
        return new Result(removed, Set.of(), proven, reason);
    }

    /** Null when no seat is open to a single unit under a rank rule. */
    private Result cutSoleUnitPools(double share, List<Draft> planted, List<Seat> seats, SplittableRandom rng) {
        Map<Unit, List<Seat>> soleUnitSeats = new LinkedHashMap<>();
        for (Seat s : seats) {
            List<Unit> allowed = chooser.allowed(s);
            if (allowed.size() == 1 && hasRankRule(eligibility.rulesFor(s))) {
                soleUnitSeats.computeIfAbsent(allowed.get(0), u -> new ArrayList<>()).add(s);
            }
        }
        if (soleUnitSeats.isEmpty()) {
            return null;
        }
        List<Unit> units = new ArrayList<>(soleUnitSeats.keySet());
        QuotaPlanter.shuffle(units, rng);
        int cut = Math.max(1, (int) Math.round(share * units.size()));
        List<Draft> removed = new ArrayList<>();
        Set<Unit> closed = new LinkedHashSet<>();
        int proven = 0;
        List<String> reasons = new ArrayList<>();
        for (Unit unit : units.subList(0, cut)) {
            List<Seat> demand = soleUnitSeats.get(unit);
            List<EligibilityRule> seatRules = eligibility.rulesFor(demand.get(0));
            List<Draft> pool = new ArrayList<>(planted.stream().filter(d -> d.unit.equals(unit)
                    && seatRules.stream().allMatch(r -> r.rankAllowed(d.probe()))).toList());
            int cap = maxRoundsPerCadre(demand);
            int keep = Math.min(pool.size(), (demand.size() + cap - 1) / cap - 1);
            QuotaPlanter.shuffle(pool, rng);
            removed.addAll(pool.subList(keep, pool.size()));
            closed.add(unit);
            proven += demand.size() - keep * cap;
            reasons.add(unit.name() + " keeps " + keep + " qualified cadres for " + demand.size() + " seats, at most "
                    + cap + " each");
        }
        return new Result(removed, closed, proven, "E2 (E9, E11): " + String.join("; ", reasons));
    }

    private static boolean hasRankRule(List<EligibilityRule> rules) {
        return rules.stream().anyMatch(r -> r.minRank() != null || !r.posts().isEmpty());
    }

    /** The most of these seats' rounds one cadre can serve: one seat a round, minRoundsOff between (E9, E11). */
    private int maxRoundsPerCadre(List<Seat> demand) {
        TreeSet<Integer> rounds = new TreeSet<>();
        demand.forEach(s -> rounds.add(s.round().number()));
        int count = 0;
        int last = Integer.MIN_VALUE / 2;
        for (int r : rounds) {
            if (!Round.tooCloseForRest(last, r, rules.minRoundsOff())) {
                count++;
                last = r;
            }
        }
        return Math.max(1, count);
    }
}
