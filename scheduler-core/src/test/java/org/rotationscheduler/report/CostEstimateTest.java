package org.rotationscheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.CostRates;
import org.rotationscheduler.report.CostEstimate.Amounts;
import org.rotationscheduler.report.CostEstimate.GroupCost;
import org.rotationscheduler.report.CostEstimate.UnitCost;

class CostEstimateTest {
    private final Plan plan = HandMadePlan.small();
    private final CostEstimate estimate = CostEstimate.of(plan);

    @Test
    void o4_aGroupCostsLodgingMealsTravelAndCarHireAtTheCampaignsRates() {
        // 北京 中心组, round 12: 15 days; 办公厅 (ministry), 海南 (provincial), 2 x 信息中心 (affiliated)
        GroupCost g = estimate.groups().get(0);
        assertThat(g.group().key()).isEqualTo("12/北京/中心组");
        assertThat(g.days()).isEqualTo(15);
        Amounts a = g.amounts();
        assertThat(a.persons()).isEqualTo(4);
        assertThat(a.personDays()).isEqualTo(60);
        assertThat(a.lodgingNights()).isEqualTo(4 * 14);
        assertThat(a.lodging()).isEqualTo(4 * 14 * 400);
        assertThat(a.meals()).isEqualTo(60 * 100);
        assertThat(a.travel()).isEqualTo(1200 + 1500 + 1200 + 1200);
        assertThat(a.carHire()).isEqualTo(1 * 800 * 15);
        assertThat(a.total()).isEqualTo(22_400 + 6_000 + 5_100 + 12_000);
        assertThat(g.carPayer().name()).isEqualTo("办公厅");
    }

    @Test
    void o4_eachPersonIsPaidByTheirOwnUnitAndCarHireByTheLeadersUnit() {
        UnitCost office = byName("办公厅");
        // 王建国 (round 12) and 郑华 (round 13), each leading 北京's central group
        assertThat(office.amounts().persons()).isEqualTo(2);
        assertThat(office.amounts().travel()).isEqualTo(2 * 1200);
        assertThat(office.amounts().carHire()).isEqualTo(2 * 12_000);
        UnitCost sanya = byName(HandMadePlan.SANYA.name());
        // 黄敏 and 罗宁 lead 北京's ordinary group: local bureau trips, and the group's car
        assertThat(sanya.amounts().travel()).isEqualTo(2 * 600);
        assertThat(sanya.amounts().carHire()).isEqualTo(2 * 12_000);
    }

    @Test
    void o4_perUnitAmountsAndPerGroupAmountsBothAddUpToTheTotal() {
        Amounts byUnit = estimate.byUnit().stream().map(UnitCost::amounts).reduce(Amounts.ZERO, Amounts::plus);
        Amounts byGroup = estimate.groups().stream().map(GroupCost::amounts).reduce(Amounts.ZERO, Amounts::plus);
        assertThat(byUnit).isEqualTo(estimate.total());
        assertThat(byGroup).isEqualTo(estimate.total());
        assertThat(estimate.total().persons()).isEqualTo(plan.filled());
        assertThat(estimate.groups()).hasSize(6);
        // every group has a filled leader seat: no undetermined payer
        assertThat(estimate.byUnit()).extracting(UnitCost::unit).doesNotContainNull();
    }

    @Test
    void o4_aGroupWithoutLeaderHasItsCarHirePayerUndetermined_andAnEmptyGroupNeedsNoCar() {
        var campaign = HandMadePlan.campaign();
        var rounds = HandMadePlan.rounds(campaign).subList(0, 1);
        var member = HandMadePlan.cadre(campaign, "x1", "甲", "信息中心", org.rotationscheduler.domain.model.Rank.STAFF, false);
        // 北京 中心组: only the member seat filled; everything else empty
        Plan p = HandMadePlan.plan(campaign, rounds, List.of(member), null, null, null, "x1");
        CostEstimate e = CostEstimate.of(p);
        assertThat(e.groups().get(0).carPayer()).isNull();
        assertThat(e.groups().get(0).amounts().carHire()).isEqualTo(12_000);
        assertThat(e.groups().get(1).amounts()).isEqualTo(Amounts.ZERO);
        assertThat(e.byUnit()).extracting(UnitCost::unit).last().isNull();
        assertThat(e.byUnit().get(e.byUnit().size() - 1).amounts().carHire()).isEqualTo(12_000);
    }

    @Test
    void o4_paymentsAreListedInUnitCatalogueOrder() {
        List<String> names = estimate.byUnit().stream().map(u -> u.unit().name()).toList();
        assertThat(names.indexOf("办公厅")).isLessThan(names.indexOf("生态环境部信息中心"));
        assertThat(names.indexOf("生态环境部信息中心")).isLessThan(names.indexOf("海南省生态环境厅"));
        assertThat(names).last().isEqualTo(HandMadePlan.SANYA.name());
    }

    @Test
    void o4_payersAreData_theOfficePaysEverything_andVehicleDaysAreCountedWithoutACarRate() {
        Plan base = HandMadePlan.small();
        // meals only (100 a day), no lodging, travel or car-hire rate; the organising office pays all
        CostRates rates = new CostRates("元", 0, 100, java.util.Map.of(), 0, java.util.Map.of("central", 1, "ordinary", 2),
                java.util.Map.of(CostRates.CostKind.LODGING, CostRates.Payer.OFFICE, CostRates.CostKind.MEALS,
                        CostRates.Payer.OFFICE, CostRates.CostKind.TRAVEL, CostRates.Payer.OFFICE,
                        CostRates.CostKind.CAR_HIRE, CostRates.Payer.OFFICE), "组织司");
        Plan p = new Plan(base.campaign().withCosts(rates), base.register(), base.season(), base.rounds(),
                base.assignments());
        CostEstimate e = CostEstimate.of(p);
        assertThat(e.byUnit()).singleElement().satisfies(u -> {
            assertThat(u.unit()).isNull();
            assertThat(u.payerName()).isEqualTo("组织司");
            assertThat(u.amounts()).isEqualTo(e.total());
        });
        assertThat(e.total().lodging() + e.total().travel() + e.total().carHire()).isZero();
        assertThat(e.total().meals()).isEqualTo(e.total().personDays() * 100);
        // 北京: a central group (1 car) and an ordinary group (2 cars), 15 days, in rounds 12 and 13
        assertThat(e.groups().get(0).amounts().vehicleDays()).isEqualTo(15);
        assertThat(e.groups().get(1).amounts().vehicleDays()).isEqualTo(30);
        assertThat(e.groups().get(0).carByOffice()).isTrue();
        assertThat(rates.estimated(CostRates.CostKind.MEALS)).isTrue();
        assertThat(rates.estimated(CostRates.CostKind.CAR_HIRE)).isFalse();
    }

    private UnitCost byName(String name) {
        return estimate.byUnit().stream().filter(u -> u.unit() != null && u.unit().name().equals(name)).findFirst()
                .orElseThrow();
    }
}
