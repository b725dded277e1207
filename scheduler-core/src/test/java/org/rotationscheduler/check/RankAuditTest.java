package org.rotationscheduler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/** The audit behind the README's issue-#11 figures counts what an assignment table shows. */
class RankAuditTest {
    private final Campaign campaign = new CampaignLoader().loadDefault();

    private Cadre cadre(String id, String unit, Rank rank) {
        return new Cadre(id, "名" + id, campaign.units().find(unit).orElseThrow(), rank, "", true, 1, List.of(),
                List.of(), 2);
    }

    @Test
    void countsBureauPlainMembersOutrankedHeadsAndJuniorDeputiesWithASeniorFree(@TempDir Path dir) throws IOException {
        // 阳泉 (partners 水司, 中国环境监测总站, 上海), round 12: a 科员 deputy under whom a 处级 liaison and
        // a 司局级 member sit, while a 处级 cadre of 水司 is free
        Path csv = dir.resolve("assignments.csv");
        Files.writeString(csv, String.join("\n",
                "round,start,end,city,group,seat,cadre_id,name,unit,rank",
                "12,2019-10-13,2019-10-27,阳泉,中心组,组长,a,名a,水利部水资源管理司,司局级",
                "12,2019-10-13,2019-10-27,阳泉,中心组,副组长,b,名b,上海市生态环境局,科员",
                "12,2019-10-13,2019-10-27,阳泉,中心组,联络员,c,名c,中国环境监测总站,处级",
                "12,2019-10-13,2019-10-27,阳泉,中心组,干部,d,名d,中国环境监测总站,司局级",
                "12,2019-10-13,2019-10-27,阳泉,普通组1,组长,,,,",
                ""), StandardCharsets.UTF_8);
        Register register = new Register("t", List.of(cadre("a", "水司", Rank.BUREAU), cadre("b", "上海", Rank.STAFF),
                cadre("c", "中国环境监测总站", Rank.DIVISION), cadre("d", "中国环境监测总站", Rank.BUREAU),
                cadre("free", "水司", Rank.DIVISION)));
        RankAudit.Figures f = RankAudit.audit(campaign, register, csv);
        assertThat(f.seats()).isEqualTo(5);
        assertThat(f.filled()).isEqualTo(4);
        assertThat(f.bureauPlainMembers()).isEqualTo(1);
        assertThat(f.groups()).isEqualTo(2);
        assertThat(f.leadersOutranked()).isZero();
        assertThat(f.deputiesOutranked()).isEqualTo(1);
        assertThat(f.staffHeads()).isEqualTo(1);
        assertThat(f.staffHeadsWithSeniorFree()).isEqualTo(1);
        assertThat(f.autumnCentralLeaders()).isEqualTo(1);
        assertThat(f.divisionAutumnCentralLeaders()).isZero();
    }
}
