package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.RankOrder;

/**
 * The first plan, built in three passes before local search improves it:
 * <ol>
 * <li>seats only E4-bound cadres may take (autumn central leaders), or whose cadres of E3's rank are
 * all E4-bound when E3 is softened (F8), are matched to those cadres with augmenting paths, so no
 * city is left without a bureau-level leader while another has spare;</li>
 * <li>E4-bound cadres still without their rounds are placed in the least contested seats they fit,
 * the seats that head a group (leader, deputy) first, so that no bureau-level cadre sits as a
 * plain member (E12);</li>
 * <li>every other empty seat, heads of groups before their members and scarcest first, gets the
 * candidate that keeps the hard rules and costs least: the most senior for a leader or deputy (F9),
 * fewest rounds so far, a unit not yet in the group (F4), a partner unit (F3), an experienced member
 * where the group has none (F5), a party member where the team lacks them (F6).</li>
 * </ol>
 * It never breaks E9, E11, E4 (no more than the quota), E12 (a member never outranks the heads
 * already seated) or F1's per-season maximum itself.
 *
 * <p>When the quota asks more than one round of a cadre, or allows none ("who: serving", 0 or N),
 * passes 1 and 2 give way to one pass over the quota's seats round by round: each seat goes first to
 * a cadre who has started their rounds and still owes some (the one with the fewest later rounds
 * to spare first), else to a cadre who can still complete the quota in the later rounds of the
 * scope (a bound cadre who cannot is not started), chosen by the costs of pass 3.
 */
public final class GreedyInitializer implements PhaseCommand<RotationSolution> {
    private static final String VARIABLE = "cadre";
    /** Fitting candidates weighed per seat at most. */
    private static final int SAMPLE = 1500;
    /** Fitting candidates weighed per seat once the time limit has passed: enough for a sound choice, fast. */
    private static final int SAMPLE_WHEN_LATE = 12;
    /** Seats placed between two progress reports. */
    private static final int REPORT_EVERY = 250;
    private final long seed;
    private final SolveProgress.Building building;
    /** The time limit (epoch millis, 0: none): past it the last pass weighs fewer candidates; the E4 passes still run whole. */
    private final long deadlineMillis;

    public GreedyInitializer(long seed) {
        this(seed, SolveProgress.Building.NONE, 0);
    }

    /**
     * With {@code building} told the seats placed so far, so that the progress line moves while the
     * first plan is built, and the solve's deadline ({@code 0}: none).
     */
    public GreedyInitializer(long seed, SolveProgress.Building building, long deadlineMillis) {
        this.seed = seed;
        this.building = building;
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        new Run(director, terminated, () -> terminated.getAsBoolean()
                || deadlineMillis > 0 && System.currentTimeMillis() >= deadlineMillis, new SplittableRandom(seed),
                building).execute();
    }

    /** The state of one initialisation. */
    private static final class Run {
        private final ScoreDirector<RotationSolution> director;
        /** Stopped (Ctrl-C): every pass ends at once. */
        private final BooleanSupplier terminated;
        /** Stopped or past the time limit: the last pass weighs only a few candidates a seat. */
        private final BooleanSupplier late;
        private final SplittableRandom random;
        private final RotationSolution solution;
        private final Map<Cadre, List<SeatAssignment>> seatsOf = new HashMap<>();
        private final Map<Cadre, List<PriorService>> priorOf = new HashMap<>();
        /** E4: rounds each bound cadre still owes, by scope and cadre index (0 for a cadre without a duty). */
        private final Map<String, int[]> leftByScope = new HashMap<>();
        /** E4: each cadre's duty by scope and cadre index (null: none). */
        private final Map<String, QuotaDuty[]> dutyByScope = new HashMap<>();
        private final Set<Cadre> bound = new HashSet<>();
        private final Map<String, Set<Unit>> unitsInGroup = new HashMap<>();
        private final Map<String, Integer> experiencedInGroup = new HashMap<>();
        private final Map<String, Integer> partyInTeam = new HashMap<>();
        private final Map<String, Integer> leadPartyInTeam = new HashMap<>();
        /** E12: per group, the rank of its leader and the lowest rank among its heads (leader, deputy). */
        private final Map<String, Rank> leaderRankOf = new HashMap<>();
        private final Map<String, Rank> headFloorOf = new HashMap<>();
        private final Map<List<Cadre>, Set<Cadre>> candidateSets = new IdentityHashMap<>();
        private final Map<Cadre, Integer> index = new HashMap<>();
        private final Map<List<Cadre>, int[]> candidateIndexes = new IdentityHashMap<>();
        private int[] load;
        private boolean[] boundAt;
        private final int maxPerSeason;
        private final boolean e12;
        /** What each choice costs, with the score's own weights. */
        private final SeatPrice price;
        private final Map<String, Integer> newcomersInGroup = new HashMap<>();
        /** F6: the party members each city team should have. */
        private final Map<String, Integer> minPartyOf = new HashMap<>();

