package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.rotationscheduler.domain.model.Cadre;

/**
 * The planning problem and its solution: every seat of the planned rounds with the facts the
 * rules join against. Hard = rules E1-E13; medium = unfilled seats; soft = preferences F1-F9.
 */
@PlanningSolution(solutionCloner = RotationSolutionCloner.class)
public class RotationSolution {
    @ProblemFactCollectionProperty
    private List<Cadre> cadres;
    @ProblemFactCollectionProperty
    private List<QuotaDuty> quotaDuties;
    @ProblemFactCollectionProperty
    private List<CityTeam> teams;
    @ProblemFactCollectionProperty
    private List<GroupSlot> groups;
    @ProblemFactCollectionProperty
    private List<UnitShare> unitShares;
    @ProblemFactCollectionProperty
    private List<PriorService> priorServices;
    @ProblemFactCollectionProperty
    private List<RuleParameters> parameters;
    @PlanningEntityCollectionProperty
    private List<SeatAssignment> seats;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public RotationSolution() {
        // for Timefold's cloning
    }

    public RotationSolution(List<Cadre> cadres, List<QuotaDuty> quotaDuties, List<CityTeam> teams,
            List<GroupSlot> groups, List<UnitShare> unitShares, List<PriorService> priorServices,
            RuleParameters parameters, List<SeatAssignment> seats,
            ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.cadres = cadres;
        this.quotaDuties = quotaDuties;
        this.teams = teams;
        this.groups = groups;
        this.unitShares = unitShares;
        this.priorServices = priorServices;
        this.parameters = List.of(parameters);
        this.seats = seats;
        this.constraintWeightOverrides = overrides;
    }

    /** The same facts, weights and score with other seats ({@link RotationSolutionCloner}). */
    RotationSolution withSeats(List<SeatAssignment> otherSeats) {
        RotationSolution c = new RotationSolution();
        c.cadres = cadres;
        c.quotaDuties = quotaDuties;
        c.teams = teams;
        c.groups = groups;
        c.unitShares = unitShares;
        c.priorServices = priorServices;
        c.parameters = parameters;
        c.seats = otherSeats;
        c.constraintWeightOverrides = constraintWeightOverrides;
        c.score = score;
        return c;
    }

    public List<Cadre> getCadres() { return cadres; }
    public List<QuotaDuty> getQuotaDuties() { return quotaDuties; }
    public List<CityTeam> getTeams() { return teams; }
    public List<GroupSlot> getGroups() { return groups; }
    public List<UnitShare> getUnitShares() { return unitShares; }
    public List<PriorService> getPriorServices() { return priorServices; }
    public List<SeatAssignment> getSeats() { return seats; }
    public List<RuleParameters> getParameters() { return parameters; }
    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }

    /**
     * A constraint's weight as the score weighs it: the campaign's override ({@link ConstraintWeights}),
     * else the constraint's own level (one hard, one medium for an empty seat, one soft).
     */
    public HardMediumSoftLongScore weight(RuleConstraint constraint) {
        HardMediumSoftLongScore w = constraintWeightOverrides == null ? null
                : constraintWeightOverrides.getConstraintWeight(constraint.constraintName());
        if (w != null) {
            return w;
        }
        if (constraint == RuleConstraint.UNFILLED) {
            return HardMediumSoftLongScore.ONE_MEDIUM;
        }
        return constraint.rule().map(id -> id.isHard()).orElse(true) ? HardMediumSoftLongScore.ONE_HARD
                : HardMediumSoftLongScore.ONE_SOFT;
    }

    /** A soft rule's weight per broken unit, as {@link #weight} gives it. */
    public long softWeight(RuleConstraint constraint) {
        return weight(constraint).softScore();
    }

    /** E12 weighs something (hard, or softened with a weight): the first plan keeps rank order. */
    public boolean isRankOrderHard() {
        HardMediumSoftLongScore w = constraintWeightOverrides == null ? null
                : constraintWeightOverrides.getConstraintWeight(RuleConstraint.E12.constraintName());
        return w == null || !w.isZero();
    }

    /** E3 switched off "in principle": its seats take division level at F8's penalty. */
    public boolean isE3Softened() {
        HardMediumSoftLongScore w = constraintWeightOverrides == null ? null
                : constraintWeightOverrides.getConstraintWeight(RuleConstraint.E3.constraintName());
        return w != null && w.isZero();
    }
}
