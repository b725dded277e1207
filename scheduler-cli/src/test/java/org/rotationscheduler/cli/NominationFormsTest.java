package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.assertBadInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.out.excel.NominationForm;

/**
 * §10 nomination forms: {@code export form --all}, the forms filled by a script the way a unit
 * fills its own (the 250 cadres of examples/small, each in their unit's form), {@code merge},
 * {@code validate}, {@code schedule} and {@code check}; bad rows named by form and row.
 */
class NominationFormsTest {
    private static final String CAMPAIGN = "../examples/small/campaign.yaml";
    private static final int ROWS = 30;

    @TempDir
    static Path shared;
    private static Path forms;
    /** The example register's rows by unit, header dropped. */
    private static final Map<String, List<List<String>>> byUnit = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void exportEveryForm() throws IOException {
        forms = shared.resolve("forms");
        Result r = Cli.run("export", "form", "--all", "--campaign", CAMPAIGN, "--out", forms.toString(),
                "--rows", "" + ROWS);
        assertThat(r.code()).as(r.err()).isZero();
        List<List<String>> rows = Csv.parse(Files.readString(Path.of("../examples/small/register.csv"),
                StandardCharsets.UTF_8));
        var catalogue = new org.rotationscheduler.io.in.yaml.CampaignLoader().load(CAMPAIGN).units();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (byUnit.containsKey(row.get(2)) || catalogue.find(row.get(2)).isPresent()) {
                byUnit.computeIfAbsent(row.get(2), u -> new ArrayList<>()).add(row);
                continue;
            }
            // a unit the catalogue lacks (the register gives its type and province) gets its own form
            byUnit.put(row.get(2), new ArrayList<>(List.of(row)));
            Result own = Cli.run("export", "form", "--unit", row.get(2), "--unit-type", row.get(3), "--province",
                    row.get(4), "--campaign", CAMPAIGN, "--out", forms.toString(), "--rows", "" + ROWS);
            assertThat(own.code()).as(own.err()).isZero();
        }
    }

    private static Path form(String unit) {
        return forms.resolve("报名表-" + unit + ".xlsx");
    }

    /**
     * What a unit does: opens its form, types one cadre per prepared row (the id and unit stay as
     * prepared), saves it under a name of its own. Party membership is written as a status.
     */
    private Path fill(String unit, List<List<String>> cadres, java.util.function.BiConsumer<Integer, Row> change)
            throws IOException {
        Path filled = dir.resolve(unit + "（已填）.xlsx");
        try (InputStream in = Files.newInputStream(form(unit)); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(NominationForm.FORM_SHEET);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            for (int i = 0; i < cadres.size(); i++) {
                Row row = sheet.getRow(i + 1);
                List<String> cadre = cadres.get(i);
                for (int c = 0; c < header.size(); c++) {
                    String column = RegisterReader.columnOf(header.get(c)).orElseThrow();
                    String value = cadre.get(RegisterReader.COLUMNS.indexOf(column));
                    if (List.of("id", "unit", "unit_type", "province").contains(column)) {
                        continue;
                    }
                    if (column.equals("party_member")) {
                        value = value.equals("是") ? "中共党员" : "群众";
                    }
                    row.getCell(c).setCellValue(value);
                }
                change.accept(i + 2, row);
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    private Path fill(String unit) throws IOException {
        return fill(unit, byUnit.get(unit), (n, row) -> { });
    }

    @Test
    void everyUnitGetsAFormWithChineseHeadersDropDownsAndAGuide() throws IOException {
        var catalogue = new org.rotationscheduler.io.in.yaml.CampaignLoader().load(CAMPAIGN).units();
        long adHoc = byUnit.keySet().stream().filter(u -> catalogue.find(u).isEmpty()).count();
        assertThat(adHoc).isGreaterThan(5);
        try (Stream<Path> files = Files.list(forms)) {
            assertThat(files.count()).isEqualTo(new org.rotationscheduler.io.in.yaml.CampaignLoader().load(CAMPAIGN)
                    .units().units().size() + adHoc).isGreaterThan(100);
        }
        try (InputStream in = Files.newInputStream(form("办公厅")); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("报名表");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("编号", "姓名", "单位", "职级", "职务", "政治面貌", "已参加轮次", "不可派出日期",
                    "孕期", "哺乳期", "健康状况");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("办公厅-001");
            assertThat(sheet.getRow(ROWS).getCell(2).getStringCellValue()).isEqualTo("办公厅");
            List<String> lists = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .map(v -> String.join(",", v.getValidationConstraint().getExplicitListValues())).toList();
            assertThat(lists).containsExactlyInAnyOrder("办公厅", "司局级,处级,科级,科员",
                    String.join(",", NominationForm.PARTY_STATUSES));
            assertThat(sheet.getDataValidations()).extracting(DataValidation::getPromptBoxText)
                    .anyMatch(t -> t.contains("2020-10-01..2020-10-07"));
            Sheet guide = wb.getSheet("填表说明");
            StringBuilder text = new StringBuilder();
            guide.forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            for (String h : header) {
                assertThat(text).contains(h + "\n");
            }
            assertThat(text.toString()).contains("示例：三城市秋冬季强化监督").doesNotContain("pregnan").doesNotContain("E7");
        }
        // a blank form nominates nobody
        Result blank = Cli.run("merge", form("办公厅").toString(), "--campaign", CAMPAIGN, "--out",
                dir.resolve("r.xlsx").toString());
        assertThat(blank.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(blank.err()).contains("the forms nominate nobody");
    }

    @Test
    void formsFilledByEveryUnitMergeValidateAndSchedule() throws IOException {
        List<String> args = new ArrayList<>(List.of("merge", "--campaign", CAMPAIGN));
        for (String unit : byUnit.keySet()) {
            args.add(fill(unit).toString());
        }
        // a unit that nominates nobody sends its blank form back
        assertThat(byUnit).doesNotContainKey("科技与财务司");
        args.add(form("科技与财务司").toString());
        Path register = dir.resolve("名册.xlsx");
        args.addAll(List.of("--out", register.toString()));
        Result merged = Cli.run(args.toArray(String[]::new));
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("wrote " + register + " (250 cadres from " + (byUnit.size() + 1) + " forms)")
                .contains("办公厅（已填）.xlsx: 20 nominated, 20 merged").contains("科技与财务司.xlsx: 0 nominated");

        Result valid = Cli.run("validate", "--campaign", CAMPAIGN, "--register", register.toString());
        assertThat(valid.code()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("250 cadres from 250 rows").doesNotContain("columns the tool does not use");

        Path plan = dir.resolve("plan");
        Result scheduled = Cli.run("schedule", "--season", "autumn", "--campaign", CAMPAIGN, "--register",
                register.toString(), "--out", plan.toString(), "--steps", "400", "--seed", "5", "--time-limit", "1m",
                "--quiet");
        assertThat(scheduled.code()).as(scheduled.out() + scheduled.err()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        List<List<String>> seats = Csv.parse(Files.readString(plan.resolve("assignments.csv"), StandardCharsets.UTF_8));
        assertThat(seats).hasSize(352);
        assertThat(seats.stream().skip(1).filter(s -> !s.get(6).isEmpty()).count()).isGreaterThan(300);
        assertThat(seats.stream().skip(1).map(s -> s.get(6)).filter(id -> !id.isEmpty()))
                .allMatch(id -> id.matches(".+-\\d{3}"));
        Result check = Cli.run("check", "--plan", plan.toString());
        assertThat(check.out()).contains("0 broken hard rule(s)");
    }

    @Test
    void aBadRankInRow7IsNamedByFormAndRowAndNothingIsWritten() throws IOException {
        Path a = fill("办公厅");
        Path b = fill("中国环境科学研究院", byUnit.get("中国环境科学研究院"), (n, row) -> {
            if (n == 7) {
                row.getCell(3).setCellValue("高级");
            }
        });
        Path c = fill("浙江省生态环境厅");
        Path out = dir.resolve("名册.xlsx");
        Result r = Cli.run("merge", a.toString(), b.toString(), c.toString(), "--campaign", CAMPAIGN, "--out",
                out.toString());
        assertBadInput(r, b, 7, "row 7, column 职级: unknown rank '高级'");
        assertThat(r.err()).contains("中国环境科学研究院（已填）.xlsx:7:");
        assertThat(out).doesNotExist();

        Result skipping = Cli.run("merge", a.toString(), b.toString(), c.toString(), "--campaign", CAMPAIGN, "--out",
                out.toString(), "--skip-bad");
        assertThat(skipping.code()).as(skipping.err()).isZero();
        assertThat(skipping.out()).contains("skipped (--skip-bad) 1:")
                .contains(b + " row 7: row 7, column 职级: unknown rank '高级'")
                .contains("(53 cadres from 3 forms)");
        assertThat(Cli.run("validate", "--campaign", CAMPAIGN, "--register", out.toString()).out())
                .contains("53 cadres from 53 rows");
    }

    @Test
    void theSamePersonNominatedTwiceIsNamedWithBothPlaces() throws IOException {
        List<List<String>> office = byUnit.get("办公厅");
        // the same name twice in one form
        List<List<String>> twice = new ArrayList<>(office.subList(0, 3));
        twice.add(office.get(0));
        Path a = fill("办公厅", twice, (n, row) -> { });
        Path out = dir.resolve("名册.xlsx");
        Result r = Cli.run("merge", a.toString(), "--campaign", CAMPAIGN, "--out", out.toString());
        assertBadInput(r, a, 5, "row 5: " + office.get(0).get(1) + " of 办公厅 is nominated already in " + a + " row 2");
        assertThat(out).doesNotExist();

        // one form copied under another name: the same ids
        Path copy = dir.resolve("copy.xlsx");
        Path b = fill("办公厅");
        Files.copy(b, copy);
        Result r2 = Cli.run("merge", b.toString(), copy.toString(), "--campaign", CAMPAIGN, "--out", out.toString());
        assertBadInput(r2, copy, 2, "row 2: the id '办公厅-001' is nominated already in " + b + " row 2");
        assertThat(out).doesNotExist();
    }
}