        private final SolveProgress.Building building;
        private long placed;

        Run(ScoreDirector<RotationSolution> director, BooleanSupplier terminated, BooleanSupplier late,
                SplittableRandom random, SolveProgress.Building building) {
            this.director = director;
            this.building = building;
            this.terminated = terminated;
            this.late = late;
            this.random = random;
            this.solution = director.getWorkingSolution();
            this.maxPerSeason = solution.getParameters().get(0).maxPerSeason();
            this.e12 = solution.isRankOrderHard();
            this.price = new SeatPrice(solution);
            for (CityTeam team : solution.getTeams()) {
                minPartyOf.put(team.key(), team.minPartyMembers());
            }
        }

        void execute() {
            List<Cadre> cadres = solution.getCadres();
            for (int i = 0; i < cadres.size(); i++) {
                index.put(cadres.get(i), i);
            }
            load = new int[cadres.size()];
            boundAt = new boolean[cadres.size()];
            for (QuotaDuty d : solution.getQuotaDuties()) {
                Integer i = index.get(d.cadre());
                if (i != null) {
                    boundAt[i] = true;
                }
                if (i != null) {
                    leftByScope.computeIfAbsent(d.scope(), x -> new int[cadres.size()])[i] = d.rounds();
                    dutyByScope.computeIfAbsent(d.scope(), x -> new QuotaDuty[cadres.size()])[i] = d;
                }
                bound.add(d.cadre());
            }
            for (PriorService p : solution.getPriorServices()) {
                priorOf.computeIfAbsent(p.cadre(), c -> new ArrayList<>()).add(p);
            }
            for (SeatAssignment a : solution.getSeats()) {
                if (a.getCadre() != null) {
                    record(a, a.getCadre());
                    placed++;
                }
            }
            boolean byRounds = false;
            for (QuotaDuty d : solution.getQuotaDuties()) {
                dutyOf.put(key(d.cadre(), d.scope()), d);
                byRounds |= d.rounds() > 1 || d.zeroAllowed();
            }
            if (byRounds) {
                seatKindsOf = new int[cadres.size()];
                fillQuotaRoundByRound();
                releaseIncomplete();
                pairUp();
            } else {
                matchQuotaOnlySeats();
                placeRemainingDuties();
            }
            fillTheRest(byRounds);
            fillByAugmenting();
            building.placed(placed, solution.getSeats().size());
        }

        /** Candidates tried per empty seat, and replacements weighed per freed seat, in the repair. */
        private static final int REPAIR_TRIES = 400;
        private static final int REPAIR_SAMPLE = 60;

        /**
         * Seats the passes left empty (the last rounds of a contested kind, where E11's rest and F1's
         * season maximum have used up every candidate): a candidate held by one other seat of this
         * plan gives that seat to somebody else who fits it, and takes this one (an augmenting path
         * of two steps). Cadres an E4 quota binds keep their seats.
         */
        private void fillByAugmenting() {
            for (SeatAssignment seat : solution.getSeats()) {
                if (open(seat) && !seat.getCandidates().isEmpty()) {
                    augmentEmpty(seat);
                }
            }
        }

        private boolean augmentEmpty(SeatAssignment seat) {
            int tries = 0;
            for (Cadre c : seat.getCandidates()) {
                int i = index.get(c);
                if (boundAt[i] || !keepsRankOrder(seat, c)) {
                    continue;
                }
                for (SeatAssignment held : blocking(seat, c)) {
                    if (tries++ >= REPAIR_TRIES) {
                        return false;
                    }
                    unassign(held);
                    if (fits(seat, c)) {
                        assign(seat, c);
                        Cadre other = replacement(held, c);
                        if (other != null) {
                            assign(held, other);
                            return true;
                        }
                        unassign(seat);
                    }
                    assign(held, c);
                }
            }
            return false;
        }

