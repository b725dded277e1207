package org.rotationscheduler.app;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import java.util.List;
import java.util.Objects;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.planning.PlanAnalysis;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.SeatAssignment;

/**
 * The {@code suggest} use case: the candidates for one seat of a plan, ranked by what taking the
 * seat would do to the plan's score (Timefold's assignment recommendation), each with the rules it
 * would break.
 */
public final class Suggest {
    /** How many broken rules a candidate lists, heaviest first. */
    static final int REASONS = 4;

    /** One rule a candidate would break there: its constraint's name and its share of the change. */
    public record Reason(HardMediumSoftLongScore score, String constraint) {
    }

    /** A candidate and the change to the plan's score if they took the seat (0 for whoever sits there now). */
    public record Candidate(Cadre cadre, HardMediumSoftLongScore change, boolean sitsHereNow, List<Reason> reasons) {
    }

    /** The seat, who sits there now (null: empty), and every eligible candidate, best first. */
    public record Suggestion(Assignment seat, Cadre current, List<Candidate> candidates) {
    }

    public Suggestion suggest(LoadedPlan loaded, String city, int round, String seat) {
        Assignment target = PlanSeats.one(loaded.plan(), city, round, seat);
        RotationSolution solution = PlanAnalysis.solutionOf(loaded.plan(), loaded.problemBuilder());
        SeatAssignment entity = solution.getSeats().stream().filter(s -> s.getId().equals(target.seat().id()))
                .findFirst().orElseThrow();
        Cadre current = entity.getCadre();
        entity.setCadre(null); // the recommendation API proposes values for an empty seat
        List<RecommendedAssignment<Cadre, HardMediumSoftLongScore>> ranked = new PlanAnalysis().manager()
                .recommendAssignment(solution, entity, SeatAssignment::getCadre, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        // changes are against the plan as it is: what changes if this candidate takes the seat
        HardMediumSoftLongScore now = ranked.stream().filter(r -> Objects.equals(r.proposition(), current))
                .map(r -> r.scoreAnalysisDiff().score()).findFirst().orElse(HardMediumSoftLongScore.ZERO);
        List<Candidate> candidates = ranked.stream().filter(r -> r.proposition() != null)
                .map(r -> new Candidate(r.proposition(), r.scoreAnalysisDiff().score().subtract(now),
                        r.proposition().equals(current), reasons(r)))
                .toList();
        return new Suggestion(target, current, candidates);
    }

    private static List<Reason> reasons(RecommendedAssignment<Cadre, HardMediumSoftLongScore> r) {
        return r.scoreAnalysisDiff().constraintMap().values().stream()
                .filter(a -> a.score().compareTo(HardMediumSoftLongScore.ZERO) < 0)
                .sorted((a, b) -> a.score().compareTo(b.score()))
                .limit(REASONS)
                .map(a -> new Reason(a.score(), a.constraintName()))
                .toList();
    }
}
