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
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.RankOrder;

/**
 * Ruin and recreate over one city team (a city in a round, #16): its seats are emptied and filled
 * again, heads first, each with the candidate of a sample (and its former cadre) whose {@link
 * SeatPrice} is least given the rest of the plan: what the first plan chose with half the plan
 * unknown is chosen again knowing every other cadre's rounds. It keeps E9 and E11 against the
 * cadres' other rounds and those of earlier plans, E12 within each group, F1's season and campaign
 * maxima, and leaves the seats of E4-bound cadres and pinned seats alone; a plan of up to 64 rounds
 * (the whole 47-round campaign too) is tracked. The cadres' rounds are read every so many steps; a picture a few
 * steps old only steers the choice, the score judges the move.
 */
final class TeamRebuilder {
    /** Candidates weighed per seat, besides the seat's present cadre. */
    private static final int SAMPLE = 40;

    private final SeatPrice price;
    private final Map<Cadre, Integer> index = new IdentityHashMap<>();
    private final List<Cadre> cadres;
    /** Each candidate list (shared by the seats of one kind) as cadre indexes: the sampling loop reads arrays only. */
    private final Map<List<Cadre>, int[]> candidateIndexes = new IdentityHashMap<>();
    /** Marks per cadre for one rebuild ({@link #stamp}): taken by a seat of the team, or holding one before. */
    private final int[] takenMark;
    private final int[] ownMark;
    private int stamp;
    private final Map<Integer, Integer> roundIndex = new HashMap<>();
    private final int[] load;
    /** Per cadre, the round indexes served as bits (a plan of more than 64 rounds is not rebuilt). */
    private final long[] served;
    /** Per cadre and round index, the seats held ({@code cadre * rounds + round}): a bit of {@link #served} goes when its count does. */
    private final int[] heldInRound;
    private final int roundCount;
    /** The cadre each seat of the working plan had at the last reading, by the seat's position. */
    private Cadre[] seen = new Cadre[0];
    private int[] seatRound = new int[0];
    private final boolean[] bound;
    private final boolean tracked;
    /** Per round index, the round numbers (E11 counts by number) and the rounds of its season as bits (F1's season maximum). */
    private final int[] roundNumbers;
    private final long[] seasonRounds;
    private final int maxPerSeason;
    private final int maxPerCampaign;
    /** Per cadre, the rounds of this campaign in earlier plans (F1's campaign maximum). */
    private final int[] earlier;
    /** Per cadre, the round numbers served in earlier plans (E9, E11 across plans), or null. */
    private final int[][] priorRounds;
    private final Map<String, Integer> minPartyOf = new HashMap<>();

