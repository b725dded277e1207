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
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.plan.PlanStore;
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
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            // one row per hard break or empty seat the independent checker finds; the soft breaks
            // are summarised (O7) and listed seat by seat in a file of their own
            var all = ExportCommand.ruleBreaks(LoadedPlan.load(planDir));
            long soft = all.stream().filter(org.rotationscheduler.report.SoftSummary::isSoft).count();
            assertThat(wb.getSheet("违反规则").getLastRowNum()).isEqualTo(all.size() - (int) soft);
            assertThat(wb.getSheet("违反规则").getLastRowNum()).isGreaterThanOrEqualTo(wb.getSheet("总表").getLastRowNum() - 4);
            try (XSSFWorkbook detail = open(planDir.resolve("软性规则明细.xlsx"))) {
                assertThat(detail.getSheetAt(0).getLastRowNum()).isEqualTo((int) soft);
            }
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

    @Test
    void o2a_exportNoticesWritesOneWordNoticePerSendingUnit_intoThePlanFolderByDefault() throws IOException {
        Path planDir = savePlan();
        assertThat(run("export", "notices", "--plan", planDir.toString(), "--date", "2019-09-20")).as(err.toString())
                .isZero();
        try (var files = Files.list(planDir.resolve("派员通知"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("办公厅.docx", "生态环境部信息中心.docx", "海南省生态环境厅.docx");
        }
        assertThat(out.toString()).contains("wrote 3 dispatch notice(s)", "执法函〔2019〕1号 to 执法函〔2019〕3号");
        try (InputStream in = Files.newInputStream(planDir.resolve("派员通知").resolve("生态环境部信息中心.docx"));
                var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (x, y) -> x + "\n" + y);
            assertThat(text).contains("生态环境部信息中心：", "执法函〔2019〕2号", "2019年9月20日");
            assertThat(doc.getTables().get(0).getRows()).hasSize(3);
            assertThat(doc.getHeaderList().get(0).getText()).contains("计划 plan");
        }
        assertThat(run("export", "notices", "--plan", planDir.toString())).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(run("export", "notices", "--plan", planDir.toString(), "--date", "2019-9-20"))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void o2a_aCampaignWithoutNoticesTextsIsBadInput() throws IOException {
        Path campaign = dir.resolve("mine.yaml");
        Files.writeString(campaign, "extends: default\n", StandardCharsets.UTF_8);
        // an extending campaign keeps the default's notices: texts
        assertThat(new CampaignLoader().loadNotices(campaign.toString())).isNotNull();
        assertThat(run("validate", "--campaign", campaign.toString(), "--register", "../examples/small/register.csv"))
                .isNotEqualTo(ExitCodes.INTERNAL_ERROR);
        Files.writeString(campaign, "extends: default\nnotices:\n  title: 关于{seson}的通知\n", StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);
        assertThat(run("validate", "--campaign", campaign.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("mine.yaml:3:", "notices.title", "unknown placeholder {seson}",
                "did you mean {season}?");
    }

    @Test
    void o6_exportReportWritesOneSelfContainedHtmlPage() throws IOException {
        Path planDir = savePlan();
        Path html = dir.resolve("r.html");
        assertThat(run("export", "report", "--plan", planDir.toString(), "--out", html.toString())).as(err.toString())
                .isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("王建国", "北京", "计划 plan", "岗位空缺")
                .doesNotContain("http://", "https://", "<link", "src=");
        assertThat(run("export", "report", "--plan", planDir.toString(), "--out", html.toString()))
                .isEqualTo(ExitCodes.OUTPUT_ERROR);
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
