package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.RankOrder;

/**
 * The min-cost-flow relaxation of a planning problem (#16): seat kinds per round → cadre classes
 * per round → cadres → sink. A class is the cadres of a round who may take the same kinds and cost
 * the same on every kind (one unit, rank, experience and party membership), so a kind needs one arc
 * per class instead of one per cadre; each class → cadre arc is one cadre-round (at most one seat,
 * E9). The relaxation keeps what the seats' candidate lists keep (E1-E3, E5-E8, E10), E4 as fixed
 * flows ("0 or N" quotas only as at most N), E9/E11 against earlier plans (arcs left out), and an
 * implied cap from E11 (a cadre serves at most ⌈rounds / (gap + 1)⌉ rounds); it prices F1 exactly
 * (convex per-cadre arcs, with its season, campaign and lifetime maxima), F3, F8 and F9 on the arcs,
 * the F5/F6 penalties of groups and teams no seat of the problem can staff as constants; empty
 * seats are as few as any flow can leave (medium level, above any preference). It drops E11 between rounds of this plan,
 * E12, F2 and the group-level preferences (F4-F7): its optimum can only be below the true one.
 *
 * <p>{@link #solve(Multipliers)} adds Lagrangian terms for what it drops, each a lower bound of what
 * every plan that keeps the hard rules pays: μ ≥ 0 per pair of a cadre's rounds closer than E11
 * allows; λ ∈ [0, w(F2)] per unit and round (F2 ≥ λ·(sent − share)); per city team λ ∈ [0, w] for
 * F5 (λ·(groups − experienced members)), F6 (λ·(minimum − party members), λ·(1 − lead-unit party
 * members)) and F4's pigeonhole (a group of g seats whose candidates come from U &lt; g units holds
 * at least filled − U same-unit pairs), and λ ≥ 0 for F5's newcomer pairs (w·C(m, 2) ≥ λ·m − φ(λ),
 * φ the conjugate, per group). Any such multipliers give a bound; {@link LowerBound} searches for
 * good ones by subgradient steps.
 *
 * <p>Costs are integers, scaled by {@link #SCALE} so that multipliers can be fractions.
 */
public final class FlowRelaxation {
    /** Costs are multiplied by this, multipliers are multiples of its inverse. */
    static final long SCALE = 1000;
    /** μ for E11 never exceeds this many cost units: enough to price a pair above any preference saved. */
    static final long MAX_E11_MULTIPLIER = 200;

    private final List<SeatAssignment> seats;
    // seat kinds: seats of one round that share candidates and costs
    private final int kinds;
    private final int[] kindSeats;
    private final int[] kindTeam;
    /** 1 when the kind's seats lie in F4 pigeonhole groups (counted in the team's F4 envelope). */
    private final boolean[] kindPigeon;
    private final List<List<SeatAssignment>> seatsOfKind = new ArrayList<>();
    // classes: cadres of one round with the same kinds and costs
    private final int classes;
    private final int[] classCadres;
    private final int[] classExample;
    // arcs kind -> class
    private final int[] arcKind;
    private final int[] arcClass;
    private final long[] arcCost;
    // cadre-rounds (class -> cadre arcs)
    private final int crCount;
    private final int[] crCadre;
    private final int[] crRound;
    private final int[] crClass;
    private final int[] crDuty;
    /** For E11: the cadre-round of the same cadre {@code d} rounds later, per gap d (1..gap), or -1. */
    private final int[][] crLater;
    private final int[][] crEarlier;
    // cadres
    private final List<Cadre> cadres;
    private final int[] cadreUnit;
    private final long[][] cadreMarginal;
    private final int[] cadreDutySupply;
    private final boolean[] cadreExperienced;
    private final boolean[] cadreParty;
    // E4 duties kept as fixed flows
    private final int[] dutyRounds;
    // F2
    private final int units;
    private final long[] unitShare;
    /** Units with an F2 share (the others have no F2 term). */
    private final boolean[] unitHasShare;
    private final int rounds;
    private final long f2;
    private final int gap;
    /** One seat per cadre and round (E9), or as many as the kinds when E9 is switched off. */
    private final int e9Cap;
    // city teams (a city in a round): F4-F6 envelopes
    private final int teams;
    private final int[] teamGroups;
    private final int[] teamMinParty;
    private final int[] teamLead;
    /** Per team: the sizes (seats of the problem) of its groups, for F5's newcomer pairs. */
    private final int[][] teamGroupSizes;
    /** Per team: Σ U over its F4 pigeonhole groups. */
    private final int[] teamPigeonUnits;
    private final boolean[] teamPigeon;
    private final long f4;
    private final long f5;
    private final long f5Newcomers;
    private final long f6;
    private final long f6Secretary;
    /** F5/F6 penalties every plan pays: groups and teams with no seat anybody can take. */
    private final long fixedPenalty;
    /** Seats that no cadre may take (or pinned empty): empty in every plan. */
    private final long alwaysEmpty;

    /**
     * Multipliers for the Lagrangian terms, in units of 1/{@link #SCALE}: μ per E11 pair, λ per unit
     * and round (F2) and per team (F4's pigeonhole, F5's experienced member and newcomer pairs, F6's
     * party members and secretary).
     */
    public static final class Multipliers {
        final long[][] e11;
        final long[][] f2;
        final long[] f4;
        final long[] f5;
        final long[] f5Newcomers;
        final long[] f6;
        final long[] f6Secretary;

