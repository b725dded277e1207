package org.rotationscheduler.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleId;

/**
 * Necessary conditions, proved with maximum flows, that a season can be filled:
 * <ul>
 * <li>per round, seats against eligible cadres, each cadre in one seat (E9): an unsaturated seat
 * kind is a shortage no plan can avoid;</li>
 * <li>per E4 scope, the seats only E4-bound cadres may take (autumn central leaders) against those
 * cadres, each serving its quota: if they cannot all be filled, E3 or E4 must break;</li>
 * <li>per E4 scope, the bound cadres against every seat they may take: if they cannot all be
 * placed, E4 must break.</li>
 * <li>per round, the same with E12 (rank order): a group's members drawn only from candidates no
 * higher than the most senior cadre who may lead it (in a central group, may be its deputy), so a
 * city-round whose eligible leaders are all outranked by the only eligible members shows;</li>
 * <li>with E3 softened (F8), the autumn central leader seats against the cadres of E3's rank, each
 * E4-bound one up to its quota: the seats that remain are division-level leaders no plan avoids.</li>
 * </ul>
 * When it finds nothing, the bench expects the solver to reach zero hard; when it finds a shortage,
 * it names the city, round and seat kind and how many seats are missing.
 */
public final class FeasibilityBound {

    /** Seats of one kind no plan can fill: {@code missing} of {@code seats}. */
    public record Shortage(String rule, Round round, String city, String group, String seat, int seats, int missing,
            int candidates) {
        public String describe() {
            String where = round == null ? city : city + " round " + round.number() + " (" + round.start() + ".."
                    + round.end() + ")";
            return where + ", " + group + " " + seat + ": " + missing + " of " + seats + " seat(s) cannot be filled ("
                    + candidates + " eligible cadre(s)) [" + rule + "]";
        }
    }

    /**
     * The result: shortages, how many E4-bound cadres cannot be placed, and with E3 softened (F8)
     * how many of the seats E3 speaks of no plan can give a cadre of E3's rank ({@code -1}: E3 holds).
     */
    public record Report(List<Shortage> shortages, int unplaceableQuotaRounds, int quotaRounds,
            int unavoidableJuniorLeaders, int seniorLeaderSeats) {

        public Report(List<Shortage> shortages, int unplaceableQuotaRounds, int quotaRounds) {
            this(shortages, unplaceableQuotaRounds, quotaRounds, -1, 0);
        }

        public boolean feasible() {
            return shortages.isEmpty() && unplaceableQuotaRounds == 0;
        }

        /** E3 was softened, so the bound speaks of F8 instead of E3. */
        public boolean e3Softened() {
            return unavoidableJuniorLeaders >= 0;
        }

        /** What a feasible bound proves, in one line. */
        public String provedLine() {
            String staffed = "every round can be staffed" + (shortages.isEmpty() ? ", rank order (E12) can hold" : "");
            if (!e3Softened()) {
                return staffed + ", every E4 quota can be met";
            }
            return staffed + ", every E4 quota can be met; E3 is softened: " + unavoidableJuniorLeaders + " of "
                    + seniorLeaderSeats + " autumn central leader seat(s) must go below E3's rank, as few as F8 allows";
        }

        public int missingSeats() {
            return shortages.stream().filter(s -> s.rule().equals(RuleId.E9.id())).mapToInt(Shortage::missing).sum();
        }
    }

    public Report check(RotationSolution problem) {
        List<Shortage> shortages = new ArrayList<>();
        Map<Integer, List<SeatAssignment>> byRound = new LinkedHashMap<>();
        for (SeatAssignment s : problem.getSeats()) {
            byRound.computeIfAbsent(s.getRoundNumber(), r -> new ArrayList<>()).add(s);
        }
        for (List<SeatAssignment> seats : byRound.values()) {
            List<Shortage> plain = perRound(seats);
            shortages.addAll(plain);
            if (problem.isRankOrderHard()) {
                shortages.addAll(rankOrder(seats, plain));
            }
        }
        int[] quota = quota(problem, shortages);
        int[] junior = juniorLeaders(problem);
        return new Report(shortages, quota[0], quota[1], junior[0], junior[1]);
    }

