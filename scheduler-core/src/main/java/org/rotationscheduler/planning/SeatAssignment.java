package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleId;

/**
 * The planning entity: one seat and the cadre in it (null = unfilled, penalised on the medium
 * level). Each seat offers only its eligible cadres as values (E1-E3, E5-E8, E10 hold by
 * construction); the constraints still check those rules, for seats pinned by hand or loaded
 * from an edited plan. Everything the constraints need is precomputed here so that they stay cheap.
 */
@PlanningEntity
public class SeatAssignment {
    @PlanningId
    private String id;
    private Seat seat;
    private int roundNumber;
    private long startDay;
    private long endDay;
    private String seasonId;
    private String quotaScope;
    private String groupKey;
    private String teamKey;
    private boolean ordinaryMember;
    private List<EligibilityRule> rules;
    private Rank e3Rank;
    private int minRoundsOff;
    private List<Cadre> candidates;
    private Cadre published;
    /** F9: the rank this seat's holder should have at least (a group's leader or deputy), or null. */
    private Rank seniorRank;
    /** E12: the group's leader or deputy (precomputed from the seat). */
    private boolean heads;
    /**
     * Cadres known to keep every seat rule of this seat (E1-E3, E5-E8, E10, E13, other data rules),
     * set by {@link ProblemBuilder}: the constraints of those rules look only at the others. Null
     * (seats built by hand): every cadre is checked in full.
     */
    private CadreSet keepsSeatRules;
    /** Set by {@link ProblemBuilder}: the cadres bound by an E4 quota duty, and those with rounds in earlier plans. */
    private CadreSet quotaBound;
    private CadreSet withHistory;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "eligibleCadres")
    private Cadre cadre;

    public SeatAssignment() {
        // for Timefold's cloning
    }

    public SeatAssignment(Seat seat, String quotaScope, boolean ordinaryMember, List<EligibilityRule> rules,
            Rank e3Rank, int minRoundsOff, List<Cadre> candidates) {
        this.id = seat.id();
        this.seat = seat;
        Round r = seat.round();
        this.roundNumber = r.number();
        this.startDay = r.start().toEpochDay();
        this.endDay = r.end().toEpochDay();
        this.seasonId = r.season().id();
        this.quotaScope = quotaScope;
        this.groupKey = seat.group().key();
        this.teamKey = r.number() + "/" + seat.city().name();
        this.ordinaryMember = ordinaryMember;
        this.rules = rules;
        this.e3Rank = e3Rank;
        this.minRoundsOff = minRoundsOff;
        this.candidates = candidates;
        this.heads = RankOrder.heads(seat);
    }

    /** A copy of every field, for {@link RotationSolutionCloner}: the facts it points to are shared. */
    SeatAssignment copy() {
        SeatAssignment c = new SeatAssignment();
        c.id = id;
        c.seat = seat;
        c.roundNumber = roundNumber;
        c.startDay = startDay;
        c.endDay = endDay;
        c.seasonId = seasonId;
        c.quotaScope = quotaScope;
        c.groupKey = groupKey;
        c.teamKey = teamKey;
        c.ordinaryMember = ordinaryMember;
        c.rules = rules;
        c.e3Rank = e3Rank;
        c.minRoundsOff = minRoundsOff;
        c.candidates = candidates;
        c.published = published;
        c.seniorRank = seniorRank;
        c.heads = heads;
        c.keepsSeatRules = keepsSeatRules;
        c.quotaBound = quotaBound;
        c.withHistory = withHistory;
        c.pinned = pinned;
        c.cadre = cadre;
        return c;
    }

    @ValueRangeProvider(id = "eligibleCadres")
    public List<Cadre> getCandidates() {
        return candidates;
    }

    public String getId() { return id; }
    public Seat getSeat() { return seat; }
    public City getCity() { return seat.city(); }
    public int getRoundNumber() { return roundNumber; }
    public long getStartDay() { return startDay; }
    public long getEndDay() { return endDay; }
    public String getSeasonId() { return seasonId; }
    public String getQuotaScope() { return quotaScope; }
    public String getGroupKey() { return groupKey; }
    public String getTeamKey() { return teamKey; }
    public boolean isOrdinaryMember() { return ordinaryMember; }
    public Rank getE3Rank() { return e3Rank; }
    public int getMinRoundsOff() { return minRoundsOff; }
    public Cadre getCadre() { return cadre; }
    public void setCadre(Cadre cadre) { this.cadre = cadre; }
    public Cadre getPublished() { return published; }
    public void setPublished(Cadre published) { this.published = published; }
    public Rank getSeniorRank() { return seniorRank; }
    public void setSeniorRank(Rank seniorRank) { this.seniorRank = seniorRank; }
    public boolean isPinned() { return pinned; }
    /** Set by {@link ProblemBuilder}: the cadres known to keep every seat rule of this seat. */
    public void setKeepsSeatRules(CadreSet cadres) { this.keepsSeatRules = cadres; }
    /** Set by {@link ProblemBuilder}: the cadres of the problem's quota duties (E4) and of its earlier rounds (E9, E11). */
    public void setCadreFacts(CadreSet quotaBound, CadreSet withHistory) {
        this.quotaBound = quotaBound;
        this.withHistory = withHistory;
    }
    public void setPinned(boolean pinned) { this.pinned = pinned; }

    /**
     * Makes a cadre a value of this seat even though the rules exclude it: for seats pinned by hand
     * or loaded from an edited plan, which Timefold requires to hold a value of their range. The
     * constraints then report the broken rule.
     */
    public void admit(Cadre c, java.util.Set<Cadre> current) {
        if (c != null && !current.contains(c)) {
            List<Cadre> widened = new java.util.ArrayList<>(candidates);
            widened.add(c);
            candidates = widened;
        }
    }

    /** E12: the group's leader or deputy, whom no other member (but the leader) may outrank. */
    public boolean headsGroup() {
        return heads;
    }

    /**
     * Whether the current cadre is known to keep every seat rule of this seat (E1-E3, E5-E8, E10,
     * E13, other data rules); false when unknown, and then the constraints check in full.
     */
    public boolean keepsSeatRules() {
        return keepsSeatRules != null && keepsSeatRules.contains(cadre);
    }

    /** E12: the cadre of {@code other}, in the same group, outranks this seat's head against the rank order. */
    public boolean outrankedBy(SeatAssignment other) {
        return heads && cadre != null && other.cadre != null
                && RankOrder.breaks(seat, cadre.rank(), other.seat, other.cadre.rank());
    }

    /** F9: the current cadre's seniority cost in this seat (steps below the seat's senior rank, squared). */
    public int seniorityCost() {
        return cadre == null ? 0 : RankOrder.seniorityCost(cadre.rank(), seniorRank);
    }

    public boolean overlaps(SeatAssignment other) {
        return startDay <= other.endDay && other.startDay <= endDay;
    }

    /** E9 across plans: whether a round of an earlier plan overlaps this seat's round. */
    public boolean overlaps(PriorService earlier) {
        return startDay <= earlier.endDay() && earlier.startDay() <= endDay;
    }

    /**
     * The order in which the first plan fills seats: leaders (0), then deputies and other
     * heads (1), then members (2), so that a member is chosen knowing whom it may not outrank (E12).
     */
    public int seatingOrder() {
        return RankOrder.isLeader(seat) ? 0 : heads ? 1 : 2;
    }

    /** Rounds strictly between this seat's round and another's (E11). */
    public int roundsBetween(int otherRound) {
        return Round.roundsBetween(roundNumber, otherRound);
    }

    /** E11: whether another round of this seat's cadre lacks the rest this seat asks ({@link Round#tooCloseForRest}). */
    public boolean tooCloseForRest(int otherRound) {
        return Round.tooCloseForRest(roundNumber, otherRound, minRoundsOff);
    }

    /** E4: whether the current cadre may have a quota duty (false only when known to have none). */
    public boolean mayBeQuotaBound() {
        return quotaBound == null || !quotaBound.excludes(cadre);
    }

    /** E9, E11: whether the current cadre may have rounds in earlier plans (false only when known to have none). */
    public boolean mayHaveHistory() {
        return withHistory == null || !withHistory.excludes(cadre);
    }

    /** The first data rule of this id the current cadre breaks, or null. */
    public EligibilityRule brokenRule(RuleId ruleId) {
        if (cadre == null) {
            return null;
        }
        for (EligibilityRule r : rules) {
            if (r.rule() == ruleId && !r.allows(cadre, seat.city())) {
                return r;
            }
        }
        return null;
    }

    /** The first eligibility entry under an id without a constraint of its own that the cadre breaks, or null. */
    public EligibilityRule brokenOtherDataRule() {
        if (cadre == null) {
            return null;
        }
        for (EligibilityRule r : rules) {
            if (!RotationConstraints.NAMED_DATA_RULES.contains(r.rule()) && !r.allows(cadre, seat.city())) {
                return r;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return seat.describe() + " <- " + (cadre == null ? "unfilled" : cadre.toString());
    }
}
