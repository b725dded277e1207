package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.rotationscheduler.domain.model.Cadre;

/**
 * The local-search neighbourhood: put another eligible cadre in a seat (change), or exchange the
 * cadres of two seats of the same round that each may take (swap). When the E4 quota asks more
 * than one round of a cadre or allows none (0 or N), two moves of pairs of rounds join them: one
 * cadre into two seats of different rounds at once (pair), and two cadres exchanging every seat
 * they hold (trade), so that the rounds a cadre serves change without breaking the quota on the way.
 * About one move in seven keeps rank order (E12, F9): it swaps a group's leader or deputy with another seat of the
 * same group, or the heads of two groups of one city and round, so a senior member can take the
 * lead and leaders can move to the groups whose members they outrank. Built here instead of with
 * Timefold's generic selectors because those precompute, for entity-dependent value ranges, which
 * values reach which: tens of seconds at 11,000 seats with thousands of candidates each.
 *
 * <p>A ruin-and-recreate move (a city team emptied and filled again by {@link SeatPrice}) paid
 * while the constraint streams scored (three in ten: season at 60 s −44,350 against −45,396
 * without). Since the search scores by hand ({@link RotationScoreCalculator}), a one-seat move
 * costs a few microseconds and the rebuild lost at every budget measured (#16, season at 60 s,
 * seeds 0 and 1: without −42,705 and −42,627; one in 200 −43,332 and −43,223; one in 20 −43,254 and
 * −43,234; at 300 s −42,099 without, −42,135 with one in 20; campaign at 180 s −190,771 without,
 * −192,663 with one in 20), so it was removed.
 */
public final class SeatMoves implements MoveIteratorFactory<RotationSolution, Move<RotationSolution>> {
    private static final String VARIABLE = "cadre";
    private List<SeatAssignment> movable = List.of();
    private final Map<Integer, List<SeatAssignment>> byRound = new HashMap<>();
    private final Map<List<Cadre>, Set<Cadre>> candidateSets = new IdentityHashMap<>();
    /** E4 by rounds: seats of the quota by seat kind (city, group kind, role) across rounds. */
    private final Map<String, List<SeatAssignment>> quotaSeatsByKind = new HashMap<>();
    private boolean quotaByRounds;
    /** The neighbourhood's size, counted once per phase: Timefold asks for it on every step. */
    private long size;
    /** E12: the movable seats of each group, and the heads (leader, deputy) of each city's team in a round. */
    private final Map<String, List<SeatAssignment>> byGroup = new HashMap<>();
    private final Map<String, List<SeatAssignment>> headsByTeam = new HashMap<>();
    private final Map<String, List<SeatAssignment>> headsByGroup = new HashMap<>();
    /**
     * Shares of the one-seat moves, in percent: rank-keeping swaps, and swaps of two seats of a
     * round; the rest are changes. Swaps within one kind of seat of a city and round were dropped:
     * mostly sideways, they spent steps (season at 60 s, seed 1: −45,018 with a tenth of them,
     * −44,428 without).
     */
    private static final int RANK_MOVES = 14;
    private static final int SWAP_MOVES = 22;

    @Override
    public void phaseStarted(ScoreDirector<RotationSolution> director) {
        movable = new ArrayList<>();
        byRound.clear();
        candidateSets.clear();
        quotaSeatsByKind.clear();
        quotaByRounds = director.getWorkingSolution().getQuotaDuties().stream()
                .anyMatch(d -> d.rounds() > 1 || d.zeroAllowed());
        size = 0;
        byGroup.clear();
        headsByTeam.clear();
        headsByGroup.clear();
        for (SeatAssignment s : director.getWorkingSolution().getSeats()) {
            if (!s.isPinned() && !s.getCandidates().isEmpty()) {
                movable.add(s);
                size += s.getCandidates().size();
                byRound.computeIfAbsent(s.getRoundNumber(), r -> new ArrayList<>()).add(s);
                if (quotaByRounds && s.getQuotaScope() != null) {
                    quotaSeatsByKind.computeIfAbsent(kind(s), k -> new ArrayList<>()).add(s);
                }
                byGroup.computeIfAbsent(s.getGroupKey(), g -> new ArrayList<>()).add(s);
                if (s.headsGroup()) {
                    headsByTeam.computeIfAbsent(s.getTeamKey(), t -> new ArrayList<>()).add(s);
                    headsByGroup.computeIfAbsent(s.getGroupKey(), g -> new ArrayList<>()).add(s);
                }
            }
        }
    }

    @Override
    public long getSize(ScoreDirector<RotationSolution> director) {
        return size;
    }

    @Override
    public Iterator<Move<RotationSolution>> createOriginalMoveIterator(ScoreDirector<RotationSolution> director) {
        throw new UnsupportedOperationException("the seat moves are only selected at random");
    }

