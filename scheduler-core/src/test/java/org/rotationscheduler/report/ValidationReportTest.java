package org.rotationscheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleSettings;

/**
 * validate's summary and warnings on the default campaign with a made-up register: every unit has
 * 5 bureau-level cadres (so each city's three partner units have 15 for 12 autumn rounds, E3), and
 * every provincial department 30 division-level cadres (ordinary leaders, E6).
 */
class ValidationReportTest {
    private static final Campaign CAMPAIGN = new CampaignLoader().loadDefault();

    private final List<List<String>> rows = new ArrayList<>(List.of(RegisterReader.COLUMNS));

    /** Adds n cadres: id, unit, rank, then optional unavailable and pregnant ranges. */
    private void add(int n, String unit, String rank, String unavailable, String pregnant) {
        for (int i = 0; i < n; i++) {
            String id = "c" + rows.size();
            rows.add(List.of(id, "name" + rows.size(), unit, "", "", rank, "", "是", "1", unavailable, pregnant, "",
                    ""));
        }
    }

    private void standardRegister(Predicate<Unit> skipBureau) {
        for (Unit u : CAMPAIGN.units().units()) {
            if (u.type() == UnitType.LOCAL) {
                add(10, u.name(), "科级", "", "");
                continue;
            }
            if (!skipBureau.test(u)) {
                add(5, u.name(), "司局级", "", "");
            }
            add(u.type() == UnitType.PROVINCIAL ? 30 : 10, u.name(), "处级", "", "");
        }
    }

    private Register register() {
        return new RegisterReader(CAMPAIGN.units()).read(rows, "test-register.csv");
    }

    private static List<Warning> warnings(ValidationReport report, String season, String rule) {
        return report.warnings().stream().filter(w -> w.season().equals(season) && w.rules().contains(rule)).toList();
    }

    @Test
    void candidatesPerSeatKindWithMinAndMedianOverCities() {
        standardRegister(u -> u.name().equals("办公厅"));
        ValidationReport report = new ValidationReport(CAMPAIGN, register());

        CandidateCount leader = report.candidates().stream()
                .filter(c -> c.season().equals("autumn-2019") && c.seatKind().equals("central/leader"))
                .findFirst().orElseThrow();
        // E3: 北京's partners are 办公厅 (no bureau-level cadre here), 信息中心 and 海南: 10; 铜川 has 7 units: 35
        assertThat(leader.cities()).isEqualTo(39);
        assertThat(leader.min()).isEqualTo(10);
        assertThat(leader.fewestCity()).isEqualTo("北京");
        assertThat(leader.median()).isEqualTo(15.0);
        assertThat(leader.label()).isEqualTo("中心组 组长");
        assertThat(report.candidates()).extracting(CandidateCount::season).contains("regular-2019", "autumn-2019",
                "regular-2020", "autumn-2020");
        assertThat(report.render()).contains("Eligible candidates per seat kind").contains("central/leader")
                .contains("中心组 组长, fewest in 北京");
    }

    @Test
    void e3_aCityWhosePartnersHaveTooFewBureauCadresIsNamed() {
        standardRegister(u -> u.name().equals("办公厅"));
        ValidationReport report = new ValidationReport(CAMPAIGN, register());

        List<Warning> e3 = warnings(report, "autumn-2019", "E3");
        assertThat(e3).anySatisfy(w -> assertThat(w.message()).startsWith("中心组 组长 seats:")
                .contains("北京 12 seats, at most 10 (10 cadres)"));
        // the regular season's central leader is E1's, from any ministry unit: no shortage
        assertThat(warnings(report, "regular-2019", "E1")).isEmpty();
    }

    @Test
    void e3_aSharedPartnerUnitCountsOnceAcrossItsCities() {
        standardRegister(u -> false);
        ValidationReport report = new ValidationReport(CAMPAIGN, register());

        List<Warning> e3 = warnings(report, "autumn-2019", "E3");
        // every city alone has 15 for 12 seats ...
        assertThat(e3).noneSatisfy(w -> assertThat(w.message()).contains("cities have fewer eligible cadres"));
        // ... but 中国环境科学研究院 partners five cities: 25 lead + 5 + 25 provincial cadres for 60 seats
        assertThat(e3).anySatisfy(w -> assertThat(w.message())
                .contains("the cities sharing partner unit 中国环境科学研究院 (石家庄, 唐山, 衡水, 晋城, 渭南) have 60 seats")
                .contains("can fill at most 55"));
    }

