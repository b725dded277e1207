package org.rotationscheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.rules.RuleId;

/** The explanation of a plan built to break rules names the right rule and seat, and nothing private (S1). */
class PlanExplainerTest {
    private final Campaign full = new CampaignLoader().loadDefault();
    // 阳泉 (山西): lead 水司, affiliated 中国环境监测总站, partner province 上海; 3 ordinary groups
    private final Campaign campaign = full.withCities(List.of(full.city("阳泉").orElseThrow()));
    private final Round round = campaign.roundCalendar().round(12).orElseThrow();

    private Cadre cadre(String id, String unit, Rank rank, List<DateRange> restricted) {
        return new Cadre(id, "名" + id, campaign.units().find(unit).orElseThrow(), rank, "", true, 1, List.of(),
                restricted, 2);
    }

    @Test
    void namesTheBrokenRuleAndSeatAndCountsWhyAnEmptySeatStayedEmpty() {
        Cadre leader = cadre("lead", "水司", Rank.BUREAU, List.of());
        Cadre shanxi = cadre("shanxi", "太原市生态环境局", Rank.STAFF, List.of());           // E10 in 阳泉
        Cadre away = cadre("away", "上海", Rank.SECTION,                                      // E7 during round 12
                List.of(new DateRange(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31))));
        Cadre free = cadre("free", "人事司", Rank.STAFF, List.of());
        List<Assignment> assignments = new ArrayList<>();
        Seat brokenSeat = null;
        Seat emptyLeaderSeat = null;
        for (Seat s : campaign.seats(List.of(round))) {
            Cadre c = null;
            if (s.group().kind().id().equals("central") && s.index() == 0) {
                c = leader;
            } else if (s.group().name().equals("普通组1") && s.index() == 1) {
                c = shanxi;
                brokenSeat = s;
            } else if (s.group().name().equals("普通组2") && s.index() == 0) {
                emptyLeaderSeat = s;
            }
            assignments.add(new Assignment(s, c));
        }
        Register register = new Register("test", List.of(leader, shanxi, away, free));
        Plan plan = new Plan(campaign, register, round.season(), List.of(round), assignments);
        PlanExplainer explainer = new PlanExplainer(plan, new ProblemBuilder(campaign, register));

        assertThat(explainer.score().hardScore()).isEqualTo(-1);
        assertThat(explainer.byRule()).containsKey("E10");
        assertThat(explainer.byRule().get("E10").score().hardScore()).isEqualTo(-1);
        assertThat(explainer.forRule("E10", 10)).singleElement().asString()
                .contains(brokenSeat.describe()).contains("shanxi").contains("山西");
        assertThat(explainer.forCadre("shanxi", 10)).anySatisfy(l -> assertThat(l).contains("E10"));

        // the empty ordinary leader seat: only a cadre of the partner province 上海 may lead (E6),
        // and the one there is not eligible for these dates (E7, without saying why)
        var why = explainer.exclusionsFor(emptyLeaderSeat);
        assertThat(why).containsEntry("E7 cadre not eligible for these dates", 1).containsEntry(RuleId.E6.id(), 3);
        assertThat(String.join(" ", why.keySet()).toLowerCase()).doesNotContain("pregnan", "nursing", "health");
    }

    @Test
    void e12_explainsThatAFreeCadreWouldOutrankTheGroupsLeaderAndScoresTheBreak() {
        Cadre leader = cadre("lead", "上海", Rank.SECTION, List.of());
        Cadre division = cadre("div", "人事司", Rank.DIVISION, List.of());
        Cadre staff = cadre("staff", "大气环境司", Rank.STAFF, List.of());
        List<Assignment> assignments = new ArrayList<>();
        for (Seat s : campaign.seats(List.of(round))) {
            Cadre c = null;
            if (s.group().name().equals("普通组1") && s.index() == 0) {
                c = leader;
            } else if (s.group().name().equals("普通组1") && s.index() == 1) {
                c = division;                                                // outranks the 科级 leader
            }
            assignments.add(new Assignment(s, c));
        }
        Register register = new Register("test", List.of(leader, division, staff));
        Plan plan = new Plan(campaign, register, round.season(), List.of(round), assignments);
        PlanExplainer explainer = new PlanExplainer(plan, new ProblemBuilder(campaign, register));
        assertThat(explainer.byRule()).containsKey("E12");
        assertThat(explainer.forRule("E12", 10)).singleElement().asString().contains("div").contains("outranks");

        // the other member seat of 普通组1: the leader (上海) may not be a member (E6), the 处级 cadre
        // sits in this round (E9), the 科员 is free; without the 处级 cadre seated, E12 keeps them out
        Seat underLeader = campaign.seats(List.of(round)).stream()
                .filter(s -> s.group().name().equals("普通组1") && s.index() == 2).findFirst().orElseThrow();
        assertThat(explainer.exclusionsFor(underLeader)).containsEntry("E6", 1)
                .containsEntry("E9 already sits elsewhere in this round", 1).containsEntry("free and eligible", 1);
        Plan withoutDivision = new Plan(campaign, register, round.season(), List.of(round), assignments.stream()
                .map(a -> division.equals(a.cadre()) ? new Assignment(a.seat(), null) : a).toList());
        var why = new PlanExplainer(withoutDivision, new ProblemBuilder(campaign, register)).exclusionsFor(underLeader);
        assertThat(why).containsEntry("E12 would outrank the group's 组长", 1).containsEntry("free and eligible", 1);
    }
}
