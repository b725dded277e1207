package org.rotationscheduler.io.out.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.report.HandMadePlan;

/**
 * File names made from data (unit names) are safe and bounded; a per-unit export is one folder
 * that appears whole, with the mapping of units to files written into it.
 */
class UnitFileNamesTest {
    @TempDir
    Path dir;

    @Test
    void namesAreBoundedSafeAndKeptApart() {
        String longName = "某某县".repeat(100) + "生态环境分局";
        String name = WorkbookFiles.fileName(longName);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(name).endsWith(".xlsx").startsWith("某某县");
        assertThat(WorkbookFiles.fileName(longName + "二")).as("two long names stay apart").isNotEqualTo(name);
        assertThat(WorkbookFiles.fileName("CON")).isEqualTo("_CON.xlsx");
        assertThat(WorkbookFiles.fileName("nul.txt")).isEqualTo("_nul.txt.xlsx");
        assertThat(WorkbookFiles.fileName("a/b\\c:d*e?f\"g<h>i|j\u0007k\u202el")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k_l.xlsx");
        assertThat(WorkbookFiles.fileName("办公厅. ")).isEqualTo("办公厅.xlsx");
        assertThat(WorkbookFiles.fileName("..")).isEqualTo("_.xlsx");
    }

    @Test
    void namesThatDifferOnlyInCaseGetTwoFiles() {
        Unit a = new Unit("Bureau", List.of(), UnitType.LOCAL, "海南");
        Unit b = new Unit("BUREAU", List.of(), UnitType.LOCAL, "海南");
        Map<Unit, Path> files = WorkbookFiles.unitFiles(dir, List.of(a, b));
        assertThat(files.get(a).getFileName().toString()).isEqualTo("Bureau.xlsx");
        assertThat(files.get(b).getFileName().toString()).isEqualTo("BUREAU_2.xlsx");
    }

    /** One unit's name longer than a file name: every workbook is written, and the index says whose is whose. */
    @Test
    void aUnitNameLongerThanAFileNameIsExportedWithTheRest() throws IOException {
        Plan small = HandMadePlan.small();
        Unit county = new Unit("某某县".repeat(100) + "生态环境分局", List.of(), UnitType.LOCAL, "海南");
        List<Assignment> seats = new ArrayList<>();
        for (Assignment a : small.assignments()) {
            boolean sanya = a.filled() && a.cadre().unit().equals(HandMadePlan.SANYA);
            seats.add(sanya ? new Assignment(a.seat(), HandMadePlan.withUnit(a.cadre(), county, a.cadre().name())) : a);
        }
        Plan plan = new Plan(small.campaign(), small.register(), small.season(), small.rounds(), seats);
        RosterWorkbook roster = new RosterWorkbook(plan, List.of());
        Path out = dir.resolve("units");
        List<Path> files = roster.writeByUnitFolder(out, false);
        assertThat(files).hasSize(roster.sendingUnits().size());
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.count()).isEqualTo(files.size() + 1);
        }
        List<String> index = Files.readAllLines(out.resolve(WorkbookFiles.INDEX_FILE));
        assertThat(index.get(0)).isEqualTo("单位,文件");
        assertThat(index).hasSize(files.size() + 1).anySatisfy(l -> assertThat(l).startsWith(county.name() + ","));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("units");
        }
    }
}