    /**
     * E12 per round: every member seat keeps only the candidates no higher than the most senior
     * candidate of its group's leader seat (and, below a deputy, of the deputy seat). What the flow
     * then misses beyond the plain shortage no plan can fill without breaking rank order.
     */
    private List<Shortage> rankOrder(List<SeatAssignment> seats, List<Shortage> plain) {
        Map<String, Rank> topLeader = new HashMap<>();
        Map<String, Rank> topDeputy = new HashMap<>();
        for (SeatAssignment s : seats) {
            Map<String, Rank> top = RankOrder.isLeader(s.getSeat()) ? topLeader
                    : RankOrder.isDeputy(s.getSeat()) ? topDeputy : null;
            if (top != null) {
                for (Cadre c : s.getCandidates()) {
                    top.merge(s.getGroupKey(), c.rank(), (a, b) -> a.outranks(b) ? a : b);
                }
            }
        }
        Map<List<Cadre>, List<SeatAssignment>> kinds = new IdentityHashMap<>();
        Map<List<Cadre>, Map<Rank, List<Cadre>>> restricted = new IdentityHashMap<>();
        boolean changed = false;
        for (SeatAssignment s : seats) {
            Rank cap = RankOrder.isLeader(s.getSeat()) ? null : RankOrder.isDeputy(s.getSeat())
                    ? topLeader.get(s.getGroupKey()) : lower(topLeader.get(s.getGroupKey()), topDeputy.get(s.getGroupKey()));
            List<Cadre> list = s.getCandidates();
            if (cap != null) {
                final Rank limit = cap;
                List<Cadre> base = list;
                list = restricted.computeIfAbsent(base, k -> new HashMap<>()).computeIfAbsent(limit,
                        k -> base.stream().filter(c -> !c.rank().outranks(limit)).toList());
                changed |= list.size() != base.size();
            }
            kinds.computeIfAbsent(list, k -> new ArrayList<>()).add(s);
        }
        if (!changed) {
            return List.of();
        }
        Map<String, Integer> plainMissing = new HashMap<>();
        for (Shortage p : plain) {
            plainMissing.merge(p.city() + "|" + p.group() + "|" + p.seat(), p.missing(), Integer::sum);
        }
        Map<String, Shortage> worse = new LinkedHashMap<>();
        for (Shortage r : saturate(kinds, c -> 1, RuleId.E12.id())) {
            worse.merge(r.city() + "|" + r.group() + "|" + r.seat(), r, (a, b) -> new Shortage(RuleId.E12.id(), a.round(),
                    a.city(), a.group(), a.seat(), a.seats() + b.seats(), a.missing() + b.missing(),
                    Math.max(a.candidates(), b.candidates())));
        }
        List<Shortage> out = new ArrayList<>();
        worse.forEach((key, r) -> {
            int extra = r.missing() - plainMissing.getOrDefault(key, 0);
            if (extra > 0) {
                out.add(new Shortage(RuleId.E12.id(), r.round(), r.city(), r.group(), r.seat(), r.seats(), extra, r.candidates()));
            }
        });
        return out;
    }

    private static Rank lower(Rank a, Rank b) {
        if (a == null) {
            return b;
        }
        return b == null || b.outranks(a) ? a : b;
    }

    /**
     * F8 with E3 softened: the seats an E3 entry speaks of (autumn central leaders) against the
     * candidates of E3's rank, E4-bound ones up to their quota and the others once per round of the
     * scope. Returns {seats no plan can give such a cadre, such seats}; {-1, 0} while E3 holds.
     */
    private int[] juniorLeaders(RotationSolution problem) {
        List<SeatAssignment> seats = problem.getSeats().stream().filter(s -> s.getE3Rank() != null).toList();
        if (seats.isEmpty() || !problem.isE3Softened()) {
            return new int[] {-1, 0};
        }
        Map<Cadre, Integer> quota = new HashMap<>();
        for (QuotaDuty d : problem.getQuotaDuties()) {
            quota.merge(d.cadre(), d.rounds(), Integer::sum);
        }
        Map<List<Cadre>, List<SeatAssignment>> kinds = new IdentityHashMap<>();
        Map<List<Cadre>, List<Cadre>> seniors = new IdentityHashMap<>();
        Map<Integer, Boolean> rounds = new HashMap<>();
        for (SeatAssignment s : seats) {
            List<Cadre> senior = seniors.computeIfAbsent(s.getCandidates(), l -> l.stream()
                    .filter(c -> c.rank().atLeast(s.getE3Rank())).toList());
            kinds.computeIfAbsent(senior, k -> new ArrayList<>()).add(s);
            rounds.put(s.getRoundNumber(), true);
        }
        int perRound = rounds.size();
        int missing = 0;
        for (Shortage sh : saturate(kinds, c -> quota.getOrDefault(c, perRound), RuleId.F8.id())) {
            missing += sh.missing();
        }
        return new int[] {missing, seats.size()};
    }

    /** Seat kinds of one round against cadres with capacity one each (E9). */
    private List<Shortage> perRound(List<SeatAssignment> seats) {
        Map<List<Cadre>, List<SeatAssignment>> kinds = new IdentityHashMap<>();
        for (SeatAssignment s : seats) {
            kinds.computeIfAbsent(s.getCandidates(), k -> new ArrayList<>()).add(s);
        }
        return saturate(kinds, c -> 1, RuleId.E9.id());
    }

    private interface Capacity {
        int of(Cadre cadre);
    }

