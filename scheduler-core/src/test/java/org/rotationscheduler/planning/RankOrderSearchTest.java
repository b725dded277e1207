package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleId;

/**
 * The search reaches rank order (E12) from a plan that breaks it: every cadre of the register sits
 * somewhere, so no change move can help; swaps that move the senior member into a leader seat can.
 */
class RankOrderSearchTest {
    private final Campaign full = new CampaignLoader().loadDefault();
    // 阳泉 (山西): partners 水司, 中国环境监测总站, 上海; 3 ordinary groups
    private final Campaign campaign = full.withCities(List.of(full.city("阳泉").orElseThrow()));

    private Cadre cadre(String id, String unit, Rank rank) {
        return new Cadre(id, "名" + id, campaign.units().find(unit).orElseThrow(), rank, "", true, 1, List.of(),
                List.of(), 2);
    }

    @Test
    void e12_aSeniorMemberUnderAJuniorLeaderEndsInALeaderSeat() {
        Round r = campaign.roundCalendar().round(12).orElseThrow();
        // a district bureau of 上海 (the partner province) may lead an ordinary group and sit in one (E6)
        Unit district = new Unit("浦东新区生态环境局", List.of(), UnitType.LOCAL, "上海");
        Cadre junior = new Cadre("L", "名L", district, Rank.STAFF, "", true, 1, List.of(), List.of(), 2);   // leads
        Cadre senior = new Cadre("M", "名M", district, Rank.DIVISION, "", true, 1, List.of(), List.of(), 2); // member
        List<Cadre> cadres = new ArrayList<>(List.of(junior, senior,
                cadre("c0", "水司", Rank.BUREAU), cadre("c1", "上海", Rank.SECTION),
                cadre("c2", "中国环境监测总站", Rank.STAFF), cadre("c3", "中国环境监测总站", Rank.STAFF),
                cadre("g2", "上海", Rank.SECTION), cadre("g3", "上海", Rank.SECTION)));
        for (int i = 0; i < 5; i++) {
            cadres.add(cadre("m" + i, i % 2 == 0 ? "人事司" : "大气环境司", Rank.STAFF));
        }
        Register register = new Register("t", cadres);
        ProblemBuilder builder = new ProblemBuilder(campaign, register);
        PlanningProblem problem = builder.problem(r.season(), List.of(r));
        List<String> order = List.of("c0", "c1", "c2", "c3", "L", "M", "m0", "g2", "m1", "m2", "g3", "m3", "m4");
        List<SeatAssignment> seats = problem.solution().getSeats();
        assertThat(seats).hasSize(order.size());
        for (int i = 0; i < seats.size(); i++) {
            String id = order.get(i);
            seats.get(i).setCadre(cadres.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow());
        }
        assertThat(new PlanChecker(campaign).check(RotationSolver.toPlan(campaign, register, r.season(), List.of(r),
                problem.solution()))).anyMatch(b -> b.rule() == RuleId.E12);

        SolveResult result = new RotationSolver().solve(problem, new SolveSettings(null, null, 200, 0L),
                SolveProgress.NONE);
        var breaks = new PlanChecker(campaign).check(result.plan());
        assertThat(PlanChecker.hardCount(breaks)).as(breaks.toString()).isZero();
        assertThat(PlanChecker.unfilledCount(breaks)).isZero();
        // nobody in an ordinary group outranks the 处级 cadre, so rank order puts them in a leader seat
        assertThat(result.plan().assignments()).filteredOn(a -> senior.equals(a.cadre())).singleElement()
                .satisfies(a -> assertThat(a.seat().index()).isZero());
    }
}
