package org.rotationscheduler.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.RankOrder;

/**
 * Ruin and recreate over one city team (a city in a round, #16): its seats are emptied and filled
 * again, heads first, each with the candidate of a sample (and its former cadre) whose {@link
 * SeatPrice} is least given the rest of the plan: what the first plan chose with half the plan
 * unknown is chosen again knowing every other cadre's rounds. It keeps E9 and E11 against the
 * cadres' other rounds, E12 within each group, F1's season maximum, and leaves the seats of E4-bound
 * cadres and pinned seats alone. The cadres' rounds are read every so many steps; a picture a few
 * steps old only steers the choice, the score judges the move.
 */
final class TeamRebuilder {
    /** Candidates weighed per seat, besides the seat's present cadre. */
    private static final int SAMPLE = 40;

    private final SeatPrice price;
    private final Map<Cadre, Integer> index = new IdentityHashMap<>();
    private final Map<Integer, Integer> roundIndex = new HashMap<>();
    private final int[] load;
    /** Per cadre, the round indexes served as bits (a plan of more than 64 rounds is not rebuilt). */
    private final long[] served;
    private final boolean[] bound;
    private final boolean tracked;
    private final int maxPerSeason;
    private final Map<String, Integer> minPartyOf = new HashMap<>();

    TeamRebuilder(RotationSolution solution) {
        this.price = new SeatPrice(solution);
        List<Cadre> cadres = solution.getCadres();
        for (int i = 0; i < cadres.size(); i++) {
            index.put(cadres.get(i), i);
        }
        TreeSet<Integer> rounds = new TreeSet<>();
        for (SeatAssignment a : solution.getSeats()) {
            rounds.add(a.getRoundNumber());
        }
        for (int r : rounds) {
            roundIndex.put(r, roundIndex.size());
        }
        this.tracked = rounds.size() <= Long.SIZE
                && solution.getSeats().stream().map(SeatAssignment::getSeasonId).distinct().count() <= 1;
        this.load = new int[cadres.size()];
        this.served = new long[cadres.size()];
        this.bound = new boolean[cadres.size()];
        for (QuotaDuty duty : solution.getQuotaDuties()) {
            Integer i = index.get(duty.cadre());
            if (i != null) {
                bound[i] = true;
            }
        }
        this.maxPerSeason = solution.getParameters().isEmpty() ? Integer.MAX_VALUE
                : solution.getParameters().get(0).maxPerSeason();
        for (CityTeam team : solution.getTeams()) {
            minPartyOf.put(team.key(), team.minPartyMembers());
        }
        read(solution);
    }

    /** Reads every cadre's rounds in the working plan again. */
    void read(RotationSolution solution) {
        Arrays.fill(load, 0);
        Arrays.fill(served, 0);
        if (!tracked) {
            return;
        }
        for (SeatAssignment a : solution.getSeats()) {
            Integer i = a.getCadre() == null ? null : index.get(a.getCadre());
            if (i != null) {
                load[i]++;
                served[i] |= bit(a);
            }
        }
    }

