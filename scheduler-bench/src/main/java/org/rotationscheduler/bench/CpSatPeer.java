package org.rotationscheduler.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.planning.CityTeam;
import org.rotationscheduler.planning.GroupSlot;
import org.rotationscheduler.planning.PriorService;
import org.rotationscheduler.planning.QuotaDuty;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.RuleConstraint;
import org.rotationscheduler.planning.RuleParameters;
import org.rotationscheduler.planning.SeatAssignment;
import org.rotationscheduler.planning.SolveProgress;
import org.rotationscheduler.planning.UnitShare;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleId;

/**
 * The bench's CP-SAT peer (#16): Google OR-Tools' CP-SAT on a model of the same rules as
 * {@code RotationConstraints}, built from the same {@link RotationSolution} (its seats, candidate
 * lists, quota duties, teams, groups, unit shares, earlier rounds and constraint weights), so that
 * "at least as good as CP-SAT" is measured rather than assumed.
 *
 * <p>One boolean per seat and candidate. The hard rules are constraints: one cadre per seat, the
 * data rules of the candidate lists (E1-E3, E5-E8, E10, E13, re-checked per candidate), E9 (one
 * seat per cadre among rounds that overlap, and none overlapping an earlier plan's round), E11
 * (rest between two rounds, and after an earlier plan's), E4 (each duty's count exactly its
 * quota, or 0 with "who: serving") and E12 (rank order in a group). The objective is the medium
 * level (empty seats times the unfilled weight) times a factor above any soft total, plus the
 * soft penalties exactly as the constraints weigh them: F1 (n·served + n(n−1)/2 per cadre and its
 * maxima per season, campaign and lifetime, as ordered unit-step booleans so that every solution
 * costs what Timefold charges), F2 (sent above the share per unit and round), F3, F8, F9 (linear
 * on the booleans), F4 (same-unit pairs per group), F5 (a group without an experienced member;
 * newcomer pairs), F6 (party members short of the minimum per city team; no party member of the
 * lead unit), F7 (a published seat changed), and E12 at its soft weight when softened. A rule
 * switched off or weighing 0 is left out. Every term is exact, not a bound, so the objective of a
 * solution is the negated score Timefold gives its plan: the bench reports whether it is.
 */
public final class CpSatPeer {
    /** CP-SAT's workers: the 2 cores of the bench machines. */
    public static final int WORKERS = 2;
    /** CP-SAT's random seed, fixed as the solver's. */
    public static final int RANDOM_SEED = 2019;
    /**
     * The largest instance the peer loads: small (351 seats) and medium (936) load in seconds; the
     * season (11,268 seats, about 18 M booleans with its candidate lists) does not fit.
     */
    public static final int MAX_SEATS = 2_000;

    /**
     * What a CP-SAT run found.
     *
     * @param cadres the final plan, one cadre (or null) per seat of the problem, in its order; null
     *     when no solution was found
     * @param status CP-SAT's status: OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, MODEL_INVALID
     * @param mediumPenalty the model's medium level of the final plan (empty seats × unfilled weight)
     * @param softPenalty the model's soft penalty of the final plan
     * @param objective the model's objective evaluated on the final plan
     * @param reportedObjective the objective value CP-SAT reports with it (under a time limit on a
     *     loaded machine it was seen to differ from the returned plan's, as if of another solution)
     * @param bestBound CP-SAT's bound on the objective (no plan of this model is better)
     * @param factor the weight of one medium point in the objective
     * @param buildMillis building the model (part of the run's time)
     * @param millisSpent building and solving
     * @param booleans seat-candidate booleans
     */
    public record Outcome(List<Cadre> cadres, String status, long mediumPenalty, long softPenalty, long objective,
            long reportedObjective, long bestBound, long factor, long buildMillis, long millisSpent, long booleans) {

        public boolean hasPlan() {
            return cadres != null;
        }

        /**
         * The soft part of CP-SAT's bound: no plan with as many empty seats as the final one has a
         * soft penalty below it; null while the bound does not yet reach that medium level (it then
         * says nothing about the soft score).
         */
        public Long softBound() {
            long soft = bestBound - mediumPenalty * factor;
            return soft >= 0 ? soft : null;
        }
    }