        /**
         * The seats of this plan that keep a cadre from a seat: the one round too close (E9, E11), or,
         * at F1's season maximum, each of the season's rounds; none when more than one round is in the
         * way or an earlier plan is.
         */
        private List<SeatAssignment> blocking(SeatAssignment seat, Cadre c) {
            List<SeatAssignment> close = new ArrayList<>();
            List<SeatAssignment> season = new ArrayList<>();
            for (SeatAssignment t : seatsOf.getOrDefault(c, List.of())) {
                if (t.isPinned()) {
                    continue;
                }
                if (t.overlaps(seat) || seat.tooCloseForRest(t.getRoundNumber())) {
                    close.add(t);
                } else if (t.getSeasonId().equals(seat.getSeasonId())) {
                    season.add(t);
                }
            }
            if (close.size() > 1) {
                return List.of();
            }
            return close.size() == 1 ? close : season.size() >= maxPerSeason ? season : List.of();
        }

        /** The cheapest of a sample of the seat's fitting candidates other than {@code not}, or null. */
        private Cadre replacement(SeatAssignment seat, Cadre not) {
            SeatPrice.Around at = context(seat);
            List<Cadre> candidates = seat.getCandidates();
            int[] idx = candidateIndexes.computeIfAbsent(candidates, this::indexesOf);
            Cadre best = null;
            double bestCost = Double.MAX_VALUE;
            int evaluated = 0;
            for (int k = 0; k < idx.length && evaluated < REPAIR_SAMPLE; k++) {
                Cadre c = candidates.get(k);
                if (c.equals(not) || !fits(seat, c, idx[k])) {
                    continue;
                }
                evaluated++;
                double cost = cost(seat, c, idx[k], at);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
            return best;
        }

        private final Map<String, QuotaDuty> dutyOf = new HashMap<>();
        /** E4 by rounds: how many kinds of seat (group kind and role) each cadre may take. */
        private int[] seatKindsOf;
        /** E4 by rounds: the rounds in which each bound cadre may sit in a seat of the scope (key: cadre|scope). */
        private final Map<String, BitSet> openRounds = new HashMap<>();

        /** The quota's seats round by round, owing cadres first (see the class comment). */
        private void fillQuotaRoundByRound() {
            TreeMap<Integer, List<SeatAssignment>> byRound = new TreeMap<>();
            Map<List<Cadre>, Set<Integer>> listed = new IdentityHashMap<>();
            Map<Cadre, Set<String>> seatKinds = new HashMap<>();
            for (SeatAssignment a : solution.getSeats()) {
                if (a.getQuotaScope() == null) {
                    continue;
                }
                if (listed.computeIfAbsent(a.getCandidates(), l -> new HashSet<>()).add(a.getRoundNumber())) {
                    String kind = a.getSeat().group().kind().id() + "|" + a.getSeat().role();
                    for (Cadre c : a.getCandidates()) {
                        seatKinds.computeIfAbsent(c, x -> new HashSet<>()).add(kind);
                        String k = key(c, a.getQuotaScope());
                        if (dutyOf.containsKey(k)) {
                            openRounds.computeIfAbsent(k, x -> new BitSet()).set(a.getRoundNumber());
                        }
                    }
                }
                if (open(a)) {
                    byRound.computeIfAbsent(a.getRoundNumber(), r -> new ArrayList<>()).add(a);
                }
            }
            seatKinds.forEach((c, kinds) -> seatKindsOf[index.get(c)] = kinds.size());
            for (List<SeatAssignment> seats : byRound.values()) {
                seats.sort(Comparator.comparingInt((SeatAssignment a) -> a.getCandidates().size())
                        .thenComparing(SeatAssignment::getId));
                for (SeatAssignment seat : seats) {
                    if (terminated.getAsBoolean()) {
                        return;
                    }
                    if (!open(seat)) {
                        continue; // taken as the second round of an earlier pair
                    }
                    Cadre c = quotaChoice(seat);
                    if (c == null) {
                        continue;
                    }
                    QuotaDuty duty = dutyOf.get(key(c, seat.getQuotaScope()));
                    boolean pairs = duty != null && duty.zeroAllowed() && duty.rounds() == 2
                            && left(c, seat.getQuotaScope()) == 2;
                    assign(seat, c);
                    if (pairs) {
                        // "0 or 2": the cadre's second round at once, the earliest E11 allows, so that
                        // with alike rounds the pairs are rounds 1 and 3, 2 and 4, 5 and 7, 6 and 8
                        SeatAssignment second = secondRound(seat, c, byRound);
                        if (second != null) {
                            assign(second, c);
                        } else {
                            unassign(seat);
                        }
                    }
                }
            }
        }

        /**
         * An open seat of the same kind in the earliest later round the cadre may take (E11's rest
         * apart): the same seat of the same group first, then one of the city, then one anywhere.
         */
        private SeatAssignment secondRound(SeatAssignment seat, Cadre c, TreeMap<Integer, List<SeatAssignment>> byRound) {
            String kind = seat.getSeat().group().kind().id() + "|" + seat.getSeat().role();
            for (List<SeatAssignment> later : byRound.tailMap(seat.getRoundNumber() + seat.getMinRoundsOff() + 1)
                    .values()) {
                SeatAssignment sameCity = null;
                SeatAssignment anywhere = null;
                for (SeatAssignment t : later) {
                    boolean inCity = t.getCity().equals(seat.getCity());
                    if (!open(t) || (sameCity != null && !inCity) || !seat.getQuotaScope().equals(t.getQuotaScope())
                            || !kind.equals(t.getSeat().group().kind().id() + "|" + t.getSeat().role())
                            || !contains(t, c) || !fits(t, c)) {
                        continue;
                    }
                    if (inCity && t.getSeat().group().number() == seat.getSeat().group().number()
                            && t.getSeat().index() == seat.getSeat().index()) {
                        return t;
                    }
                    if (inCity) {
                        sameCity = sameCity == null ? t : sameCity;
                    } else if (anywhere == null) {
                        anywhere = t;
                    }
                }
                if (sameCity != null || anywhere != null) {
                    return sameCity != null ? sameCity : anywhere;
                }
            }
            return null;
        }

        /**
         * E4 by rounds: an owing cadre (started, or bound to serve at all) with the fewest later rounds
         * to spare, else the cheapest cadre who is free of the quota or can still complete it.
         */
        private Cadre quotaChoice(SeatAssignment seat) {
            List<Cadre> candidates = seat.getCandidates();
            int[] idx = candidateIndexes.computeIfAbsent(candidates, this::indexesOf);
            SeatPrice.Around at = context(seat);
            QuotaDuty[] duties = dutyByScope.get(seat.getQuotaScope());
            int[] lefts = leftByScope.get(seat.getQuotaScope());
            Cadre owing = null;
            int owingSlack = Integer.MAX_VALUE;
            double owingCost = Double.MAX_VALUE;
            Cadre fresh = null;
            double freshCost = Double.MAX_VALUE;
            for (int k = 0; k < idx.length; k++) {
                int i = idx[k];
                Cadre c = candidates.get(k);
                QuotaDuty duty = duties == null ? null : duties[i];
                int left = duty == null ? 0 : lefts[i];
                boolean started = duty != null && (left < duty.rounds() || !duty.zeroAllowed());
                if ((duty != null && left <= 0) || (!started && owing != null)) {
                    continue; // the quota is full, or an owing cadre is already found
                }
                // a cadre who may also take other kinds of seat (a 处级 cadre: leader or member) is kept
                // for the seats fewer cadres may take
                double kinds = 4.0 * Math.max(0, seatKindsOf[i] - 1);
                if (!started && price.load(c, load[i]) - price.saving(at) + kinds >= freshCost) {
                    continue; // cannot beat the cheapest fresh cadre so far (cost's lower bound)
                }
                if (!fitsIgnoringQuota(seat, c)) {
                    continue;
                }
                int more = left - 1;
                int later = duty == null ? 0 : laterRounds(key(c, seat.getQuotaScope()), seat.getRoundNumber(),
                        seat.getMinRoundsOff(), more);
                if (started && later - more > owingSlack) {
                    continue;
                }
                if (duty != null && !started && later < more) {
                    continue; // could not complete the quota: not started
                }
                double cost = cost(seat, c, i, at)
                        + kinds + random.nextDouble() * 0.5;
                if (duty != null && !started && more > 0 && !openAt(key(c, seat.getQuotaScope()),
                        seat.getRoundNumber() + seat.getMinRoundsOff() + 1)) {
                    cost += 20; // its next round would not be the earliest the rest allows: pairs drift late
                }
                if (started) {
                    int slack = later - more;
                    if (slack < owingSlack || cost < owingCost) {
                        owing = c;
                        owingSlack = slack;
                        owingCost = cost;
                    }
                } else if (cost < freshCost) {
                    fresh = c;
                    freshCost = cost;
                }
            }
            return owing != null ? owing : fresh;
        }

        /**
         * "0 or N": a cadre the round-by-round pass started but could not complete leaves every seat
         * of the scope, which is better than a broken E4 (an empty seat weighs less than a hard rule).
         */
        private void releaseIncomplete() {
            for (QuotaDuty d : solution.getQuotaDuties()) {
                String k = key(d.cadre(), d.scope());
                int left = left(d.cadre(), d.scope());
                if (!d.zeroAllowed() || left <= 0 || left == d.rounds()) {
                    continue;
                }
                for (SeatAssignment a : new ArrayList<>(seatsOf.getOrDefault(d.cadre(), List.of()))) {
                    if (!a.isPinned() && d.scope().equals(a.getQuotaScope())) {
                        unassign(a);
                    }
                }
            }
        }

        /**
         * "0 or 2": pairs of open seats of the scope, far enough apart for E11's rest, each given to
         * one cadre who has not served in the scope yet and may take both.
         */
        private void pairUp() {
            List<SeatAssignment> open = new ArrayList<>();
            for (SeatAssignment a : solution.getSeats()) {
                if (open(a) && a.getQuotaScope() != null) {
                    open.add(a);
                }
            }
            open.sort(Comparator.comparingInt(SeatAssignment::getRoundNumber).thenComparing(SeatAssignment::getId));
            for (SeatAssignment first : open) {
                for (SeatAssignment second : open) {
                    if (terminated.getAsBoolean()) {
                        return;
                    }
                    if (!open(first)) {
                        break;
                    }
                    if (!open(second) || !first.getQuotaScope().equals(second.getQuotaScope())
                            || second.getRoundNumber() - first.getRoundNumber() <= first.getMinRoundsOff()) {
                        continue;
                    }
                    Cadre c = pairCadre(first, second);
                    if (c != null) {
                        assign(first, c);
                        assign(second, c);
                    }
                }
            }
        }

        /** A cadre with exactly two rounds to serve, none served yet, who may take both seats. */
        private Cadre pairCadre(SeatAssignment first, SeatAssignment second) {
            List<Cadre> candidates = first.getCandidates();
            int offset = candidates.isEmpty() ? 0 : random.nextInt(candidates.size());
            for (int j = 0; j < candidates.size(); j++) {
                Cadre c = candidates.get((offset + j) % candidates.size());
                QuotaDuty d = dutyOf.get(key(c, first.getQuotaScope()));
                int left = d == null ? 0 : left(c, first.getQuotaScope());
                if (d != null && d.zeroAllowed() && d.rounds() == 2 && left == 2 && contains(second, c)
                        && fits(first, c) && fitsIgnoringQuota(second, c)) {
                    return c;
                }
            }
            return null;
        }

        private boolean openAt(String dutyKey, int round) {
            BitSet rounds = openRounds.get(dutyKey);
            return rounds != null && rounds.get(round);
        }

        /** Up to {@code need} later rounds of the scope the cadre may still take, spaced by E11's rest. */
        private int laterRounds(String dutyKey, int round, int minRoundsOff, int need) {
            BitSet rounds = openRounds.get(dutyKey);
            if (rounds == null || need <= 0) {
                return 0;
            }
            int count = 0;
            for (int r = rounds.nextSetBit(round + minRoundsOff + 1); r >= 0 && count < need;
                    r = rounds.nextSetBit(r + minRoundsOff + 1)) {
                count++;
            }
            return count;
        }

        /** Pass 1: seats whose every candidate is E4-bound, matched by augmenting paths. */
        private void matchQuotaOnlySeats() {
            List<SeatAssignment> seats = new ArrayList<>();
            for (SeatAssignment a : solution.getSeats()) {
                if (open(a) && a.getQuotaScope() != null && !seniors(a).isEmpty() && bound.containsAll(seniors(a))) {
                    seats.add(a);
                }
            }
            seats.sort(Comparator.comparingInt((SeatAssignment a) -> seniors(a).size())
                    .thenComparing(SeatAssignment::getId));
            Map<String, SeatAssignment> matchOf = new HashMap<>();
            for (SeatAssignment seat : seats) {
                if (terminated.getAsBoolean()) {
                    return;
                }
                augment(seat, matchOf, new HashSet<>());
            }
            Map<SeatAssignment, Cadre> chosen = new IdentityHashMap<>();
            matchOf.forEach((dutyKey, seat) -> chosen.put(seat, cadreOfKey.get(dutyKey)));
            for (SeatAssignment seat : seats) {
                Cadre c = chosen.get(seat);
                if (c != null && fits(seat, c)) {
                    assign(seat, c);
                }
            }
        }

        private final Map<String, Cadre> cadreOfKey = new HashMap<>();

        /** Kuhn's augmenting path over duties with one round left (the common E4 case). */
        private boolean augment(SeatAssignment seat, Map<String, SeatAssignment> matchOf, Set<String> visited) {
            List<Cadre> candidates = shuffled(seniors(seat));
            for (Cadre c : candidates) {
                String k = key(c, seat.getQuotaScope());
                if (left(c, seat.getQuotaScope()) <= 0 || !visited.add(k) || !fitsIgnoringQuota(seat, c)) {
                    continue;
                }
                cadreOfKey.put(k, c);
                SeatAssignment holder = matchOf.get(k);
                if (holder == null || augment(holder, matchOf, visited)) {
                    matchOf.put(k, seat);
                    return true;
                }
            }
            return false;
        }

        private final Map<List<Cadre>, List<Cadre>> seniorLists = new IdentityHashMap<>();

        /**
         * The candidates of E3's rank for a seat E3 speaks of (all of them while E3 holds; with E3
         * softened, the bureau-level ones F8 wants there), else every candidate.
         */
        private List<Cadre> seniors(SeatAssignment a) {
            Rank e3 = a.getE3Rank();
            if (e3 == null) {
                return a.getCandidates();
            }
            return seniorLists.computeIfAbsent(a.getCandidates(),
                    list -> list.stream().filter(c -> c.rank().atLeast(e3)).toList());
        }

        /** Pass 2: bound cadres with rounds left go to the least contested open seat they fit, heads first. */
        private void placeRemainingDuties() {
            List<SeatAssignment> open = new ArrayList<>();
            for (SeatAssignment a : solution.getSeats()) {
                if (open(a) && a.getQuotaScope() != null) {
                    open.add(a);
                }
            }
            open.sort(Comparator.comparing((SeatAssignment a) -> !a.headsGroup())
                    .thenComparingInt(a -> -a.getCandidates().size())
                    .thenComparing(SeatAssignment::getId));
            List<QuotaDuty> duties = new ArrayList<>(solution.getQuotaDuties());
            for (QuotaDuty d : duties) {
                while (left(d.cadre(), d.scope()) > 0 && !terminated.getAsBoolean()) {
                    // among the fitting seats of the first kind in that order (heads of groups, most
                    // candidates), one at random: spread over the rounds, not all in the first
                    List<SeatAssignment> best = new ArrayList<>();
                    for (SeatAssignment a : open) {
                        if (!best.isEmpty() && (a.headsGroup() != best.get(0).headsGroup()
                                || a.getCandidates().size() != best.get(0).getCandidates().size())) {
                            break;
                        }
                        if (open(a) && d.scope().equals(a.getQuotaScope()) && contains(a, d.cadre()) && fits(a, d.cadre())) {
                            best.add(a);
                        }
                    }
                    if (best.isEmpty()) {
                        break;
                    }
                    assign(best.get(random.nextInt(best.size())), d.cadre());
                }
            }
        }

        /**
         * Pass 3: every other open seat, scarcest first. After the round-by-round pass a quota seat
         * still open has no cadre who could complete the quota: it stays open for the search.
         */
        private void fillTheRest(boolean quotaSeatsDone) {
            List<SeatAssignment> seats = new ArrayList<>();
            for (SeatAssignment a : solution.getSeats()) {
                if (open(a) && !(quotaSeatsDone && a.getQuotaScope() != null)) {
                    seats.add(a);
                }
            }
            // leaders, then deputies, then members: a member is chosen knowing whom it may not outrank (E12)
            seats.sort(Comparator.comparingInt(SeatAssignment::seatingOrder)
                    .thenComparingInt(a -> a.getCandidates().size())
                    .thenComparing(SeatAssignment::getId));
            int sample = SAMPLE;
            for (SeatAssignment seat : seats) {
                if (sample == SAMPLE && late.getAsBoolean()) {
                    // time is up: still fill every seat, weighing only a few fitting candidates (#16)
                    sample = SAMPLE_WHEN_LATE;
                }
                Cadre best = null;
                double bestCost = Double.MAX_VALUE;
                List<Cadre> candidates = seat.getCandidates();
                int[] idx = candidateIndexes.computeIfAbsent(candidates, this::indexesOf);
                SeatPrice.Around at = context(seat);
                // Long lists (ordinary members: thousands of candidates) are sampled from a random
                // offset: among that many fitting candidates the cheapest is as good as any.
                int n = idx.length;
                int offset = n == 0 ? 0 : random.nextInt(n);
                int evaluated = 0;
                for (int j = 0; j < n && evaluated < sample; j++) {
                    int k = (offset + j) % n;
                    Cadre c = candidates.get(k);
                    // cheap lower bound first: most candidates lose on load alone
                    double base = price.load(c, load[idx[k]]) - price.saving(at);
                    if (base >= bestCost || !fits(seat, c, idx[k])) {
                        continue;
                    }
                    evaluated++;
                    double cost = cost(seat, c, idx[k], at) + random.nextDouble() * 0.5;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = c;
                    }
                }
                if (best != null) {
                    assign(seat, best);
                }
            }
        }