        Multipliers(int crCount, int gap, int units, int rounds, int teams) {
            e11 = new long[Math.max(0, gap)][crCount];
            f2 = new long[units][rounds];
            f4 = new long[teams];
            f5 = new long[teams];
            f5Newcomers = new long[teams];
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
     * @param cadreRounds per cadre-round, 1 when the cadre serves in that round
     * @param flow per kind→class arc, the seats of the kind the class fills
     */
    public record Outcome(long penalty, long unfilled, int[] cadreRounds, int[] flow) {
    }

    public FlowRelaxation(RotationSolution problem) {
        Loader.loadNativeLibraries();
        this.seats = problem.getSeats();
        this.cadres = problem.getCadres();
        long f1 = soft(problem, RuleConstraint.F1);
        long f1Season = soft(problem, RuleConstraint.F1_SEASON);
        long f1Campaign = soft(problem, RuleConstraint.F1_CAMPAIGN);
        long f1Lifetime = soft(problem, RuleConstraint.F1_LIFETIME);
        long f3 = soft(problem, RuleConstraint.F3);
        long f8 = soft(problem, RuleConstraint.F8);
        long f9 = soft(problem, RuleConstraint.F9);
        this.f2 = soft(problem, RuleConstraint.F2);
        this.f4 = soft(problem, RuleConstraint.F4);
        this.f5 = soft(problem, RuleConstraint.F5);
        this.f5Newcomers = soft(problem, RuleConstraint.F5_NEWCOMERS);
        this.f6 = soft(problem, RuleConstraint.F6);
        this.f6Secretary = soft(problem, RuleConstraint.F6_SECRETARY);
        boolean e9 = hard(problem, RuleConstraint.E9);
        boolean e4 = hard(problem, RuleConstraint.E4);
        boolean e11 = hard(problem, RuleConstraint.E11) && e9;
        this.e9Cap = e9 ? 1 : Math.max(1, seats.size());
        RuleParameters parameters = problem.getParameters().get(0);

        Map<Cadre, Integer> cadreIndex = new HashMap<>();
        for (int i = 0; i < cadres.size(); i++) {
            cadreIndex.put(cadres.get(i), i);
        }
        Map<Unit, Integer> unitIndex = new HashMap<>();
        this.cadreUnit = new int[cadres.size()];
        this.cadreExperienced = new boolean[cadres.size()];
        this.cadreParty = new boolean[cadres.size()];
        for (int c = 0; c < cadres.size(); c++) {
            Cadre cadre = cadres.get(c);
            cadreUnit[c] = unitIndex.computeIfAbsent(cadre.unit(), u -> unitIndex.size());
            cadreExperienced[c] = cadre.experienced();
            cadreParty[c] = cadre.partyMember();
        }
        this.units = unitIndex.size();
        TreeSet<Integer> roundSet = new TreeSet<>();
        // the smallest rest any seat asks: a pair closer than that breaks E11 whichever seats it holds
        int minGap = Integer.MAX_VALUE;
        for (SeatAssignment s : seats) {
            roundSet.add(s.getRoundNumber());
            minGap = Math.min(minGap, s.getMinRoundsOff());
        }
        this.rounds = roundSet.size();
        int[] roundNumbers = roundSet.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> roundIndex = new HashMap<>();
        for (int r = 0; r < rounds; r++) {
            roundIndex.put(roundNumbers[r], r);
        }
        this.gap = e11 && !seats.isEmpty() ? Math.max(0, minGap) : 0;
        boolean oneSeason = seats.stream().map(SeatAssignment::getSeasonId).distinct().count() <= 1;

        // earlier plans: a cadre-round that would break E9 or E11 against them is left out
        Map<Cadre, List<PriorService>> prior = new HashMap<>();
        for (PriorService p : problem.getPriorServices()) {
            prior.computeIfAbsent(p.cadre(), c -> new ArrayList<>()).add(p);
        }

        // E4 duties by cadre and scope; "0 or N" is left to the cadre's own cap (the flow cannot say "either")
        Map<String, Integer> dutyIndex = new HashMap<>();
        List<QuotaDuty> duties = e4 ? problem.getQuotaDuties().stream().filter(q -> !q.zeroAllowed()).toList()
                : List.of();
        this.dutyRounds = new int[duties.size()];
        this.cadreDutySupply = new int[cadres.size()];
        for (int d = 0; d < duties.size(); d++) {
            QuotaDuty q = duties.get(d);
            dutyIndex.put(q.cadre().id() + "|" + q.scope(), d);
            dutyRounds[d] = q.rounds();
            cadreDutySupply[cadreIndex.get(q.cadre())] += q.rounds();
        }

        // F4's pigeonhole groups: more seats than units among their candidates
        Map<String, Integer> groupSeats = new HashMap<>();
        Map<String, Set<Unit>> groupUnits = new HashMap<>();
        for (SeatAssignment s : seats) {
            List<Cadre> candidates = candidatesOf(s);
            if (candidates.isEmpty()) {
                continue;
            }
            groupSeats.merge(s.getGroupKey(), 1, Integer::sum);
            Set<Unit> u = groupUnits.computeIfAbsent(s.getGroupKey(), g -> new HashSet<>());
            for (Cadre c : candidates) {
                u.add(c.unit());
            }
        }
        Set<String> pigeonGroups = new HashSet<>();
        groupSeats.forEach((g, n) -> {
            if (n > groupUnits.get(g).size()) {
                pigeonGroups.add(g);
            }
        });

        // seat kinds
        Map<List<Cadre>, Map<String, Integer>> kindOf = new IdentityHashMap<>();
        List<Integer> kindRounds = new ArrayList<>();
        List<List<Cadre>> kindCandidates = new ArrayList<>();
        List<SeatAssignment> kindExample = new ArrayList<>();
        long empty = 0;
        for (SeatAssignment s : seats) {
            List<Cadre> candidates = candidatesOf(s);
            if (candidates.isEmpty()) {
                empty++;
                continue;
            }
            boolean pigeon = f4 > 0 && pigeonGroups.contains(s.getGroupKey());
            // the key holds everything an arc's cost depends on: F3 (city, ordinary member), F8, F9,
            // the team (F4-F6 envelopes), E4's scope and the F4 group
            String key = s.isPinned() ? "pinned|" + s.getId()
                    : s.getRoundNumber() + "|" + s.getCity().name() + "|" + s.isOrdinaryMember() + "|" + s.getE3Rank()
                            + "|" + s.getQuotaScope() + "|" + s.getSeniorRank() + "|" + s.getTeamKey()
                            + (pigeon ? "|" + s.getGroupKey() : "");
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
        this.kindPigeon = new boolean[kinds];
        for (int k = 0; k < kinds; k++) {
            kindSeats[k] = seatsOfKind.get(k).size();
            kindPigeon[k] = f4 > 0 && pigeonGroups.contains(kindExample.get(k).getGroupKey());
        }

        // city teams: groups per team, party minimum, lead unit; constants for what no seat can staff
        Map<String, CityTeam> teamFacts = new HashMap<>();
        for (CityTeam t : problem.getTeams()) {
            teamFacts.put(t.key(), t);
        }
        Map<String, Integer> teamIndex = new HashMap<>();
        List<Map<String, Integer>> groupsOfTeam = new ArrayList<>();
        this.kindTeam = new int[kinds];
        for (int k = 0; k < kinds; k++) {
            String key = kindExample.get(k).getTeamKey();
            Integer t = teamIndex.get(key);
            if (t == null) {
                t = teamIndex.size();
                teamIndex.put(key, t);
                groupsOfTeam.add(new HashMap<>());
            }
            kindTeam[k] = t;
            for (SeatAssignment seat : seatsOfKind.get(k)) {
                groupsOfTeam.get(t).merge(seat.getGroupKey(), 1, Integer::sum);
            }
        }
        this.teams = teamIndex.size();
        this.teamGroups = new int[teams];
        this.teamMinParty = new int[teams];
        this.teamLead = new int[teams];
        this.teamGroupSizes = new int[teams][];
        this.teamPigeonUnits = new int[teams];
        this.teamPigeon = new boolean[teams];
        Set<String> staffedGroups = new HashSet<>();
        long fixed = 0;
        for (Map.Entry<String, Integer> e : teamIndex.entrySet()) {
            int t = e.getValue();
            CityTeam fact = teamFacts.get(e.getKey());
            Map<String, Integer> groups = groupsOfTeam.get(t);
            staffedGroups.addAll(groups.keySet());
            teamGroups[t] = groups.size();
            teamGroupSizes[t] = groups.values().stream().mapToInt(Integer::intValue).toArray();
            teamMinParty[t] = fact == null || f6 == 0 ? 0 : fact.minPartyMembers();
            Integer lead = fact == null || fact.lead() == null || f6Secretary == 0 ? null : unitIndex.get(fact.lead());
            teamLead[t] = lead == null ? -1 : lead;
            if (fact != null && fact.lead() != null && lead == null) {
                fixed += f6Secretary; // nobody of the lead unit in the register: the team has no secretary
            }
            for (String g : groups.keySet()) {
                if (pigeonGroups.contains(g) && f4 > 0) {
                    teamPigeon[t] = true;
                    teamPigeonUnits[t] += groupUnits.get(g).size();
                }
            }
        }
        for (CityTeam fact : problem.getTeams()) {
            if (!teamIndex.containsKey(fact.key())) {
                fixed += f6 * Math.max(0, fact.minPartyMembers()) + (fact.lead() != null ? f6Secretary : 0);
            }
        }
        for (GroupSlot g : problem.getGroups()) {
            if (!staffedGroups.contains(g.key())) {
                fixed += f5; // F5: no seat of this group can be filled, so it has no experienced member
            }
        }
        this.fixedPenalty = fixed;

        // classes per round and their arcs; cadre-rounds
        List<Integer> crCadres = new ArrayList<>();
        List<Integer> crRounds = new ArrayList<>();
        List<Integer> crClasses = new ArrayList<>();
        List<Integer> crDuties = new ArrayList<>();
        List<Integer> classSizes = new ArrayList<>();
        List<Integer> classExamples = new ArrayList<>();
        IntList ak = new IntList();
        IntList ac = new IntList();
        List<Long> costs = new ArrayList<>();
        Map<Long, Integer> crIndex = new HashMap<>();
        long[] reach = new long[cadres.size()];
        for (int r = 0; r < rounds; r++) {
            // the kinds of round r each cadre may take, in kind order
            Map<Integer, IntList> kindsOfCadre = new HashMap<>();
            for (int k = 0; k < kinds; k++) {
                if (kindRounds.get(k) != r) {
                    continue;
                }
                SeatAssignment example = kindExample.get(k);
                for (Cadre c : kindCandidates.get(k)) {
                    Integer ci = cadreIndex.get(c);
                    if (ci == null || conflictsWithPrior(example, prior.get(c), e9, e11)) {
                        continue;
                    }
                    kindsOfCadre.computeIfAbsent(ci, x -> new IntList()).add(k);
                }
            }
            Map<List<Object>, Integer> classOf = new HashMap<>();
            List<Integer> sortedCadres = new ArrayList<>(kindsOfCadre.keySet());
            sortedCadres.sort(null);
            for (int ci : sortedCadres) {
                IntList ks = kindsOfCadre.get(ci);
                Cadre c = cadres.get(ci);
                List<Object> signature = List.of(c.unit(), c.rank(), c.experienced(), c.partyMember(), ks);
                Integer cl = classOf.get(signature);
                if (cl == null) {
                    cl = classSizes.size();
                    classOf.put(signature, cl);
                    classSizes.add(0);
                    classExamples.add(ci);
                    for (int i = 0; i < ks.size; i++) {
                        int k = ks.values[i];
                        SeatAssignment example = kindExample.get(k);
                        long cost = 0;
                        if (example.isOrdinaryMember() && example.getCity().hasPartners()
                                && !example.getCity().partnerSide(c.unit())) {
                            cost += f3; // F3
                        }
                        Rank e3Rank = example.getE3Rank();
                        if (e3Rank != null && !c.rank().atLeast(e3Rank)) {
                            cost += f8; // F8
                        }
                        cost += f9 * RankOrder.seniorityCost(c.rank(), example.getSeniorRank()); // F9
                        ak.add(k);
                        ac.add(cl);
                        costs.add(cost * SCALE);
                    }
                }
                classSizes.set(cl, classSizes.get(cl) + 1);
                for (int i = 0; i < ks.size; i++) {
                    reach[ci] += kindSeats[ks.values[i]];
                }
                crIndex.put((long) ci * rounds + r, crCadres.size());
                crCadres.add(ci);
                crRounds.add(r);
                crClasses.add(cl);
                String scope = kindExample.get(ks.values[0]).getQuotaScope();
                Integer duty = scope == null ? null : dutyIndex.get(c.id() + "|" + scope);
                crDuties.add(duty == null ? -1 : duty);
            }
        }
        this.classes = classSizes.size();
        this.classCadres = classSizes.stream().mapToInt(Integer::intValue).toArray();
        this.classExample = classExamples.stream().mapToInt(Integer::intValue).toArray();
        this.arcKind = ak.toArray();
        this.arcClass = ac.toArray();
        this.arcCost = costs.stream().mapToLong(Long::longValue).toArray();
        this.crCount = crCadres.size();
        this.crCadre = crCadres.stream().mapToInt(Integer::intValue).toArray();
        this.crRound = crRounds.stream().mapToInt(Integer::intValue).toArray();
        this.crClass = crClasses.stream().mapToInt(Integer::intValue).toArray();
        this.crDuty = crDuties.stream().mapToInt(Integer::intValue).toArray();
        this.crLater = new int[gap][crCount];
        this.crEarlier = new int[gap][crCount];
        for (int[] row : crEarlier) {
            Arrays.fill(row, -1);
        }
        for (int d = 1; d <= gap; d++) {
            for (int i = 0; i < crCount; i++) {
                int later = crRound[i] + d;
                Integer j = later < rounds && roundNumbers[later] - roundNumbers[crRound[i]] == d
                        ? crIndex.get((long) crCadre[i] * rounds + later) : null;
                crLater[d - 1][i] = j == null ? -1 : j;
                if (j != null) {
                    crEarlier[d - 1][j] = i;
                }
            }
        }

        // cadres: convex F1 arcs, capped by what E9 and E11 allow
        int[] roundsOfCadre = new int[cadres.size()];
        for (int i = 0; i < crCount; i++) {
            roundsOfCadre[crCadre[i]]++;
        }
        int span = rounds == 0 ? 0 : roundNumbers[rounds - 1] - roundNumbers[0] + 1;
        int e11Cap = e11 ? (span + gap) / (gap + 1) : Integer.MAX_VALUE;
        this.cadreMarginal = new long[cadres.size()][];
        for (int c = 0; c < cadres.size(); c++) {
            Cadre cadre = cadres.get(c);
            // E9: one seat per round; without E9 at most the seats the cadre may take
            long most = e9Cap == 1 ? roundsOfCadre[c] : reach[c];
            int cap = (int) Math.max(Math.min(most, e11Cap), cadreDutySupply[c]);
            long[] marginal = new long[cap];
            // F1's maxima: the campaign's counts this campaign's earlier plans, the lifetime's the
            // register's rounds_served
            long[] season = oneSeason ? aboveMaximum(f1Season, 0, parameters.maxPerSeason(), cap) : new long[cap];
            long[] campaign = aboveMaximum(f1Campaign, parameters.earlierRounds(cadre), parameters.maxPerCampaign(), cap);
            long[] lifetime = aboveMaximum(f1Lifetime, cadre.roundsServed(), parameters.maxLifetime(), cap);
            for (int k = 1; k <= cap; k++) {
                marginal[k - 1] = f1 * (cadre.roundsServed() + k - 1) * SCALE + season[k - 1] + campaign[k - 1]
                        + lifetime[k - 1];
            }
            cadreMarginal[c] = marginal;
        }
        this.unitShare = new long[units];
        this.unitHasShare = new boolean[units];
        for (UnitShare share : problem.getUnitShares()) {
            Integer u = unitIndex.get(share.unit());
            if (u != null) {
                unitShare[u] = share.maxPerRound();
                unitHasShare[u] = true;
            }
        }
    }

    /**
     * What each of a cadre's rounds 1..cap adds (scaled) to a maximum's penalty w·(before + n − max)
     * for n ≥ 1 rounds of this plan, 0 for none. Below the maximum that is convex (0, then w a round);
     * a cadre already above it pays the excess with the first round, which a flow cannot price
     * (its arcs need rising costs), so the rounds share the penalty of all {@code cap} of them
     * evenly (the convex envelope, rounded down): never above the penalty, a lower bound still.
     */
    static long[] aboveMaximum(long w, long before, long max, int cap) {
        long[] out = new long[cap];
        if (w <= 0) {
            return out;
        }
        for (int k = 1; k <= cap; k++) {
            if (before > max) {
                out[k - 1] = w * SCALE * (before - max + cap) / cap;
            } else if (before + k > max) {
                out[k - 1] = w * SCALE;
            }
        }
        return out;
    }

    /** A growable int array (a cadre's kinds in one round: the class signature compares them). */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IntList other && Arrays.equals(values, 0, size, other.values, 0, other.size);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = 0; i < size; i++) {
                h = 31 * h + values[i];
            }
            return h;
        }
    }

