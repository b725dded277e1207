package org.rotationscheduler.rules;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Spec §8 and G4: another campaign of the family by YAML alone: 14-day rounds, a special group
 * kind with its own seat template and its own leader rank, no code change.
 */
class FamilyCampaignTest {
    @TempDir
    Path dir;

    private Campaign family() throws IOException {
        Path file = dir.resolve("family.yaml");
        Files.writeString(file, """
                extends: default
                calendar:
                  roundDays: 14
                groupKinds:
                  - {id: central, label: 中心组, name: 中心组, seats: [leader, deputy, liaison, member]}
                  - {id: ordinary, label: 普通组, name: '普通组{n}', seats: [leader, member, member]}
                  - {id: special, label: 特别组, name: '特别组{n}', seats: [leader, member, member, member]}
                groupCounts:
                  cities:
                    北京: {ordinary: 9, special: 1}
                eligibility:
                  - {rule: E3, seasons: [autumn], groups: [central], seats: [leader], units: [partner], minRank: bureau}
                  - {rule: E5, groups: [central], units: [partner]}
                  - {rule: E1, groups: [special], seats: [leader], units: [ministry, dispatched, affiliated], minRank: division}
                  - {rule: E6, groups: [ordinary, special], seats: [member], units: [ministry, dispatched, affiliated, local]}
                  - {rule: E6, groups: [ordinary], seats: [leader], units: [partner-provincial, partner-province-local]}
                """, StandardCharsets.UTF_8);
        return new CampaignLoader().load(file);
    }

    @Test
    void g4_aSpecialGroupTakesItsSeatsFromItsTemplate() throws IOException {
        Campaign c = family();
        assertThat(c.rounds().get(0).days().days()).isEqualTo(14);
        List<Seat> beijing = c.seats(List.of(c.rounds().get(0))).stream()
                .filter(s -> s.city().name().equals("北京") && s.group().name().equals("特别组1")).toList();
        assertThat(beijing).extracting(Seat::roleLabel).containsExactly("组长", "干部", "干部", "干部");
        assertThat(c.seats(List.of(c.rounds().get(0)))).noneMatch(s -> s.city().name().equals("天津")
                && s.group().kind().id().equals("special"));
    }

    @Test
    void theSpecialGroupsLeaderRankIsData() throws IOException {
        Campaign c = family();
        var round = c.rounds().get(0);
        Seat leader = c.seats(List.of(round)).stream()
                .filter(s -> s.city().name().equals("北京") && s.group().name().equals("特别组1") && s.index() == 0)
                .findFirst().orElseThrow();
        Cadre division = new Cadre("a", "甲", c.units().find("人事司").orElseThrow(), Rank.DIVISION, "", true, 1,
                List.of(), List.of(), 2);
        Cadre staff = new Cadre("b", "乙", c.units().find("人事司").orElseThrow(), Rank.STAFF, "", true, 1,
                List.of(), List.of(), 3);
        Eligibility eligibility = new Eligibility(c.eligibility(), c.rules());
        assertThat(eligibility.eligible(leader, division)).isTrue();
        assertThat(eligibility.eligible(leader, staff)).isFalse();

        List<Assignment> plan = c.seats(List.of(round)).stream()
                .map(s -> new Assignment(s, s.equals(leader) ? staff : null)).toList();
        var breaks = new PlanChecker(c).check(new Plan(c, new Register("t", List.of(division, staff)), round.season(),
                List.of(round), plan));
        assertThat(breaks).filteredOn(b -> b.hard() && b.rule() != RuleId.UNFILLED).singleElement()
                .satisfies(b -> assertThat(b.rule()).isEqualTo(RuleId.E1))
                .satisfies(b -> assertThat(b.message()).contains("特别组1"));
    }
}
