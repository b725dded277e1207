package org.rotationscheduler.check;

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
import org.rotationscheduler.planning.PlanAnalysis;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RuleConstraint;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/** The independent checker names each broken rule with its seat and cadre (and nothing private, S1). */
class PlanCheckerTest {
    private final Campaign full = new CampaignLoader().loadDefault();
    // one city keeps the fixture small: 阳泉 (山西) has 3 ordinary groups; partners 水司, 中国环境监测总站, 上海
    private final Campaign campaign = full.withCities(List.of(full.city("阳泉").orElseThrow()));

    private Cadre cadre(String id, String unit, Rank rank) {
        return new Cadre(id, "名" + id, campaign.units().find(unit).orElseThrow(), rank, "", true, 1, List.of(),
                List.of(), 2);
    }

    @Test
    void aPlanThatKeepsEveryHardRuleHasNoHardBreak() {
        Round r = campaign.roundCalendar().round(12).orElseThrow();
        List<Seat> seats = campaign.seats(List.of(r));
        List<Cadre> cadres = new ArrayList<>();
        List<Assignment> plan = new ArrayList<>();
        int n = 0;
        for (Seat s : seats) {
            Cadre c;
            if (s.group().kind().id().equals("central")) {
                String unit = s.index() == 0 ? "水司" : s.index() == 1 ? "上海" : "中国环境监测总站";
                c = cadre("c" + n++, unit, s.index() == 0 ? Rank.BUREAU : Rank.SECTION);
            } else {
                c = cadre("c" + n++, s.index() == 0 ? "上海" : "人事司", Rank.SECTION);
            }
            cadres.add(c);
            plan.add(new Assignment(s, c));
        }
        Register register = new Register("test", cadres);
        List<RuleBreak> breaks = new PlanChecker(campaign).check(new Plan(campaign, register, r.season(), List.of(r), plan));
        assertThat(PlanChecker.hardCount(breaks)).isZero();
        assertThat(PlanChecker.unfilledCount(breaks)).isZero();
    }

    @Test
    void namesEachBrokenHardRuleWithSeatAndCadre() {
        Round r12 = campaign.roundCalendar().round(12).orElseThrow();
        Round r13 = campaign.roundCalendar().round(13).orElseThrow();
        List<Seat> seats12 = campaign.seats(List.of(r12));
        List<Seat> seats13 = campaign.seats(List.of(r13));
        Cadre divisionLeader = cadre("lead", "水司", Rank.DIVISION);                       // E3
        Cadre twice = cadre("twice", "人事司", Rank.STAFF);                                  // E9 and E11
        Cadre shanxi = cadre("shanxi", "太原市生态环境局", Rank.STAFF);                      // E10
        Cadre privateDates = new Cadre("priv", "某", campaign.units().find("人事司").orElseThrow(), Rank.STAFF, "",
                false, 0, List.of(), List.of(new DateRange(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 13))), 2);
        Cadre idleBureau = cadre("idle", "中国环境监测总站", Rank.BUREAU);                  // E4: never serves
        List<Assignment> plan = new ArrayList<>();
        for (Seat s : seats12) {
            Cadre c = null;
            if (s.group().kind().id().equals("central") && s.index() == 0) {
                c = divisionLeader;
            } else if (s.group().name().equals("普通组1") && s.index() == 1) {
                c = twice;
            } else if (s.group().name().equals("普通组2") && s.index() == 1) {
                c = twice;
            } else if (s.group().name().equals("普通组3") && s.index() == 1) {
                c = shanxi;
            } else if (s.group().name().equals("普通组3") && s.index() == 2) {
                c = privateDates;
            }
            plan.add(new Assignment(s, c));
        }
        for (Seat s : seats13) {
            plan.add(new Assignment(s, s.group().name().equals("普通组1") && s.index() == 1 ? twice : null));
        }
        Register register = new Register("test", List.of(divisionLeader, twice, shanxi, privateDates, idleBureau));
        List<RuleBreak> breaks = new PlanChecker(campaign)
                .check(new Plan(campaign, register, r12.season(), List.of(r12, r13), plan));

