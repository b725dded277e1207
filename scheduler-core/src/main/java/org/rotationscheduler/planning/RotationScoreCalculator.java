package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Unit;

/**
 * The score of {@link RotationConstraints}, kept by hand for the search (#16): a seat's change
 * takes out what the seat contributed with its old cadre and puts in what it contributes with the
 * new one, looking only at the seat itself and at what it shares a rule with: the other seats of
 * its cadre (E4, E9, E11, F1), of its group (E12, F4, F5) and of its city team (F6), and its
 * unit's count in its round (F2). About three quarters of the search's time went to Timefold's
 * constraint streams; here a change costs a few look-ups.
 *
 * <p>The streams stay what explains a plan (justifications, score analysis, {@link PlanAnalysis});
 * this class is their arithmetic, rule by rule in the same order, and
 * {@code RotationScoreCalculatorTest} holds the two to the same score, per constraint on random
 * plans and move by move over a search. Every constraint's total of matches is kept apart and
 * weighed once per score by the campaign's weight ({@link RotationSolution#weight}), so a weight
 * of zero switches a rule off as it does in the streams.
 */
public final class RotationScoreCalculator implements IncrementalScoreCalculator<RotationSolution, HardMediumSoftLongScore> {
    private static final RuleConstraint[] CONSTRAINTS = RuleConstraint.values();
    /** The data rules with a constraint of their own ({@link RotationConstraints#NAMED_DATA_RULES}). */
    private static final RuleConstraint[] DATA_RULES = {RuleConstraint.E1, RuleConstraint.E2, RuleConstraint.E3,
        RuleConstraint.E5, RuleConstraint.E6, RuleConstraint.E13};

    /** Per constraint (by ordinal): the sum of its match weights, as the stream would penalise them. */
    private final long[] matches = new long[CONSTRAINTS.length];
    private final long[] hardWeight = new long[CONSTRAINTS.length];
    private final long[] mediumWeight = new long[CONSTRAINTS.length];
    private final long[] softWeight = new long[CONSTRAINTS.length];

    private RuleParameters parameters;
    private final Map<SeatAssignment, SeatState> seats = new IdentityHashMap<>();
    /** By cadre equality (the id), as the streams group and join cadres: copies of a cadre are the cadre. */
    private final Map<Cadre, CadreState> cadres = new HashMap<>();
    private final Map<Unit, UnitState> units = new HashMap<>();
    private final Map<Cadre, List<PriorService>> priorByCadre = new HashMap<>();
    private final Map<Cadre, List<QuotaDuty>> dutiesByCadre = new HashMap<>();
    /** F2's fair shares by unit (by equality, as the stream's join on the unit). */
    private final Map<Unit, List<UnitShare>> sharesByUnit = new HashMap<>();
    /** The plan's seasons and rounds, which a cadre's and a unit's counts are indexed by. */
    private int seasons;
    private int rounds;

    @Override
    public void resetWorkingSolution(RotationSolution solution) {
        Arrays.fill(matches, 0);
        for (RuleConstraint c : CONSTRAINTS) {
            HardMediumSoftLongScore w = solution.weight(c);
            hardWeight[c.ordinal()] = w.hardScore();
            mediumWeight[c.ordinal()] = w.mediumScore();
            softWeight[c.ordinal()] = w.softScore();
        }
        parameters = solution.getParameters().get(0);
        seats.clear();
        cadres.clear();
        units.clear();
        priorByCadre.clear();
        dutiesByCadre.clear();
        sharesByUnit.clear();

        for (PriorService p : solution.getPriorServices()) {
            priorByCadre.computeIfAbsent(p.cadre(), c -> new ArrayList<>(2)).add(p);
        }
        for (QuotaDuty duty : solution.getQuotaDuties()) {
            dutiesByCadre.computeIfAbsent(duty.cadre(), c -> new ArrayList<>(1)).add(duty);
            // E4's complement: a duty nobody's seat counts towards yet is as far from its quota as zero rounds
            add(RuleConstraint.E4, duty.distance(0));
        }
        for (UnitShare share : solution.getUnitShares()) {
            sharesByUnit.computeIfAbsent(share.unit(), u -> new ArrayList<>(1)).add(share);
        }
        Map<String, Integer> seasonIndex = new HashMap<>();
        Map<Integer, Integer> roundIndex = new HashMap<>();
        for (SeatAssignment a : solution.getSeats()) {
            seasonIndex.putIfAbsent(a.getSeasonId(), seasonIndex.size());
            roundIndex.putIfAbsent(a.getRoundNumber(), roundIndex.size());
        }
        seasons = seasonIndex.size();
        rounds = roundIndex.size();

        Map<String, GroupState> groups = new HashMap<>();
        for (GroupSlot slot : solution.getGroups()) {
            groups.computeIfAbsent(slot.key(), k -> new GroupState()).slots++;
        }
        for (GroupState g : groups.values()) {
            add(RuleConstraint.F5, g.slots); // no experienced member yet
        }
        Map<String, List<CityTeam>> teamsByKey = new HashMap<>();
        for (CityTeam team : solution.getTeams()) {
            teamsByKey.computeIfAbsent(team.key(), k -> new ArrayList<>(1)).add(team);
        }
        Map<String, TeamState> teams = new HashMap<>();
        for (Map.Entry<String, List<CityTeam>> e : teamsByKey.entrySet()) {
            TeamState t = new TeamState(e.getValue(), this);
            teams.put(e.getKey(), t);
            t.addPenalties(this, 1);
        }
        for (SeatAssignment a : solution.getSeats()) {
            SeatState s = new SeatState(a, groups.computeIfAbsent(a.getGroupKey(), k -> new GroupState()),
                    teams.computeIfAbsent(a.getTeamKey(), k -> new TeamState(List.of(), this)),
                    seasonIndex.get(a.getSeasonId()), roundIndex.get(a.getRoundNumber()));
            seats.put(a, s);
            insert(s);
        }
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract(seats.get(entity));
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert(seats.get(entity));
    }

