package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleBreak;

/**
 * The first plan ({@link GreedyInitializer}) and the local-search moves ({@link SeatMoves}) on the
 * small example campaign (three cities, nine autumn rounds, 351 seats, a register that staffs it),
 * judged by the independent checker.
 */
class ConstructionAndMovesTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "small");
    private static Campaign campaign;
    private static Register register;
    private static Season season;
    private static List<Round> rounds;

    @BeforeAll
    static void load() {
        campaign = new CampaignLoader().load(EXAMPLE.resolve("campaign.yaml"));
        register = new RegisterReader(campaign.units()).read(EXAMPLE.resolve("register.csv"));
        season = campaign.roundCalendar().season("autumn", null).orElseThrow();
        rounds = campaign.roundCalendar().roundsOf(season);
    }

    private static SolveResult solve(PlanningProblem problem, int steps) {
        return solve(new RotationSolver(), problem, steps);
    }

    private static SolveResult solve(RotationSolver solver, PlanningProblem problem, int steps) {
        return solver.solve(problem, new SolveSettings(Duration.ofMinutes(2), null, steps, 0),
                (t, s, n) -> { });
    }

    private static PlanningProblem problem() {
        return new ProblemBuilder(campaign, register).problem(season, rounds);
    }

    private static boolean bound(RotationSolution solution, SeatAssignment seat) {
        return solution.getQuotaDuties().stream().anyMatch(d -> d.cadre().equals(seat.getCadre()));
    }

    @Test
    void theFirstPlanAloneFillsEverySeatAndKeepsEveryHardRule() {
        SolveResult first = solve(problem(), 0);
        List<RuleBreak> breaks = new PlanChecker(campaign).check(first.plan());
        assertThat(first.plan().unfilled()).isZero();
        assertThat(PlanChecker.hardByRule(breaks)).isEmpty();
    }

    @Test
    void aTimeLimitShorterThanTheStartStillGetsTheWholeFirstPlan() {
        // a limit that passes before Timefold reaches its first phase (its start scores every seat):
        // the first plan is built all the same, only weighing fewer candidates, and nothing searches after it
        SolveResult result = new RotationSolver().solve(problem(),
                new SolveSettings(Duration.ofMillis(1), null, null, 0), (t, s, n) -> { });
        assertThat(result.plan().unfilled()).isZero();
        assertThat(result.terminatedEarly()).as("the limit is not a Ctrl-C").isFalse();
    }

    @Test
    void theMovesRepairAScrambledPlanAndKeepEverySeatWithinItsCandidates() {
        PlanningProblem problem = problem();
        SolveResult first = solve(problem, 0);
        // scramble within the value ranges: in each round, a second seat gets the cadre of a
        // first one it may take, so that cadre sits twice in the round (E9) and the other leaves
        // (cadres E4 binds are left alone: moving one of them breaks E4 too, a two-move repair)
        RotationSolution solution = first.solution();
        Map<String, List<SeatAssignment>> byTeam = new HashMap<>();
        solution.getSeats().forEach(s -> byTeam.computeIfAbsent("round " + s.getRoundNumber(), k -> new ArrayList<>()).add(s));
        int scrambled = 0;
        for (List<SeatAssignment> team : byTeam.values()) {
            scrambled += team.stream().filter(a -> !bound(solution, a)).flatMap(a -> team.stream().filter(b -> b != a
                            && !bound(solution, b) && b.getCandidates().contains(a.getCadre())).map(b -> List.of(a, b)))
                    .findFirst().map(pair -> {
                        pair.get(1).setCadre(pair.get(0).getCadre());
                        return 1;
                    }).orElse(0);
        }
        assertThat(scrambled).isEqualTo(rounds.size());
        assertThat(PlanChecker.hardCount(new PlanChecker(campaign).check(RotationSolver.toPlan(campaign, register,
                season, rounds, solution)))).isGreaterThanOrEqualTo(scrambled);

        // the repair search (tabu over the same moves) walks the two-move chains E4 needs
        SolveResult repaired = solve(new RotationSolver(RotationSolver.Search.REPAIR), new PlanningProblem(campaign, register, season, rounds, solution,
                problem.exemptFromQuota()), 5000);
        List<RuleBreak> breaks = new PlanChecker(campaign).check(repaired.plan());
        assertThat(PlanChecker.hardByRule(breaks)).isEmpty();
        assertThat(repaired.plan().unfilled()).isZero();
        for (SeatAssignment s : repaired.solution().getSeats()) {
            assertThat(s.getCandidates()).as(s.getSeat().describe()).contains(s.getCadre());
        }
    }

    @Test
    void lateAcceptanceRemembersLongerOnlyOnSmallerPlans() {
        // a season and the campaign take only moves no worse than the plan before them (#16)
        assertThat(RotationSolver.lateAcceptance(44_133)).isEqualTo(1);
        assertThat(RotationSolver.lateAcceptance(11_268)).isEqualTo(1);
        // a smaller plan remembers longer, the smaller the longer, and an empty one still one step
        int medium = RotationSolver.lateAcceptance(936);
        assertThat(medium).isGreaterThan(1);
        assertThat(RotationSolver.lateAcceptance(351)).isGreaterThan(medium);
        assertThat(RotationSolver.lateAcceptance(0)).isPositive();
    }

    @Test
    void theFirstPlanPricesASeatWithTheCampaignsWeights() {
        RotationSolution solution = problem().solution();
        SeatPrice price = new SeatPrice(solution);
        SeatAssignment member = solution.getSeats().stream().filter(SeatAssignment::isOrdinaryMember).findFirst()
                .orElseThrow();
        org.rotationscheduler.domain.model.Cadre c = member.getCandidates().get(0);
        SeatPrice.Around empty = new SeatPrice.Around(java.util.Set.of(), true, 0, false, false);
        SeatPrice.Around sameUnit = new SeatPrice.Around(java.util.Set.of(c.unit()), true, 0, false, false);
        // F1: each round this plan already gives the cadre costs one more weight of F1 (the marginal of C(n + served, 2))
        assertThat(price.price(member, c, 2, empty) - price.price(member, c, 0, empty))
                .isEqualTo(2.0 * solution.softWeight(RuleConstraint.F1));
        assertThat(price.load(c, 0)).isEqualTo((double) solution.softWeight(RuleConstraint.F1) * c.roundsServed());
        // F4: a unit already in the group costs F4's weight
        assertThat(price.price(member, c, 0, sameUnit) - price.price(member, c, 0, empty))
                .isEqualTo((double) solution.softWeight(RuleConstraint.F4));
        // F9: a head seat below the leader rank costs F9's weight per squared step
        SeatAssignment head = solution.getSeats().stream().filter(s -> s.getSeniorRank() != null).findFirst()
                .orElseThrow();
        for (org.rotationscheduler.domain.model.Cadre candidate : head.getCandidates()) {
            int steps = org.rotationscheduler.rules.RankOrder.seniorityCost(candidate.rank(), head.getSeniorRank());
            double withoutF9 = price.price(head, candidate, 0, empty) - steps * solution.softWeight(RuleConstraint.F9);
            assertThat(withoutF9).as(candidate.toString()).isLessThanOrEqualTo(price.load(candidate, 0));
        }
    }
}