    /**
     * New cadres for the team's seats (same order as {@code team}), or null when the team cannot
     * be rebuilt (nothing to change, a seat without a choice, a plan not tracked).
     */
    Cadre[] rebuild(List<SeatAssignment> team, Random random) {
        if (!tracked || team.isEmpty()) {
            return null;
        }
        long roundBit = bit(team.get(0));
        int gap = team.get(0).getMinRoundsOff();
        long window = windowAround(roundIndex.get(team.get(0).getRoundNumber()), gap);
        Cadre[] chosen = new Cadre[team.size()];
        boolean[] ruined = new boolean[team.size()];
        Set<Cadre> taken = new HashSet<>();
        Map<String, Set<Unit>> units = new HashMap<>();
        Map<String, Integer> experienced = new HashMap<>();
        Map<String, Integer> newcomers = new HashMap<>();
        HeadRanks heads = new HeadRanks();
        int party = 0;
        int leadParty = 0;
        for (int k = 0; k < team.size(); k++) {
            SeatAssignment seat = team.get(k);
            Cadre c = seat.getCadre();
            Integer i = c == null ? null : index.get(c);
            ruined[k] = !seat.isPinned() && !seat.getCandidates().isEmpty() && (i == null || !bound[i]);
            if (!ruined[k]) {
                chosen[k] = c;
            }
        }
        // what stays: the kept seats' cadres count around the rebuilt ones
        for (int k = 0; k < team.size(); k++) {
            if (!ruined[k] && chosen[k] != null) {
                SeatAssignment seat = team.get(k);
                taken.add(chosen[k]);
                party += tally(seat, chosen[k], units, experienced, newcomers, heads) ? 1 : 0;
                leadParty += chosen[k].partyMember() && chosen[k].unit().equals(seat.getCity().lead()) ? 1 : 0;
            }
        }
        Integer[] order = new Integer[team.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> headOrder(team.get(k))));
        boolean changed = false;
        for (int k : order) {
            if (!ruined[k]) {
                continue;
            }
            SeatAssignment seat = team.get(k);
            String group = seat.getGroupKey();
            SeatPrice.Around at = new SeatPrice.Around(units.getOrDefault(group, Set.of()),
                    experienced.getOrDefault(group, 0) > 0, newcomers.getOrDefault(group, 0),
                    party < minPartyOf.getOrDefault(seat.getTeamKey(), 0), leadParty == 0);
            Cadre best = null;
            double bestCost = Double.MAX_VALUE;
            List<Cadre> candidates = seat.getCandidates();
            for (int s = 0; s <= SAMPLE; s++) {
                // the seat's present cadre first, so that the team can stay as it is
                Cadre c = s == 0 ? seat.getCadre() : candidates.get(random.nextInt(candidates.size()));
                if (c == null || taken.contains(c)) {
                    continue;
                }
                Integer i = index.get(c);
                if (i == null || bound[i]) {
                    continue;
                }
                boolean own = team.stream().anyMatch(t -> c.equals(t.getCadre()));
                long others = own ? served[i] & ~roundBit : served[i];
                int otherLoad = own ? load[i] - 1 : load[i];
                if ((others & window) != 0 || otherLoad >= maxPerSeason || !heads.allow(seat, c)) {
                    continue;
                }
                double cost = price.price(seat, c, otherLoad, at) + random.nextDouble() * 0.5;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
            if (best == null) {
                return null;
            }
            chosen[k] = best;
            changed |= !best.equals(seat.getCadre());
            taken.add(best);
            party += tally(seat, best, units, experienced, newcomers, heads) ? 1 : 0;
            leadParty += best.partyMember() && best.unit().equals(seat.getCity().lead()) ? 1 : 0;
        }
        return changed ? chosen : null;
    }

    /** Counts a seated cadre around its seat; true when a party member. */
    private static boolean tally(SeatAssignment seat, Cadre c, Map<String, Set<Unit>> units,
            Map<String, Integer> experienced, Map<String, Integer> newcomers, HeadRanks heads) {
        String group = seat.getGroupKey();
        units.computeIfAbsent(group, g -> new HashSet<>()).add(c.unit());
        (c.experienced() ? experienced : newcomers).merge(group, 1, Integer::sum);
        heads.seat(seat, c);
        return c.partyMember();
    }

    /** E12 within the rebuilt team: the ranks of each group's heads seated so far. */
    private static final class HeadRanks {
        private final Map<String, List<Rank>> ofHeads = new HashMap<>();
        private final Map<String, Rank> ofLeader = new HashMap<>();

        void seat(SeatAssignment seat, Cadre c) {
            if (seat.headsGroup()) {
                ofHeads.computeIfAbsent(seat.getGroupKey(), g -> new ArrayList<>()).add(c.rank());
                if (RankOrder.isLeader(seat.getSeat())) {
                    ofLeader.put(seat.getGroupKey(), c.rank());
                }
            }
        }

        /** A deputy not above the leader, a member not above any head seated so far. */
        boolean allow(SeatAssignment seat, Cadre c) {
            if (RankOrder.isLeader(seat.getSeat())) {
                return true;
            }
            if (seat.headsGroup()) {
                Rank leader = ofLeader.get(seat.getGroupKey());
                return leader == null || !c.rank().outranks(leader);
            }
            return ofHeads.getOrDefault(seat.getGroupKey(), List.of()).stream().noneMatch(c.rank()::outranks);
        }
    }

    private static int headOrder(SeatAssignment a) {
        return RankOrder.isLeader(a.getSeat()) ? 0 : a.headsGroup() ? 1 : 2;
    }

    private long bit(SeatAssignment a) {
        return 1L << roundIndex.get(a.getRoundNumber());
    }

    /** The rounds from {@code r - gap} to {@code r + gap} as bits: serving any of them rules round r out (E9, E11). */
    private static long windowAround(int r, int gap) {
        long bits = 0;
        for (int d = Math.max(0, r - gap); d <= Math.min(Long.SIZE - 1, r + gap); d++) {
            bits |= 1L << d;
        }
        return bits;
    }
}
