package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleId;

/** What the feasibility bound proves about E12 (rank order) and, with E3 softened, about F8. */
class FeasibilityBoundTest {
    private final Campaign full = new CampaignLoader().loadDefault();
    // 阳泉 (山西): 3 ordinary groups; partners 水司, 中国环境监测总站, 上海
    private final Campaign campaign = full.withCities(List.of(full.city("阳泉").orElseThrow()));

    private Cadre cadre(String id, String unit, Rank rank) {
        return new Cadre(id, "名" + id, campaign.units().find(unit).orElseThrow(), rank, "", true, 1, List.of(),
                List.of(), 2);
    }

    private static List<Cadre> many(int n, String prefix, java.util.function.Function<String, Cadre> make) {
        List<Cadre> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(make.apply(prefix + i));
        }
        return out;
    }

    @Test
    void e12_membersWhoAllOutrankEveryPossibleLeaderCannotFillTheGroup() {
        Campaign c = campaign;
        Round r = c.roundCalendar().round(12).orElseThrow();
        List<Cadre> cadres = new ArrayList<>();
        cadres.addAll(many(4, "lead", id -> cadre(id, "上海", Rank.STAFF)));       // ordinary leaders: 科员 only
        cadres.addAll(many(8, "mem", id -> cadre(id, "人事司", Rank.DIVISION)));    // ordinary members: 处级 only
        cadres.addAll(many(2, "cl", id -> cadre(id, "水司", Rank.BUREAU)));
        cadres.addAll(many(6, "cm", id -> cadre(id, "中国环境监测总站", Rank.SECTION)));
        RotationSolution problem = new ProblemBuilder(c, new Register("t", cadres)).build(List.of(r));
        FeasibilityBound.Report report = new FeasibilityBound().check(problem);
        assertThat(report.shortages()).filteredOn(s -> s.rule().equals("E9")).isEmpty();
        assertThat(report.shortages()).filteredOn(s -> s.rule().equals("E12")).singleElement()
                .satisfies(s -> assertThat(s.missing()).isEqualTo(6))
                .satisfies(s -> assertThat(s.describe()).contains("阳泉").contains("[E12]"));
        assertThat(report.feasible()).isFalse();

        // one 处级 leader candidate per group: rank order can hold
        cadres.addAll(many(3, "dl", id -> cadre(id, "上海", Rank.DIVISION)));
        RotationSolution fixed = new ProblemBuilder(c, new Register("t", cadres)).build(List.of(r));
        assertThat(new FeasibilityBound().check(fixed).feasible()).isTrue();
    }

    @Test
    void f8_withE3SoftenedTheBoundCountsTheDivisionLevelLeadersNoPlanAvoids() {
        Campaign softened = campaign.withRules(campaign.rules().withEnabled(RuleId.E3, false));
        var season = softened.roundCalendar().season("autumn", 2019).orElseThrow();
        List<Round> rounds = softened.roundCalendar().roundsOf(season);
        List<Cadre> cadres = new ArrayList<>();
        cadres.addAll(many(5, "b", id -> cadre(id, "水司", Rank.BUREAU)));          // E4: one round each
        cadres.addAll(many(40, "d", id -> cadre(id, "中国环境监测总站", Rank.DIVISION)));
        cadres.addAll(many(60, "l", id -> cadre(id, "上海", Rank.DIVISION)));
        cadres.addAll(many(80, "m", id -> cadre(id, "人事司", Rank.SECTION)));
        FeasibilityBound.Report report = new FeasibilityBound()
                .check(new ProblemBuilder(softened, new Register("t", cadres)).build(rounds));
        assertThat(report.e3Softened()).isTrue();
        assertThat(report.seniorLeaderSeats()).isEqualTo(rounds.size());
        assertThat(report.unavoidableJuniorLeaders()).isEqualTo(rounds.size() - 5);
        assertThat(report.provedLine()).contains("E3 is softened").contains((rounds.size() - 5) + " of "
                + rounds.size()).doesNotContain("E3/E4");

        // a bureau-level cadre for every round: none is unavoidable; with E3 on the line is E3/E4's
        cadres.addAll(many(rounds.size() - 5, "x", id -> cadre(id, "水司", Rank.BUREAU)));
        assertThat(new FeasibilityBound().check(new ProblemBuilder(softened, new Register("t", cadres)).build(rounds))
                .unavoidableJuniorLeaders()).isZero();
        FeasibilityBound.Report strict = new FeasibilityBound()
                .check(new ProblemBuilder(campaign, new Register("t", cadres)).build(rounds));
        assertThat(strict.e3Softened()).isFalse();
        assertThat(strict.provedLine()).contains("every E4 quota can be met").doesNotContain("E3 is softened");
    }
}