    /**
     * Builds the model of {@code problem} and solves it for at most {@code limit}, building
     * included; every improving solution is reported to {@code progress} with its time since the
     * start (its hard level is 0: the model keeps every hard rule). The problem is not changed.
     */
    public Outcome solve(RotationSolution problem, Duration limit, SolveProgress progress) {
        Loader.loadNativeLibraries();
        long t0 = System.nanoTime();
        Model m = new Model(problem);
        long build = millisSince(t0);
        CpSolver solver = new CpSolver();
        double seconds = Math.max(1.0, (limit.toMillis() - build) / 1000.0);
        solver.getParameters().setNumWorkers(WORKERS).setRandomSeed(RANDOM_SEED).setMaxTimeInSeconds(seconds)
                .setLogSearchProgress(false);
        LinearExpr filled = m.filledExpr();
        LinearExpr soft = m.softExpr();
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                long f = value(filled);
                long medium = m.unfilledWeight * (m.seatCount - f);
                long s = value(soft);
                progress.bestPlan(millisSince(t0), HardMediumSoftLongScore.of(0, -medium, -s), f);
            }
        };
        CpSolverStatus status = solver.solve(m.model, callback);
        long spent = millisSince(t0);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Outcome(null, status.name(), 0, 0, 0, 0, 0, m.factor, build, spent, m.booleans);
        }
        List<Cadre> plan = new ArrayList<>(m.seatCount);
        for (int i = 0; i < m.seatCount; i++) {
            Cadre chosen = null;
            for (int k = 0; k < m.x[i].length; k++) {
                if (solver.booleanValue(m.x[i][k])) {
                    chosen = m.cand[i][k];
                }
            }
            plan.add(chosen);
        }
        long f = solver.value(filled);
        long medium = m.unfilledWeight * (m.seatCount - f);
        return new Outcome(plan, status.name(), medium, solver.value(soft), solver.value(m.objectiveExpr),
                Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()), m.factor, build, spent,
                m.booleans);
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /** The CP-SAT model of one problem; package-private for the tests. */
    static final class Model {
        final CpModel model = new CpModel();
        final int seatCount;
        final Cadre[][] cand;
        final BoolVar[][] x;
        final long unfilledWeight;
        long booleans;
        long factor;
        private final List<SeatAssignment> seats;
        private final LinearExprBuilder softTerms = LinearExpr.newBuilder();
        private long softConstant;
        /** An upper bound of the soft total, for the medium level's factor. */
        private long softUpper;
        private final Map<Cadre, List<Lit>> byCadre = new LinkedHashMap<>();
        private final Map<String, List<Integer>> seatsByGroup = new LinkedHashMap<>();
        private final Map<String, List<Integer>> seatsByTeam = new LinkedHashMap<>();
        private LinearExpr filled;
        private LinearExpr soft;
        LinearExpr objectiveExpr;

        /** One seat-candidate boolean. */
        private record Lit(int seat, BoolVar x, Cadre cadre) {
        }

        private final RotationSolution problem;

        Model(RotationSolution problem) {
            this.problem = problem;
            this.seats = problem.getSeats();
            this.seatCount = seats.size();
            this.unfilledWeight = weight(RuleConstraint.UNFILLED).mediumScore();
            this.cand = new Cadre[seatCount][];
            this.x = new BoolVar[seatCount][];
            Map<Cadre, List<PriorService>> prior = new HashMap<>();
            for (PriorService p : problem.getPriorServices()) {
                prior.computeIfAbsent(p.cadre(), c -> new ArrayList<>()).add(p);
            }
            LinearExprBuilder filledB = LinearExpr.newBuilder();
            for (int i = 0; i < seatCount; i++) {
                SeatAssignment s = seats.get(i);
                List<Cadre> options = options(s, prior);
                cand[i] = options.toArray(new Cadre[0]);
                x[i] = new BoolVar[cand[i].length];
                for (int k = 0; k < cand[i].length; k++) {
                    BoolVar v = model.newBoolVar("x" + i + "_" + k);
                    x[i][k] = v;
                    filledB.add(v);
                    byCadre.computeIfAbsent(cand[i][k], c -> new ArrayList<>()).add(new Lit(i, v, cand[i][k]));
                    seatCost(s, cand[i][k], v);
                }
                if (x[i].length > 1) {
                    model.addAtMostOne(x[i]);
                }
                if (s.isPinned() && x[i].length == 1) {
                    model.addEquality(x[i][0], 1);
                }
                booleans += x[i].length;
                seatsByGroup.computeIfAbsent(s.getGroupKey(), g -> new ArrayList<>()).add(i);
                seatsByTeam.computeIfAbsent(s.getTeamKey(), t -> new ArrayList<>()).add(i);
            }
            filled = filledB.build();
            overlapAndRest();
            quotas(problem.getQuotaDuties());
            rankOrder();
            spreadLoad(problem.getParameters().get(0));
            fairShare(problem.getUnitShares());
            mixedGroups();
            experienced(problem.getGroups());
            party(problem.getTeams());
            soft = softTerms.build();
            factor = softUpper + softConstant + 1;
            LinearExprBuilder objective = LinearExpr.newBuilder();
            // the medium level: (seats - filled) x unfilled weight, far above any soft total
            objective.add(unfilledWeight * factor * seatCount);
            objective.addTerm(filled, -unfilledWeight * factor);
            objective.add(soft);
            objectiveExpr = objective.build();
            model.minimize(objectiveExpr);
        }

        LinearExpr filledExpr() {
            return filled;
        }

        /** The soft penalty as an expression (its constant part included). */
        LinearExpr softExpr() {
            return soft;
        }

        // ---- weights ----

        /** A constraint's weight, as the score weighs it ({@link RotationSolution#weight}). */
        HardMediumSoftLongScore weight(RuleConstraint c) {
            return problem.weight(c);
        }

        private boolean hard(RuleConstraint c) {
            return weight(c).hardScore() != 0;
        }

        private long soft(RuleConstraint c) {
            HardMediumSoftLongScore w = weight(c);
            if (w.mediumScore() != 0) {
                throw new IllegalStateException("the CP-SAT peer cannot weigh " + c.constraintName()
                        + " on the medium level (" + w + ")");
            }
            return w.hardScore() != 0 ? 0 : w.softScore();
        }

        private void addSoft(LinearArgument e, long coefficient, long upper) {
            if (coefficient != 0) {
                softTerms.addTerm(e, coefficient);
                softUpper += Math.abs(coefficient) * upper;
            }
        }

        private void addSoftConstant(long c) {
            softTerms.add(c);
            softConstant += c;
        }

        // ---- seats and candidates ----

        /**
         * The seat's cadres as values: its candidates (a pinned seat: its cadre) without those a
         * hard data rule (E1-E3, E5-E8, E10, E13, other eligibility data) or an earlier plan's
         * round (E9, E11 against history) excludes.
         */
        private List<Cadre> options(SeatAssignment s, Map<Cadre, List<PriorService>> prior) {
            if (s.isPinned()) {
                return s.getCadre() == null ? List.of() : List.of(s.getCadre());
            }
            Cadre was = s.getCadre();
            LinkedHashSet<Cadre> out = new LinkedHashSet<>();
            try {
                for (Cadre c : s.getCandidates()) {
                    s.setCadre(c);
                    if (!breaksDataRule(s) && !clashesWithHistory(s, prior.getOrDefault(c, List.of()))) {
                        out.add(c);
                    }
                }
            } finally {
                s.setCadre(was);
            }
            return new ArrayList<>(out);
        }

        private boolean breaksDataRule(SeatAssignment s) {
            for (RuleConstraint c : new RuleConstraint[] {RuleConstraint.E1, RuleConstraint.E2, RuleConstraint.E3,
                    RuleConstraint.E5, RuleConstraint.E6, RuleConstraint.E13}) {
                if (hard(c) && s.brokenRule(c.rule().orElseThrow()) != null) {
                    return true;
                }
            }
            if (hard(RuleConstraint.ELIGIBILITY_DATA) && s.brokenOtherDataRule() != null) {
                return true;
            }
            Cadre c = s.getCadre();
            return hard(RuleConstraint.E7) && c.restrictedDuring(s.getSeat().round().days())
                    || hard(RuleConstraint.E8) && c.unavailableDuring(s.getSeat().round().days())
                    || hard(RuleConstraint.E10) && Objects.equals(c.province(), s.getCity().province());
        }

        private boolean clashesWithHistory(SeatAssignment s, List<PriorService> earlier) {
            for (PriorService p : earlier) {
                boolean overlaps = s.overlaps(p);
                if (overlaps && hard(RuleConstraint.E9_HISTORY)) {
                    return true;
                }
                if (!overlaps && hard(RuleConstraint.E11_HISTORY)
                        && s.tooCloseForRest(p.roundNumber())) {
                    return true;
                }
            }
            return false;
        }

        /** F3, F7, F8, F9: what one cadre in one seat costs, linear on its boolean. */
        private void seatCost(SeatAssignment s, Cadre c, BoolVar v) {
            addSoft(v, seatCostOf(s, c), 1);
        }

        private long seatCostOf(SeatAssignment s, Cadre c) {
            long cost = 0;
            if (s.isOrdinaryMember() && s.getCity().hasPartners() && !s.getCity().partnerSide(c.unit())) {
                cost += soft(RuleConstraint.F3);
            }
            if (s.getE3Rank() != null && !c.rank().atLeast(s.getE3Rank())) {
                cost += soft(RuleConstraint.F8);
            }
            cost += soft(RuleConstraint.F9) * RankOrder.seniorityCost(c.rank(), s.getSeniorRank());
            return cost;
        }

        // ---- E9, E11 ----

        /**
         * E9: one seat per cadre among overlapping rounds; E11: none in two rounds closer than the
         * rest. One at-most-one per cadre over each window of rounds that pairwise clash (a round and
         * the next {@code minRoundsOff} ones, whose every two are too close or overlap): with E9 on
         * the window's seats themselves, which keeps E9 within a round too; with E9 off one "serves
         * in this round" literal per round. A clashing pair outside a window gets one of its own.
         */
        private void overlapAndRest() {
            boolean e9 = hard(RuleConstraint.E9);
            boolean e11 = hard(RuleConstraint.E11);
            if (!e9 && !e11) {
                return;
            }
            for (List<Lit> lits : byCadre.values()) {
                TreeMap<Integer, List<Lit>> byRound = new TreeMap<>();
                for (Lit l : lits) {
                    byRound.computeIfAbsent(seats.get(l.seat()).getRoundNumber(), r -> new ArrayList<>()).add(l);
                }
                List<Integer> rounds = new ArrayList<>(byRound.keySet());
                List<List<BoolVar>> in = new ArrayList<>();
                for (int r : rounds) {
                    List<BoolVar> here = byRound.get(r).stream().map(Lit::x).toList();
                    in.add(e9 || here.size() == 1 ? here : List.of(servesIn(here)));
                }
                for (int a = 0; a < rounds.size(); a++) {
                    List<Integer> window = new ArrayList<>(List.of(a));
                    for (int b = a + 1; b < rounds.size(); b++) {
                        int clash = clash(byRound, rounds.get(a), rounds.get(b), e9, e11);
                        if (clash < 0) {
                            break; // rounds in number order: later ones are farther still
                        }
                        if (clash == 0) {
                            continue;
                        }
                        boolean withAll = true;
                        for (int w : window) {
                            withAll &= clash(byRound, rounds.get(w), rounds.get(b), e9, e11) > 0;
                        }
                        if (withAll) {
                            window.add(b);
                        } else {
                            atMostOne(in, List.of(a, b));
                        }
                    }
                    if (window.size() > 1 || e9) {
                        atMostOne(in, window);
                    }
                }
            }
        }

        private void atMostOne(List<List<BoolVar>> in, List<Integer> window) {
            List<BoolVar> all = new ArrayList<>();
            for (int w : window) {
                all.addAll(in.get(w));
            }
            if (all.size() > 1) {
                model.addAtMostOne(all.toArray(new BoolVar[0]));
            }
        }

        /** A literal that is true when the cadre sits in any of these seats (of one round). */
        private BoolVar servesIn(List<BoolVar> in) {
            BoolVar any = model.newBoolVar("serves");
            for (BoolVar l : in) {
                model.addImplication(l, any);
            }
            return any;
        }

        /**
         * Whether the hard rules in force keep two rounds of one cadre apart (E9 overlap, E11 rest):
         * 1 when they do, 0 when the rounds are close or overlap but no rule in force forbids it, −1
         * when they are far enough apart for any rule.
         */
        private int clash(TreeMap<Integer, List<Lit>> byRound, int a, int b, boolean e9, boolean e11) {
            SeatAssignment first = seats.get(byRound.get(a).get(0).seat());
            SeatAssignment second = seats.get(byRound.get(b).get(0).seat());
            boolean overlaps = first.overlaps(second);
            boolean close = first.tooCloseForRest(second.getRoundNumber());
            if (!overlaps && !close) {
                return -1;
            }
            return (overlaps ? e9 : e11) ? 1 : 0;
        }

        // ---- E4 ----

        private void quotas(List<QuotaDuty> duties) {
            if (!hard(RuleConstraint.E4)) {
                return;
            }
            for (QuotaDuty d : duties) {
                LinearExprBuilder n = LinearExpr.newBuilder();
                for (Lit l : byCadre.getOrDefault(d.cadre(), List.of())) {
                    if (d.scope().equals(seats.get(l.seat()).getQuotaScope())) {
                        n.add(l.x());
                    }
                }
                if (d.zeroAllowed()) {
                    BoolVar serves = model.newBoolVar("quota");
                    model.addEquality(n, LinearExpr.term(serves, d.rounds()));
                } else {
                    model.addEquality(n, d.rounds());
                }
            }
        }

        // ---- E12 ----

        /** E12: nobody in a group outranks its leader; nobody but the leader outranks the deputy. */
        private void rankOrder() {
            HardMediumSoftLongScore w = weight(RuleConstraint.E12);
            if (w.isZero()) {
                return;
            }
            boolean hard = w.hardScore() != 0;
            long softWeight = hard ? 0 : soft(RuleConstraint.E12);
            for (List<Integer> group : seatsByGroup.values()) {
                for (int h : group) {
                    if (!RankOrder.heads(seats.get(h).getSeat())) {
                        continue;
                    }
                    for (int o : group) {
                        if (o == h || RankOrder.isLeader(seats.get(o).getSeat())) {
                            continue;
                        }
                        for (Rank t : Rank.values()) {
                            BoolVar headIs = holdsRank(h, t);
                            List<BoolVar> above = new ArrayList<>();
                            for (Rank senior : Rank.values()) {
                                BoolVar r = senior.outranks(t) ? holdsRank(o, senior) : null;
                                if (r != null) {
                                    above.add(r);
                                }
                            }
                            if (headIs == null || above.isEmpty()) {
                                continue;
                            }
                            LinearExpr aboveIs = LinearExpr.sum(above.toArray(new BoolVar[0]));
                            if (hard) {
                                model.addLessOrEqual(LinearExpr.newBuilder().add(headIs).add(aboveIs), 1);
                            } else {
                                // broken == headIs AND aboveIs, exactly (each sum is 0 or 1)
                                BoolVar broken = model.newBoolVar("e12");
                                model.addGreaterOrEqual(LinearExpr.newBuilder().add(broken).add(1),
                                        LinearExpr.newBuilder().add(headIs).add(aboveIs));
                                model.addLessOrEqual(broken, headIs);
                                model.addLessOrEqual(broken, aboveIs);
                                addSoft(broken, softWeight, 1);
                            }
                        }
                    }
                }
            }
        }

        private final Map<Integer, BoolVar[]> rankHeld = new HashMap<>();

        /** A literal for "seat i holds a cadre of rank t" (null when no candidate has it), shared by E12's pairs. */
        private BoolVar holdsRank(int i, Rank t) {
            BoolVar[] byRank = rankHeld.computeIfAbsent(i, k -> {
                BoolVar[] out = new BoolVar[Rank.values().length];
                for (Rank r : Rank.values()) {
                    List<BoolVar> lits = new ArrayList<>();
                    for (int j = 0; j < cand[i].length; j++) {
                        if (cand[i][j].rank() == r) {
                            lits.add(x[i][j]);
                        }
                    }
                    if (lits.size() == 1) {
                        out[r.ordinal()] = lits.get(0);
                    } else if (lits.size() > 1) {
                        out[r.ordinal()] = model.newBoolVar("rank");
                        model.addEquality(out[r.ordinal()], LinearExpr.sum(lits.toArray(new BoolVar[0])));
                    }
                }
                return out;
            });
            return byRank[t.ordinal()];
        }

        // ---- F1 ----

        /**
         * F1: per cadre n·served + n(n−1)/2 and the maxima per season (one season: folded in),
         * campaign and lifetime, as unit steps whose marginal costs are those of each further round.
         */
        private void spreadLoad(RuleParameters p) {
            long f1 = soft(RuleConstraint.F1);
            long season = soft(RuleConstraint.F1_SEASON);
            long campaign = soft(RuleConstraint.F1_CAMPAIGN);
            long lifetime = soft(RuleConstraint.F1_LIFETIME);
            boolean oneSeason = seats.stream().map(SeatAssignment::getSeasonId).distinct().count() <= 1;
            for (Map.Entry<Cadre, List<Lit>> e : byCadre.entrySet()) {
                Cadre c = e.getKey();
                List<Lit> lits = e.getValue();
                int most = mostRounds(lits);
                long[] marginal = new long[most + 1];
                for (int k = 1; k <= most; k++) {
                    marginal[k] = f1 * (c.roundsServed() + k - 1)
                            + (oneSeason && k > p.maxPerSeason() ? season : 0)
                            + (k + p.earlierRounds(c) > p.maxPerCampaign() ? campaign : 0)
                            + ((long) k + c.roundsServed() > p.maxLifetime() ? lifetime : 0);
                }
                steps(lits.stream().map(Lit::x).toList(), most, marginal);
                if (!oneSeason && season != 0) {
                    Map<String, List<BoolVar>> bySeason = new LinkedHashMap<>();
                    for (Lit l : lits) {
                        bySeason.computeIfAbsent(seats.get(l.seat()).getSeasonId(), s -> new ArrayList<>()).add(l.x());
                    }
                    for (List<BoolVar> in : bySeason.values()) {
                        excess(in, p.maxPerSeason(), season);
                    }
                }
            }
        }

        /** The most seats a cadre can hold under E9 and E11 (an upper bound when they are off). */
        private int mostRounds(List<Lit> lits) {
            if (!hard(RuleConstraint.E9)) {
                return lits.size();
            }
            TreeMap<Integer, SeatAssignment> byRound = new TreeMap<>();
            for (Lit l : lits) {
                byRound.putIfAbsent(seats.get(l.seat()).getRoundNumber(), seats.get(l.seat()));
            }
            if (!hard(RuleConstraint.E11)) {
                return byRound.size();
            }
            int n = 0;
            SeatAssignment last = null;
            for (SeatAssignment s : byRound.values()) { // earliest first: the most rounds with the rest between
                if (last == null || !last.overlaps(s) && !last.tooCloseForRest(s.getRoundNumber())) {
                    n++;
                    last = s;
                }
            }
            return n;
        }

        /**
         * A count of true literals (at most {@code most}) priced by its marginal costs: ordered
         * booleans z1 ≥ z2 ≥ … with Σz = the count, costing Σ marginal[k]·zk, which is the cost of the
         * count for every solution, not only optimal ones.
         */
        private void steps(List<BoolVar> lits, int most, long[] marginal) {
            boolean anyCost = false;
            for (int k = 1; k <= most; k++) {
                anyCost |= marginal[k] != 0;
            }
            if (most <= 0 || !anyCost) {
                return;
            }
            LinearExpr count = LinearExpr.sum(lits.toArray(new BoolVar[0]));
            if (most == 1) {
                addSoft(count, marginal[1], 1);
                return;
            }
            BoolVar[] z = new BoolVar[most + 1];
            LinearExprBuilder sum = LinearExpr.newBuilder();
            for (int k = 1; k <= most; k++) {
                z[k] = model.newBoolVar("step");
                sum.add(z[k]);
                if (k > 1) {
                    model.addImplication(z[k], z[k - 1]);
                }
                addSoft(z[k], marginal[k], 1);
            }
            model.addEquality(sum, count);
        }

        /** max(0, count − allowed) at the weight: exact for every solution. */
        private void excess(List<BoolVar> lits, long allowed, long weight) {
            if (weight == 0 || lits.size() <= allowed) {
                return;
            }
            IntVar over = model.newIntVar(0, lits.size() - allowed, "over");
            LinearExprBuilder diff = LinearExpr.newBuilder().addSum(lits.toArray(new BoolVar[0])).add(-allowed);
            model.addMaxEquality(over, new LinearArgument[] {diff, LinearExpr.constant(0)});
            addSoft(over, weight, lits.size() - allowed);
        }

        // ---- F2 ----

        private void fairShare(List<UnitShare> shares) {
            long w = soft(RuleConstraint.F2);
            if (w == 0) {
                return;
            }
            Map<Unit, Long> share = new HashMap<>();
            for (UnitShare u : shares) {
                share.put(u.unit(), u.maxPerRound());
            }
            Map<Unit, Map<Integer, List<BoolVar>>> sent = new LinkedHashMap<>();
            for (List<Lit> lits : byCadre.values()) {
                for (Lit l : lits) {
                    if (share.containsKey(l.cadre().unit())) {
                        sent.computeIfAbsent(l.cadre().unit(), u -> new TreeMap<>())
                                .computeIfAbsent(seats.get(l.seat()).getRoundNumber(), r -> new ArrayList<>()).add(l.x());
                    }
                }
            }
            sent.forEach((unit, byRound) -> byRound.values().forEach(in -> excess(in, share.get(unit), w)));
        }

        // ---- F4, F5 ----

        /** F4: every pair of one group's members from one unit. */
        private void mixedGroups() {
            long w = soft(RuleConstraint.F4);
            if (w == 0) {
                return;
            }
            for (List<Integer> group : seatsByGroup.values()) {
                Map<Unit, List<BoolVar>> byUnit = new LinkedHashMap<>();
                Map<Unit, Integer> seatsOpen = new HashMap<>();
                for (int i : group) {
                    LinkedHashSet<Unit> here = new LinkedHashSet<>();
                    for (int k = 0; k < cand[i].length; k++) {
                        byUnit.computeIfAbsent(cand[i][k].unit(), u -> new ArrayList<>()).add(x[i][k]);
                        here.add(cand[i][k].unit());
                    }
                    here.forEach(u -> seatsOpen.merge(u, 1, Integer::sum));
                }
                byUnit.forEach((unit, lits) -> pairs(lits, seatsOpen.get(unit), w));
            }
        }

        /** C(n, 2) pairs among the true literals (at most {@code most} of them) at the weight. */
        private void pairs(List<BoolVar> lits, int most, long w) {
            if (most < 2) {
                return;
            }
            long[] marginal = new long[most + 1];
            for (int k = 1; k <= most; k++) {
                marginal[k] = w * (k - 1);
            }
            steps(lits, most, marginal);
        }

        /** F5: a group without a member who served before; every pair of newcomers in a group. */
        private void experienced(List<GroupSlot> groups) {
            long none = soft(RuleConstraint.F5);
            long newcomers = soft(RuleConstraint.F5_NEWCOMERS);
            for (GroupSlot g : groups) {
                List<Integer> group = seatsByGroup.getOrDefault(g.key(), List.of());
                List<BoolVar> old = new ArrayList<>();
                List<Integer> oldSeat = new ArrayList<>();
                List<BoolVar> fresh = new ArrayList<>();
                int freshSeats = 0;
                for (int i : group) {
                    boolean anyFresh = false;
                    for (int k = 0; k < cand[i].length; k++) {
                        if (cand[i][k].experienced()) {
                            old.add(x[i][k]);
                            oldSeat.add(i);
                        } else {
                            fresh.add(x[i][k]);
                            anyFresh = true;
                        }
                    }
                    freshSeats += anyFresh ? 1 : 0;
                }
                noneOf(oldSeat, old, none);
                if (newcomers != 0) {
                    pairs(fresh, freshSeats, newcomers);
                }
            }
        }

        /** The weight once when none of the literals (of the seats {@code seatOf}) is true, exactly. */
        private void noneOf(List<Integer> seatOf, List<BoolVar> lits, long w) {
            if (w == 0) {
                return;
            }
            if (lits.isEmpty()) {
                addSoftConstant(w);
                return;
            }
            BoolVar lacking = model.newBoolVar("none");
            LinearExprBuilder any = LinearExpr.newBuilder().add(lacking);
            Map<Integer, LinearExprBuilder> bySeat = new LinkedHashMap<>();
            for (int j = 0; j < lits.size(); j++) {
                any.add(lits.get(j));
                bySeat.computeIfAbsent(seatOf.get(j), i -> LinearExpr.newBuilder().add(lacking)).add(lits.get(j));
            }
            model.addGreaterOrEqual(any, 1);
            // a seat holds one cadre at most, so per seat: lacking + (one of these sits here) <= 1
            bySeat.values().forEach(e -> model.addLessOrEqual(e, 1));
            addSoft(lacking, w, 1);
        }

        // ---- F6 ----

        /** F6: party members short of the minimum in each city team; no party member of the lead unit. */
        private void party(List<CityTeam> teams) {
            long shortWeight = soft(RuleConstraint.F6);
            long secretary = soft(RuleConstraint.F6_SECRETARY);
            for (CityTeam t : teams) {
                List<Integer> team = seatsByTeam.getOrDefault(t.key(), List.of());
                List<BoolVar> members = new ArrayList<>();
                List<BoolVar> lead = new ArrayList<>();
                List<Integer> leadSeat = new ArrayList<>();
                for (int i : team) {
                    for (int k = 0; k < cand[i].length; k++) {
                        if (cand[i][k].partyMember()) {
                            members.add(x[i][k]);
                            if (t.lead() != null && cand[i][k].unit().equals(t.lead())) {
                                lead.add(x[i][k]);
                                leadSeat.add(i);
                            }
                        }
                    }
                }
                int min = t.minPartyMembers();
                if (shortWeight != 0 && min > 0) {
                    IntVar shortBy = model.newIntVar(0, min, "short");
                    LinearExprBuilder diff = LinearExpr.newBuilder().add(min);
                    for (BoolVar l : members) {
                        diff.addTerm(l, -1);
                    }
                    model.addMaxEquality(shortBy, new LinearArgument[] {diff, LinearExpr.constant(0)});
                    addSoft(shortBy, shortWeight, min);
                }
                if (t.lead() != null) {
                    noneOf(leadSeat, lead, secretary);
                }
            }
            stability();
        }

        // ---- F7 ----

        /** F7: a seat of the published plan that no longer holds its cadre. */
        private void stability() {
            long w = soft(RuleConstraint.F7);
            if (w == 0) {
                return;
            }
            for (int i = 0; i < seatCount; i++) {
                Cadre published = seats.get(i).getPublished();
                if (published == null) {
                    continue;
                }
                addSoftConstant(w);
                for (int k = 0; k < cand[i].length; k++) {
                    if (cand[i][k].equals(published)) {
                        addSoft(x[i][k], -w, 0);
                    }
                }
            }
        }
    }

}
