package org.rotationscheduler.io.out.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.report.HandMadePlan;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/** S1, formula injection, safe writing and the per-unit workbooks. */
class RosterSafetyTest {
    /** S1: words that would reveal a private state. */
    private static final Pattern PRIVATE = Pattern.compile("孕|哺乳|健康|pregnan|nursing|health", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;
    private final Plan plan = HandMadePlan.small();

    @Test
    void s1_noSheetCellCommentHeaderOrFileNameRevealsAPrivateState() throws IOException {
        List<RuleBreak> breaks = RosterFixtures.breaks(plan);
        // the test means something only if the input does carry private states
        assertThat(plan.register().find("c17").orElseThrow().restricted()).isNotEmpty();
        assertThat(breaks).anyMatch(b -> b.rule() == RuleId.E7);
        assertThat(breaks).anyMatch(b -> PRIVATE.matcher(b.message()).find());

        RosterWorkbook roster = new RosterWorkbook(plan, breaks);
        roster.write(dir.resolve("roster.xlsx"), false);
        roster.writeByUnit(dir.resolve("units"), false);

        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(1 + roster.sendingUnits().size());
        for (Path file : files) {
            assertThat(file.getFileName().toString()).doesNotContainPattern(PRIVATE);
            try (XSSFWorkbook wb = AnnexWorkbookTest.open(file)) {
                for (Sheet sheet : wb) {
                    assertThat(sheet.getSheetName()).doesNotContainPattern(PRIVATE);
                    assertThat(((XSSFSheet) sheet).getCellComments()).as("no cell comments").isEmpty();
                    assertThat(sheet.getHeader().getCenter() + sheet.getFooter().getCenter()).doesNotContainPattern(PRIVATE);
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.toString()).as("%s!%s of %s", sheet.getSheetName(), cell.getAddress(),
                                    file.getFileName()).doesNotContainPattern(PRIVATE);
                        }
                    }
                }
            }
        }
    }

    @Test
    void s1_aSeatThatBreaksE7ReadsCadreNotEligibleForTheseDates() throws IOException {
        new RosterWorkbook(plan, RosterFixtures.breaks(plan)).write(dir.resolve("roster.xlsx"), false);
        try (XSSFWorkbook wb = AnnexWorkbookTest.open(dir.resolve("roster.xlsx"))) {
            List<String> c17 = Sheets.body(wb.getSheet("违反规则")).stream()
                    .filter(r -> r.get(10).equals("c17"))
                    .map(r -> r.get(1) + " " + r.get(12))
                    .toList();
            // the 说明 is the rule's own wording, never the (leaky) message the break came with
            assertThat(c17).isNotEmpty().allMatch(m -> m.equals(m.split(" ")[0] + " "
                    + org.rotationscheduler.rules.RuleId.of(m.split(" ")[0]).chineseWithId()));
            assertThat(c17).contains("E7 该时段不符合派出条件（E7）");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextUnchanged() throws IOException {
        Campaign campaign = plan.campaign();
        Unit evilUnit = new Unit("=HYPERLINK(\"http://example.org\",\"x\")", List.of(), UnitType.LOCAL, "海南");
        List<String> names = List.of("=1+2", "+8610", "-3", "@SUM(A1)");
        List<Cadre> cadres = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Cadre c = HandMadePlan.cadre(campaign, "=id" + i, names.get(i), "办公厅", Rank.BUREAU, true);
            cadres.add(i == 0 ? HandMadePlan.withUnit(c, evilUnit, names.get(i)) : c);
        }
        Plan evil = HandMadePlan.plan(campaign, HandMadePlan.rounds(campaign), cadres, "=id0", "=id1", "=id2", "=id3");
        List<RuleBreak> breaks = List.of(new RuleBreak(RuleId.F4, false, null, null, "=cmd|' /C calc'!A0"));
        RosterWorkbook roster = new RosterWorkbook(evil, breaks);
        roster.write(dir.resolve("roster.xlsx"), false);
        roster.writeByUnit(dir.resolve("units"), false);

        Set<String> expected = new HashSet<>(names);
        expected.add(evilUnit.name());
        cadres.forEach(c -> expected.add(c.id()));
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            try (XSSFWorkbook wb = AnnexWorkbookTest.open(file)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                    .isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING && expected.contains(cell.getStringCellValue())) {
                                seen.add(cell.getStringCellValue());
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix at %s!%s",
                                        sheet.getSheetName(), cell.getAddress()).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(seen).as("every formula-like text came back unchanged as a string").isEqualTo(expected);
        // the unit's own file is named after it, with what no file system accepts replaced
        assertThat(roster.unitFiles(dir.resolve("units")).get(evilUnit).getFileName().toString())
                .isEqualTo("=HYPERLINK(_http___example.org_,_x_).xlsx");
    }

    @Test
    void aFailedExportLeavesNoFile() throws IOException {
        Path target = dir.resolve("roster.xlsx");
        RosterWorkbook failing = new RosterWorkbook(plan, breakingList());
        assertThatThrownBy(() -> failing.write(target, false)).hasMessageContaining("checker failed");
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("neither the roster nor a temporary file").isEmpty();
        }
    }

    @Test
    void aFailedExportKeepsTheExistingFileAsItWas() throws IOException {
        Path target = dir.resolve("roster.xlsx");
        new RosterWorkbook(plan, List.of()).write(target, false);
        byte[] before = Files.readAllBytes(target);
        RosterWorkbook failing = new RosterWorkbook(plan, breakingList());
        assertThatThrownBy(() -> failing.write(target, true)).hasMessageContaining("checker failed");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void anExistingRosterIsReplacedOnlyWithForce() throws IOException {
        Path target = dir.resolve("roster.xlsx");
        Files.writeString(target, "keep me");
        RosterWorkbook roster = new RosterWorkbook(plan, List.of());
        assertThatThrownBy(() -> roster.write(target, false)).isInstanceOf(SafeFiles.FileExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("keep me");
        roster.write(target, true);
        try (XSSFWorkbook wb = AnnexWorkbookTest.open(target)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
        }
    }

    @Test
    void perUnitWorkbooksHoldOnlyThatUnitsPeople() throws IOException {
        RosterWorkbook roster = new RosterWorkbook(plan, RosterFixtures.breaks(plan));
        Map<Unit, Path> files = roster.unitFiles(dir);
        assertThat(roster.writeByUnit(dir, false)).containsExactlyElementsOf(files.values());
        Map<Unit, List<Assignment>> sent = plan.assignments().stream().filter(Assignment::filled)
                .collect(Collectors.groupingBy(a -> a.cadre().unit()));
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(sent.keySet());
        for (var e : files.entrySet()) {
            Unit unit = e.getKey();
            assertThat(e.getValue().getFileName().toString()).isEqualTo(unit.name() + ".xlsx");
            Set<String> ownIds = sent.get(unit).stream().map(a -> a.cadre().id()).collect(Collectors.toSet());
            Set<String> otherNames = plan.register().cadres().stream().filter(c -> !c.unit().equals(unit))
                    .map(Cadre::name).collect(Collectors.toSet());
            try (XSSFWorkbook wb = AnnexWorkbookTest.open(e.getValue())) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(2);
                Sheet notice = wb.getSheet("按单位");
                assertThat(Sheets.value(notice.getRow(0).getCell(0))).isEqualTo(unit.name() + " 派员安排");
                int header = Sheets.find(notice, 0, "单位");
                List<List<Object>> rows = Sheets.rows(notice, header + 1, notice.getLastRowNum());
                assertThat(rows).hasSize(sent.get(unit).size()).allMatch(r -> r.get(0).equals(unit.name()));
                assertThat(rows.stream().map(r -> (String) r.get(9)).collect(Collectors.toSet())).isEqualTo(ownIds);
                List<List<Object>> people = Sheets.body(wb.getSheet("按人员"));
                assertThat(people.stream().map(r -> (String) r.get(1)).collect(Collectors.toSet())).isEqualTo(ownIds);
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(otherNames).as("%s in %s", cell.getAddress(), e.getValue().getFileName())
                                    .doesNotContain(cell.toString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void perUnitWorkbooksRefuseBeforeWritingAnyWhenOneExists() throws IOException {
        RosterWorkbook roster = new RosterWorkbook(plan, List.of());
        List<Path> targets = List.copyOf(roster.unitFiles(dir).values());
        Path last = targets.get(targets.size() - 1);
        Files.writeString(last, "keep me");
        assertThatThrownBy(() -> roster.writeByUnit(dir, false)).isInstanceOf(SafeFiles.FileExistsException.class);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(last);
        }
    }

    /** A rule-break list that fails when the workbook reaches the 违反规则 sheet, the last one. */
    private static List<RuleBreak> breakingList() {
        return new AbstractList<>() {
            @Override
            public RuleBreak get(int index) {
                throw new IllegalStateException("checker failed");
            }

            @Override
            public int size() {
                return 3;
            }
        };
    }
}