        /** What is seated so far around a seat. */
        private SeatPrice.Around context(SeatAssignment seat) {
            return new SeatPrice.Around(unitsInGroup.getOrDefault(seat.getGroupKey(), Set.of()),
                    experiencedInGroup.getOrDefault(seat.getGroupKey(), 0) > 0,
                    newcomersInGroup.getOrDefault(seat.getGroupKey(), 0),
                    partyInTeam.getOrDefault(seat.getTeamKey(), 0) < minPartyOf.getOrDefault(seat.getTeamKey(), 0),
                    leadPartyInTeam.getOrDefault(seat.getTeamKey(), 0) == 0);
        }

        /** The score's price of the seat for the cadre, and a tie-break that keeps E4-bound cadres for their own seats. */
        private double cost(SeatAssignment seat, Cadre c, int i, SeatPrice.Around at) {
            return price.price(seat, c, load[i], at) + (boundAt[i] && seat.getQuotaScope() == null ? 1 : 0);
        }

        private int[] indexesOf(List<Cadre> candidates) {
            int[] idx = new int[candidates.size()];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = index.get(candidates.get(k));
            }
            return idx;
        }

        private boolean open(SeatAssignment a) {
            return a.getCadre() == null && !a.isPinned();
        }

        private boolean contains(SeatAssignment a, Cadre c) {
            return candidateSets.computeIfAbsent(a.getCandidates(), HashSet::new).contains(c);
        }

