package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.generate.Profile;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleId;

/**
 * The constraints, reshaped for speed (shared prefixes, precomputed cadre sets), score random
 * plans exactly as their plain formulation ({@link ReferenceConstraints}) does: the same score per
 * constraint, the same number of matches and the same justifications, with every constraint at its
 * own weight (so that a switched-off rule is still compared), and incrementally over a search.
 * The plans are built to reach the slow paths too: cadres outside a seat's candidates, copies of
 * a cadre that the problem's numbering does not know, earlier rounds (history), a published plan
 * and pinned seats.
 */
class RotationConstraintsEquivalenceTest {
    private static final Campaign FULL = new CampaignLoader().loadDefault();
    static final Campaign CITIES = FULL.withCities(List.of(FULL.city("阳泉").orElseThrow(),
            FULL.city("铜川").orElseThrow(), FULL.city("石家庄").orElseThrow()));

    @Test
    void randomPlansScoreAsThePlainFormulation() {
        for (long seed = 1; seed <= 3; seed++) {
            assertSameAnalysis(randomPlan(CITIES, seed));
        }
    }

    @Test
    void randomPlansScoreAsThePlainFormulationWithSeatRulesSwitchedOff() {
        // switched off, E7, E8 and E10 no longer shape the candidates, and E3 takes division level:
        // the cadres known to keep the seat rules must still be exactly those who do
        Campaign off = CITIES.withRules(CITIES.rules().withEnabled(RuleId.E7, false)
                .withEnabled(RuleId.E8, false).withEnabled(RuleId.E10, false).withEnabled(RuleId.E3, false)
                .withEnabled(RuleId.E12, false));
        for (long seed = 4; seed <= 5; seed++) {
            assertSameAnalysis(randomPlan(off, seed));
        }
    }

    @Test
    void aSearchKeepsTheIncrementalScoreExactAndEndsAsThePlainFormulation() {
        RotationSolution plan = randomPlan(CITIES, 7);
        SolverConfig config = config(RotationConstraints.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(7L)
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SeatMoves.class))
                        .withTerminationConfig(new TerminationConfig().withStepCountLimit(150)));
        RotationSolution best = SolverFactory.<RotationSolution>create(config).buildSolver().solve(plan);
        assertSameAnalysis(best);
    }

    private static SolverConfig config(Class<? extends ConstraintProvider> provider) {
        return new SolverConfig().withSolutionClass(RotationSolution.class).withEntityClasses(SeatAssignment.class)
                .withConstraintProviderClass(provider);
    }

    private static void assertSameAnalysis(RotationSolution solution) {
        ScoreAnalysis<HardMediumSoftLongScore> expected = analyze(ReferenceConstraints.class, solution);
        ScoreAnalysis<HardMediumSoftLongScore> actual = analyze(RotationConstraints.class, solution);
        assertThat(summary(actual)).isEqualTo(summary(expected));
        assertThat(actual.score()).isEqualTo(expected.score());
        // the plan must reach the rules, or the comparison proves little
        assertThat(expected.score().hardScore()).isNegative();
        assertThat(summary(expected).values().stream().filter(c -> c.matches() > 0).count()).isGreaterThan(15);
    }

    private static ScoreAnalysis<HardMediumSoftLongScore> analyze(Class<? extends ConstraintProvider> provider,
            RotationSolution solution) {
        SolutionManager<RotationSolution, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(config(provider)));
        return manager.analyze(solution);
    }

    /** Per constraint: score, match count and every justification with how often it occurs. */
    private static Map<String, ConstraintSummary> summary(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Map<String, ConstraintSummary> out = new TreeMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintMap().values()) {
            Map<String, Integer> justifications = new TreeMap<>();
            for (MatchAnalysis<HardMediumSoftLongScore> m : c.matches()) {
                justifications.merge(m.score() + " " + m.justification(), 1, Integer::sum);
            }
            out.put(c.constraintRef().constraintName(), new ConstraintSummary(c.score(), c.matchCount(), justifications));
        }
        return out;
    }

    private record ConstraintSummary(HardMediumSoftLongScore score, int matches, Map<String, Integer> justifications) {
    }

    /**
     * A plan of a season's rounds for a generated register, with history, a published plan and
     * pinned seats, and seats filled at random: mostly from the candidates, some empty, some with
     * any cadre of the register, some with a copy of a cadre (equal, but unknown to the problem).
     * Every constraint is weighed at its own weight.
     */
    static RotationSolution randomPlan(Campaign campaign, long seed) {
        Season season = campaign.roundCalendar().season("autumn", 2019).orElseThrow();
        List<Round> rounds = campaign.roundCalendar().roundsOf(season).subList(0, 6);
        Register register = new RegisterGenerator(campaign, rounds, 300, seed, Profile.NORMAL).generate()
                .register("generated:equivalence:" + seed);
        List<Cadre> cadres = register.cadres();
        Random random = new Random(seed);

        List<Assignment> history = new ArrayList<>();
        int first = rounds.get(0).number();
        for (Seat s : campaign.seats(List.of(campaign.roundCalendar().round(first - 1).orElseThrow(),
                campaign.roundCalendar().round(first - 2).orElseThrow()))) {
            if (random.nextInt(3) == 0) {
                history.add(new Assignment(s, cadres.get(random.nextInt(cadres.size()))));
            }
        }
        Map<String, Cadre> published = new HashMap<>();
        Set<String> pinned = new HashSet<>();
        for (Seat s : campaign.seats(rounds)) {
            if (random.nextInt(8) == 0) {
                published.put(s.id(), cadres.get(random.nextInt(cadres.size())));
                if (random.nextInt(3) == 0) {
                    pinned.add(s.id());
                }
            }
        }
        RotationSolution solution = new ProblemBuilder(campaign, register).history(history)
                .published(published, pinned).build(rounds);

        Map<List<Cadre>, Set<Cadre>> sets = new IdentityHashMap<>();
        for (SeatAssignment a : solution.getSeats()) {
            if (a.isPinned()) {
                continue;
            }
            List<Cadre> candidates = a.getCandidates();
            int dice = random.nextInt(100);
            Cadre c;
            if (dice < 8 || candidates.isEmpty()) {
                c = null;
            } else if (dice < 18) {
                c = cadres.get(random.nextInt(cadres.size()));
            } else if (dice < 24) {
                Cadre original = candidates.get(random.nextInt(candidates.size()));
                c = original.withRoundsServed(original.roundsServed());
            } else {
                c = candidates.get(random.nextInt(candidates.size()));
            }
            a.admit(c, sets.computeIfAbsent(a.getCandidates(), HashSet::new));
            a.setCadre(c);
        }
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        return solution;
    }
}