    @Override
    public Iterator<Move<RotationSolution>> createRandomMoveIterator(ScoreDirector<RotationSolution> director,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public Move<RotationSolution> next() {
                SeatAssignment seat = movable.get(random.nextInt(movable.size()));
                if (quotaByRounds && seat.getQuotaScope() != null) {
                    int pairDice = random.nextInt(100);
                    if (pairDice < 15) {
                        return pair(seat, random);
                    }
                    if (pairDice < 25 && seat.getCadre() != null) {
                        return trade(seat, random);
                    }
                }
                // the one-seat moves: rank-keeping swaps, swaps, changes
                int dice = random.nextInt(100);
                if (dice >= 100 - RANK_MOVES) {
                    return rankKeepingSwap(seat, dice % 2 == 0, random);
                }
                if (dice < SWAP_MOVES) {
                    List<SeatAssignment> pool = byRound.get(seat.getRoundNumber());
                    return new SwapSeats(seat, pool.get(random.nextInt(pool.size())), SeatMoves.this);
                }
                List<Cadre> candidates = seat.getCandidates();
                Cadre to = random.nextInt(100) < 2 ? null : candidates.get(random.nextInt(candidates.size()));
                return new ChangeSeat(seat, to);
            }
        };
    }

    private static String kind(SeatAssignment s) {
        return s.getQuotaScope() + "|" + s.getCity().name() + "|" + s.getSeat().group().kind().id() + "|"
                + s.getSeat().role();
    }

    /**
     * One cadre into two seats of the same kind in different rounds. The first seat is, when a
     * few draws find one, an empty seat, and so is the second: two empty seats and a reserve make a
     * pair of rounds that keeps a "0 or 2" quota.
     */
    private Move<RotationSolution> pair(SeatAssignment seat, Random random) {
        SeatAssignment first = seat;
        for (int i = 0; i < 40 && first.getCadre() != null; i++) {
            SeatAssignment s = movable.get(random.nextInt(movable.size()));
            if (s.getQuotaScope() != null) {
                first = s;
            }
        }
        List<SeatAssignment> sameKind = quotaSeatsByKind.get(kind(first));
        SeatAssignment second = sameKind.get(random.nextInt(sameKind.size()));
        for (int i = 0; i < 20 && (second.getCadre() != null || second.getRoundNumber() == first.getRoundNumber());
                i++) {
            second = sameKind.get(random.nextInt(sameKind.size()));
        }
        List<Cadre> candidates = first.getCandidates();
        return new PairSeats(first, second, candidates.get(random.nextInt(candidates.size())), this);
    }

    /** The cadre of a seat and another cadre who may take it exchange every seat they hold. */
    private Move<RotationSolution> trade(SeatAssignment seat, Random random) {
        List<Cadre> candidates = seat.getCandidates();
        Cadre other = candidates.get(random.nextInt(candidates.size()));
        List<SeatAssignment> ofA = new ArrayList<>();
        List<SeatAssignment> ofB = new ArrayList<>();
        for (SeatAssignment s : movable) {
            if (seat.getCadre().equals(s.getCadre())) {
                ofA.add(s);
            } else if (other.equals(s.getCadre())) {
                ofB.add(s);
            }
        }
        return new TradeSeats(seat.getCadre(), other, ofA, ofB, this);
    }

    /**
     * E12: within the seat's group, a head with another seat (a senior member takes the lead); or
     * across the groups of the seat's city and round, two heads (a leader moves to a group whose
     * members it outranks).
     */
    private SwapSeats rankKeepingSwap(SeatAssignment seat, boolean withinGroup, Random random) {
        List<SeatAssignment> group = byGroup.get(seat.getGroupKey());
        SeatAssignment head = seat;
        if (!seat.headsGroup()) {
            List<SeatAssignment> heads = headsByGroup.getOrDefault(seat.getGroupKey(), List.of());
            head = heads.isEmpty() ? seat : heads.get(random.nextInt(heads.size()));
        }
        List<SeatAssignment> pool = withinGroup || !head.headsGroup() ? group : headsByTeam.get(head.getTeamKey());
        return new SwapSeats(head, pool.get(random.nextInt(pool.size())), this);
    }

    boolean mayTake(SeatAssignment seat, Cadre cadre) {
        return cadre == null || candidateSets.computeIfAbsent(seat.getCandidates(), HashSet::new).contains(cadre);
    }

    private static void set(ScoreDirector<RotationSolution> director, SeatAssignment seat, Cadre cadre) {
        director.beforeVariableChanged(seat, VARIABLE);
        seat.setCadre(cadre);
        director.afterVariableChanged(seat, VARIABLE);
    }

    /** Puts {@code to} (or nobody) in a seat. */
    static final class ChangeSeat extends AbstractSimplifiedMove<RotationSolution> {
        private final SeatAssignment seat;
        private final Cadre to;

        ChangeSeat(SeatAssignment seat, Cadre to) {
            this.seat = seat;
            this.to = to;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RotationSolution> director) {
            return !Objects.equals(seat.getCadre(), to);
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> director) {
            set(director, seat, to);
        }

        @Override
        public ChangeSeat rebase(ScoreDirector<RotationSolution> destination) {
            return new ChangeSeat(destination.lookUpWorkingObject(seat),
                    to == null ? null : destination.lookUpWorkingObject(to));
        }

        @Override
        public Collection<?> getPlanningEntities() {
            return List.of(seat);
        }

        @Override
        public Collection<?> getPlanningValues() {
            return to == null ? List.of() : List.of(to);
        }

        @Override
        public String toString() {
            return seat.getId() + " <- " + to;
        }
    }

    /** Puts one cadre in two seats of different rounds (E4: a pair of rounds at once). */
    static final class PairSeats extends AbstractSimplifiedMove<RotationSolution> {
        private final SeatAssignment a;
        private final SeatAssignment b;
        private final Cadre to;
        private final SeatMoves moves;

        PairSeats(SeatAssignment a, SeatAssignment b, Cadre to, SeatMoves moves) {
            this.a = a;
            this.b = b;
            this.to = to;
            this.moves = moves;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RotationSolution> director) {
            return a != b && a.getRoundNumber() != b.getRoundNumber() && to != null
                    && !(to.equals(a.getCadre()) && to.equals(b.getCadre())) && moves.mayTake(b, to);
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> director) {
            set(director, a, to);
            set(director, b, to);
        }

        @Override
        public PairSeats rebase(ScoreDirector<RotationSolution> destination) {
            return new PairSeats(destination.lookUpWorkingObject(a), destination.lookUpWorkingObject(b),
                    destination.lookUpWorkingObject(to), moves);
        }

        @Override
        public Collection<?> getPlanningEntities() {
            return List.of(a, b);
        }

        @Override
        public Collection<?> getPlanningValues() {
            return List.of(to);
        }

        @Override
        public String toString() {
            return a.getId() + " + " + b.getId() + " <- " + to;
        }
    }

    /** Two cadres exchange all their seats, when every seat may take the other cadre. */
    static final class TradeSeats extends AbstractSimplifiedMove<RotationSolution> {
        private final Cadre first;
        private final Cadre second;
        private final List<SeatAssignment> ofFirst;
        private final List<SeatAssignment> ofSecond;
        private final SeatMoves moves;

        TradeSeats(Cadre first, Cadre second, List<SeatAssignment> ofFirst, List<SeatAssignment> ofSecond,
                SeatMoves moves) {
            this.first = first;
            this.second = second;
            this.ofFirst = List.copyOf(ofFirst);
            this.ofSecond = List.copyOf(ofSecond);
            this.moves = moves;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RotationSolution> director) {
            if (first.equals(second)) {
                return false;
            }
            for (SeatAssignment s : ofFirst) {
                if (!first.equals(s.getCadre()) || !moves.mayTake(s, second)) {
                    return false;
                }
            }
            for (SeatAssignment s : ofSecond) {
                if (!second.equals(s.getCadre()) || !moves.mayTake(s, first)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> director) {
            ofFirst.forEach(s -> set(director, s, second));
            ofSecond.forEach(s -> set(director, s, first));
        }

        @Override
        public TradeSeats rebase(ScoreDirector<RotationSolution> destination) {
            return new TradeSeats(destination.lookUpWorkingObject(first), destination.lookUpWorkingObject(second),
                    ofFirst.stream().map(destination::lookUpWorkingObject).toList(),
                    ofSecond.stream().map(destination::lookUpWorkingObject).toList(), moves);
        }

        @Override
        public Collection<?> getPlanningEntities() {
            List<Object> all = new ArrayList<>(ofFirst);
            all.addAll(ofSecond);
            return all;
        }

        @Override
        public Collection<?> getPlanningValues() {
            return List.of(first, second);
        }

        @Override
        public String toString() {
            return first + " <=> " + second;
        }
    }

    /** Exchanges the cadres of two seats, when each seat may take the other's cadre. */
    static final class SwapSeats extends AbstractSimplifiedMove<RotationSolution> {
        private final SeatAssignment a;
        private final SeatAssignment b;
        private final SeatMoves moves;

        SwapSeats(SeatAssignment a, SeatAssignment b, SeatMoves moves) {
            this.a = a;
            this.b = b;
            this.moves = moves;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RotationSolution> director) {
            return a != b && !Objects.equals(a.getCadre(), b.getCadre())
                    && moves.mayTake(a, b.getCadre()) && moves.mayTake(b, a.getCadre());
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> director) {
            Cadre ca = a.getCadre();
            Cadre cb = b.getCadre();
            set(director, a, cb);
            set(director, b, ca);
        }

        @Override
        public SwapSeats rebase(ScoreDirector<RotationSolution> destination) {
            return new SwapSeats(destination.lookUpWorkingObject(a), destination.lookUpWorkingObject(b), moves);
        }

        @Override
        public Collection<?> getPlanningEntities() {
            return List.of(a, b);
        }

        @Override
        public Collection<?> getPlanningValues() {
            List<Object> values = new ArrayList<>(2);
            if (a.getCadre() != null) {
                values.add(a.getCadre());
            }
            if (b.getCadre() != null) {
                values.add(b.getCadre());
            }
            return values;
        }

        @Override
        public String toString() {
            return a.getId() + " <-> " + b.getId();
        }
    }
}
