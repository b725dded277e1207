package org.rotationscheduler.io.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.CalendarSpec;
import org.rotationscheduler.rules.RuleId;

/** A planner's file that {@code extends: default} changes what it overrides and nothing else. */
class CampaignExtendsTest {
    private final CampaignLoader loader = new CampaignLoader();
    private final Campaign base = loader.loadDefault();

    @TempDir
    Path dir;

    @Test
    void fourteenDayRoundsAndE11OffChangeOnlyThat() throws IOException {
        Path file = write("mine.yaml", """
                extends: default
                calendar:
                  roundDays: 14
                rules:
                  E11: {enabled: false}
                """);
        Campaign mine = loader.load(file);

        CalendarSpec c = mine.calendar();
        assertThat(c.roundDays()).isEqualTo(14);
        assertThat(new CalendarSpec(c.windowStart(), c.windowEnd(), 15, c.firstStart(), c.handoverDays(),
                c.seasonOf(), c.seasons())).isEqualTo(base.calendar());
        // C1, C2: 701 days from 2019-05-01 to 2021-03-31, a round starting every 14 days inside them
        assertThat(mine.rounds()).hasSize(51);
        assertThat(mine.rounds().get(1).start()).isEqualTo(c.firstStart().plusDays(14));

        assertThat(mine.rules().isEnabled(RuleId.E11)).isFalse();
        // maps merge key by key: minRoundsOff stays, every other rule too
        assertThat(mine.rules()).isEqualTo(base.rules().withEnabled(RuleId.E11, false));

        assertThat(mine.name()).isEqualTo(base.name());
        assertThat(mine.units().units()).isEqualTo(base.units().units());
        assertThat(mine.annexes()).isEqualTo(base.annexes());
        assertThat(mine.cities()).extracting(x -> x.partners()).isEqualTo(base.cities().stream()
                .map(x -> x.partners()).toList());
        assertThat(mine.cities()).usingRecursiveFieldByFieldElementComparator().isEqualTo(base.cities());
        assertThat(mine.roles()).isEqualTo(base.roles());
        assertThat(mine.groupKinds()).isEqualTo(base.groupKinds());
        assertThat(mine.groupCounts()).isEqualTo(base.groupCounts());
        assertThat(mine.eligibility()).isEqualTo(base.eligibility());
        assertThat(mine.costs()).isEqualTo(base.costs());
        assertThat(mine.source()).isEqualTo(file.toString());
    }

    @Test
    void aChainOfFilesAndIncludesMergesInOrder() throws IOException {
        write("rates.yaml", """
                costs:
                  mealPerDay: 120
                """);
        write("middle.yaml", """
                extends: default
                include: [rates.yaml]
                calendar:
                  roundDays: 14
                """);
        Path top = write("top.yaml", """
                extends: ./middle.yaml
                calendar:
                  handoverDays: 1
                costs:
                  lodgingPerNight: 450
                """);
        Campaign mine = loader.load(top);
        assertThat(mine.calendar().roundDays()).isEqualTo(14);
        assertThat(mine.calendar().handoverDays()).isEqualTo(1);
        assertThat(mine.costs().mealPerDay()).isEqualTo(120);
        assertThat(mine.costs().lodgingPerNight()).isEqualTo(450);
        assertThat(mine.costs().carHirePerDay()).isEqualTo(base.costs().carHirePerDay());
    }

    @Test
    void listsAreReplacedWhole() throws IOException {
        Path file = write("kinds.yaml", """
                extends: default
                groupKinds:
                  - {id: central, label: 中心组, name: 中心组, seats: [leader, deputy, liaison, member]}
                  - {id: ordinary, label: 普通组, name: '普通组{n}', seats: [leader, member, member, member]}
                """);
        Campaign mine = loader.load(file);
        assertThat(mine.groupKind("ordinary").orElseThrow().seats()).hasSize(4);
        assertThat(mine.groupKinds()).hasSize(2);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
