package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleBreak;

/**
 * §8: a campaign of the family unlike 2019 (examples/county-groups), planned as CI plans it, with
 * a short limit, and judged by the independent checker: no seasons (C3), no partners (P5), every
 * serving cadre exactly two rounds (E4, 0 or 2), leader rank by group kind (E13).
 */
class FamilyCampaignTest {
    private static final String DIR = "../examples/county-groups/";

    private static Plan plan(Campaign campaign, SolveSettings settings) {
        Register register = new RegisterReader(campaign.units()).read(Path.of(DIR + "register.csv"));
        List<Round> rounds = campaign.rounds();
        ProblemBuilder builder = new ProblemBuilder(campaign, register);
        return new RotationSolver().solve(builder.problem(null, rounds), settings, SolveProgress.NONE).plan();
    }

    @Test
    void standAlone_needsNothingOf2019_oneSeasonNoPartnersNoPlaceholders() {
        Campaign c = new CampaignLoader().load(DIR + "campaign.yaml");
        assertThat(c.roundCalendar().seasons()).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo("campaign-2026"));
        assertThat(c.rounds()).hasSize(8).allMatch(r -> r.days().days() == 14);
        assertThat(c.cities()).hasSize(28).noneMatch(City::hasPartners);
        assertThat(c.units().units()).allMatch(u -> u.type() == UnitType.AFFILIATED);
        assertThat(c.annexes()).isEmpty();
        assertThat(c.seats(c.rounds())).hasSize(2480);
        assertThat(c.rules().quota().zeroAllowed()).isTrue();
    }

    /**
     * Planned with a step limit, so that the plan is the same on every machine: the first plan
     * (E4 by rounds) and 50 steps of search.
     */
    @Test
    void schedule_zeroHardEverySeatFilled_eachServingCadreTwoRounds_noBureauLevelCountyLeader_sameAsExtendsDefault() {
        SolveSettings steps = new SolveSettings(null, null, 50, 3L);
        Campaign c = new CampaignLoader().load(DIR + "campaign.yaml");
        Plan plan = plan(c, steps);

        List<RuleBreak> breaks = new PlanChecker(c).check(plan);
        assertThat(PlanChecker.hardCount(breaks)).as("broken hard rules: %s", PlanChecker.hardByRule(breaks)).isZero();
        assertThat(PlanChecker.unfilledCount(breaks)).isZero();
        Map<Cadre, Integer> rounds = new HashMap<>();
        plan.assignments().stream().filter(Assignment::filled).forEach(a -> rounds.merge(a.cadre(), 1, Integer::sum));
        assertThat(rounds.values()).containsOnly(2);
        assertThat(rounds).hasSize(1240);
        for (Assignment a : plan.assignments()) {
            if (a.seat().role().equals("leader")) {
                Rank expected = a.seat().group().kind().id().equals("city") ? Rank.BUREAU : Rank.DIVISION;
                assertThat(a.cadre().rank()).as(a.seat().describe()).isEqualTo(expected);
            }
        }

        // README "Campaigns of the family": the same campaign as extends: default gives the same plan
        Plan extending = plan(new CampaignLoader().load(DIR + "campaign-extends.yaml"), steps);
        assertThat(extending.assignments()).hasSameSizeAs(plan.assignments());
        for (int i = 0; i < plan.assignments().size(); i++) {
            Assignment a = plan.assignments().get(i);
            Assignment b = extending.assignments().get(i);
            assertThat(b.seat().id()).isEqualTo(a.seat().id());
            assertThat(b.cadre()).as(a.seat().describe()).isEqualTo(a.cadre());
        }
    }
}