    private static List<Cadre> candidatesOf(SeatAssignment s) {
        return s.isPinned() ? (s.getCadre() == null ? List.of() : List.of(s.getCadre())) : s.getCandidates();
    }

    private int maxGroupSize() {
        int max = 1;
        for (int[] sizes : teamGroupSizes) {
            for (int g : sizes) {
                max = Math.max(max, g);
            }
        }
        return max;
    }

    private static boolean conflictsWithPrior(SeatAssignment seat, List<PriorService> prior, boolean e9, boolean e11) {
        if (prior == null) {
            return false;
        }
        for (PriorService p : prior) {
            boolean overlaps = seat.overlaps(p);
            if (e9 && overlaps || e11 && !overlaps && seat.tooCloseForRest(p.roundNumber())) {
                return true;
            }
        }
        return false;
    }

    private static long soft(RotationSolution problem, RuleConstraint c) {
        return Math.max(0, problem.softWeight(c));
    }

    private static boolean hard(RotationSolution problem, RuleConstraint c) {
        return problem.weight(c).hardScore() != 0;
    }

    public Multipliers zero() {
        return new Multipliers(crCount, gap, units, rounds, teams);
    }

    /**
     * Where the subgradient walk starts: F4's pigeonhole multipliers at the rule's weight (their
     * groups are filled in nearly every flow, so the term is then the pairs every plan pays), the
     * others at zero.
     */
    Multipliers initial() {
        Multipliers m = zero();
        for (int t = 0; t < teams; t++) {
            m.f4[t] = teamPigeon[t] ? f4 * SCALE : 0;
        }
        return m;
    }

