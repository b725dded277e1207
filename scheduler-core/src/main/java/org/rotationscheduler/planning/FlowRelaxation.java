package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;

/**
 * The min-cost-flow relaxation of a planning problem (#16): seat kinds per round → cadre-round
 * nodes → cadres → sink. It keeps what the seats' candidate lists keep (E1-E3, E5-E8, E10), one
 * seat per cadre and round (E9), E4 as fixed flows, E9/E11 against earlier plans (arcs left out),
 * and an implied cap from E11 (a cadre serves at most ⌈rounds / (gap + 1)⌉ rounds); it prices F1
 * exactly (convex per-cadre arcs, with its maxima), F3 and F8 on the arcs, and an empty seat far
 * above any preference (medium level). It drops E11 between rounds of this plan, F2 and every
 * group-level preference (F4-F7, F9): its optimum can only be below the true one.
 *
 * <p>{@link #solve(Multipliers)} adds Lagrangian terms for what it drops: μ ≥ 0 per pair of a
 * cadre's rounds closer than E11 allows (valid for every plan that keeps E11) and λ ∈ [0, w(F2)]
 * per unit and round (F2's penalty is at least λ·(sent − share)), and λ per city team for F5 and F6
 * (below). Any such multipliers give a bound;
 * {@link LowerBound} searches for good ones by subgradient steps.
 *
 * <p>Costs are integers, scaled by {@link #SCALE} so that multipliers can be fractions.
 */
public final class FlowRelaxation {
    /** Costs are multiplied by this, multipliers are multiples of its inverse. */
    static final long SCALE = 1000;

    private final List<SeatAssignment> seats;
    // seat kinds: seats of one round that share candidates and costs
    private final int kinds;
    private final int[] kindSeats;
    private final int[] kindRound;
    private final List<List<SeatAssignment>> seatsOfKind = new ArrayList<>();
    // arcs kind -> cadre-round
    private final int[] arcKind;
    private final int[] arcCr;
    private final long[] arcCost;
    // cadre-round nodes
    private final int crCount;
    private final int[] crCadre;
    private final int[] crRound;
    private final int[] crDuty;
    /** For E11: the cadre-round of the same cadre {@code d} rounds later, per gap d (1..gap), or -1. */
    private final int[][] crLater;
    // cadres
    private final List<Cadre> cadres;
    private final int[] cadreUnit;
    private final int[] cadreCap;
    private final long[][] cadreMarginal;
    private final int[] cadreDutySupply;
    // E4 duties
    private final int[] dutyRounds;
    private final int[] dutyCadre;
    // F2
    private final int units;
    private final long[] unitShare;
    private final int rounds;
    private final int[] roundNumbers;
    private final long f2Weight;
    private final boolean e11;
    private final int gap;
    /** One seat per cadre and round (E9), or as many as the kinds when E9 is switched off. */
    private final int e9Cap;
    // city teams (a city in a round): F4-F6 envelopes
    private final int teams;
    private final int[] kindTeam;
    private final int[] teamGroups;
    private final int[] teamMinParty;
    private final int[] teamLead;
    private final long f5;
    private final long f6;
    private final long f6Secretary;
    private final boolean[] cadreExperienced;
    private final boolean[] cadreParty;
    /** Seats that no cadre may take (or pinned empty): empty in every plan. */
    private final long alwaysEmpty;
    private final long unfilledWeight;
    private final long big;

    /**
     * Multipliers for the Lagrangian terms, in units of 1/{@link #SCALE}: μ per E11 pair, λ per unit
     * and round (F2) and per team (F5's experienced member per group, F6's party members and
     * secretary).
     */
    public static final class Multipliers {
        final long[][] e11;
        final long[][] f2;
        final long[] f5;
        final long[] f6;
        final long[] f6Secretary;

        Multipliers(int crCount, int gap, int units, int rounds, int teams) {
            e11 = new long[Math.max(0, gap)][crCount];
            f2 = new long[units][rounds];
            f5 = new long[teams];
            f6 = new long[teams];
            f6Secretary = new long[teams];
        }
    }

