package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.CAMPAIGN;
import static org.rotationscheduler.cli.Cli.HEADER;
import static org.rotationscheduler.cli.Cli.REGISTER;
import static org.rotationscheduler.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;

/** {@code validate} on valid input: exit 0, the summary, the candidates and the warnings. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void validInputWithWarningsExitsZero() throws IOException {
        Path campaign = write(dir, "base.yaml", CAMPAIGN);
        Path register = write(dir, "reg.csv", REGISTER);
        Result r = Cli.validate(campaign, register);

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Campaign: test campaign").contains("12 rounds of 15 days")
                .contains("autumn-2020    rounds  1-12").contains("Register: ").contains("5 cadres")
                .contains("Eligible candidates per seat kind")
                .contains("autumn-2020    central/leader       2 cities  min     3");
        // E5: a central group of 2 seats for 12 rounds needs 24 seat-rounds from the city's 3 partner units,
        // whose 3 cadres can serve at most 6 rounds each (E11)
        assertThat(r.out()).contains("WARNING E5 E10: autumn-2020: 中心组 (all seats) seats: 2 of 2 cities")
                .contains("石家庄 24 seats, at most 18 (3 cadres)");
    }

    @Test
    void theDefaultCampaignWithASmallRegister() throws IOException {
        Path register = write(dir, "reg.csv", HEADER
                + "b1,甲,办公厅,,,司局级,,是,0,,,,\n"
                + "b2,乙,信息中心,,,司局级,,否,0,,,,\n"
                + "b3,丙,海南,,,处级,总队长,是,0,,,,\n"
                + "b4,丁,石家庄市生态环境局,,,科级,,是,0,,2019-11-01..2020-02-01,,\n");
        Result r = Cli.run("validate", "--register", register.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("39 cities, 300 groups and 939 seats in round 1")
                .contains("regular-2019   rounds  1-10").contains("autumn-2019    rounds 11-22")
                .contains("WARNING E3 E5 E10: autumn-2019: 中心组 组长 seats: 39 of 39 cities")
                .contains("北京 12 seats, at most 2 (2 cadres)");
        assertThat(r.out().toLowerCase()).doesNotContain("pregnan").doesNotContain("nursing").doesNotContain("health");
    }

    @Test
    void aPlannersCampaignExtendingTheDefault() throws IOException {
        Path campaign = write(dir, "mine.yaml", """
                extends: default
                calendar:
                  roundDays: 14
                rules:
                  E11: {enabled: false}
                """);
        Path register = write(dir, "reg.csv", HEADER + "b1,甲,办公厅,,,司局级,,是,0,,,,\n");
        Result r = Cli.validate(campaign, register);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("51 rounds of 14 days").contains("mine.yaml");
    }
}
