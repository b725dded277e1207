package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleSettings;

/**
 * The second step of planting: every seat the quota step left, round by round, either by a cadre
 * already planted who is free (E9, E11 rest, F1 maximum) and eligible, or by a new cadre; never
 * one who outranks the group's leader, or (but the leader) its deputy (E12).
 *
 * <p>The share of new cadres is steered so that the roster ends near a target number of cadres:
 * each seat makes a new cadre with probability (new cadres still wanted) / (seats left). A target
 * of zero reuses whenever any cadre of the drawn unit is free, which gives about the fewest
 * cadres this way of planting needs.
 */
final class RosterBuilder {
    private final RuleSettings rules;
    private final Eligibility eligibility;
    private final UnitChooser chooser;
    private final CadreFactory factory;
    /** Planted cadres by unit and role class, the candidates for reuse. */
    private final Map<String, List<Draft>> pools = new HashMap<>();
    private final List<Draft> created = new ArrayList<>();

    RosterBuilder(RuleSettings rules, Eligibility eligibility, UnitChooser chooser, CadreFactory factory) {
        this.rules = rules;
        this.eligibility = eligibility;
        this.chooser = chooser;
        this.factory = factory;
    }

    /** Fills every seat not in {@code filled} (seats in roster order: round, city, group, seat). */
    List<Draft> fill(List<Seat> seats, Map<Seat, Draft> filled, int targetNew, SplittableRandom rng) {
        int left = (int) seats.stream().filter(s -> !filled.containsKey(s)).count();
        Map<String, Set<Unit>> groupUnits = new HashMap<>();
        // E12: per group, the leader's rank and the lowest rank among its heads (leader, deputy)
        Map<String, Rank> leaderRank = new HashMap<>();
        Map<String, Rank> headFloor = new HashMap<>();
        for (Seat seat : seats) {
            Set<Unit> inGroup = groupUnits.computeIfAbsent(seat.group().key(), k -> new HashSet<>());
            Draft d = filled.get(seat);
            if (d == null) {
                Rank cap = RankOrder.isLeader(seat) ? null : RankOrder.isDeputy(seat)
                        ? leaderRank.get(seat.group().key()) : headFloor.get(seat.group().key());
                double pNew = (double) Math.max(0, targetNew - created.size()) / left;
                d = rng.nextDouble() < pNew ? null : reuse(seat, inGroup, cap, rng);
                if (d == null) {
                    d = create(seat, inGroup, cap, rng);
                }
                d.take(seat);
                filled.put(seat, d);
                left--;
            }
            inGroup.add(d.unit);
            if (RankOrder.isLeader(seat)) {
                leaderRank.put(seat.group().key(), d.rank);
            }
            if (RankOrder.heads(seat)) {
                headFloor.merge(seat.group().key(), d.rank, (a, b) -> a.outranks(b) ? b : a);
            }
        }
        return created;
    }

    /** A free, eligible planted cadre of a drawn unit; three units are tried before giving up. */
    private Draft reuse(Seat seat, Set<Unit> inGroup, Rank cap, SplittableRandom rng) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Unit unit = chooser.pick(seat, inGroup, rng);
            Draft d = findFree(pools.get(key(unit, seat)), seat, cap, rng);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Draft findFree(List<Draft> pool, Seat seat, Rank cap, SplittableRandom rng) {
        if (pool == null || pool.isEmpty()) {
            return null;
        }
        int start = rng.nextInt(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            Draft d = pool.get((start + i) % pool.size());
            if ((cap == null || !d.rank.outranks(cap))
                    && d.canTake(seat.round(), rules.minRoundsOff(), rules.maxPerSeason(), rules.maxPerCampaign())
                    && eligibility.eligible(seat, d.probe())) {
                return d;
            }
        }
        return null;
    }

    private Draft create(Seat seat, Set<Unit> inGroup, Rank cap, SplittableRandom rng) {
        Unit unit = chooser.pick(seat, inGroup, rng);
        Draft d = factory.create(seat, unit, false, cap, rng);
        if (!eligibility.eligible(seat, d.probe())) {
            throw new GenerationException("a new cadre of " + unit.name() + " cannot fill " + seat.describe()
                    + " under the campaign's rules; the generator cannot plant a roster for this campaign");
        }
        pools.computeIfAbsent(key(unit, seat), k -> new ArrayList<>()).add(d);
        created.add(d);
        return d;
    }

    /**
     * Leaders and deputies form one class, everybody else another: a cadre keeps to seats of the
     * kind their rank suits, while the eligibility check decides between cities and seasons.
     */
    private static String key(Unit unit, Seat seat) {
        boolean lead = seat.role().equals("leader") || seat.role().equals("deputy");
        return unit.name() + (lead ? "|lead" : "|member");
    }
}
