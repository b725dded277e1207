package org.rotationscheduler.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.Seat;

/**
 * Necessary conditions, proved with maximum flows, that a season can be filled:
 * <ul>
 * <li>per round, seats against eligible cadres, each cadre in one seat (E9): an unsaturated seat
 * kind is a shortage no plan can avoid;</li>
 * <li>per E4 scope, the seats only E4-bound cadres may take (autumn central leaders) against those
 * cadres, each serving its quota: if they cannot all be filled, E3 or E4 must break;</li>
 * <li>per E4 scope, the bound cadres against every seat they may take: if they cannot all be
 * placed, E4 must break.</li>
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

    /** The result: shortages, and how many E4-bound cadres cannot be placed. */
    public record Report(List<Shortage> shortages, int unplaceableQuotaRounds, int quotaRounds) {
        public boolean feasible() {
            return shortages.isEmpty() && unplaceableQuotaRounds == 0;
        }

        public int missingSeats() {
            return shortages.stream().filter(s -> s.rule().equals("E9")).mapToInt(Shortage::missing).sum();
        }
    }

    public Report check(RotationSolution problem) {
        List<Shortage> shortages = new ArrayList<>();
        Map<Integer, List<SeatAssignment>> byRound = new LinkedHashMap<>();
        for (SeatAssignment s : problem.getSeats()) {
            byRound.computeIfAbsent(s.getRoundNumber(), r -> new ArrayList<>()).add(s);
        }
        for (List<SeatAssignment> seats : byRound.values()) {
            shortages.addAll(perRound(seats));
        }
        int[] quota = quota(problem, shortages);
        return new Report(shortages, quota[0], quota[1]);
    }

    /** Seat kinds of one round against cadres with capacity one each (E9). */
    private List<Shortage> perRound(List<SeatAssignment> seats) {
        Map<List<Cadre>, List<SeatAssignment>> kinds = new IdentityHashMap<>();
        for (SeatAssignment s : seats) {
            kinds.computeIfAbsent(s.getCandidates(), k -> new ArrayList<>()).add(s);
        }
        return saturate(kinds, c -> 1, "E9");
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
