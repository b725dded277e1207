package org.rotationscheduler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.report.PartyBranches.Branch;
import org.rotationscheduler.report.PartyBranches.SecretaryBasis;
import org.rotationscheduler.rules.RuleSettings;

class PartyBranchesTest {
    private final Plan plan = HandMadePlan.small();

    @Test
    void o3_oneBranchPerCityAndRound_byCityThenRound() {
        List<Branch> branches = PartyBranches.of(plan);
        assertThat(branches).extracting(b -> b.city().name() + " " + b.round().number())
                .containsExactly("北京 12", "北京 13", "石家庄 12", "石家庄 13");
        assertThat(branches).extracting(Branch::teamSize).containsExactly(6, 7, 4, 3);
    }

    @Test
    void o3_partyMembersAreTheTeamsPartyMembersInSeatOrder() {
        Branch beijing12 = PartyBranches.of(plan).get(0);
        assertThat(beijing12.partyMembers()).extracting(m -> m.cadre().id()).containsExactly("c01", "c02", "c08", "c04");
        assertThat(beijing12.belowMinimum()).isFalse();
        assertThat(beijing12.notes()).isEmpty();
    }

    @Test
    void o3_neverA科员SecretaryOverAMoreSeniorPartyMember() {
        // 石家庄's lead unit is 督察办: its only party member in the team is 吴芳, a 科员; 赵磊 and
        // 杨帆 (处级) are party members too, so the earlier seat of them (副组长) is proposed
        Branch shijiazhuang12 = PartyBranches.of(plan).get(2);
        assertThat(shijiazhuang12.secretary().cadre().id()).isEqualTo("c07");
        assertThat(shijiazhuang12.basis()).isEqualTo(SecretaryBasis.MOST_SENIOR_OVER_JUNIOR_LEAD);
        assertThat(shijiazhuang12.notes()).contains("牵头单位（督察办）在组党员均为科员，书记为职级最高的党员（F6）");
        // the branch lists its party members by rank: 吴芳 (科员) last
        assertThat(shijiazhuang12.partyMembers()).last().satisfies(m -> assertThat(m.cadre().id()).isEqualTo("c10"));
        // 北京's lead unit 办公厅 has 王建国 (司局级), the most senior of the team
        assertThat(PartyBranches.of(plan).get(0).secretary().cadre().id()).isEqualTo("c01");
        assertThat(PartyBranches.of(plan).get(0).basis()).isEqualTo(SecretaryBasis.LEAD_UNIT);
    }

    @Test
    void o3_aJuniorLeadUnitMemberIsSecretaryWhenNobodyIsMoreSenior() {
        Campaign campaign = HandMadePlan.campaign();
        Plan juniors = HandMadePlan.plan(campaign, HandMadePlan.rounds(campaign).subList(0, 1), List.of(
                HandMadePlan.cadre(campaign, "y1", "甲", "信息中心", org.rotationscheduler.domain.model.Rank.STAFF, true),
                HandMadePlan.cadre(campaign, "y2", "乙", "办公厅", org.rotationscheduler.domain.model.Rank.STAFF, true)),
                "y1", "y2");
        Branch b = PartyBranches.of(juniors).get(0);
        assertThat(b.secretary().cadre().id()).isEqualTo("y2");
        assertThat(b.basis()).isEqualTo(SecretaryBasis.LEAD_UNIT);
    }

    @Test
    void f6_withoutALeadUnitPartyMemberTheMostSeniorPartyMemberIsProposed_andShortBranchesAreNoted() {
        Branch beijing13 = PartyBranches.of(plan).get(1);
        // party members 冯刚 (处级) and 罗宁 (科级); 郑华 of the lead unit 办公厅 is not a party member
        assertThat(beijing13.partyMembers()).extracting(m -> m.cadre().id()).containsExactly("c12", "c15");
        assertThat(beijing13.secretary().cadre().id()).isEqualTo("c12");
        assertThat(beijing13.basis()).isEqualTo(SecretaryBasis.MOST_SENIOR);
        assertThat(beijing13.belowMinimum()).isTrue();
        assertThat(beijing13.notes()).containsExactly("牵头单位（办公厅）无党员在组，书记为职级最高的党员（F6）", "党员2名，少于3名（F6）");
    }

    @Test
    void f6_aTeamWithoutPartyMembersHasNoSecretaryAndSaysSo() {
        Campaign campaign = HandMadePlan.campaign();
        Plan nobody = HandMadePlan.plan(campaign, HandMadePlan.rounds(campaign).subList(0, 1),
                List.of(HandMadePlan.cadre(campaign, "x1", "甲", "办公厅", org.rotationscheduler.domain.model.Rank.BUREAU, false)),
                "x1");
        Branch b = PartyBranches.of(nobody).get(0);
        assertThat(b.secretary()).isNull();
        assertThat(b.basis()).isEqualTo(SecretaryBasis.NONE);
        assertThat(b.notes()).contains("无党员，需由牵头单位（办公厅）党组织指定书记（F6）", "党员0名，少于3名（F6）");
    }

    @Test
    void f6_withSecretaryFromLeadOffTheMostSeniorPartyMemberIsProposed() {
        RuleSettings r = plan.campaign().rules();
        RuleSettings off = new RuleSettings(r.enabled(), r.weights(), r.quota(), r.minRoundsOff(), r.unfilledWeight(),
                r.maxPerSeason(), r.maxPerCampaign(), r.maxWeight(), r.minPartyMembers(), false);
        Plan relaxed = new Plan(plan.campaign().withRules(off), plan.register(), plan.season(), plan.rounds(),
                plan.assignments());
        Branch shijiazhuang12 = PartyBranches.of(relaxed).get(2);
        // 赵磊 and 杨帆 are both 处级: the earlier seat (副组长) wins
        assertThat(shijiazhuang12.secretary().cadre().id()).isEqualTo("c07");
        assertThat(shijiazhuang12.basis()).isEqualTo(SecretaryBasis.MOST_SENIOR);
        assertThat(shijiazhuang12.notes()).isEmpty();
    }
}
