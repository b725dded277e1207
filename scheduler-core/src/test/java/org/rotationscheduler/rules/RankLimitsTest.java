package org.rotationscheduler.rules;

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
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/** E13: rank limits per seat in both directions (minRank and maxRank), as eligibility data. */
class RankLimitsTest {
    @TempDir
    Path dir;

    /** A family campaign whose county groups are led by division-level cadres, no higher, no lower (§8). */
    private Campaign countyGroups() throws IOException {
        Path file = dir.resolve("family.yaml");
        Files.writeString(file, """
                extends: default
                groupKinds:
                  - {id: central, label: 中心组, name: 中心组, seats: [leader, deputy, liaison, member]}
                  - {id: ordinary, label: 普通组, name: '普通组{n}', seats: [leader, member, member]}
                  - {id: county, label: 县区组, name: '县区组{n}', seats: [leader, member, member]}
                groupCounts:
                  cities:
                    北京: {ordinary: 9, county: 1}
                eligibility:
                  - {rule: E3, seasons: [autumn], groups: [central], seats: [leader], units: [partner], minRank: bureau}
                  - {rule: E5, groups: [central], units: [partner]}
                  - {rule: E13, groups: [county], seats: [leader], minRank: division, maxRank: division}
                """, StandardCharsets.UTF_8);
        return new CampaignLoader().load(file);
    }

    private static Cadre cadre(Campaign c, String id, Rank rank) {
        return new Cadre(id, "姓名" + id, c.units().find("人事司").orElseThrow(), rank, "", true, 1, List.of(),
                List.of(), 2);
    }

    private static Seat countyLeader(Campaign c) {
        return c.seats(List.of(c.rounds().get(0))).stream()
                .filter(s -> s.city().name().equals("北京") && s.group().name().equals("县区组1") && s.index() == 0)
                .findFirst().orElseThrow();
    }

    @Test
    void e13_maxRankKeepsBureauLevelCadresOutOfCountyLeaderSeats() throws IOException {
        Campaign c = countyGroups();
        Seat leader = countyLeader(c);
        Eligibility eligibility = new Eligibility(c.eligibility(), c.rules());
        assertThat(eligibility.eligible(leader, cadre(c, "d", Rank.DIVISION))).isTrue();
        assertThat(eligibility.eligible(leader, cadre(c, "b", Rank.BUREAU))).isFalse();
        assertThat(eligibility.eligible(leader, cadre(c, "s", Rank.SECTION))).isFalse();
        assertThat(eligibility.breaks(leader, cadre(c, "b", Rank.BUREAU))).singleElement()
                .satisfies(b -> assertThat(b.rule()).isEqualTo(RuleId.E13))
                .satisfies(b -> assertThat(b.message()).contains("E13").contains("处级 or below"));
    }

    @Test
    void e13_theCheckerNamesTheRankLimit() throws IOException {
        Campaign c = countyGroups();
        Seat leader = countyLeader(c);
        var round = c.rounds().get(0);
        Cadre bureau = cadre(c, "b", Rank.BUREAU);
        List<Assignment> plan = c.seats(List.of(round)).stream()
                .map(s -> new Assignment(s, s.equals(leader) ? bureau : null)).toList();
        var breaks = new PlanChecker(c).check(new Plan(c, new Register("t", List.of(bureau)), round.season(),
                List.of(round), plan));
        assertThat(breaks).filteredOn(b -> b.hard() && b.rule() != RuleId.UNFILLED).singleElement()
                .satisfies(b -> assertThat(b.rule()).isEqualTo(RuleId.E13))
                .satisfies(b -> assertThat(b.message()).contains("县区组1"));
    }

    @Test
    void e13_switchedOffTheLimitDoesNotBind() throws IOException {
        Path file = dir.resolve("off.yaml");
        Files.writeString(file, """
                extends: default
                rules:
                  E13: {enabled: false}
                eligibility:
                  - {rule: E13, groups: [ordinary], seats: [leader], maxRank: section}
                """, StandardCharsets.UTF_8);
        Campaign c = new CampaignLoader().load(file);
        Seat leader = c.seats(List.of(c.rounds().get(0))).stream()
                .filter(s -> s.group().kind().id().equals("ordinary") && s.index() == 0).findFirst().orElseThrow();
        assertThat(new Eligibility(c.eligibility(), c.rules()).rulesFor(leader)).noneMatch(r -> r.rule() == RuleId.E13);
    }

    @Test
    void e13_aMaximumBelowTheMinimumIsBadInputNamingTheLine() throws IOException {
        Path file = dir.resolve("upside-down.yaml");
        Files.writeString(file, """
                extends: default
                eligibility:
                  - {rule: E13, groups: [ordinary], seats: [leader], minRank: division, maxRank: section}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CampaignLoader().load(file))
                .hasMessageContaining("upside-down.yaml")
                .hasMessageContaining("maxRank section (科级) is below minRank division (处级)");
    }
}