    /** Kind → class arcs (the bulk of the graph). */
    int arcs() {
        return arcKind.length;
    }

    /** Seat kinds, cadre classes, cadre-rounds: the graph's size, for the log. */
    String size() {
        return String.format("%d kinds, %d classes, %d cadre-rounds, %d kind arcs", kinds, classes, crCount,
                arcKind.length);
    }

    /** The fewest empty seats among the kinds (from the first solve), or -1 before it. */
    private long minUnfilled = -1;
    /** How long the last solve took without building its graph (for the log). */
    long lastSolveMillis;

    /** Solves the relaxation with these multipliers; null when E4's fixed flows cannot be met. */
    public Outcome solve(Multipliers m) {
        if (minUnfilled < 0) {
            // every seat filled is the common case: a flow that leaves none empty settles it at once
            Outcome full = run(m, 0);
            if (full != null) {
                minUnfilled = 0;
                return full;
            }
            // else first the fewest empty seats, by a flow that prices nothing else (costs 0 and 1);
            // then they pass through a node of that capacity at no cost instead of at a huge cost
            // each: the same optima, and far fewer cost-scaling phases
            Outcome count = run(m, -1);
            if (count == null) {
                return null;
            }
            minUnfilled = count.unfilled() - alwaysEmpty;
        }
        return run(m, minUnfilled);
    }

