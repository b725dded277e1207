package org.rotationscheduler.io.in.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.generate.GeneratedRegister;
import org.rotationscheduler.generate.Profile;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.io.out.register.RegisterWriter;

class RegisterWriterTest {
    private static Campaign campaign;
    private static GeneratedRegister generated;

    @BeforeAll
    static void generateOnce() {
        Campaign base = new CampaignLoader().loadDefault();
        campaign = base.withCities(base.cities().stream().filter(c -> Set.of("北京", "西安").contains(c.name())).toList())
                .withGroupCounts(new GroupCounts(Map.of("central", 1, "ordinary", 2), Map.of(), List.of()));
        var rounds = campaign.roundCalendar().roundsOf(campaign.roundCalendar().season("autumn", 2019).orElseThrow());
        generated = new RegisterGenerator(campaign, rounds, 240, 9, Profile.NORMAL).generate();
    }

    @Test
    void csvRoundTrip_readsBackEveryCadreAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register.csv");
        RegisterWriter.write(file, generated.cadres(), generated.privateStates(), false);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0))
                .isEqualTo("id,name,unit,unit_type,province,rank,post,party_member,rounds_served,unavailable,"
                        + "pregnant,nursing,health");
        assertSameCadres(new RegisterReader(campaign.units()).read(file), generated.cadres());
    }

    @Test
    void xlsxRoundTrip_readsBackEveryCadreAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register.xlsx");
        RegisterWriter.write(file, generated.cadres(), generated.privateStates(), false);
        assertSameCadres(new RegisterReader(campaign.units()).read(file), generated.cadres());
    }

    private static void assertSameCadres(Register read, List<Cadre> written) {
        assertThat(read.cadres()).hasSize(written.size());
        for (int i = 0; i < written.size(); i++) {
            Cadre w = written.get(i);
            Cadre r = read.cadres().get(i);
            assertThat(r.id()).isEqualTo(w.id());
            assertThat(r.name()).isEqualTo(w.name());
            assertThat(r.unit()).isEqualTo(w.unit());
            assertThat(r.unit().type()).isEqualTo(w.unit().type());
            assertThat(r.unit().province()).isEqualTo(w.unit().province());
            assertThat(r.rank()).isEqualTo(w.rank());
            assertThat(r.post()).isEqualTo(w.post());
            assertThat(r.partyMember()).isEqualTo(w.partyMember());
            assertThat(r.roundsServed()).isEqualTo(w.roundsServed());
            assertThat(r.unavailable()).isEqualTo(w.unavailable());
            assertThat(r.restricted()).isEqualTo(w.restricted());
            assertThat(r.row()).isEqualTo(i + 2);
        }
    }

    @Test
    void adHocUnitAndEveryColumn_surviveTheRoundTrip(@TempDir Path dir) throws Exception {
        Unit county = new Unit("安吉县生态环境局", List.of(), UnitType.LOCAL, "浙江");
        DateRange leave = new DateRange(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 7));
        DateRange pregnant = new DateRange(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 3, 1));
        DateRange health = new DateRange(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 20));
        Cadre c = new Cadre("X1", "李明, \"小李\"", county, Rank.SECTION, "支队长", true, 3, List.of(leave),
                List.of(), 2);
        Map<String, PrivateStates> states = Map.of("X1", new PrivateStates(List.of(pregnant), List.of(), List.of(health)));
        for (String name : List.of("one.csv", "one.xlsx")) {
            Path file = dir.resolve(name);
            RegisterWriter.write(file, List.of(c), states, false);
            Cadre back = new RegisterReader(campaign.units()).read(file).cadres().get(0);
            assertThat(back.unit()).isEqualTo(county);
            assertThat(back.unit().type()).isEqualTo(UnitType.LOCAL);
            assertThat(back.unit().province()).isEqualTo("浙江");
            assertThat(back.name()).isEqualTo("李明, \"小李\"");
            assertThat(back.post()).isEqualTo("支队长");
            assertThat(back.unavailable()).containsExactly(leave);
            // S1: read back merged, and adjacent ranges merge into one.
            assertThat(back.restricted()).containsExactly(new DateRange(pregnant.start(), health.end()));
        }
    }

    @Test
    void aCadreWithoutItsPrivateKinds_keepsItsRestrictedDaysUnderHealth() {
        DateRange days = new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        Cadre c = new Cadre("X2", "王芳", campaign.units().find("大气司").orElseThrow(), Rank.STAFF, "", false, 0,
                List.of(), List.of(days), 2);
        String csv = RegisterWriter.csv(List.of(c), Map.of());
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("X2,王芳,大气环境司,ministry,,科员,,否,0,,,,2020-01-01..2020-01-31");
    }

    @Test
    void refusesToReplaceAFileWithoutForce_andReplacesItWithForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> RegisterWriter.write(file, generated.cadres(), generated.privateStates(), false))
                .isInstanceOf(SafeFiles.FileExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me");
        RegisterWriter.write(file, generated.cadres(), generated.privateStates(), true);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(generated.csv());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anotherExtension_isRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> RegisterWriter.write(dir.resolve("register.txt"), generated.cadres(), Map.of(), false))
                .isInstanceOf(InputException.class).hasMessageContaining(".xlsx or .csv");
    }
}