    // the seats are fixed while solving: the tool makes no problem changes

    @Override
    public void beforeEntityAdded(Object entity) {
        throw new UnsupportedOperationException("seats are not added while solving");
    }

    @Override
    public void afterEntityAdded(Object entity) {
        throw new UnsupportedOperationException("seats are not added while solving");
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("seats are not removed while solving");
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("seats are not removed while solving");
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        for (int i = 0; i < matches.length; i++) {
            hard -= matches[i] * hardWeight[i];
            medium -= matches[i] * mediumWeight[i];
            soft -= matches[i] * softWeight[i];
        }
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    /** Each constraint's score as {@link #calculateScore} weighs it (for tests and diagnosis). */
    public Map<RuleConstraint, HardMediumSoftLongScore> constraintScores() {
        Map<RuleConstraint, HardMediumSoftLongScore> out = new EnumMap<>(RuleConstraint.class);
        for (RuleConstraint c : CONSTRAINTS) {
            int i = c.ordinal();
            out.put(c, HardMediumSoftLongScore.of(-matches[i] * hardWeight[i], -matches[i] * mediumWeight[i],
                    -matches[i] * softWeight[i]));
        }
        return out;
    }

    private void add(RuleConstraint c, long weight) {
        matches[c.ordinal()] += weight;
    }

    // ---- a seat in, a seat out ----

    private void insert(SeatState s) {
        Cadre c = s.seat.getCadre();
        s.cadre = c == null ? null : cadreState(c);
        change(s, 1);
    }

    private void retract(SeatState s) {
        change(s, -1);
        s.cadre = null;
    }

    /** Adds ({@code sign} 1) or takes out (−1) everything the seat contributes with its current cadre. */
    private void change(SeatState s, int sign) {
        SeatAssignment a = s.seat;
        seatRules(a, sign);
        CadreState c = s.cadre;
        if (c == null) {
            return;
        }
        // E9, E11 within the plan: the pairs with the cadre's other seats
        for (SeatState other : c.seats) {
            if (other != s) {
                cadrePair(a, other.seat, sign);
            }
        }
        cadreTotals(c, s, -1);
        if (sign > 0) {
            c.seats.add(s);
        } else {
            c.seats.remove(s);
        }
        c.perSeason[s.season] += sign;
        if (a.mayBeQuotaBound()) {
            for (int i = 0; i < c.duties.length; i++) {
                if (Objects.equals(c.duties[i].scope(), a.getQuotaScope())) {
                    c.dutyCounts[i] += sign;
                }
            }
        }
        cadreTotals(c, s, 1);

        // E12, F4, F5 within the group
        GroupState g = s.group;
        for (SeatState other : g.members) {
            if (other != s) {
                groupPair(a, c, other.seat, other.cadre, sign);
            }
        }
        if (g.experienced == 0) {
            add(RuleConstraint.F5, -g.slots);
        }
        if (sign > 0) {
            g.members.add(s);
        } else {
            g.members.remove(s);
        }
        if (c.cadre.experienced()) {
            g.experienced += sign;
        }
        if (g.experienced == 0) {
            add(RuleConstraint.F5, g.slots);
        }

        // F6: the city team's party members, and those of its lead unit
        if (c.cadre.partyMember()) {
            TeamState t = s.team;
            t.addPenalties(this, -1);
            t.partyMembers += sign;
            for (int i = 0; i < t.leads.length; i++) {
                if (t.leads[i] == c.unit) {
                    t.leadPartyMembers[i] += sign;
                }
            }
            t.addPenalties(this, 1);
        }

        // F2: the unit's cadres in this round against its fair share
        UnitState u = c.unit;
        u.addShareExcess(this, s.round, -1);
        u.perRound[s.round] += sign;
        u.addShareExcess(this, s.round, 1);
    }

    /** The rules one seat decides alone, with its cadre or without (E1-E3, E5-E11 against history, E13, unfilled, F3, F7-F9). */
    private void seatRules(SeatAssignment a, int sign) {
        Cadre c = a.getCadre();
        if (a.getPublished() != null && !a.getPublished().equals(c)) {
            add(RuleConstraint.F7, sign);
        }
        if (c == null) {
            add(RuleConstraint.UNFILLED, sign);
            return;
        }
        if (!a.keepsSeatRules()) {
            for (RuleConstraint data : DATA_RULES) {
                if (a.brokenRule(data.rule().orElseThrow()) != null) {
                    add(data, sign);
                }
            }
            if (a.brokenOtherDataRule() != null) {
                add(RuleConstraint.ELIGIBILITY_DATA, sign);
            }
            if (c.restrictedDuring(a.getSeat().round().days())) {
                add(RuleConstraint.E7, sign);
            }
            if (c.unavailableDuring(a.getSeat().round().days())) {
                add(RuleConstraint.E8, sign);
            }
            if (RotationConstraints.inOwnProvince(c, a.getCity())) {
                add(RuleConstraint.E10, sign);
            }
        }
        if (a.mayHaveHistory()) {
            for (PriorService p : priorByCadre.getOrDefault(c, List.of())) {
                if (a.overlaps(p)) {
                    add(RuleConstraint.E9_HISTORY, sign);
                } else if (a.tooCloseForRest(p.roundNumber())) {
                    add(RuleConstraint.E11_HISTORY, sign);
                }
            }
        }
        if (a.isOrdinaryMember() && a.getCity().hasPartners() && !a.getCity().partnerSide(c.unit())) {
            add(RuleConstraint.F3, sign);
        }
        if (a.getE3Rank() != null && !c.rank().atLeast(a.getE3Rank())) {
            add(RuleConstraint.F8, sign);
        }
        add(RuleConstraint.F9, (long) sign * a.seniorityCost());
    }

    /** E9 and E11 for two seats of one cadre, judged from the seat of the smaller id as the stream pairs them. */
    private void cadrePair(SeatAssignment x, SeatAssignment y, int sign) {
        SeatAssignment first = x.getId().compareTo(y.getId()) < 0 ? x : y;
        SeatAssignment second = first == x ? y : x;
        if (first.overlaps(second)) {
            add(RuleConstraint.E9, sign);
        } else if (first.tooCloseForRest(second.getRoundNumber())) {
            add(RuleConstraint.E11, sign);
        }
    }

    /** E12, F4 and F5's newcomers for two filled seats of one group. */
    private void groupPair(SeatAssignment a, CadreState ca, SeatAssignment b, CadreState cb, int sign) {
        if (a.outrankedBy(b) || b.outrankedBy(a)) {
            add(RuleConstraint.E12, sign);
        }
        if (ca.unit == cb.unit) {
            add(RuleConstraint.F4, sign);
        }
        if (!ca.cadre.experienced() && !cb.cadre.experienced()) {
            add(RuleConstraint.F5_NEWCOMERS, sign);
        }
    }

    /**
     * F1's spread and maxima, and E4 in the seat's quota scope, for the cadre's current counts;
     * like the streams' groups, a cadre without a seat in the plan adds nothing to F1.
     */
    private void cadreTotals(CadreState c, SeatState s, int sign) {
        int n = c.seats.size();
        if (n > 0) {
            Cadre cadre = c.cadre;
            add(RuleConstraint.F1, sign * ((long) n * cadre.roundsServed() + (long) n * (n - 1) / 2));
            int inCampaign = n + c.earlierRounds;
            if (inCampaign > parameters.maxPerCampaign()) {
                add(RuleConstraint.F1_CAMPAIGN, sign * (long) (inCampaign - parameters.maxPerCampaign()));
            }
            int inAll = n + cadre.roundsServed();
            if (inAll > parameters.maxLifetime()) {
                add(RuleConstraint.F1_LIFETIME, sign * (long) (inAll - parameters.maxLifetime()));
            }
        }
        int inSeason = c.perSeason[s.season];
        if (inSeason > parameters.maxPerSeason()) {
            add(RuleConstraint.F1_SEASON, sign * (long) (inSeason - parameters.maxPerSeason()));
        }
        String scope = s.seat.getQuotaScope();
        for (int i = 0; i < c.duties.length; i++) {
            if (Objects.equals(c.duties[i].scope(), scope)) {
                add(RuleConstraint.E4, sign * (long) c.duties[i].distance(c.dutyCounts[i]));
            }
        }
    }

    private CadreState cadreState(Cadre c) {
        CadreState state = cadres.get(c);
        if (state == null) {
            state = new CadreState(c, unitState(c.unit()), seasons,
                    dutiesByCadre.getOrDefault(c, List.of()), parameters.earlierRounds(c));
            cadres.put(c, state);
        }
        return state;
    }

    private UnitState unitState(Unit unit) {
        UnitState state = units.get(unit);
        if (state == null) {
            state = new UnitState(rounds, sharesByUnit.getOrDefault(unit, List.of()).stream()
                    .mapToLong(UnitShare::maxPerRound).toArray());
            units.put(unit, state);
        }
        return state;
    }

    // ---- what a change looks at ----

    private static final class SeatState {
        final SeatAssignment seat;
        final GroupState group;
        final TeamState team;
        final int season;
        final int round;
        /** The cadre the seat was counted with, while it is counted; null when empty. */
        CadreState cadre;

        SeatState(SeatAssignment seat, GroupState group, TeamState team, int season, int round) {
            this.seat = seat;
            this.group = group;
            this.team = team;
            this.season = season;
            this.round = round;
        }
    }

    private static final class CadreState {
        final Cadre cadre;
        final UnitState unit;
        final List<SeatState> seats = new ArrayList<>(4);
        final int[] perSeason;
        final QuotaDuty[] duties;
        final int[] dutyCounts;
        final int earlierRounds;

        CadreState(Cadre cadre, UnitState unit, int seasons, List<QuotaDuty> duties, int earlierRounds) {
            this.cadre = cadre;
            this.unit = unit;
            this.perSeason = new int[seasons];
            this.duties = duties.toArray(QuotaDuty[]::new);
            this.dutyCounts = new int[this.duties.length];
            this.earlierRounds = earlierRounds;
        }
    }

    private static final class GroupState {
        final List<SeatState> members = new ArrayList<>(4);
        int experienced;
        /** F5's group facts under this key (one per group). */
        int slots;
    }

    /** F6: one city team's party members; per team fact with a lead unit, those of the lead unit. */
    private static final class TeamState {
        final CityTeam[] teams;
        final UnitState[] leads;
        final int[] leadPartyMembers;
        int partyMembers;

        TeamState(List<CityTeam> teams, RotationScoreCalculator calculator) {
            this.teams = teams.toArray(CityTeam[]::new);
            this.leads = new UnitState[this.teams.length];
            for (int i = 0; i < this.teams.length; i++) {
                Unit lead = this.teams[i].lead();
                leads[i] = lead == null ? null : calculator.unitState(lead);
            }
            this.leadPartyMembers = new int[this.teams.length];
        }

        void addPenalties(RotationScoreCalculator calculator, int sign) {
            for (int i = 0; i < teams.length; i++) {
                if (partyMembers < teams[i].minPartyMembers()) {
                    calculator.add(RuleConstraint.F6, sign * (long) (teams[i].minPartyMembers() - partyMembers));
                }
                if (leads[i] != null && leadPartyMembers[i] == 0) {
                    calculator.add(RuleConstraint.F6_SECRETARY, sign);
                }
            }
        }
    }

    /** F2: a unit's cadres per round (by round index) and its fair shares. */
    private static final class UnitState {
        final int[] perRound;
        final long[] maxPerRound;

        UnitState(int rounds, long[] maxPerRound) {
            this.perRound = new int[rounds];
            this.maxPerRound = maxPerRound;
        }

        void addShareExcess(RotationScoreCalculator calculator, int round, int sign) {
            int n = perRound[round];
            for (long max : maxPerRound) {
                if (n > max) {
                    calculator.add(RuleConstraint.F2, sign * (n - max));
                }
            }
        }
    }
}
