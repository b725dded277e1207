package org.rotationscheduler.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.generate.RegisterGeneratorTest.DEFAULT;
import static org.rotationscheduler.generate.RegisterGeneratorTest.generate;
import static org.rotationscheduler.generate.RegisterGeneratorTest.season;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/**
 * The example registers of examples/: a full default autumn season (the default register of every
 * command) and the small campaign's. Each must be exactly what its documented command writes, so
 * its planted roster, checked here, is known to exist.
 */
class ExampleFilesTest {

    @Test
    void fullDefaultAutumnSeason_sevenThousandCadresPlantedWithoutBrokenRules() throws Exception {
        List<Round> rounds = season(DEFAULT, "autumn", 2019);
        GeneratedRegister g = generate(DEFAULT, rounds, 7000, 2019, Profile.NORMAL);

        assertThat(rounds).extracting(Round::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(11, 22).boxed().toList());
        assertThat(g.planted()).hasSize(11_268).allMatch(Assignment::filled);
        assertThat(g.cadres()).hasSize(7000);
        assertThat(IndependentRosterCheck.check(DEFAULT, g)).isEmpty();

        GeneratedRegister.Stats s = g.stats();
        assertThat(s.slackCadres() * 100 / s.plantedCadres()).as("slack, %% of planted").isBetween(20, 30);
        assertThat(s.partyMembers() * 100 / 7000).as("party members, %%").isBetween(60, 70);
        assertThat(s.servedBefore() * 100 / 7000).as("served before, %%").isBetween(40, 60);
        assertThat(s.byType()).containsOnlyKeys(UnitType.values());
        Map<Cadre, Integer> load = new HashMap<>();
        g.planted().forEach(a -> load.merge(a.cadre(), 1, Integer::sum));
        assertThat(load.values()).allMatch(n -> n >= 1 && n <= 3);

        Path example = Path.of("../examples/register-season.csv");
        assertThat(Files.readString(example, StandardCharsets.UTF_8))
                .as("examples/register-season.csv must be what 'scheduler generate --cadres 7000 --seed 2019"
                        + " --out examples/register-season.csv --force' writes; regenerate it (examples/README.md)")
                .isEqualTo(g.csv());
    }

    @Test
    void smallExampleRegister_isWhatItsDocumentedCommandWrites() throws Exception {
        Campaign c = new CampaignLoader().load("../examples/small/campaign.yaml");
        List<Round> rounds = season(c, "autumn", 2019);
        assertThat(rounds).hasSize(9);
        GeneratedRegister g = generate(c, rounds, 250, 7, Profile.NORMAL);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        assertThat(Files.readString(Path.of("../examples/small/register.csv"), StandardCharsets.UTF_8))
                .as("regenerate examples/small/register.csv with the command in examples/README.md")
                .isEqualTo(g.csv());
    }

    @Test
    void countyGroupsExampleRegister_isWhatItsDocumentedCommandWrites_everyPlantedCadreTwoRounds() throws Exception {
        // a family campaign of §8: no seasons, no partners, E4 "0 or 2" over the campaign
        Campaign c = new CampaignLoader().load("../examples/county-groups/campaign.yaml");
        GeneratedRegister g = generate(c, c.rounds(), 1370, 14, Profile.NORMAL);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        assertThat(g.planted()).hasSize(2480).allMatch(Assignment::filled);
        Map<Cadre, Integer> load = new HashMap<>();
        g.planted().forEach(a -> load.merge(a.cadre(), 1, Integer::sum));
        assertThat(load.values()).containsOnly(2);
        // about 10% reserves, who serve no round: 0 keeps a "0 or 2" quota
        assertThat(g.cadres().size() - load.size()).isEqualTo(130);
        assertThat(Files.readString(Path.of("../examples/county-groups/register.csv"), StandardCharsets.UTF_8))
                .as("regenerate examples/county-groups/register.csv with the command in examples/README.md")
                .isEqualTo(g.csv());
    }
}