    private List<Shortage> saturate(Map<List<Cadre>, List<SeatAssignment>> kinds, Capacity capacity, String rule) {
        Map<Cadre, Integer> cadreNode = new HashMap<>();
        List<List<Cadre>> kindList = new ArrayList<>(kinds.keySet());
        for (List<Cadre> candidates : kindList) {
            for (Cadre c : candidates) {
                cadreNode.putIfAbsent(c, cadreNode.size());
            }
        }
        int source = 0;
        int sink = 1;
        int cadreBase = 2;
        int kindBase = cadreBase + cadreNode.size();
        MaxFlow flow = new MaxFlow(kindBase + kindList.size());
        cadreNode.forEach((c, i) -> flow.edge(source, cadreBase + i, capacity.of(c)));
        int[] sinkEdges = new int[kindList.size()];
        for (int k = 0; k < kindList.size(); k++) {
            List<Cadre> candidates = kindList.get(k);
            for (Cadre c : candidates) {
                flow.edge(cadreBase + cadreNode.get(c), kindBase + k, 1);
            }
            sinkEdges[k] = flow.edge(kindBase + k, sink, kinds.get(candidates).size());
        }
        flow.solve(source, sink);
        List<Shortage> out = new ArrayList<>();
        for (int k = 0; k < kindList.size(); k++) {
            List<SeatAssignment> seats = kinds.get(kindList.get(k));
            int missing = seats.size() - flow.flow(sinkEdges[k]);
            if (missing > 0) {
                Seat s = seats.get(0).getSeat();
                out.add(new Shortage(rule, s.round(), s.city().name(), s.group().kind().label(), s.roleLabel(),
                        seats.size(), missing, kindList.get(k).size()));
            }
        }
        return out;
    }

    /**
     * E4 per scope: quota-only seats must all be fillable by bound cadres (E3/E4), and every
     * bound cadre's rounds placeable in some seat. Returns {unplaceable rounds, total quota rounds}.
     */
    private int[] quota(RotationSolution problem, List<Shortage> shortages) {
        Map<String, Map<Cadre, Integer>> duties = new LinkedHashMap<>();
        // "who: serving" (0 or N): such a cadre may take up to N rounds but owes none
        Map<String, Map<Cadre, Integer>> owed = new HashMap<>();
        for (QuotaDuty d : problem.getQuotaDuties()) {
            if (d.rounds() > 0) {
                duties.computeIfAbsent(d.scope(), s -> new HashMap<>()).put(d.cadre(), d.rounds());
                if (!d.zeroAllowed()) {
                    owed.computeIfAbsent(d.scope(), s -> new HashMap<>()).put(d.cadre(), d.rounds());
                }
            }
        }
        int unplaceable = 0;
        int total = 0;
        for (var e : duties.entrySet()) {
            Map<Cadre, Integer> cap = e.getValue();
            Map<List<Cadre>, List<SeatAssignment>> onlyBound = new IdentityHashMap<>();
            Map<List<Cadre>, List<SeatAssignment>> allInScope = new IdentityHashMap<>();
            for (SeatAssignment s : problem.getSeats()) {
                if (!e.getKey().equals(s.getQuotaScope())) {
                    continue;
                }
                List<Cadre> bound = s.getCandidates().stream().filter(cap::containsKey).toList();
                if (bound.isEmpty()) {
                    continue;
                }
                allInScope.computeIfAbsent(s.getCandidates(), k -> new ArrayList<>()).add(s);
                if (bound.size() == s.getCandidates().size()) {
                    onlyBound.computeIfAbsent(s.getCandidates(), k -> new ArrayList<>()).add(s);
                }
            }
            // leaders: per-scope seats against bound cadres, each up to its quota
            for (Shortage s : saturate(onlyBound, c -> cap.getOrDefault(c, 0), "E3/E4")) {
                shortages.add(new Shortage(s.rule(), null, s.city() + " in " + e.getKey(), s.group(), s.seat(),
                        s.seats(), s.missing(), s.candidates()));
            }
            Map<Cadre, Integer> owes = owed.getOrDefault(e.getKey(), Map.of());
            int demand = owes.values().stream().mapToInt(Integer::intValue).sum();
            total += demand;
            unplaceable += demand == 0 ? 0 : demand - placeable(allInScope, owes);
        }
        return new int[] {unplaceable, total};
    }

    /** How many quota rounds of bound cadres fit into the seats they may take. */
    private int placeable(Map<List<Cadre>, List<SeatAssignment>> kinds, Map<Cadre, Integer> cap) {
        Map<Cadre, Integer> node = new HashMap<>();
        cap.keySet().forEach(c -> node.put(c, node.size()));
        List<List<Cadre>> kindList = new ArrayList<>(kinds.keySet());
        int kindBase = 2 + node.size();
        MaxFlow flow = new MaxFlow(kindBase + kindList.size());
        node.forEach((c, i) -> flow.edge(0, 2 + i, cap.get(c)));
        for (int k = 0; k < kindList.size(); k++) {
            for (Cadre c : kindList.get(k)) {
                Integer i = node.get(c);
                if (i != null) {
                    flow.edge(2 + i, kindBase + k, 1);
                }
            }
            flow.edge(kindBase + k, 1, kinds.get(kindList.get(k)).size());
        }
        return (int) flow.solve(0, 1);
    }
}
