package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.generate.GeneratedRegister;
import org.rotationscheduler.generate.Profile;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.planning.ConstraintWeights;
import org.rotationscheduler.planning.PlanAnalysis;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.RuleConstraint;
import org.rotationscheduler.planning.SeatAssignment;
import org.rotationscheduler.rules.RuleBreak;

/**
 * The CP-SAT peer's model against the tool's own constraints (#16): on a tiny planted instance
 * (one city, four autumn rounds), the model's objective of its final plan must be exactly the score
 * Timefold's SolutionManager gives that plan, with the campaign's weights and with other ones
 * (E12 softened, every preference reweighted), and the plan must break no hard rule by the
 * independent checker.
 */
class CpSatPeerTest {
    private static final Duration LIMIT = Duration.ofSeconds(4);

    private record Tiny(Campaign campaign, Season season, List<Round> rounds, Register register) {
        RotationSolution problem() {
            return new ProblemBuilder(campaign, register).build(rounds);
        }
    }

    private static Tiny tiny() {
        Campaign whole = new CampaignLoader().loadDefault();
        Campaign campaign = whole.withCities(whole.cities().stream().filter(c -> c.name().equals("阳泉")).toList());
        Season season = campaign.roundCalendar().season("autumn", 2019).orElseThrow();
        List<Round> rounds = campaign.roundCalendar().roundsOf(season).subList(0, 4);
        GeneratedRegister generated = new RegisterGenerator(campaign, rounds, 60, 11, Profile.NORMAL).generate();
        return new Tiny(campaign, season, rounds, generated.register("generated:tiny"));
    }

    @Test
    void theObjectiveOfItsPlanIsTheToolsScoreAndNoHardRuleIsBroken() {
        Tiny tiny = tiny();
        RotationSolution problem = tiny.problem();
        Timeline timeline = new Timeline();

        CpSatPeer.Outcome o = new CpSatPeer().solve(problem, LIMIT, timeline);

        assertThat(o.hasPlan()).as("status %s", o.status()).isTrue();
        HardMediumSoftLongScore score = score(problem, o);
        assertThat(score.hardScore()).isZero();
        assertThat(-score.mediumScore()).as("medium").isEqualTo(o.mediumPenalty());
        assertThat(-score.softScore()).as("soft").isEqualTo(o.softPenalty());
        assertThat(o.objective()).isEqualTo(o.factor() * o.mediumPenalty() + o.softPenalty());
        assertThat(o.softPenalty()).as("the plan pays some preference, so the check means something").isPositive();
        long empty = o.cadres().stream().filter(java.util.Objects::isNull).count();
        assertThat(empty).as("most seats filled (planted feasible)").isLessThan(o.cadres().size() / 10);

        List<RuleBreak> breaks = new PlanChecker(tiny.campaign()).check(plan(tiny, problem, o));
        assertThat(PlanChecker.hardByRule(breaks)).isEmpty();
        assertThat(PlanChecker.unfilledCount(breaks)).isEqualTo(empty);

        List<ScorePoint> points = timeline.points();
        assertThat(points).isNotEmpty();
        assertThat(points.get(points.size() - 1).soft()).isEqualTo(-o.softPenalty());
        assertThat(points).allSatisfy(p -> assertThat(p.hard()).isZero());
    }

    /**
     * Other weights than the campaign's: every soft term must follow them, and E12 softened must
     * become a soft term (the plan may then break rank order, at its price).
     */
    @Test
    void theObjectiveFollowsOtherWeights() {
        Tiny tiny = tiny();
        RotationSolution problem = tiny.problem();
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        ConstraintWeights.all(tiny.campaign().rules()).forEach((c, w) -> weights.put(c.constraintName(), w));
        long[] soft = {3, 5, 7, 2, 11, 13, 4, 6, 9, 1};
        RuleConstraint[] reweighted = {RuleConstraint.F1, RuleConstraint.F2, RuleConstraint.F3, RuleConstraint.F4,
            RuleConstraint.F5, RuleConstraint.F5_NEWCOMERS, RuleConstraint.F6, RuleConstraint.F6_SECRETARY,
            RuleConstraint.F9, RuleConstraint.E12};
        for (int i = 0; i < reweighted.length; i++) {
            weights.put(reweighted[i].constraintName(), HardMediumSoftLongScore.ofSoft(soft[i]));
        }
        weights.put(RuleConstraint.UNFILLED.constraintName(), HardMediumSoftLongScore.ofMedium(3));
        problem.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));

        CpSatPeer.Outcome o = new CpSatPeer().solve(problem, LIMIT, new Timeline());

        assertThat(o.hasPlan()).as("status %s", o.status()).isTrue();
        HardMediumSoftLongScore score = score(problem, o);
        assertThat(score.hardScore()).isZero();
        assertThat(-score.mediumScore()).isEqualTo(o.mediumPenalty());
        assertThat(-score.softScore()).isEqualTo(o.softPenalty());
    }

    @Test
    void theSeasonIsNotLoadedAndTheReportSaysWhy() {
        assertThat(InstanceRunner.cpSatSkipReason(Suite.SEASON, 11_268)).contains("11,268 seats", "2,000");
        assertThat(InstanceRunner.cpSatSkipReason(Suite.MINI, 276)).contains("small and medium");
        assertThat(InstanceRunner.cpSatSkipReason(Suite.SMALL, 351)).isNull();
        assertThat(InstanceRunner.cpSatSkipReason(Suite.MEDIUM, 936)).isNull();
        assertThat(Set.of(Suite.values())).filteredOn(Suite::cpSatPeer).containsExactlyInAnyOrder(Suite.SMALL,
                Suite.MEDIUM);
    }

    private static HardMediumSoftLongScore score(RotationSolution problem, CpSatPeer.Outcome o) {
        List<SeatAssignment> seats = problem.getSeats();
        for (int i = 0; i < seats.size(); i++) {
            seats.get(i).setCadre(o.cadres().get(i));
        }
        return new PlanAnalysis().manager().update(problem);
    }

    private static Plan plan(Tiny tiny, RotationSolution problem, CpSatPeer.Outcome o) {
        List<Assignment> filled = new ArrayList<>();
        for (int i = 0; i < problem.getSeats().size(); i++) {
            filled.add(new Assignment(problem.getSeats().get(i).getSeat(), o.cadres().get(i)));
        }
        return new Plan(tiny.campaign(), tiny.register(), tiny.season(), tiny.rounds(), filled);
    }
}
