package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.io.plan.LoadedPlan;
import org.rotationscheduler.io.plan.PlanStore;
import org.rotationscheduler.io.register.RegisterReader;
import org.rotationscheduler.io.yaml.CampaignLoader;
import org.rotationscheduler.model.Assignment;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.model.Seat;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpTeachesWithExamples() {
        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("annexes", "roster", "Examples:", "scheduler export roster --plan");
        out.getBuffer().setLength(0);
        assertThat(run("export", "roster", "--help")).isZero();
        assertThat(out.toString()).contains("--by-unit", "违反规则", "Examples:");
        out.getBuffer().setLength(0);
        assertThat(run("export", "annexes", "--help")).isZero();
        assertThat(out.toString()).contains("--out", "Examples:");
    }

    @Test
    void o1_exportAnnexesWritesBothAnnexes_andReplacesThemOnlyWithForce() throws IOException {
        Path annexes = dir.resolve("annexes");
        assertThat(run("export", "annexes", "--out", annexes.toString())).isZero();
        assertThat(out.toString()).contains("附件1.xlsx (附件1, 28 cities)", "附件2.xlsx (附件2, 11 cities)");
        assertThat(annexes.resolve("附件1.xlsx")).isRegularFile();
        assertThat(annexes.resolve("附件2.xlsx")).isRegularFile();

        assertThat(run("export", "annexes", "--out", annexes.toString())).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(err.toString()).contains("--force");
        assertThat(run("export", "annexes", "--out", annexes.toString(), "--force")).isZero();
    }

    @Test
    void o2_exportRosterWritesRosterXlsxIntoThePlanFolderByDefault() throws IOException {
        Path planDir = savePlan();
        assertThat(run("export", "roster", "--plan", planDir.toString())).as(err.toString()).isZero();
        Path roster = planDir.resolve("roster.xlsx");
        assertThat(out.toString()).contains(roster.toString(), "4 filled");
        try (XSSFWorkbook wb = open(roster)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            // one row per break the independent checker finds: the empty seats and the soft breaks
            int breaks = ExportCommand.ruleBreaks(LoadedPlan.load(planDir)).size();
            assertThat(wb.getSheet("违反规则").getLastRowNum()).isEqualTo(breaks);
            assertThat(breaks).isGreaterThan(wb.getSheet("总表").getLastRowNum() - 4);
        }
    }

    @Test
    void o2_byUnitWritesOneWorkbookPerSendingUnit_andRefusesBeforeWritingAnything() throws IOException {
        Path planDir = savePlan();
        Path units = dir.resolve("units");
        Path out = dir.resolve("out.xlsx");
        assertThat(run("export", "roster", "--plan", planDir.toString(), "--out", out.toString(), "--by-unit",
                units.toString())).as(err.toString()).isZero();
        try (var files = Files.list(units)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("办公厅.xlsx", "生态环境部信息中心.xlsx", "海南省生态环境厅.xlsx", "文件清单.csv");
        }
        Files.delete(out);
        assertThat(run("export", "roster", "--plan", planDir.toString(), "--out", out.toString(), "--by-unit",
                units.toString())).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(out).as("nothing written when the unit folder exists").doesNotExist();
        assertThat(run("export", "roster", "--plan", planDir.toString(), "--out", out.toString(), "--by-unit",
                units.toString(), "--force")).isZero();
        assertThat(out).isRegularFile();
    }

    @Test
    void aFolderThatIsNoPlanIsBadInput() {
        assertThat(run("export", "roster", "--plan", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("plan.json");
    }

    @Test
    void o5_ruleBreaksComeFromTheIndependentChecker() throws IOException {
        LoadedPlan loaded = LoadedPlan.load(savePlan());
        List<RuleBreak> breaks = ExportCommand.ruleBreaks(loaded);
        assertThat(breaks.stream().filter(b -> b.rule() == RuleId.UNFILLED).count())
                .isEqualTo(loaded.plan().unfilled());
        // 王建国 (办公厅, 司局级) leads 北京's central group in round 12: E4 is kept, nothing else is hard-broken
        assertThat(breaks).filteredOn(b -> b.hard() && b.rule() != RuleId.UNFILLED).isEmpty();
    }

    /** A plan folder over round 12 of the default campaign: 北京's central group filled, the rest empty. */
    private Path savePlan() throws IOException {
        Campaign campaign = new CampaignLoader().loadDefault();
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, String.join("\n", "id,name,unit,rank,party_member",
                "a1,王建国,办公厅,司局级,是", "a2,张伟,海南,处级,否", "a3,李明,信息中心,处级,是", "a4,孙丽,信息中心,科员,否", ""),
                StandardCharsets.UTF_8);
        Register register = new RegisterReader(campaign.units()).read(csv);
        List<Round> rounds = List.of(campaign.roundCalendar().round(12).orElseThrow());
        List<Seat> seats = campaign.seats(rounds);
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            assignments.add(new Assignment(seats.get(i), i < 4 ? register.cadres().get(i) : null));
        }
        Plan plan = new Plan(campaign, register, rounds.get(0).season(), rounds, assignments);
        Path planDir = dir.resolve("plan");
        new PlanStore().save(planDir, plan, "0hard/-935medium/0soft", Map.of(), List.of(), false);
        return planDir;
    }

    private int run(String... args) {
        CommandLine cl = SchedulerCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
