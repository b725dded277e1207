package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * The search's hand-kept score ({@link RotationScoreCalculator}) equals the constraint streams'
 * ({@link RotationConstraints}), constraint by constraint, on random plans that reach the slow
 * paths (cadres outside the candidates, unknown copies of a cadre, history, a published plan,
 * pinned seats), and after every move of a search, where Timefold's full assertion recalculates
 * the streams' score beside it.
 */
class RotationScoreCalculatorTest {
    private static final Campaign CITIES = RotationConstraintsEquivalenceTest.CITIES;

    @Test
    void randomPlansScoreAsTheConstraintStreamsRuleByRule() {
        Set<RuleConstraint> reached = EnumSet.noneOf(RuleConstraint.class);
        for (long seed = 1; seed <= 3; seed++) {
            reached.addAll(assertSameScores(RotationConstraintsEquivalenceTest.randomPlan(CITIES, seed)));
        }
        Campaign off = CITIES.withRules(CITIES.rules().withEnabled(RuleId.E7, false)
                .withEnabled(RuleId.E8, false).withEnabled(RuleId.E10, false).withEnabled(RuleId.E3, false)
                .withEnabled(RuleId.E12, false));
        for (long seed = 4; seed <= 5; seed++) {
            reached.addAll(assertSameScores(RotationConstraintsEquivalenceTest.randomPlan(off, seed)));
        }
        // F1's campaign and lifetime maxima, F6's minimum and E9 against history: tight maxima, a
        // minimum above a team's size and an earlier round on the dates of a seat its cadre holds
        RuleSettings r = CITIES.rules();
        Campaign tight = CITIES.withRules(new RuleSettings(r.enabled(), r.weights(), r.quota(), r.minRoundsOff(),
                r.unfilledWeight(), r.maxPerSeason(), 2, 3, r.maxWeight(), 30, r.secretaryFromLead(), r.leaderRank()));
        reached.addAll(assertSameScores(withOverlappingHistory(RotationConstraintsEquivalenceTest.randomPlan(tight, 6))));
        // the comparison must reach every rule, or it proves little; E1, E2, E13 and the other data
        // rules, which these campaigns do not have, take the path of E3, E5 and E6
        assertThat(EnumSet.complementOf(EnumSet.copyOf(reached))).containsExactlyInAnyOrder(RuleConstraint.E1,
                RuleConstraint.E2, RuleConstraint.E13, RuleConstraint.ELIGIBILITY_DATA);
    }

    /** The plan with, for a seat whose cadre has earlier rounds, one more earlier round on that seat's dates. */
    private static RotationSolution withOverlappingHistory(RotationSolution plan) {
        Set<Cadre> withHistory = new HashSet<>();
        plan.getPriorServices().forEach(p -> withHistory.add(p.cadre()));
        SeatAssignment seat = plan.getSeats().stream().filter(a -> withHistory.contains(a.getCadre()))
                .findFirst().orElseThrow();
        List<PriorService> prior = new ArrayList<>(plan.getPriorServices());
        prior.add(new PriorService(seat.getCadre(), seat.getRoundNumber(), seat.getStartDay(), seat.getEndDay()));
        RotationSolution out = new RotationSolution(plan.getCadres(), plan.getQuotaDuties(), plan.getTeams(),
                plan.getGroups(), plan.getUnitShares(), prior, plan.getParameters().get(0), plan.getSeats(),
                plan.getConstraintWeightOverrides());
        return out;
    }

    @Test
    void theCampaignsWeightsScoreAsInTheConstraintStreams() {
        RotationSolution plan = RotationConstraintsEquivalenceTest.randomPlan(CITIES, 11);
        plan.setConstraintWeightOverrides(ConstraintWeights.from(CITIES.rules()));
        assertSameScores(plan);
    }

    @Test
    void everyMoveOfASearchKeepsTheScoreOfTheConstraintStreams() {
        RotationSolution plan = RotationConstraintsEquivalenceTest.randomPlan(CITIES, 7);
        plan.setConstraintWeightOverrides(ConstraintWeights.from(CITIES.rules()));
        RotationSolution best = SolverFactory.<RotationSolution>create(fullAssert(7)
                .withPhases(localSearch(400))).buildSolver().solve(plan);
        assertThat(score(best)).isEqualTo(best.getScore());
    }

    @Test
    void theFirstPlanAndASearchFromItKeepTheScoreOfTheConstraintStreams() {
        RotationSolution plan = RotationConstraintsEquivalenceTest.randomPlan(CITIES, 8);
        for (SeatAssignment a : plan.getSeats()) {
            if (!a.isPinned()) {
                a.setCadre(null);
            }
        }
        RotationSolution best = SolverFactory.<RotationSolution>create(fullAssert(8)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyInitializer(8)),
                        localSearch(200))).buildSolver().solve(plan);
        assertThat(score(best)).isEqualTo(best.getScore());
        assertThat(best.getScore().mediumScore()).isGreaterThan(plan.getSeats().size() * -1L);
    }

    /** The calculator with the streams as Timefold's assertion: every step's score is recalculated by both. */
    private static SolverConfig fullAssert(long seed) {
        return new SolverConfig().withSolutionClass(RotationSolution.class).withEntityClasses(SeatAssignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(RotationScoreCalculator.class)
                        .withAssertionScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                                .withConstraintProviderClass(RotationConstraints.class)))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(seed);
    }

    private static LocalSearchPhaseConfig localSearch(int steps) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SeatMoves.class))
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
    }

    /** Asserts the calculator's score of every constraint; returns the constraints the plan breaks. */
    private static Set<RuleConstraint> assertSameScores(RotationSolution plan) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = manager().analyze(plan);
        Map<RuleConstraint, HardMediumSoftLongScore> expected = new EnumMap<>(RuleConstraint.class);
        for (RuleConstraint c : RuleConstraint.values()) {
            expected.put(c, HardMediumSoftLongScore.ZERO);
        }
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintMap().values()) {
            expected.put(RuleConstraint.byName(c.constraintRef().constraintName()).orElseThrow(), c.score());
        }
        RotationScoreCalculator calculator = new RotationScoreCalculator();
        calculator.resetWorkingSolution(plan);
        assertThat(calculator.constraintScores()).isEqualTo(expected);
        assertThat(calculator.calculateScore()).isEqualTo(analysis.score());
        Set<RuleConstraint> broken = EnumSet.noneOf(RuleConstraint.class);
        expected.forEach((c, s) -> {
            if (!s.isZero()) {
                broken.add(c);
            }
        });
        return broken;
    }

    private static HardMediumSoftLongScore score(RotationSolution plan) {
        return manager().update(plan);
    }

    private static SolutionManager<RotationSolution, HardMediumSoftLongScore> manager() {
        return SolutionManager.create(SolverFactory.create(new SolverConfig().withSolutionClass(RotationSolution.class)
                .withEntityClasses(SeatAssignment.class).withConstraintProviderClass(RotationConstraints.class)));
    }
}
