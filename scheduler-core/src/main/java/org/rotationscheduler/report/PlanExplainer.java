package org.rotationscheduler.report;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.planning.PlanAnalysis;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationConstraints;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.RuleConstraint;
import org.rotationscheduler.planning.RuleJustification;
import org.rotationscheduler.planning.SeatAssignment;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleId;

/**
 * Explains a plan with Timefold's score analysis: the score by rule id and level, the heaviest
 * contributors, and for a seat, a cadre or a rule the justifications in plain words. For an empty
 * seat it counts, by rule id, why each cadre of the register could not take it. Never names a
 * private state (S1): E7 reads "not eligible for these dates".
 */
public final class PlanExplainer {
    private final Plan plan;
    private final RotationSolution solution;
    private final ScoreAnalysis<HardMediumSoftLongScore> analysis;
    private final Eligibility eligibility;

    public PlanExplainer(Plan plan, ProblemBuilder builder) {
        this.plan = plan;
        this.solution = PlanAnalysis.solutionOf(plan, builder);
        this.analysis = new PlanAnalysis().manager().analyze(solution, ScoreAnalysisFetchPolicy.FETCH_ALL);
        this.eligibility = new Eligibility(plan.campaign().eligibility(), plan.campaign().rules());
    }

    public HardMediumSoftLongScore score() {
        return analysis.score();
    }

    /** Score per rule id (constraints of one rule summed), heaviest first. */
    public Map<String, RuleTotal> byRule() {
        Map<String, RuleTotal> totals = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : PlanAnalysis.byWeight(analysis)) {
            String id = RuleConstraint.byName(c.constraintName()).flatMap(RuleConstraint::rule).map(RuleId::id)
                    .orElse("data");
            RuleTotal t = totals.getOrDefault(id, new RuleTotal(id, HardMediumSoftLongScore.ZERO, 0));
            totals.put(id, new RuleTotal(id, t.score().add(c.score()), t.matches() + c.matchCount()));
        }
        Map<String, RuleTotal> sorted = new LinkedHashMap<>();
        totals.values().stream().sorted((a, b) -> a.score().compareTo(b.score()))
                .forEach(t -> sorted.put(t.rule(), t));
        return sorted;
    }

    /** A rule's share of the score and how many times it matched. */
    public record RuleTotal(String rule, HardMediumSoftLongScore score, int matches) {
    }

    /** The plain-words justifications that match the filter, hardest first. */
    public List<String> justifications(Predicate<RuleJustification> filter, int limit) {
        List<MatchAnalysis<HardMediumSoftLongScore>> matches = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintMap().values()) {
            if (c.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftLongScore> m : c.matches()) {
                if (m.justification() instanceof RuleJustification j && filter.test(j) && !m.score().isZero()) {
                    matches.add(m);
                }
            }
        }
        matches.sort((a, b) -> a.score().compareTo(b.score()));
        return matches.stream().limit(limit).map(m -> m.score().toShortString() + "  "
                + ((RuleJustification) m.justification()).message()).toList();
    }

    public List<String> forRule(String rule, int limit) {
        return justifications(j -> j.rule().id().equalsIgnoreCase(rule), limit);
    }

    public List<String> forCadre(String cadreId, int limit) {
        return justifications(j -> j.cadreIds().contains(cadreId), limit);
    }

    public List<String> forSeats(List<Seat> seats, int limit) {
        var ids = seats.stream().map(Seat::id).toList();
        return justifications(j -> j.seatIds().stream().anyMatch(ids::contains), limit);
    }

    /**
     * Why nobody of the register sits in an empty seat: per rule id, how many cadres it excludes;
     * plus how many could have taken it (left out for the preferences' sake).
     */
    public Map<String, Integer> exclusionsFor(Seat seat) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, List<Assignment>> seatsOf = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                seatsOf.computeIfAbsent(a.cadre().id(), k -> new ArrayList<>()).add(a);
            }
        }
        QuotaRule quota = plan.campaign().rules().quota();
        String scope = quota == null ? null : quotaScope(quota, seat);
        int minOff = plan.campaign().rules().minRoundsOff();
        List<Assignment> group = plan.campaign().rules().isEnabled(RuleId.E12) ? plan.assignments().stream()
                .filter(a -> a.filled() && a.seat().group().equals(seat.group()) && !a.seat().equals(seat)).toList()
                : List.of();
        for (Cadre c : plan.register().cadres()) {
            var breaks = eligibility.breaks(seat, c);
            if (!breaks.isEmpty()) {
                counts.merge(label(breaks.get(0).rule()), 1, Integer::sum);
                continue;
            }
            String reason = null;
            for (Assignment other : seatsOf.getOrDefault(c.id(), List.of())) {
                if (other.seat().round().overlaps(seat.round())) {
                    reason = "E9 already sits elsewhere in this round";
                    break;
                }
                if (Round.tooCloseForRest(other.seat().round().number(), seat.round().number(), minOff)) {
                    reason = "E11 needs rest next to another round";
                }
                if (reason == null && scope != null && scope.equals(quotaScope(quota, other.seat()))
                        && quota.binds(c, plan.campaign().cities())) {
                    reason = "E4 has served the rounds it owes this season";
                }
            }
            if (reason == null) {
                reason = rankOrderReason(seat, c, group);
            }
            counts.merge(reason == null ? "free and eligible" : reason, 1, Integer::sum);
        }
        return counts;
    }

    /** E12: the cadre would outrank a head of the seat's group, or a member would outrank them. */
    private static String rankOrderReason(Seat seat, Cadre c, List<Assignment> group) {
        for (Assignment other : group) {
            if (RankOrder.breaks(other.seat(), other.cadre().rank(), seat, c.rank())) {
                return "E12 would outrank the group's " + other.seat().roleLabel();
            }
            if (RankOrder.breaks(seat, c.rank(), other.seat(), other.cadre().rank())) {
                return "E12 would be outranked by a member of the group";
            }
        }
        return null;
    }

    private static String label(RuleId rule) {
        return rule == RuleId.E7 ? rule.englishWithId() : rule.id();
    }

    private static String quotaScope(QuotaRule quota, Seat seat) {
        return quota.scopeOf(seat);
    }

    public RotationSolution solution() {
        return solution;
    }

    /** The planning entity of a seat in the analysed solution. */
    public SeatAssignment entity(Seat seat) {
        return solution.getSeats().stream().filter(s -> s.getId().equals(seat.id())).findFirst().orElseThrow();
    }
}