    TeamRebuilder(RotationSolution solution) {
        this.price = new SeatPrice(solution);
        this.cadres = solution.getCadres();
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
        // the whole campaign too (47 rounds): a round is a bit of a long
        this.tracked = rounds.size() <= Long.SIZE;
        this.roundNumbers = rounds.stream().mapToInt(Integer::intValue).toArray();
        this.seasonRounds = new long[tracked ? rounds.size() : 0];
        if (tracked) {
            Map<String, Long> bySeason = new HashMap<>();
            for (SeatAssignment a : solution.getSeats()) {
                bySeason.merge(a.getSeasonId(), bit(a), (x, y) -> x | y);
            }
            for (SeatAssignment a : solution.getSeats()) {
                seasonRounds[roundIndex.get(a.getRoundNumber())] = bySeason.get(a.getSeasonId());
            }
        }
        this.load = new int[cadres.size()];
        this.served = new long[cadres.size()];
        this.roundCount = tracked ? rounds.size() : 0;
        this.heldInRound = new int[cadres.size() * roundCount];
        this.bound = new boolean[cadres.size()];
        this.takenMark = new int[cadres.size()];
        this.ownMark = new int[cadres.size()];
        for (QuotaDuty duty : solution.getQuotaDuties()) {
            Integer i = index.get(duty.cadre());
            if (i != null) {
                bound[i] = true;
            }
        }
        RuleParameters p = solution.getParameters().isEmpty() ? null : solution.getParameters().get(0);
        this.maxPerSeason = p == null ? Integer.MAX_VALUE : p.maxPerSeason();
        this.maxPerCampaign = p == null ? Integer.MAX_VALUE : p.maxPerCampaign();
        this.earlier = new int[cadres.size()];
        for (int i = 0; p != null && i < earlier.length; i++) {
            earlier[i] = p.earlierRounds(cadres.get(i));
        }
        this.priorRounds = new int[cadres.size()][];
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < cadres.size(); i++) {
            byId.put(cadres.get(i).id(), i);
        }
        Map<Integer, List<Integer>> prior = new HashMap<>();
        for (PriorService ps : solution.getPriorServices()) {
            Integer i = byId.get(ps.cadre().id());
            if (i != null) {
                prior.computeIfAbsent(i, k -> new ArrayList<>()).add(ps.roundNumber());
            }
        }
        prior.forEach((i, numbers) -> priorRounds[i] = numbers.stream().mapToInt(Integer::intValue).toArray());
        for (CityTeam team : solution.getTeams()) {
            minPartyOf.put(team.key(), team.minPartyMembers());
        }
        read(solution);
    }

    /**
     * Brings every cadre's rounds up to the working plan: only the seats whose cadre changed since
     * the last reading are counted again (a reference comparison per seat), so it is cheap enough
     * for every few steps.
     */
    void read(RotationSolution solution) {
        if (!tracked) {
            return;
        }
        List<SeatAssignment> seats = solution.getSeats();
        if (seen.length != seats.size()) {
            seen = new Cadre[seats.size()];
            seatRound = new int[seats.size()];
            for (int k = 0; k < seatRound.length; k++) {
                seatRound[k] = roundIndex.get(seats.get(k).getRoundNumber());
            }
            Arrays.fill(load, 0);
            Arrays.fill(served, 0);
            Arrays.fill(heldInRound, 0);
        }
        for (int k = 0; k < seen.length; k++) {
            Cadre c = seats.get(k).getCadre();
            if (c != seen[k]) {
                count(seen[k], seatRound[k], -1);
                count(c, seatRound[k], 1);
                seen[k] = c;
            }
        }
    }

    /** The rounds a cadre holds at the last reading, as round-index bits, and how many seats (for tests). */
    long roundsOf(Cadre c) {
        Integer i = index.get(c);
        return i == null ? 0 : served[i];
    }

    int loadOf(Cadre c) {
        Integer i = index.get(c);
        return i == null ? 0 : load[i];
    }

    private void count(Cadre c, int round, int delta) {
        Integer i = c == null ? null : index.get(c);
        if (i == null) {
            return;
        }
        load[i] += delta;
        int held = heldInRound[i * roundCount + round] += delta;
        if (held > 0) {
            served[i] |= 1L << round;
        } else {
            served[i] &= ~(1L << round);
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
        long window = windowAround(team.get(0).getRoundNumber(), gap);
        int round = team.get(0).getRoundNumber();
        long season = seasonRounds[roundIndex.get(round)];
        Cadre[] chosen = new Cadre[team.size()];
        boolean[] ruined = new boolean[team.size()];
        int mark = nextStamp();
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
            if (i != null) {
                ownMark[i] = mark;
            }
            if (!ruined[k]) {
                chosen[k] = c;
            }
        }
        // what stays: the kept seats' cadres count around the rebuilt ones
        for (int k = 0; k < team.size(); k++) {
            if (!ruined[k] && chosen[k] != null) {
                SeatAssignment seat = team.get(k);
                take(chosen[k], mark);
                party += tally(seat, chosen[k], units, experienced, newcomers, heads) ? 1 : 0;
                leadParty += chosen[k].partyMember() && chosen[k].unit().equals(seat.getCity().lead()) ? 1 : 0;
            }
        }
        Integer[] order = new Integer[team.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> team.get(k).seatingOrder()));
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
            int[] candidates = candidateIndexes.computeIfAbsent(seat.getCandidates(), this::indexesOf);
            Rank ceiling = heads.ceiling(seat);
            for (int s = 0; s <= SAMPLE; s++) {
                // the seat's present cadre first, so that the team can stay as it is
                int i;
                if (s == 0) {
                    Integer present = seat.getCadre() == null ? null : index.get(seat.getCadre());
                    i = present == null ? -1 : present;
                } else {
                    i = candidates[random.nextInt(candidates.length)];
                }
                if (i < 0 || takenMark[i] == mark || bound[i]) {
                    continue;
                }
                Cadre c = cadres.get(i);
                boolean own = ownMark[i] == mark;
                long others = own ? served[i] & ~roundBit : served[i];
                int otherLoad = own ? load[i] - 1 : load[i];
                if ((others & window) != 0 || Long.bitCount(others & season) >= maxPerSeason
                        || otherLoad + earlier[i] >= maxPerCampaign || tooCloseToEarlier(i, round, gap)
                        || ceiling != null && c.rank().outranks(ceiling)) {
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
            take(best, mark);
            party += tally(seat, best, units, experienced, newcomers, heads) ? 1 : 0;
            leadParty += best.partyMember() && best.unit().equals(seat.getCity().lead()) ? 1 : 0;
        }
        return changed ? chosen : null;
    }

    /** A fresh mark for one rebuild: every cadre's marks of earlier rebuilds no longer count. */
    private int nextStamp() {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(takenMark, 0);
            Arrays.fill(ownMark, 0);
            stamp = 0;
        }
        return ++stamp;
    }

    private void take(Cadre c, int mark) {
        Integer i = index.get(c);
        if (i != null) {
            takenMark[i] = mark;
        }
    }

    /** A candidate list as cadre indexes (-1 for a cadre outside the problem's list). */
    private int[] indexesOf(List<Cadre> candidates) {
        int[] ids = new int[candidates.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = index.getOrDefault(candidates.get(k), -1);
        }
        return ids;
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

        /**
         * The highest rank the seat may take (null: any): a deputy not above the leader, a member not
         * above any head seated so far, i.e. not above the lowest of them.
         */
        Rank ceiling(SeatAssignment seat) {
            if (RankOrder.isLeader(seat.getSeat())) {
                return null;
            }
            if (seat.headsGroup()) {
                return ofLeader.get(seat.getGroupKey());
            }
            Rank lowest = null;
            for (Rank head : ofHeads.getOrDefault(seat.getGroupKey(), List.of())) {
                if (lowest == null || lowest.outranks(head)) {
                    lowest = head;
                }
            }
            return lowest;
        }
    }

    /** E9/E11 across plans: a round of an earlier plan within the rest of this one. */
    private boolean tooCloseToEarlier(int cadre, int round, int gap) {
        int[] numbers = priorRounds[cadre];
        if (numbers != null) {
            for (int n : numbers) {
                if (Round.tooCloseForRest(n, round, gap)) {
                    return true;
                }
            }
        }
        return false;
    }

    private long bit(SeatAssignment a) {
        return 1L << roundIndex.get(a.getRoundNumber());
    }

    /** The rounds too close to {@code round} for E11's rest (itself included, E9) as bits: serving any rules it out. */
    private long windowAround(int round, int gap) {
        long bits = 0;
        for (int j = 0; j < roundNumbers.length; j++) {
            if (Round.tooCloseForRest(roundNumbers[j], round, gap)) {
                bits |= 1L << j;
            }
        }
        return bits;
    }
}
