package org.rotationscheduler.io.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.CostRates;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * §8, C3, P5: campaigns of the family load by YAML alone, with messages about their own data:
 * no seasons, no partners, eligibility entries of their own, 0-or-N quotas, payers as data.
 */
class FamilyCampaignLoaderTest {
    private static final String BASE = """
            name: 测试活动
            calendar: {window: {start: 2026-06-01, end: 2026-07-01}, roundDays: 14}
            units:
              - {name: 中国环境科学研究院, type: affiliated}
              - {name: 中国环境监测总站, type: affiliated}
            roles: {leader: 组长, member: 组员}
            groupKinds:
              - {id: county, label: 县区组, name: '县区组{n}', seats: [leader, member]}
            groupCounts: {default: {county: 1}}
            cities:
              - {name: 石家庄, province: 河北}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private String problems(String yaml) throws IOException {
        Path file = write("c.yaml", yaml);
        try {
            new CampaignLoader().load(file);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("loaded without problems");
    }

    @Test
    void c3_p5_withoutSeasonsAndPartners_oneSeasonTheWindow_andNoCityHasPartners() throws IOException {
        Campaign c = new CampaignLoader().load(write("c.yaml", BASE));
        assertThat(c.roundCalendar().seasons()).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo("campaign-2026"));
        assertThat(c.rounds()).hasSize(3);
        assertThat(c.cities().get(0).hasPartners()).isFalse();
    }

    @Test
    void p5_aCityNamesItsWholeTriadOrNone() throws IOException {
        String msg = problems(BASE.replace("{name: 石家庄, province: 河北}", "{name: 石家庄, province: 河北, lead: 中国环境监测总站}"));
        assertThat(msg).contains("city '石家庄' names lead but not affiliated, partnerProvince")
                .contains("(P5)").doesNotContain("is missing");
    }

    @Test
    void p5_partnerSelectorsWhereNoCityHasPartnersAreBadInput() throws IOException {
        String msg = problems(BASE + """
                eligibility:
                  - {id: 包保单位, units: [partner]}
                """);
        assertThat(msg).contains("no city of this campaign has partner units (P5)").contains("partner");
    }

    @Test
    void eligibilityEntriesOfTheCampaignsOwn_reportedByTheirId() throws IOException {
        Campaign c = new CampaignLoader().load(write("c.yaml", BASE + """
                eligibility:
                  - {id: 直属单位人员, label: 均从直属单位选派, units: [affiliated]}
                  - {id: 组长职级, seats: [leader], minRank: division, maxRank: division}
                """));
        Seat leader = c.seats(c.rounds()).get(0);
        Cadre bureau = new Cadre("x", "甲", c.units().find("中国环境监测总站").orElseThrow(), Rank.BUREAU, "", false, 0,
                List.of(), List.of(), 2);
        List<RuleBreak> breaks = new Eligibility(c.eligibility(), c.rules()).breaks(leader, bureau);
        assertThat(breaks).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(RuleId.E13);
            assertThat(b.message()).contains("does not meet 组长职级");
        });
        assertThat(c.eligibility().get(0).label()).isEqualTo("均从直属单位选派");
    }

    @Test
    void aRuleIdThatIsNotTheSpecsSuggestsAnIdOfTheCampaignsOwn() throws IOException {
        String msg = problems(BASE + """
                eligibility:
                  - {rule: 直属单位, units: [affiliated]}
                """);
        assertThat(msg).contains("unknown rule id '直属单位'").contains("write id: 直属单位 instead");
    }

    @Test
    void e4_whoIsAllOrServing() throws IOException {
        Campaign c = new CampaignLoader().load(write("c.yaml", BASE + """
                rules:
                  E4: {scope: campaign, rounds: 2, who: serving}
                """));
        assertThat(c.rules().quota().zeroAllowed()).isTrue();
        assertThat(c.rules().quota().distance(0)).isZero();
        assertThat(c.rules().quota().distance(1)).isEqualTo(1);
        assertThat(c.rules().quota().distance(3)).isEqualTo(1);
        assertThat(problems(BASE + """
                rules:
                  E4: {scope: campaign, rounds: 2, who: some}
                """)).contains("rules.E4.who").contains("must be all").contains("or serving");
    }

    @Test
    void o4_theOfficeMayPay_andThenMustBeNamed() throws IOException {
        Campaign c = new CampaignLoader().load(write("c.yaml", BASE + """
                costs: {mealPerDay: 100, payers: {meals: office, carHire: office}, office: 组织司}
                """));
        assertThat(c.costs().payer(CostRates.CostKind.MEALS)).isEqualTo(CostRates.Payer.OFFICE);
        assertThat(c.costs().payer(CostRates.CostKind.LODGING)).isEqualTo(CostRates.Payer.PERSON);
        assertThat(c.costs().office()).isEqualTo("组织司");
        assertThat(c.costs().estimated(CostRates.CostKind.LODGING)).isFalse();
        assertThat(problems(BASE + """
                costs: {payers: {meals: office}}
                """)).contains("costs.payers").contains("name it, e.g. office:");
        assertThat(problems(BASE + """
                costs: {payers: {meals: ministry}}
                """)).contains("unknown payer 'ministry'");
    }

    @Test
    void extendsDefault_replacingKindsAndSeasons_dropsTheDefaultsReferencesToThem() throws IOException {
        Campaign c = new CampaignLoader().load(write("mine.yaml", """
                extends: default
                calendar: {window: {start: 2026-06-01, end: 2026-07-01}, roundDays: 14, firstStart: ~, seasons: ~}
                annexes: ~
                groupKinds:
                  - {id: county, label: 县区组, name: '县区组{n}', seats: [leader, member]}
                groupCounts: {default: {county: 1}}
                cities:
                  - {name: 石家庄, province: 河北}
                eligibility: []
                rules:
                  E4: {scope: campaign, seasons: ~, ranks: ~, units: ~, rounds: 2, who: serving}
                """));
        assertThat(c.groupKinds()).singleElement().satisfies(k -> assertThat(k.id()).isEqualTo("county"));
        assertThat(c.roundCalendar().seasons()).hasSize(1);
        assertThat(c.annexes()).isEmpty();
        // the default's vehiclesPerGroup {central, ordinary} and group counts are gone with those kinds
        assertThat(c.costs().vehiclesPerGroup()).isEmpty();
        assertThat(c.seats(c.rounds())).hasSize(3 * 2);
    }
}