        assertThat(PlanChecker.hardByRule(breaks)).containsEntry(RuleId.E3, 1L).containsEntry(RuleId.E9, 1L)
                .containsEntry(RuleId.E11, 2L).containsEntry(RuleId.E10, 1L).containsEntry(RuleId.E7, 1L).containsEntry(RuleId.E4, 1L);
        // the checker is an implementation of its own; Timefold's score analysis of the same plan
        // must find the same broken hard rules, as many times each
        assertThat(PlanChecker.hardByRule(breaks)).isEqualTo(hardMatchesByRule(
                new Plan(campaign, register, r12.season(), List.of(r12, r13), plan), register));
        assertThat(breaks).filteredOn(b -> b.rule() == RuleId.E10).singleElement()
                .satisfies(b -> assertThat(b.message()).contains("阳泉", "普通组3", "shanxi", "山西"));
        RuleBreak e7 = breaks.stream().filter(b -> b.rule() == RuleId.E7).findFirst().orElseThrow();
        assertThat(e7.message()).contains(Eligibility.PRIVATE_DATES_MESSAGE)
                .doesNotContainIgnoringCase("pregnan").doesNotContainIgnoringCase("nursing")
                .doesNotContainIgnoringCase("health").doesNotContain("孕", "哺乳", "健康");
        assertThat(PlanChecker.unfilledCount(breaks)).isEqualTo(seats12.size() + seats13.size() - 6);
        // hard rules are listed first, then empty seats, then preferences
        assertThat(breaks.get(0).hard()).isTrue();
        assertThat(breaks.get(breaks.size() - 1).hard()).isFalse();
    }

    /** Hard matches per rule in Timefold's score analysis of a plan (the solver's side of the checker). */
    private java.util.Map<RuleId, Long> hardMatchesByRule(Plan plan, Register register) {
        var solution = PlanAnalysis.solutionOf(plan, new ProblemBuilder(campaign, register));
        java.util.Map<RuleId, Long> counts = new java.util.TreeMap<>();
        for (var c : new PlanAnalysis().analyze(solution).constraintMap().values()) {
            // ELIGIBILITY_DATA carries no rule of its own: an entry's id, under E13 in the checker
            RuleId rule = RuleConstraint.byName(c.constraintName()).flatMap(RuleConstraint::rule).orElse(RuleId.E13);
            if (c.score().hardScore() < 0) {
                counts.merge(rule, (long) c.matchCount(), Long::sum);
            }
        }
        return counts;
    }

    @Test
    void e11AndE9HoldAcrossTheBoundaryWithAnEarlierPlan() {
        // round 22 is the last of autumn-2019, round 23 the first of regular-2020
        Round r22 = campaign.roundCalendar().round(22).orElseThrow();
        Round r23 = campaign.roundCalendar().round(23).orElseThrow();
        Round r24 = campaign.roundCalendar().round(24).orElseThrow();
        Cadre c = cadre("c", "人事司", Rank.STAFF);
        Seat earlier = member(r22);
        Register register = new Register("test", List.of(c));
        List<Assignment> history = List.of(new Assignment(earlier, c));

        Plan next = onlyMember(r23, c, register);
        List<RuleBreak> breaks = new PlanChecker(campaign).check(next, history);
        assertThat(PlanChecker.hardByRule(breaks)).containsOnlyKeys(RuleId.E11);
        assertThat(breaks).filteredOn(b -> b.rule() == RuleId.E11).singleElement()
                .satisfies(b -> assertThat(b.message()).contains("22", "23"));

        Plan later = onlyMember(r24, c, register);
        assertThat(PlanChecker.hardCount(new PlanChecker(campaign).check(later, history))).isZero();
        assertThat(PlanChecker.hardCount(new PlanChecker(campaign).check(next))).isZero();
    }

    private Seat member(Round r) {
        return campaign.seats(List.of(r)).stream().filter(s -> s.group().name().equals("普通组1") && s.index() == 1)
                .findFirst().orElseThrow();
    }

    private Plan onlyMember(Round r, Cadre c, Register register) {
        List<Assignment> plan = new ArrayList<>();
        Seat chosen = member(r);
        for (Seat s : campaign.seats(List.of(r))) {
            plan.add(new Assignment(s, s.equals(chosen) ? c : null));
        }
        return new Plan(campaign, register, r.season(), List.of(r), plan);
    }

    /** Round 12 of 阳泉: central and ordinary seats filled by rank as given, the rest of the plan empty. */
    private Plan rankPlan(Rank ordinaryLeader, Rank ordinaryMember, List<Cadre> extra) {
        Round r = campaign.roundCalendar().round(12).orElseThrow();
        List<Cadre> cadres = new ArrayList<>(extra);
        List<Assignment> plan = new ArrayList<>();
        int n = 0;
        for (Seat s : campaign.seats(List.of(r))) {
            Cadre c;
            if (s.group().kind().id().equals("central")) {
                String unit = s.index() == 0 ? "水司" : s.index() == 1 ? "上海" : "中国环境监测总站";
                c = cadre("c" + n++, unit, s.index() == 0 ? Rank.BUREAU : s.index() == 1 ? Rank.DIVISION : Rank.SECTION);
            } else {
                c = cadre("c" + n++, s.index() == 0 ? "上海" : "人事司", s.index() == 0 ? ordinaryLeader : ordinaryMember);
            }
            cadres.add(c);
            plan.add(new Assignment(s, c));
        }
        return new Plan(campaign, new Register("test", cadres), r.season(), List.of(r), plan);
    }

    @Test
    void e12_aMemberWhoOutranksTheLeaderIsAHardBreakNamingBoth() {
        List<RuleBreak> kept = new PlanChecker(campaign).check(rankPlan(Rank.SECTION, Rank.SECTION, List.of()));
        assertThat(kept).noneMatch(b -> b.rule() == RuleId.E12);
        List<RuleBreak> broken = new PlanChecker(campaign).check(rankPlan(Rank.SECTION, Rank.DIVISION, List.of()));
        // three ordinary groups, two division-level members under each 科级 leader
        assertThat(broken).filteredOn(b -> b.rule() == RuleId.E12).hasSize(6)
                .allMatch(RuleBreak::hard)
                .first().satisfies(b -> assertThat(b.message()).contains("outranks the 组长").contains("处级")
                        .contains("科级"));
    }

    @Test
    void f9_aJuniorLeaderWhileAMoreSeniorEligibleCadreIsFree() {
        // 上海 staff lead the ordinary groups; an idle 上海 处级 cadre could have led one
        Cadre idleDivision = cadre("idle", "上海", Rank.DIVISION);
        List<RuleBreak> withFree = new PlanChecker(campaign).check(rankPlan(Rank.STAFF, Rank.STAFF,
                List.of(idleDivision)));
        assertThat(withFree).filteredOn(b -> b.rule() == RuleId.F9).hasSize(3)
                .noneMatch(RuleBreak::hard)
                .allSatisfy(b -> assertThat(b.message()).contains("idle").contains("was free"));
        // nobody more senior is free: the junior leaders are what the register allows
        List<RuleBreak> noneFree = new PlanChecker(campaign).check(rankPlan(Rank.STAFF, Rank.STAFF, List.of()));
        assertThat(noneFree).noneMatch(b -> b.rule() == RuleId.F9);
    }
}
