package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.generate.Profile;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.planning.FeasibilityBound;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.rules.RuleId;

class BenchChecksTest {
    private final BenchChecks checks = new BenchChecks();

    /**
     * The failure path on a real plan, without timing: the greedy baseline's plan of the planted
     * mini instance, judged by the checker, stands in for the solver's. It breaks E4 and E11
     * (it ignores quotas and rest), so the check must fail and name them.
     */
    @Test
    void aPlanThatBreaksHardRulesOnAPlantedInstanceFailsNamingTheRules() {
        BenchInstance mini = BenchInstance.generate(Suite.MINI, 2019);
        RunFigures greedy = new InstanceRunner().greedy(mini, mini.register(), 10_000);
        assertThat(greedy.brokenHardByRule()).containsKeys(RuleId.E4, RuleId.E11);

        BenchResult asIfSolved = Results.result("mini", mini.plantedUnfilled(), Results.NO_SHORTAGE, greedy);

        List<String> failures = checks.failures(asIfSolved);
        assertThat(failures).singleElement().asString()
                .contains("mini", "breaks " + greedy.brokenHard() + " hard rule(s)", "E4 ×", "E11 ×", "planted-feasible");
    }

    @Test
    void aPlantedInstanceSolvedCleanlyPasses() {
        assertThat(checks.failures(Results.planted(Results.run(RunFigures.SOLVER, 0, Map.of())))).isEmpty();
    }

    @Test
    void anEmptySeatOnAPlantedInstanceFails() {
        assertThat(checks.failures(Results.planted(Results.run(RunFigures.SOLVER, 2, Map.of()))))
                .singleElement().asString().contains("leaves 2 seat(s) empty");
    }

    @Test
    void aShortageOnAPlantedInstanceIsABugOfTheBoundOrTheGenerator() {
        BenchResult r = Results.result("tight", 0, Results.shortBound(Results.shortage("郑州", "autumn-2019")),
                Results.run(RunFigures.SOLVER, 2, Map.of()));
        assertThat(checks.failures(r)).singleElement().asString().contains("FeasibilityBound or the generator is wrong");
    }

    @Test
    void shortInstance_passesWhenTheBoundNamesWhereAndTheSolverLeavesTheSeatsEmpty() {
        BenchResult r = Results.result("short", 2, Results.shortBound(Results.shortage("郑州", "autumn-2019")),
                Results.run(RunFigures.SOLVER, 2, Map.of()));
        assertThat(checks.failures(r)).isEmpty();
    }

    @Test
    void shortInstance_failsWhenTheBoundFindsNoShortage() {
        BenchResult r = Results.result("short", 71, Results.NO_SHORTAGE, Results.run(RunFigures.SOLVER, 71, Map.of()));
        assertThat(checks.failures(r)).singleElement().asString()
                .contains("does not report the shortage", "71 seat(s)", "E3/E4");
    }

    @Test
    void shortInstance_failsWhenAShortageDoesNotSayWhere() {
        BenchResult r = Results.result("short", 2, Results.shortBound(Results.shortage("郑州", "autumn-2019"),
                Results.shortage(null, "autumn-2019")), Results.run(RunFigures.SOLVER, 4, Map.of()));
        assertThat(checks.failures(r)).singleElement().asString().contains("1 of the bound's 2 shortage(s)");
    }

    @Test
    void shortInstance_failsWhenThePlanFillsSeatsTheBoundProvesEmpty() {
        BenchResult r = Results.result("short", 2, Results.shortBound(Results.shortage("郑州", "autumn-2019")),
                Results.run(RunFigures.SOLVER, 1, Map.of()));
        assertThat(checks.failures(r)).singleElement().asString().contains("fewer than the 2");
    }

    /** The real bound on a small SHORT register: not feasible, and every shortage says city, season and seat kind. */
    @Test
    void theBoundOnAShortRegisterNamesCitySeasonAndSeatKind() {
        BenchInstance mini = BenchInstance.generate(Suite.MINI, 2019);
        Campaign c = mini.campaign();
        var generated = new RegisterGenerator(c, mini.rounds(), 300, 2019, Profile.SHORT).generate();
        var problem = new ProblemBuilder(c, generated.register("short")).build(mini.rounds());

        BoundFigures bound = BoundFigures.of(new FeasibilityBound().check(problem), 1, c);

        assertThat(bound.feasible()).isFalse();
        // at least one seat, at most what the planted partial roster leaves empty (it is a plan)
        int plantedEmpty = generated.stats().seats() - generated.stats().filledSeats();
        assertThat(bound.missingSeats()).isBetween(1, plantedEmpty);
        assertThat(bound.shortages()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.namesCityWhenAndSeatKind()).as(w.text()).isTrue();
            assertThat(Set.of("阳泉", "铜川")).contains(w.city());
        });
        BenchResult r = Results.result("short", generated.stats().provenUnfilled(), bound,
                Results.run(RunFigures.SOLVER, generated.stats().provenUnfilled(), Map.of()));
        assertThat(checks.failures(r)).isEmpty();
    }
}
