package org.rotationscheduler.io.out.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.report.CostEstimate;
import org.rotationscheduler.report.HandMadePlan;
import org.rotationscheduler.report.PartyBranches;
import org.rotationscheduler.report.UnitOrder;
import org.rotationscheduler.rules.RuleBreak;

/** O2-O5: every sheet of the roster read back and held against the plan it was made from. */
class RosterWorkbookTest {
    @TempDir
    Path dir;
    private final Plan plan = HandMadePlan.small();
    private List<RuleBreak> breaks;
    private XSSFWorkbook workbook;

    @BeforeEach
    void write() throws IOException {
        breaks = RosterFixtures.breaks(plan);
        Path file = dir.resolve("roster.xlsx");
        new RosterWorkbook(plan, breaks).write(file, false);
        workbook = AnnexWorkbookTest.open(file);
    }

    @Test
    void hasTheSheetsInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("总表", "按城市", "按单位", "按人员", "临时党支部", "经费测算", "经费明细", "违反规则",
                "软性规则汇总");
    }

    @Test
    void o2_theMainSheetHasOneRowPerSeatInRosterOrder() {
        Sheet sheet = workbook.getSheet("总表");
        assertThat(Sheets.values(sheet.getRow(0)))
                .containsExactly("轮次", "开始", "结束", "城市", "工作组", "岗位", "姓名", "单位", "职级", "人员编号");
        List<List<Object>> expected = plan.assignments().stream()
                .map(a -> concat(roundCells(a.seat().round()), List.of(a.seat().city().name(), a.seat().group().name(),
                        a.seat().roleLabel()), person(a.cadre()), List.of(id(a.cadre()))))
                .toList();
        assertThat(Sheets.body(sheet)).isEqualTo(expected);
        assertThat(Sheets.body(sheet)).filteredOn(r -> r.get(6).equals(RosterWorkbook.VACANT)).hasSize(2);
    }

    @Test
    void o2_datesAreDateCellsWithAChineseFormat_numbersAreNumbers_headerFrozenFilteredAndRepeated() {
        XSSFSheet sheet = workbook.getSheet("总表");
        var start = sheet.getRow(1).getCell(1);
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
        // Excel shows 2019年10月13日 (POI's own DataFormatter keeps the quotes, so it is not asked here)
        assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 10, 13));
        assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J" + (plan.assignments().size() + 1));
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        // a table this narrow prints portrait, fitted to the page width: more rows per page (O7)
        assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }

    @Test
    void o2_byCity_citiesInAnnexOrderRoundByRound_everySeatOnce_aPagePerCity() {
        XSSFSheet sheet = workbook.getSheet("按城市");
        List<City> cities = plan.campaign().cities();
        List<List<Object>> expected = plan.assignments().stream()
                .sorted(Comparator.comparingInt(a -> cities.indexOf(a.seat().city())))
                .map(a -> concat(List.of(a.seat().city().name()), roundCells(a.seat().round()),
                        List.of(a.seat().group().name(), a.seat().roleLabel()), person(a.cadre()), List.of(id(a.cadre()))))
                .toList();
        assertThat(Sheets.body(sheet)).isEqualTo(expected);
        // 北京 has 14 seats over the two rounds: the page breaks after them
        assertThat(sheet.getRowBreaks()).containsExactly(14);
    }

    @Test
    void o2_byUnit_isTheDispatchNotice_everyFilledSeatOnce_unitsInCatalogueOrder() {
        Sheet sheet = workbook.getSheet("按单位");
        assertThat(Sheets.values(sheet.getRow(0)))
                .containsExactly("单位", "轮次", "开始", "结束", "城市", "工作组", "岗位", "姓名", "职级", "人员编号");
        List<List<Object>> expected = filled()
                .sorted(Comparator.comparing((Assignment a) -> a.cadre().unit(), new UnitOrder(plan.campaign())))
                .map(a -> concat(List.of(a.cadre().unit().name()), roundCells(a.seat().round()),
                        List.of(a.seat().city().name(), a.seat().group().name(), a.seat().roleLabel(), a.cadre().name(),
                                a.cadre().rank().label(), a.cadre().id())))
                .toList();
        assertThat(Sheets.body(sheet)).isEqualTo(expected).hasSize((int) plan.filled());
    }

    @Test
    void o2_byCadre_eachCadresRoundsCitiesAndSeats() {
        List<List<Object>> rows = Sheets.body(workbook.getSheet("按人员"));
        assertThat(rows).hasSize((int) plan.filled());
        for (Assignment a : filled().toList()) {
            Seat s = a.seat();
            assertThat(rows).as("%s", s).contains(concat(List.of(a.cadre().name(), a.cadre().id(),
                    a.cadre().unit().name(), a.cadre().rank().label(), 1L), roundCells(s.round()),
                    List.of(s.city().name(), s.group().name(), s.roleLabel())));
        }
    }

    @Test
    void o3_partyBranchesPerCityAndRound_withTheProposedSecretaryAndNotes() {
        List<List<Object>> rows = Sheets.body(workbook.getSheet("临时党支部"));
        List<PartyBranches.Branch> branches = PartyBranches.of(plan);
        assertThat(rows).hasSize(branches.size());
        assertThat(rows.get(0)).startsWith("北京", 12L).contains("王建国", "办公厅", "司局级", 6L, 4L);
        assertThat(rows.get(0).get(9)).isEqualTo("王建国（办公厅）、李明（生态环境部信息中心）、黄敏（三亚市生态环境局）、刘洋（大气环境司）");
        assertThat(rows.get(0).get(10)).isEqualTo("");
        assertThat(rows.get(1)).startsWith("北京", 13L).contains("冯刚", "海南省生态环境厅");
        assertThat(rows.get(1).get(10)).isEqualTo(String.join("；", branches.get(1).notes())).asString().contains("F6");
        // O3: the lead unit's only party member is a 科员, so the most senior party member is proposed
        assertThat(rows.get(2)).startsWith("石家庄", 12L).contains("赵磊", "浙江省生态环境厅", "处级");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get(5)).isEqualTo((long) branches.get(i).partyMembers().size());
        }
    }

    @Test
    void o4_costsByUnitAndByGroupAddUpToTheSameTotal() {
        Sheet sheet = workbook.getSheet("经费测算");
        CostEstimate estimate = CostEstimate.of(plan);
        long total = estimate.total().total();
        assertThat(Sheets.value(sheet.getRow(1).getCell(0)).toString()).contains("住宿 400/人·晚", "租车 800/辆·天");

        int unitHeader = Sheets.find(sheet, 0, "承担单位");
        int unitTotal = Sheets.find(sheet, unitHeader, "合计");
        List<List<Object>> units = Sheets.rows(sheet, unitHeader + 1, unitTotal - 1);
        assertThat(units).hasSize(estimate.byUnit().size());
        // 承担单位 单位类型 人次 人天 住宿晚数 车辆天数 住宿费 伙食补助费 往返差旅费 租车费 合计
        assertThat(units.stream().mapToLong(r -> (Long) r.get(10)).sum()).isEqualTo(total);
        assertThat(Sheets.values(sheet.getRow(unitTotal)).get(10)).isEqualTo(total);
        for (int col = 2; col <= 9; col++) {
            final int c = col;
            assertThat(units.stream().mapToLong(r -> (Long) r.get(c)).sum()).as("column %d", c)
                    .isEqualTo(Sheets.values(sheet.getRow(unitTotal)).get(c));
        }

        // the detail per group has other columns: a sheet of its own (O7: tables do not share columns)
        assertThat(Sheets.rows(sheet, unitTotal + 1, sheet.getLastRowNum())).isEmpty();
        Sheet detail = workbook.getSheet("经费明细");
        int groupHeader = Sheets.find(detail, 0, "轮次");
        int groupTotal = Sheets.find(detail, groupHeader, "合计");
        List<List<Object>> groups = Sheets.rows(detail, groupHeader + 1, groupTotal - 1);
        assertThat(groups).hasSize(6);
        assertThat(groups.stream().mapToLong(r -> (Long) r.get(14)).sum()).isEqualTo(total);
        assertThat(Sheets.values(detail.getRow(groupTotal)).get(14)).isEqualTo(total);
        // 北京 中心组, round 12, by hand: 4 x 14 x 400 + 60 x 100 + 5,100 travel + 15 x 800 car (one car, 15 days)
        assertThat(groups.get(0)).startsWith(12L).contains("北京", "中心组", 15L, 4L, 60L, 56L, 22_400L, 6_000L, 5_100L,
                12_000L, 45_500L, "办公厅");
        assertThat(detail.getRepeatingRows()).isEqualTo(new CellRangeAddress(groupHeader, groupHeader, -1, -1));
        // sixteen columns: too wide for a portrait page at a readable size
        assertThat(detail.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void o5_everyHardBreakAndEveryEmptySeat_hardRulesFirst_softRulesSummarised() {
        List<List<Object>> rows = Sheets.body(workbook.getSheet("违反规则"));
        long soft = breaks.stream().filter(b -> !b.hard()).count();
        assertThat(rows).hasSize(breaks.size() - (int) soft + (int) plan.unfilled());
        List<Object> categories = rows.stream().map(r -> r.get(2)).toList();
        int lastHard = categories.lastIndexOf("硬性规则");
        int firstEmpty = categories.indexOf("空缺");
        int lastEmpty = categories.lastIndexOf("空缺");
        assertThat(lastHard).isLessThan(firstEmpty);
        assertThat(lastEmpty).isEqualTo(firstEmpty + 1).isEqualTo(rows.size() - 1);
        assertThat(categories).doesNotContain("软性规则");
        assertThat(rows).extracting(r -> r.get(0)).isEqualTo(
                LongStream.rangeClosed(1, rows.size()).boxed().toList());
        List<Object> e7 = rows.stream().filter(r -> r.get(1).equals("E7")).findFirst().orElseThrow();
        assertThat(e7).contains("林峰", "c17", 13L, "普通组1", "干部");
        assertThat(e7.get(12)).isEqualTo("该时段不符合派出条件（E7）");
        List<Object> empty = rows.get(firstEmpty);
        assertThat(empty).contains(12L, "北京", "普通组1", "干部", "unfilled", "岗位空缺");
        // O7: the soft rules one line per rule: F6 broken once, at its weight
        Sheet softSheet = workbook.getSheet("软性规则汇总");
        int softHeader = Sheets.find(softSheet, 0, "规则");
        List<List<Object>> summary = Sheets.rows(softSheet, softHeader + 1, softSheet.getLastRowNum());
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0)).startsWith("F6", "每个城市工作队党员人数足以成立临时党支部", 1L,
                plan.campaign().rules().weight(org.rotationscheduler.rules.RuleId.F6));
    }

    @Test
    void o7_everyPrintedPageCarriesThePlansIdentity() throws IOException {
        // a roster of a plan kept in no folder says so by naming no plan
        assertThat(workbook.getSheet("总表").getHeader().getCenter()).contains(plan.campaign().name(), "打印日期")
                .doesNotContain("null", "计划");
        Path file = dir.resolve("identified.xlsx");
        new RosterWorkbook(plan, breaks)
                .withIdentity(org.rotationscheduler.report.PlanIdentity.of(plan, "autumn-2019-v2", "autumn-2019",
                        LocalDate.of(2019, 11, 20)))
                .write(file, false);
        try (XSSFWorkbook wb = AnnexWorkbookTest.open(file)) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName())
                        .contains(sheet.getSheetName(), plan.campaign().name(), "2019年秋冬季攻坚期（第12—13轮次）",
                                "计划 autumn-2019-v2（据 autumn-2019 调整）", "打印日期 2019年11月20日");
                assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            }
        }
    }

    @Test
    void o7_theSoftRulesSeatBySeatAreAFileOfTheirOwn() throws IOException {
        Path file = dir.resolve("soft.xlsx");
        new RosterWorkbook(plan, breaks).writeSoftDetail(file, false);
        try (XSSFWorkbook wb = AnnexWorkbookTest.open(file)) {
            List<List<Object>> rows = Sheets.body(wb.getSheetAt(0));
            assertThat(rows).hasSize((int) breaks.stream().filter(b -> !b.hard()).count());
            assertThat(rows).allMatch(r -> r.get(2).equals("软性规则"));
        }
    }

    private Seat e7Seat() {
        return plan.assignments().stream().filter(a -> a.filled() && a.cadre().id().equals("c17")).findFirst()
                .orElseThrow().seat();
    }

    private Stream<Assignment> filled() {
        return plan.assignments().stream().filter(Assignment::filled);
    }

    static List<Object> roundCells(Round r) {
        return List.of((long) r.number(), r.start(), r.end());
    }

    static List<Object> person(Cadre c) {
        return c == null ? List.of(RosterWorkbook.VACANT, "", "") : List.of(c.name(), c.unit().name(), c.rank().label());
    }

    static String id(Cadre c) {
        return c == null ? "" : c.id();
    }

    @SafeVarargs
    static List<Object> concat(List<? extends Object>... parts) {
        List<Object> all = new ArrayList<>();
        for (List<? extends Object> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