        private boolean fits(SeatAssignment seat, Cadre c) {
            return fits(seat, c, index.get(c));
        }

        private boolean fits(SeatAssignment seat, Cadre c, int i) {
            if (boundAt[i] && seat.getQuotaScope() != null
                    && leftByScope.get(seat.getQuotaScope()) != null && leftByScope.get(seat.getQuotaScope())[i] <= 0) {
                return false; // E4: not more than the quota
            }
            return keepsRankOrder(seat, c) && fitsIgnoringQuota(seat, c);
        }

        /** E12 against the heads already seated: a member under both, a deputy under the leader. */
        private boolean keepsRankOrder(SeatAssignment seat, Cadre c) {
            if (RankOrder.isLeader(seat.getSeat())) {
                return true;
            }
            Rank cap = seat.headsGroup() ? leaderRankOf.get(seat.getGroupKey()) : headFloorOf.get(seat.getGroupKey());
            return !e12 || cap == null || !c.rank().outranks(cap);
        }

        /** E9, E11 (also against earlier plans) and F1's per-season maximum. */
        private boolean fitsIgnoringQuota(SeatAssignment seat, Cadre c) {
            List<SeatAssignment> taken = load[index.get(c)] == 0 ? null : seatsOf.get(c);
            if (taken != null) {
                int inSeason = 0;
                for (SeatAssignment t : taken) {
                    if (t.overlaps(seat) || seat.tooCloseForRest(t.getRoundNumber())) {
                        return false;
                    }
                    if (t.getSeasonId().equals(seat.getSeasonId())) {
                        inSeason++;
                    }
                }
                if (inSeason >= maxPerSeason) {
                    return false;
                }
            }
            for (PriorService p : priorOf.getOrDefault(c, List.of())) {
                if (seat.overlaps(p) || seat.tooCloseForRest(p.roundNumber())) {
                    return false;
                }
            }
            return true;
        }