    /**
     * One solve of the relaxation.
     *
     * @param penalty the lower bound on the soft penalty (a whole number: soft score ≤ −penalty) of
     *     any plan that keeps the hard rules and leaves {@code unfilled} seats empty
     * @param unfilled the fewest empty seats any plan can have
     * @param cadreRounds per cadre-round node, 1 when the cadre serves in that round
     * @param flow per kind→cadre-round arc, 1 when used (to seed a first plan)
     */
    public record Outcome(long penalty, long unfilled, int[] cadreRounds, int[] flow) {
    }

    public FlowRelaxation(RotationSolution problem) {
        Loader.loadNativeLibraries();
        this.seats = problem.getSeats();
        this.cadres = problem.getCadres();
        ConstraintWeightOverrides<HardMediumSoftLongScore> w = problem.getConstraintWeightOverrides();
        long f1 = soft(w, RuleConstraint.F1.constraintName());
        long f1Season = soft(w, RuleConstraint.F1_SEASON.constraintName());
        long f1Campaign = soft(w, RuleConstraint.F1_CAMPAIGN.constraintName());
        long f3 = soft(w, RuleConstraint.F3.constraintName());
        long f8 = soft(w, RuleConstraint.F8.constraintName());
        this.f2Weight = soft(w, RuleConstraint.F2.constraintName());
        this.f5 = soft(w, RuleConstraint.F5.constraintName());
        this.f6 = soft(w, RuleConstraint.F6.constraintName());
        this.f6Secretary = soft(w, RuleConstraint.F6_SECRETARY.constraintName());
        boolean e9 = hard(w, RuleConstraint.E9.constraintName());
        boolean e4 = hard(w, RuleConstraint.E4.constraintName());
        this.e11 = hard(w, RuleConstraint.E11.constraintName()) && e9;
        this.e9Cap = e9 ? 1 : Math.max(1, problem.getSeats().size());
        RuleParameters parameters = problem.getParameters().get(0);
        HardMediumSoftLongScore unfilled = w == null ? null : w.getConstraintWeight(RuleConstraint.UNFILLED.constraintName());
        this.unfilledWeight = unfilled == null ? 1 : Math.max(1, unfilled.mediumScore());

        Map<Cadre, Integer> cadreIndex = new HashMap<>();
        for (int i = 0; i < cadres.size(); i++) {
            cadreIndex.put(cadres.get(i), i);
        }
        TreeSet<Integer> roundSet = new TreeSet<>();
        Map<Integer, Integer> gapOfRound = new HashMap<>();
        for (SeatAssignment s : seats) {
            roundSet.add(s.getRoundNumber());
            gapOfRound.merge(s.getRoundNumber(), s.getMinRoundsOff(), Math::max);
        }
        this.rounds = roundSet.size();
        this.roundNumbers = roundSet.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> roundIndex = new HashMap<>();
        for (int r = 0; r < rounds; r++) {
            roundIndex.put(roundNumbers[r], r);
        }
        this.gap = e11 ? gapOfRound.values().stream().mapToInt(Integer::intValue).max().orElse(0) : 0;
        boolean oneSeason = seats.stream().map(SeatAssignment::getSeasonId).distinct().count() <= 1;

        // earlier plans: a cadre-round that would break E9 or E11 against them is left out
        Map<Cadre, List<PriorService>> prior = new HashMap<>();
        for (PriorService p : problem.getPriorServices()) {
            prior.computeIfAbsent(p.cadre(), c -> new ArrayList<>()).add(p);
        }

        // E4 duties by cadre and scope
        Map<String, Integer> dutyIndex = new HashMap<>();
        List<QuotaDuty> duties = e4 ? problem.getQuotaDuties() : List.of();
        this.dutyRounds = new int[duties.size()];
        this.dutyCadre = new int[duties.size()];
        this.cadreDutySupply = new int[cadres.size()];
        for (int d = 0; d < duties.size(); d++) {
            QuotaDuty q = duties.get(d);
            Integer c = cadreIndex.get(q.cadre());
            dutyIndex.put(q.cadre().id() + "|" + q.scope(), d);
            dutyRounds[d] = q.rounds();
            dutyCadre[d] = c;
            cadreDutySupply[c] += q.rounds();
        }

        // seat kinds
        Map<List<Cadre>, Map<String, Integer>> kindOf = new IdentityHashMap<>();
        List<Integer> kindRounds = new ArrayList<>();
        List<List<Cadre>> kindCandidates = new ArrayList<>();
        List<SeatAssignment> kindExample = new ArrayList<>();
        long empty = 0;
        for (SeatAssignment s : seats) {
            List<Cadre> candidates = s.isPinned() ? (s.getCadre() == null ? List.of() : List.of(s.getCadre()))
                    : s.getCandidates();
            if (candidates.isEmpty()) {
                empty++;
                continue;
            }
            String key = s.isPinned() ? "pinned|" + s.getId()
                    : s.getRoundNumber() + "|" + s.getCity().name() + "|" + s.isOrdinaryMember() + "|" + s.getE3Rank()
                            + "|" + s.getQuotaScope();
            Map<String, Integer> byKey = kindOf.computeIfAbsent(candidates, l -> new HashMap<>());
            Integer k = byKey.get(key);
            if (k == null) {
                k = kindRounds.size();
                byKey.put(key, k);
                kindRounds.add(roundIndex.get(s.getRoundNumber()));
                kindCandidates.add(candidates);
                kindExample.add(s);
                seatsOfKind.add(new ArrayList<>());
            }
            seatsOfKind.get(k).add(s);
        }
        this.alwaysEmpty = empty;
        this.kinds = kindRounds.size();
        this.kindSeats = new int[kinds];
        this.kindRound = new int[kinds];
        for (int k = 0; k < kinds; k++) {
            kindSeats[k] = seatsOfKind.get(k).size();
            kindRound[k] = kindRounds.get(k);
        }

        // cadre-round nodes and kind arcs
        Map<Long, Integer> crIndex = new LinkedHashMap<>();
        List<Integer> crCadres = new ArrayList<>();
        List<Integer> crRounds = new ArrayList<>();
        List<Integer> crDuties = new ArrayList<>();
        int arcCount = 0;
        for (List<Cadre> l : kindCandidates) {
            arcCount += l.size();
        }
        int[] ak = new int[arcCount];
        int[] acr = new int[arcCount];
        long[] acost = new long[arcCount];
        int a = 0;
        for (int k = 0; k < kinds; k++) {
            SeatAssignment example = kindExample.get(k);
            int r = kindRound[k];
            for (Cadre c : kindCandidates.get(k)) {
                Integer ci = cadreIndex.get(c);
                if (ci == null || conflictsWithPrior(example, prior.get(c), e9, e11)) {
                    continue;
                }
                long key = (long) ci * rounds + r;
                Integer cr = crIndex.get(key);
                if (cr == null) {
                    cr = crCadres.size();
                    crIndex.put(key, cr);
                    crCadres.add(ci);
                    crRounds.add(r);
                    Integer duty = example.getQuotaScope() == null ? null
                            : dutyIndex.get(c.id() + "|" + example.getQuotaScope());
                    crDuties.add(duty == null ? -1 : duty);
                }
                long cost = 0;
                if (example.isOrdinaryMember() && !example.getCity().partners().partnerSide(c.unit())) {
                    cost += f3; // F3
                }
                Rank e3Rank = example.getE3Rank();
                if (e3Rank != null && !c.rank().atLeast(e3Rank)) {
                    cost += f8; // F8
                }
                ak[a] = k;
                acr[a] = cr;
                acost[a] = cost * SCALE;
                a++;
            }
        }
        this.arcKind = Arrays.copyOf(ak, a);
        this.arcCr = Arrays.copyOf(acr, a);
        this.arcCost = Arrays.copyOf(acost, a);
        this.crCount = crCadres.size();
        this.crCadre = crCadres.stream().mapToInt(Integer::intValue).toArray();
        this.crRound = crRounds.stream().mapToInt(Integer::intValue).toArray();
        this.crDuty = crDuties.stream().mapToInt(Integer::intValue).toArray();
        this.crLater = new int[gap][crCount];
        for (int d = 1; d <= gap; d++) {
            for (int i = 0; i < crCount; i++) {
                int later = crRound[i] + d;
                Integer j = later < rounds && roundNumbers[later] - roundNumbers[crRound[i]] == d
                        ? crIndex.get((long) crCadre[i] * rounds + later) : null;
                crLater[d - 1][i] = j == null ? -1 : j;
            }
        }

        // cadres: convex F1 arcs, capped by what E9 and E11 allow
        int[] roundsOfCadre = new int[cadres.size()];
        for (int i = 0; i < crCount; i++) {
            roundsOfCadre[crCadre[i]]++;
        }
        int span = rounds == 0 ? 0 : roundNumbers[rounds - 1] - roundNumbers[0] + 1;
        int e11Cap = e11 ? (span + gap) / (gap + 1) : Integer.MAX_VALUE;
        this.cadreCap = new int[cadres.size()];
        this.cadreMarginal = new long[cadres.size()][];
        this.cadreUnit = new int[cadres.size()];
        Map<Unit, Integer> unitIndex = new HashMap<>();
        for (int c = 0; c < cadres.size(); c++) {
            Cadre cadre = cadres.get(c);
            cadreUnit[c] = unitIndex.computeIfAbsent(cadre.unit(), u -> unitIndex.size());
            int cap = Math.min(roundsOfCadre[c], e11Cap);
            cadreCap[c] = Math.max(cap, cadreDutySupply[c]);
            long[] marginal = new long[cadreCap[c]];
            for (int k = 1; k <= cadreCap[c]; k++) {
                long m = f1 * (cadre.roundsServed() + k - 1);
                if (oneSeason && k > parameters.maxPerSeason()) {
                    m += f1Season;
                }
                if (cadre.roundsServed() + k > parameters.maxPerCampaign()) {
                    m += f1Campaign;
                }
                marginal[k - 1] = m * SCALE;
            }
            cadreMarginal[c] = marginal;
        }
        this.units = unitIndex.size();
        this.unitShare = new long[units];
        for (UnitShare share : problem.getUnitShares()) {
            Integer u = unitIndex.get(share.unit());
            if (u != null) {
                unitShare[u] = share.maxPerRound();
            }
        }
        // city teams: groups per team, party minimum, lead unit
        Map<String, Integer> teamIndex = new HashMap<>();
        Map<String, CityTeam> teamFacts = new HashMap<>();
        for (CityTeam t : problem.getTeams()) {
            teamFacts.put(t.key(), t);
        }
        List<java.util.Set<String>> groupsOfTeam = new ArrayList<>();
        this.kindTeam = new int[kinds];
        List<int[]> teamData = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            SeatAssignment example = kindExample.get(k);
            String key = example.getTeamKey();
            Integer t = teamIndex.get(key);
            if (t == null) {
                t = teamIndex.size();
                teamIndex.put(key, t);
                groupsOfTeam.add(new java.util.HashSet<>());
                CityTeam fact = teamFacts.get(key);
                Unit lead = fact == null ? null : fact.lead();
                Integer leadIndex = lead == null ? null : unitIndex.get(lead);
                teamData.add(new int[] {fact == null ? 0 : fact.minPartyMembers(), leadIndex == null ? -1 : leadIndex});
            }
            kindTeam[k] = t;
            for (SeatAssignment seat : seatsOfKind.get(k)) {
                groupsOfTeam.get(t).add(seat.getGroupKey());
            }
        }
        this.teams = teamIndex.size();
        this.teamGroups = new int[teams];
        this.teamMinParty = new int[teams];
        this.teamLead = new int[teams];
        for (int t = 0; t < teams; t++) {
            teamGroups[t] = groupsOfTeam.get(t).size();
            teamMinParty[t] = teamData.get(t)[0];
            teamLead[t] = teamData.get(t)[1];
        }
        this.cadreExperienced = new boolean[cadres.size()];
        this.cadreParty = new boolean[cadres.size()];
        for (int c = 0; c < cadres.size(); c++) {
            cadreExperienced[c] = cadres.get(c).experienced();
            cadreParty[c] = cadres.get(c).partyMember();
        }
        // an empty seat must cost more than any rearrangement of preferences can save
        long maxArc = 0;
        for (long c : arcCost) {
            maxArc = Math.max(maxArc, c);
        }
        long maxMarginal = 0;
        for (long[] m : cadreMarginal) {
            for (long v : m) {
                maxMarginal = Math.max(maxMarginal, v);
            }
        }
        long envelopes = f5 + f6 + f6Secretary;
        long path = maxArc + maxMarginal + (f2Weight + envelopes + MAX_E11_MULTIPLIER * Math.max(1, gap) * 2) * SCALE + 1;
        this.big = 2 * path * Math.max(1, crCount + kinds + 1);
    }

    /** μ for E11 never exceeds this many cost units: enough to price a pair above any preference saved. */
    static final long MAX_E11_MULTIPLIER = 50;

    private static boolean conflictsWithPrior(SeatAssignment seat, List<PriorService> prior, boolean e9, boolean e11) {
        if (prior == null) {
            return false;
        }
        for (PriorService p : prior) {
            boolean overlaps = p.startDay() <= seat.getEndDay() && seat.getStartDay() <= p.endDay();
            if (e9 && overlaps || e11 && !overlaps && seat.roundsBetween(p.roundNumber()) < seat.getMinRoundsOff()) {
                return true;
            }
        }
        return false;
    }

    private static long soft(ConstraintWeightOverrides<HardMediumSoftLongScore> w, String name) {
        HardMediumSoftLongScore s = w == null ? null : w.getConstraintWeight(name);
        return s == null ? 0 : Math.max(0, s.softScore());
    }

    private static boolean hard(ConstraintWeightOverrides<HardMediumSoftLongScore> w, String name) {
        HardMediumSoftLongScore s = w == null ? null : w.getConstraintWeight(name);
        return s == null || s.hardScore() != 0;
    }

    public Multipliers zero() {
        return new Multipliers(crCount, gap, units, rounds, teams);
    }

    int arcs() {
        return arcKind.length;
    }

    /** Seats of the problem the relaxation decides (pinned seats with a cadre count too). */
    long seatCount() {
        return seats.size();
    }

    long f2Weight() {
        return f2Weight;
    }

    boolean e11() {
        return e11;
    }

    /** Solves the relaxation with these multipliers; null when E4's fixed flows cannot be met. */
    public Outcome solve(Multipliers m) {
        int kindBase = 0;
        int crBase = kindBase + kinds;
        int dutyBase = crBase + crCount;
        int cadreBase = dutyBase + dutyRounds.length;
        int sink = cadreBase + cadres.size();
        MinCostFlow flow = new MinCostFlow(sink + 1, arcKind.length + crCount + kinds + cadres.size() * 4);
        try {
            long seatsFlow = 0;
            for (int k = 0; k < kinds; k++) {
                flow.setNodeSupply(kindBase + k, kindSeats[k]);
                flow.addArcWithCapacityAndUnitCost(kindBase + k, sink, kindSeats[k], big);
                seatsFlow += kindSeats[k];
            }
            int firstArc = flow.getNumArcs();
            for (int a = 0; a < arcKind.length; a++) {
                flow.addArcWithCapacityAndUnitCost(kindBase + arcKind[a], crBase + arcCr[a], 1, arcCost[a] + teamCost(m, a));
            }
            int crArc = flow.getNumArcs();
            for (int i = 0; i < crCount; i++) {
                // λ of the cadre's unit in this round; μ of the E11 pairs this round opens and closes
                long cost = m.f2[cadreUnit[crCadre[i]]][crRound[i]] + earlierPairCost(m, i);
                for (int d = 0; d < gap; d++) {
                    cost += m.e11[d][i];
                }
                int head = crDuty[i] >= 0 ? dutyBase + crDuty[i] : cadreBase + crCadre[i];
                flow.addArcWithCapacityAndUnitCost(crBase + i, head, e9Cap, cost);
            }
            for (int d = 0; d < dutyRounds.length; d++) {
                flow.setNodeSupply(dutyBase + d, -dutyRounds[d]);
            }
            for (int c = 0; c < cadres.size(); c++) {
                if (cadreDutySupply[c] > 0) {
                    flow.setNodeSupply(cadreBase + c, cadreDutySupply[c]);
                }
                long[] marginal = cadreMarginal[c];
                for (long v : marginal) {
                    flow.addArcWithCapacityAndUnitCost(cadreBase + c, sink, 1, v);
                }
            }
            flow.setNodeSupply(sink, -seatsFlow);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                return null;
            }
            long unfilled = 0;
            for (int k = 0; k < kinds; k++) {
                unfilled += flow.getFlow(k);
            }
            long scaled = flow.getOptimalCost() - big * unfilled;
            int[] x = new int[crCount];
            for (int i = 0; i < crCount; i++) {
                x[i] = (int) flow.getFlow(crArc + i);
            }
            int[] arcFlow = new int[arcKind.length];
            for (int a = 0; a < arcKind.length; a++) {
                arcFlow[a] = (int) flow.getFlow(firstArc + a);
            }
            // constants of the Lagrangian terms: −λ·share per unit and round, −μ per pair
            for (int u = 0; u < units; u++) {
                for (int r = 0; r < rounds; r++) {
                    scaled -= m.f2[u][r] * unitShare[u];
                }
            }
            for (long[] row : m.e11) {
                for (long v : row) {
                    scaled -= v;
                }
            }
            scaled += teamConstants(m);
            long penalty = Math.floorDiv(scaled + SCALE - 1, SCALE);
            return new Outcome(penalty, unfilled + alwaysEmpty, x, arcFlow);
        } finally {
            flow.delete();
        }
    }

    /**
     * What an arc costs in the team envelopes: −λ for an experienced member (F5), a party member
     * (F6) and a party member of the lead unit (F6's secretary).
     */
    private long teamCost(Multipliers m, int a) {
        int t = kindTeam[arcKind[a]];
        int c = crCadre[arcCr[a]];
        long cost = 0;
        if (cadreExperienced[c]) {
            cost -= m.f5[t];
        }
        if (cadreParty[c]) {
            cost -= m.f6[t];
            if (cadreUnit[c] == teamLead[t]) {
                cost -= m.f6Secretary[t];
            }
        }
        return cost;
    }

    /**
     * The constants of the team envelopes, λ·target: a team's F5 penalty is at least λ·(groups −
     * experienced members) and its F6 penalties at least λ·(minimum − party members) and λ·(1 −
     * party members of the lead unit), for any λ between 0 and the rule's weight.
     */
    private long teamConstants(Multipliers m) {
        long scaled = 0;
        for (int t = 0; t < teams; t++) {
            scaled += m.f5[t] * teamGroups[t] + m.f6[t] * teamMinParty[t]
                    + (teamLead[t] >= 0 ? m.f6Secretary[t] : 0);
        }
        return scaled;
    }

    /** Per team: experienced members, party members, party members of the lead unit. */
    private record TeamCounts(int[] experienced, int[] party, int[] leadParty) {
    }

    private TeamCounts teamCounts(Outcome o) {
        TeamCounts n = new TeamCounts(new int[teams], new int[teams], new int[teams]);
        for (int a = 0; a < arcKind.length; a++) {
            if (o.flow()[a] > 0) {
                int t = kindTeam[arcKind[a]];
                int c = crCadre[arcCr[a]];
                if (cadreExperienced[c]) {
                    n.experienced[t]++;
                }
                if (cadreParty[c]) {
                    n.party[t]++;
                    if (cadreUnit[c] == teamLead[t]) {
                        n.leadParty[t]++;
                    }
                }
            }
        }
        return n;
    }

    /** μ of the pairs in which node i is the later round. */
    private long earlierPairCost(Multipliers m, int i) {
        if (gap == 0) {
            return 0;
        }
        long cost = 0;
        int[] earlier = earlierOf();
        for (int d = 0; d < gap; d++) {
            int e = earlier[d * crCount + i];
            if (e >= 0) {
                cost += m.e11[d][e];
            }
        }
        return cost;
    }

    private int[] earlier;

    private int[] earlierOf() {
        if (earlier == null) {
            earlier = new int[gap * crCount];
            Arrays.fill(earlier, -1);
            for (int d = 0; d < gap; d++) {
                for (int i = 0; i < crCount; i++) {
                    int j = crLater[d][i];
                    if (j >= 0) {
                        earlier[d * crCount + j] = i;
                    }
                }
            }
        }
        return earlier;
    }

    /**
     * The squared norm of the projected subgradient: how much each multiplier would move (pairs too
     * close for E11, seats above the share for F2, teams short of F5/F6), leaving out those at
     * the end of their range that the violation pushes further out (a multiplier at 0 whose rule
     * holds with room to spare). 0: no multiplier can improve the bound.
     */
    long subgradientNorm(Multipliers m, Outcome o) {
        long norm = 0;
        for (int d = 0; d < gap; d++) {
            for (int i = 0; i < crCount; i++) {
                int j = crLater[d][i];
                if (j >= 0) {
                    norm += moving(m.e11[d][i], o.cadreRounds()[i] + o.cadreRounds()[j] - 1, MAX_E11_MULTIPLIER);
                }
            }
        }
        if (f2Weight > 0) {
            long[][] sent = sent(o);
            for (int u = 0; u < units; u++) {
                for (int r = 0; r < rounds; r++) {
                    norm += moving(m.f2[u][r], sent[u][r] - unitShare[u], f2Weight);
                }
            }
        }
        TeamCounts n = teamCounts(o);
        for (int t = 0; t < teams; t++) {
            norm += moving(m.f5[t], teamGroups[t] - n.experienced()[t], f5);
            norm += moving(m.f6[t], teamMinParty[t] - n.party()[t], f6);
            if (teamLead[t] >= 0) {
                norm += moving(m.f6Secretary[t], 1 - n.leadParty()[t], f6Secretary);
            }
        }
        return norm;
    }

    /** g² when a multiplier at {@code value} (scaled, in [0, max·SCALE]) can move by g, else 0. */
    private static long moving(long value, long g, long max) {
        if (max <= 0 || g == 0 || g < 0 && value <= 0 || g > 0 && value >= max * SCALE) {
            return 0;
        }
        return g * g;
    }

    /** Moves the multipliers: {@code step} is in cost units per unit of violation. */
    Multipliers step(Multipliers m, Outcome o, double step) {
        Multipliers next = zero();
        for (int d = 0; d < gap; d++) {
            for (int i = 0; i < crCount; i++) {
                int j = crLater[d][i];
                if (j >= 0) {
                    long g = o.cadreRounds()[i] + o.cadreRounds()[j] - 1;
                    long v = m.e11[d][i] + Math.round(step * g * SCALE);
                    next.e11[d][i] = Math.max(0, Math.min(MAX_E11_MULTIPLIER * SCALE, v));
                }
            }
        }
        if (f2Weight > 0) {
            long[][] sent = sent(o);
            for (int u = 0; u < units; u++) {
                for (int r = 0; r < rounds; r++) {
                    long g = sent[u][r] - unitShare[u];
                    long v = m.f2[u][r] + Math.round(step * g * SCALE);
                    next.f2[u][r] = Math.max(0, Math.min(f2Weight * SCALE, v));
                }
            }
        }
        // F5, F6: λ·(target − count) with λ in [0, weight]
        TeamCounts n = teamCounts(o);
        for (int t = 0; t < teams; t++) {
            next.f5[t] = clamp(m.f5[t] + Math.round(step * (teamGroups[t] - n.experienced()[t]) * SCALE), f5);
            next.f6[t] = clamp(m.f6[t] + Math.round(step * (teamMinParty[t] - n.party()[t]) * SCALE), f6);
            next.f6Secretary[t] = teamLead[t] < 0 ? 0
                    : clamp(m.f6Secretary[t] + Math.round(step * (1 - n.leadParty()[t]) * SCALE), f6Secretary);
        }
        return next;
    }

    private static long clamp(long v, long weight) {
        return Math.max(0, Math.min(weight * SCALE, v));
    }

    private long[][] sent(Outcome o) {
        long[][] sent = new long[units][rounds];
        for (int i = 0; i < crCount; i++) {
            sent[cadreUnit[crCadre[i]]][crRound[i]] += o.cadreRounds()[i];
        }
        return sent;
    }

    /** Pairs of a cadre's rounds in the outcome that E11 forbids. */
    long e11Breaks(Outcome o) {
        long n = 0;
        for (int d = 0; d < gap; d++) {
            for (int i = 0; i < crCount; i++) {
                int j = crLater[d][i];
                if (j >= 0 && o.cadreRounds()[i] + o.cadreRounds()[j] > 1) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The outcome as seat → cadre: each kind's cadres spread over its seats (a first plan to repair). */
    Map<SeatAssignment, Cadre> seatsOf(Outcome o) {
        Map<SeatAssignment, Cadre> out = new IdentityHashMap<>();
        int[] next = new int[kinds];
        for (int a = 0; a < arcKind.length; a++) {
            if (o.flow()[a] > 0) {
                int k = arcKind[a];
                List<SeatAssignment> of = seatsOfKind.get(k);
                if (next[k] < of.size()) {
                    out.put(of.get(next[k]++), cadres.get(crCadre[arcCr[a]]));
                }
            }
        }
        return out;
    }
}
