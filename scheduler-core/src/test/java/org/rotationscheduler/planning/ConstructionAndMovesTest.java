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
}