    /**
     * One flow: with {@code known} ≥ 0 empty seats (the fewest) and every cost; with -1 only an
     * empty seat costs (1): its outcome says how few seats can stay empty, its penalty nothing.
     */
    private Outcome run(Multipliers m, long known) {
        boolean countOnly = known < 0;
        int classBase = kinds;
        int dutyBase = classBase + classes;
        int cadreBase = dutyBase + dutyRounds.length;
        int sink = cadreBase + cadres.size();
        int marginals = 0;
        for (long[] v : cadreMarginal) {
            marginals += v.length;
        }
        int emptyNode = sink + 1;
        MinCostFlow flow = new MinCostFlow(sink + 2, kinds + arcKind.length + crCount + marginals + 1);
        try {
            long seatsFlow = 0;
            for (int k = 0; k < kinds; k++) {
                flow.setNodeSupply(k, kindSeats[k]);
                flow.addArcWithCapacityAndUnitCost(k, countOnly ? sink : emptyNode, kindSeats[k], countOnly ? 1 : 0);
                seatsFlow += kindSeats[k];
            }
            int firstArc = flow.getNumArcs();
            for (int a = 0; a < arcKind.length; a++) {
                int k = arcKind[a];
                int cap = (int) Math.min(kindSeats[k], (long) classCadres[arcClass[a]] * e9Cap);
                flow.addArcWithCapacityAndUnitCost(k, classBase + arcClass[a], cap,
                        countOnly ? 0 : arcCost[a] + teamCost(m, a));
            }
            int crArc = flow.getNumArcs();
            for (int i = 0; i < crCount; i++) {
                int head = crDuty[i] >= 0 ? dutyBase + crDuty[i] : cadreBase + crCadre[i];
                flow.addArcWithCapacityAndUnitCost(classBase + crClass[i], head, e9Cap, countOnly ? 0 : crCost(m, i));
            }
            for (int d = 0; d < dutyRounds.length; d++) {
                flow.setNodeSupply(dutyBase + d, -dutyRounds[d]);
            }
            for (int c = 0; c < cadres.size(); c++) {
                if (cadreDutySupply[c] > 0) {
                    flow.setNodeSupply(cadreBase + c, cadreDutySupply[c]);
                }
                for (long v : cadreMarginal[c]) {
                    flow.addArcWithCapacityAndUnitCost(cadreBase + c, sink, 1, countOnly ? 0 : v);
                }
            }
            flow.addArcWithCapacityAndUnitCost(emptyNode, sink, Math.max(0, known), 0);
            flow.setNodeSupply(sink, -seatsFlow);
            long built = System.nanoTime();
            MinCostFlowBase.Status status = flow.solve();
            lastSolveMillis = (System.nanoTime() - built) / 1_000_000;
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                return null;
            }
            long unfilled = 0;
            for (int k = 0; k < kinds; k++) {
                unfilled += flow.getFlow(k);
            }
            if (countOnly) {
                return new Outcome(0, unfilled + alwaysEmpty, new int[0], new int[0]);
            }
            long scaled = flow.getOptimalCost();
            int[] x = new int[crCount];
            for (int i = 0; i < crCount; i++) {
                x[i] = (int) flow.getFlow(crArc + i);
            }
            int[] arcFlow = new int[arcKind.length];
            for (int a = 0; a < arcKind.length; a++) {
                arcFlow[a] = (int) flow.getFlow(firstArc + a);
            }
            Outcome provisional = new Outcome(0, 0, x, arcFlow);
            scaled += constants(m, provisional);
            long penalty = Math.floorDiv(scaled + SCALE - 1, SCALE) + fixedPenalty;
            return new Outcome(penalty, unfilled + alwaysEmpty, x, arcFlow);
        } finally {
            flow.delete();
        }
    }

    /** λ of the cadre's unit in this round; μ of the E11 pairs this cadre-round belongs to. */
    private long crCost(Multipliers m, int i) {
        long cost = m.f2[cadreUnit[crCadre[i]]][crRound[i]];
        for (int d = 0; d < gap; d++) {
            cost += m.e11[d][i];
            int e = crEarlier[d][i];
            if (e >= 0) {
                cost += m.e11[d][e];
            }
        }
        return cost;
    }

    /**
     * What a seat of the arc costs in the team envelopes: +λ in an F4 pigeonhole group, −λ for an
     * experienced member (F5), +λ for a newcomer (F5's pairs), −λ for a party member (F6) and a
     * party member of the lead unit (F6's secretary).
     */
    private long teamCost(Multipliers m, int a) {
        int k = arcKind[a];
        int t = kindTeam[k];
        int c = classExample[arcClass[a]];
        long cost = kindPigeon[k] ? m.f4[t] : 0;
        if (cadreExperienced[c]) {
            cost -= m.f5[t];
        } else {
            cost += m.f5Newcomers[t];
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
     * The constant parts of the Lagrangian terms (scaled): −λ·share per unit and round (F2), −μ per
     * E11 pair, and per team −λ·U (F4), λ·groups (F5), −Σ φ(λ) over its groups (F5's newcomers),
     * λ·minimum and λ (F6).
     */
    private long constants(Multipliers m, Outcome o) {
        long scaled = 0;
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
        for (int t = 0; t < teams; t++) {
            scaled += -m.f4[t] * teamPigeonUnits[t] + m.f5[t] * teamGroups[t] + m.f6[t] * teamMinParty[t]
                    + (teamLead[t] >= 0 ? m.f6Secretary[t] : 0);
            if (m.f5Newcomers[t] > 0) {
                for (int g : teamGroupSizes[t]) {
                    scaled -= conjugate(m.f5Newcomers[t], g)[0];
                }
            }
        }
        return scaled;
    }

    /**
     * F5's newcomer pairs in a group of {@code size} seats: max over m ≤ size of λ·m − w·C(m, 2)
     * (scaled) and the m that reaches it. w·C(m, 2) ≥ λ·m − φ(λ) for every m, so the team's pairs
     * cost at least λ·(its newcomers) − Σ φ.
     */
    private long[] conjugate(long lambda, int size) {
        long best = 0;
        long arg = 0;
        for (int n = 1; n <= size; n++) {
            long v = lambda * n - f5Newcomers * SCALE * n * (n - 1) / 2;
            if (v > best) {
                best = v;
                arg = n;
            }
        }
        return new long[] {best, arg};
    }

    /**
     * Per team: experienced members, party members, party members of the lead unit, newcomers,
     * seats filled in F4 pigeonhole groups.
     */
    private record TeamCounts(int[] experienced, int[] party, int[] leadParty, int[] newcomers, int[] pigeonFilled) {
    }

    private TeamCounts teamCounts(Outcome o) {
        TeamCounts n = new TeamCounts(new int[teams], new int[teams], new int[teams], new int[teams], new int[teams]);
        for (int a = 0; a < arcKind.length; a++) {
            int f = o.flow()[a];
            if (f > 0) {
                int k = arcKind[a];
                int t = kindTeam[k];
                int c = classExample[arcClass[a]];
                if (kindPigeon[k]) {
                    n.pigeonFilled[t] += f;
                }
                if (cadreExperienced[c]) {
                    n.experienced[t] += f;
                } else {
                    n.newcomers[t] += f;
                }
                if (cadreParty[c]) {
                    n.party[t] += f;
                    if (cadreUnit[c] == teamLead[t]) {
                        n.leadParty[t] += f;
                    }
                }
            }
        }
        return n;
    }

    /** The subgradient of the dual function at {@code m}, in the multipliers' layout (violations, unscaled). */
    private Multipliers subgradient(Multipliers m, Outcome o) {
        Multipliers g = zero();
        for (int d = 0; d < gap; d++) {
            for (int i = 0; i < crCount; i++) {
                int j = crLater[d][i];
                g.e11[d][i] = j >= 0 ? o.cadreRounds()[i] + o.cadreRounds()[j] - 1 : 0;
            }
        }
        if (f2 > 0) {
            long[][] sent = sent(o);
            for (int u = 0; u < units; u++) {
                for (int r = 0; r < rounds; r++) {
                    g.f2[u][r] = sent[u][r] - unitShare[u];
                }
            }
        }
        TeamCounts n = teamCounts(o);
        for (int t = 0; t < teams; t++) {
            g.f4[t] = f4 > 0 && teamPigeon[t] ? n.pigeonFilled()[t] - teamPigeonUnits[t] : 0;
            g.f5[t] = f5 > 0 ? teamGroups[t] - n.experienced()[t] : 0;
            if (f5Newcomers > 0) {
                long arg = 0;
                for (int size : teamGroupSizes[t]) {
                    arg += conjugate(m.f5Newcomers[t], size)[1];
                }
                g.f5Newcomers[t] = n.newcomers()[t] - arg;
            }
            g.f6[t] = f6 > 0 ? teamMinParty[t] - n.party()[t] : 0;
            g.f6Secretary[t] = teamLead[t] >= 0 ? 1 - n.leadParty()[t] : 0;
        }
        return g;
    }

    /** The largest value (scaled) each kind of multiplier may take: beyond it the term only loses. */
    private long f5NewcomersMax() {
        return f5Newcomers * SCALE * Math.max(1, maxGroupSize() - 1);
    }

    /**
     * The squared norm of the projected subgradient: how much each multiplier would move, leaving
     * out those at the end of their range that the violation pushes further out. 0: no multiplier
     * can improve the bound.
     */
    long subgradientNorm(Multipliers m, Outcome o) {
        return project(m, subgradient(m, o), 0, true).norm;
    }

    /** Moves the multipliers by {@code step} cost units per unit of violation, within their ranges. */
    Multipliers step(Multipliers m, Outcome o, double step) {
        return project(m, subgradient(m, o), step, false).next;
    }

    private record Projected(Multipliers next, long norm) {
    }

    /**
     * The multipliers of a step plus {@code beta} times the move of the step before ({@code from -
     * before}), within their ranges: the walk keeps part of its last direction instead of zig-zagging
     * across a ridge of the dual function (a heavy-ball step). Any multipliers in range give a valid bound.
     */
    Multipliers withMomentum(Multipliers next, Multipliers from, Multipliers before, double beta) {
        Multipliers out = zero();
        long e11Max = MAX_E11_MULTIPLIER * SCALE;
        for (int d = 0; d < gap; d++) {
            for (int i = 0; i < crCount; i++) {
                out.e11[d][i] = push(next.e11[d][i], from.e11[d][i] - before.e11[d][i], beta, e11Max);
            }
        }
        for (int u = 0; u < units; u++) {
            long max = unitHasShare[u] ? f2 * SCALE : 0;
            for (int r = 0; r < rounds; r++) {
                out.f2[u][r] = push(next.f2[u][r], from.f2[u][r] - before.f2[u][r], beta, max);
            }
        }
        long newcomersMax = f5NewcomersMax();
        for (int t = 0; t < teams; t++) {
            out.f4[t] = push(next.f4[t], from.f4[t] - before.f4[t], beta, f4 * SCALE);
            out.f5[t] = push(next.f5[t], from.f5[t] - before.f5[t], beta, f5 * SCALE);
            out.f5Newcomers[t] = push(next.f5Newcomers[t], from.f5Newcomers[t] - before.f5Newcomers[t], beta,
                    newcomersMax);
            out.f6[t] = push(next.f6[t], from.f6[t] - before.f6[t], beta, f6 * SCALE);
            out.f6Secretary[t] = push(next.f6Secretary[t], from.f6Secretary[t] - before.f6Secretary[t], beta,
                    f6Secretary * SCALE);
        }
        return out;
    }

    private static long push(long value, long delta, double beta, long max) {
        if (max <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(max, value + Math.round(beta * delta)));
    }

    private Projected project(Multipliers m, Multipliers g, double step, boolean normOnly) {
        Multipliers next = normOnly ? null : zero();
        long norm = 0;
        long e11Max = MAX_E11_MULTIPLIER * SCALE;
        for (int d = 0; d < gap; d++) {
            for (int i = 0; i < crCount; i++) {
                norm += moving(m.e11[d][i], g.e11[d][i], e11Max);
                if (!normOnly) {
                    next.e11[d][i] = move(m.e11[d][i], g.e11[d][i], step, e11Max);
                }
            }
        }
        for (int u = 0; u < units; u++) {
            for (int r = 0; r < rounds; r++) {
                long max = unitHasShare[u] ? f2 * SCALE : 0;
                norm += moving(m.f2[u][r], g.f2[u][r], max);
                if (!normOnly) {
                    next.f2[u][r] = move(m.f2[u][r], g.f2[u][r], step, max);
                }
            }
        }
        long newcomersMax = f5NewcomersMax();
        for (int t = 0; t < teams; t++) {
            norm += moving(m.f4[t], g.f4[t], f4 * SCALE) + moving(m.f5[t], g.f5[t], f5 * SCALE)
                    + moving(m.f5Newcomers[t], g.f5Newcomers[t], newcomersMax) + moving(m.f6[t], g.f6[t], f6 * SCALE)
                    + moving(m.f6Secretary[t], g.f6Secretary[t], f6Secretary * SCALE);
            if (!normOnly) {
                next.f4[t] = move(m.f4[t], g.f4[t], step, f4 * SCALE);
                next.f5[t] = move(m.f5[t], g.f5[t], step, f5 * SCALE);
                next.f5Newcomers[t] = move(m.f5Newcomers[t], g.f5Newcomers[t], step, newcomersMax);
                next.f6[t] = move(m.f6[t], g.f6[t], step, f6 * SCALE);
                next.f6Secretary[t] = move(m.f6Secretary[t], g.f6Secretary[t], step, f6Secretary * SCALE);
            }
        }
        return new Projected(next, norm);
    }

    /** g² when a multiplier at {@code value} (scaled, in [0, max]) can move by g, else 0. */
    private static long moving(long value, long g, long max) {
        if (max <= 0 || g == 0 || g < 0 && value <= 0 || g > 0 && value >= max) {
            return 0;
        }
        return g * g;
    }

    private static long move(long value, long g, double step, long max) {
        if (max <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(max, value + Math.round(step * g * SCALE)));
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

    /**
     * The outcome as seat → cadre (a first plan to repair): each class's serving cadres handed out
     * to the kinds that send it seats (with E9 off a cadre may take several).
     */
    Map<SeatAssignment, Cadre> seatsOf(Outcome o) {
        List<List<Integer>> serving = new ArrayList<>();
        for (int cl = 0; cl < classes; cl++) {
            serving.add(new ArrayList<>());
        }
        for (int i = 0; i < crCount; i++) {
            for (int n = 0; n < o.cadreRounds()[i]; n++) {
                serving.get(crClass[i]).add(crCadre[i]);
            }
        }
        int[] taken = new int[classes];
        int[] next = new int[kinds];
        Map<SeatAssignment, Cadre> out = new IdentityHashMap<>();
        for (int a = 0; a < arcKind.length; a++) {
            int k = arcKind[a];
            int cl = arcClass[a];
            List<SeatAssignment> of = seatsOfKind.get(k);
            for (int f = 0; f < o.flow()[a] && next[k] < of.size() && taken[cl] < serving.get(cl).size(); f++) {
                out.put(of.get(next[k]++), cadres.get(serving.get(cl).get(taken[cl]++)));
            }
        }
        return out;
    }
}