        private void assign(SeatAssignment seat, Cadre c) {
            director.beforeVariableChanged(seat, VARIABLE);
            seat.setCadre(c);
            director.afterVariableChanged(seat, VARIABLE);
            director.triggerVariableListeners();
            record(seat, c);
            if (++placed % REPORT_EVERY == 0) {
                building.placed(placed, solution.getSeats().size());
            }
        }

        private void unassign(SeatAssignment seat) {
            Cadre c = seat.getCadre();
            director.beforeVariableChanged(seat, VARIABLE);
            seat.setCadre(null);
            director.afterVariableChanged(seat, VARIABLE);
            director.triggerVariableListeners();
            placed--;
            seatsOf.get(c).remove(seat);
            load[index.get(c)]--;
            if (seat.getQuotaScope() != null && bound.contains(c)) {
                leftByScope.get(seat.getQuotaScope())[index.get(c)]++;
            }
            // the group's and team's tallies (F4-F6 hints) are left as they are: they only steer costs
        }

        private void record(SeatAssignment seat, Cadre c) {
            seatsOf.computeIfAbsent(c, x -> new ArrayList<>()).add(seat);
            load[index.get(c)]++;
            if (seat.getQuotaScope() != null && bound.contains(c)) {
                int[] lefts = leftByScope.get(seat.getQuotaScope());
                if (lefts != null) {
                    lefts[index.get(c)]--;
                }
            }
            unitsInGroup.computeIfAbsent(seat.getGroupKey(), k -> new HashSet<>()).add(c.unit());
            if (seat.headsGroup()) {
                if (RankOrder.isLeader(seat.getSeat())) {
                    leaderRankOf.put(seat.getGroupKey(), c.rank());
                }
                headFloorOf.merge(seat.getGroupKey(), c.rank(), (x, y) -> x.outranks(y) ? y : x);
            }
            if (c.experienced()) {
                experiencedInGroup.merge(seat.getGroupKey(), 1, Integer::sum);
            } else {
                newcomersInGroup.merge(seat.getGroupKey(), 1, Integer::sum);
            }
            if (c.partyMember()) {
                partyInTeam.merge(seat.getTeamKey(), 1, Integer::sum);
                if (c.unit().equals(seat.getCity().lead())) {
                    leadPartyInTeam.merge(seat.getTeamKey(), 1, Integer::sum);
                }
            }
        }

        private List<Cadre> shuffled(List<Cadre> list) {
            List<Cadre> copy = new ArrayList<>(list);
            for (int i = copy.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Cadre t = copy.get(i);
                copy.set(i, copy.get(j));
                copy.set(j, t);
            }
            return copy;
        }

        /** E4: rounds the cadre still owes in the scope (0 without a duty there). */
        private int left(Cadre c, String scope) {
            int[] lefts = leftByScope.get(scope);
            Integer i = index.get(c);
            return lefts == null || i == null ? 0 : lefts[i];
        }

        private static String key(Cadre c, String scope) {
            return c.id() + "|" + scope;
        }
    }
}