    @Test
    void e6_ordinaryLeadersPerPartnerProvince() {
        standardRegister(u -> false);
        ValidationReport report = new ValidationReport(CAMPAIGN, register());

        // 河北 partners 济南 (7 ordinary groups), 聊城 (5) and 滨州 (4): 192 leader seats in 12 rounds; 30
        // division-level cadres of 河北's department at 3 rounds each (F1 maxPerSeason) and 5 bureau-level
        // at 1 (E4) can take 95; 河北's local bureaus have no 科级 leader eligible? They do: 8 x 10 at 3 each
        List<Warning> e6 = warnings(report, "autumn-2019", "E6");
        assertThat(e6).anySatisfy(w -> assertThat(w.message()).startsWith("普通组 组长 seats:")
                .contains("the cities paired with province 浙江 (石家庄, 淄博)"));
        assertThat(e6).allSatisfy(w -> assertThat(w.message()).contains("F1 maxPerSeason 3"));
    }

    @Test
    void e4_cadresWhoseDatesLeaveNoRoundAreNamedWithoutTheirPrivateState() {
        standardRegister(u -> false);
        add(1, "办公厅", "司局级", "2019-09-01..2019-12-31", "2020-01-01..2020-03-31");
        String id = rows.get(rows.size() - 1).get(0);
        ValidationReport report = new ValidationReport(CAMPAIGN, register());

        List<Warning> e4 = warnings(report, "autumn-2019", "E4");
        assertThat(e4).singleElement().satisfies(w -> assertThat(w.message())
                .contains("not eligible for these dates").contains(id + " "));
        assertThat(warnings(report, "autumn-2020", "E4")).isEmpty();
        String text = report.render().toLowerCase();
        assertThat(text).doesNotContain("pregnan").doesNotContain("nursing").doesNotContain("health")
                .doesNotContain("孕").doesNotContain("哺乳").doesNotContain("健康");
    }

    @Test
    void e4_aQuotaAboveF1sMaximumIsAConfigurationWarning() {
        standardRegister(u -> false);
        RuleSettings r = CAMPAIGN.rules();
        RuleSettings oneRound = new RuleSettings(r.enabled(), r.weights(), new org.rotationscheduler.rules.QuotaRule(
                r.quota().scope(), r.quota().seasons(), r.quota().ranks(), r.quota().units(), 2), r.minRoundsOff(),
                r.unfilledWeight(), 1, r.maxPerCampaign(), r.maxWeight(), r.minPartyMembers(), r.secretaryFromLead());
        ValidationReport report = new ValidationReport(CAMPAIGN.withRules(oneRound), register());

        assertThat(warnings(report, "autumn-2019", "F1")).anySatisfy(w -> assertThat(w.message())
                .contains("E4 asks 2 rounds of each of its cadres, but F1 maxPerSeason is 1"));
    }

    @Test
    void aGenerousRegisterHasNoWarnings() {
        for (Unit u : CAMPAIGN.units().units()) {
            if (u.type() != UnitType.LOCAL) {
                add(15, u.name(), "司局级", "", "");
            }
            add(u.type() == UnitType.PROVINCIAL ? 120 : 10, u.name(), "处级", "", "");
        }
        ValidationReport report = new ValidationReport(CAMPAIGN, register());
        assertThat(report.warnings()).isEmpty();
        assertThat(report.render()).contains("No warnings");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ValidationReport.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
        assertThat(ValidationReport.median(List.of(7))).isEqualTo(7.0);
        assertThat(ValidationReport.median(List.of())).isZero();
    }

    @Test
    void theWarningTextNamesItsRulesAndSeason() {
        Warning w = new Warning(List.of("E3", "E5"), "autumn-2019", "中心组 组长 seats: ...");
        assertThat(w).hasToString("WARNING E3 E5: autumn-2019: 中心组 组长 seats: ...");
        assertThat(Map.of("k", w).get("k").rules()).containsExactly("E3", "E5");
    }
}
