package org.rotationscheduler.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;

/**
 * A saved plan turned back into the planning problem, so that Timefold's score analysis can say
 * which rule costs what and why (explanations, suggestions), without solving again.
 */
public final class PlanAnalysis {
    // The recommendation API needs exactly one construction heuristic phase in the config.
    private final SolverFactory<RotationSolution> factory = SolverFactory.create(new SolverConfig()
            .withSolutionClass(RotationSolution.class)
            .withEntityClasses(SeatAssignment.class)
            .withConstraintProviderClass(RotationConstraints.class)
            .withPhases(new ConstructionHeuristicPhaseConfig()));
    private final SolutionManager<RotationSolution, HardMediumSoftLongScore> manager = SolutionManager.create(factory);

    /** The planning problem of the plan's rounds with the plan's cadres in their seats. */
    public static RotationSolution solutionOf(Plan plan, ProblemBuilder builder) {
        RotationSolution solution = builder.build(plan.rounds());
        Map<String, Cadre> bySeat = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                bySeat.put(a.seat().id(), a.cadre());
            }
        }
        Map<List<Cadre>, Set<Cadre>> sets = new IdentityHashMap<>();
        for (SeatAssignment s : solution.getSeats()) {
            Cadre c = bySeat.get(s.getId());
            s.admit(c, sets.computeIfAbsent(s.getCandidates(), HashSet::new));
            s.setCadre(c);
        }
        return solution;
    }

    public ScoreAnalysis<HardMediumSoftLongScore> analyze(RotationSolution solution) {
        return manager.analyze(solution);
    }

    public SolutionManager<RotationSolution, HardMediumSoftLongScore> manager() {
        return manager;
    }

    /** Score per constraint, heaviest first, for reports. */
    public static List<ConstraintAnalysis<HardMediumSoftLongScore>> byWeight(ScoreAnalysis<HardMediumSoftLongScore> a) {
        return a.constraintMap().values().stream()
                .filter(c -> !c.score().isZero())
                .sorted((x, y) -> x.score().compareTo(y.score()))
                .toList();
    }
}
