package org.rotationscheduler.io.out.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Annex;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.SafeFiles;

/** O1: the annex workbooks against the annex tables of the 2019 plan, cell for cell. */
class AnnexWorkbookTest {
    private static final Campaign CAMPAIGN = new CampaignLoader().loadDefault();
    private static List<SourceAnnexes.Annex> source;

    @TempDir
    Path dir;

    @BeforeAll
    static void parseSource() throws IOException {
        source = SourceAnnexes.parse(SourceAnnexes.load());
    }

    @Test
    void theSourceHasTwoAnnexesOf28And11Cities() {
        assertThat(source).extracting(SourceAnnexes.Annex::number).containsExactly(1, 2);
        assertThat(source).extracting(a -> a.rows().size()).containsExactly(28, 11);
    }

    @Test
    void theTestResourceIsAFaithfulCopyOfTheSharedSource() throws IOException {
        // CI on a fresh clone reads the resource; it must say what the shared source says
        var shared = SourceAnnexes.sharedCopy();
        if (shared.isPresent()) {
            assertThat(SourceAnnexes.resourceCopy()).contains(Files.readString(shared.get()));
        }
    }

    @Test
    void o1_writesOneFilePerAnnexNamedAfterItsLabel() throws IOException {
        List<Path> files = new AnnexWorkbook(CAMPAIGN).write(dir, false);
        assertThat(files).containsExactly(dir.resolve("附件1.xlsx"), dir.resolve("附件2.xlsx"));
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("附件1.xlsx", "附件2.xlsx");
        }
    }

    @Test
    void o1_eachAnnexMatchesTheSourceTableCellForCell() throws IOException {
        new AnnexWorkbook(CAMPAIGN).write(dir, false);
        for (int i = 0; i < 2; i++) {
            Annex annex = CAMPAIGN.annexes().get(i);
            SourceAnnexes.Annex expected = source.get(i);
            try (XSSFWorkbook wb = open(dir.resolve("附件" + (i + 1) + ".xlsx"))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertThat(text(sheet, 0, 0)).isEqualTo("附件" + (i + 1));
                assertThat(text(sheet, 1, 0)).isEqualTo(annex.title());
                assertThat(SourceAnnexes.normalizeTitle(text(sheet, 1, 0)))
                        .isEqualTo(SourceAnnexes.normalizeTitle(expected.title()));
                assertThat(rowTexts(sheet.getRow(2))).isEqualTo(expected.headers()).isEqualTo(annex.headers());
                assertThat(sheet.getLastRowNum()).isEqualTo(2 + expected.rows().size());
                for (int r = 0; r < expected.rows().size(); r++) {
                    Row row = sheet.getRow(3 + r);
                    List<String> cells = expected.rows().get(r);
                    assertThat(row.getCell(0).getCellType()).as("序号 is a number").isEqualTo(CellType.NUMERIC);
                    assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(Integer.parseInt(cells.get(0)));
                    assertThat(rowTexts(row).subList(1, 5)).as("annex %d row %d", i + 1, r + 1)
                            .isEqualTo(cells.subList(1, 5));
                }
            }
        }
    }

    @Test
    void o1_tongchuansFiveStationsShareOneCell() throws IOException {
        new AnnexWorkbook(CAMPAIGN).write(dir, false);
        try (XSSFWorkbook wb = open(dir.resolve("附件2.xlsx"))) {
            Row tongchuan = wb.getSheetAt(0).getRow(3 + 9);
            assertThat(tongchuan.getCell(1).getStringCellValue()).isEqualTo("铜川");
            assertThat(tongchuan.getCell(3).getStringCellValue().split("、")).hasSize(5)
                    .allMatch(s -> s.endsWith("核与辐射安全监督站"));
            assertThat(tongchuan.getHeightInPoints()).as("tall enough for the wrapped cell").isGreaterThan(30f);
        }
    }

    @Test
    void o1_isPrintReady_mergedTitle_repeatedHeader_a4_borders_cjkFonts_wrap_widths() throws IOException {
        new AnnexWorkbook(CAMPAIGN).write(dir, false);
        try (XSSFWorkbook wb = open(dir.resolve("附件1.xlsx"))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, 4));
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            XSSFCellStyle title = (XSSFCellStyle) sheet.getRow(1).getCell(0).getCellStyle();
            assertThat(title.getFont().getFontName()).isEqualTo("黑体");
            XSSFCellStyle body = (XSSFCellStyle) sheet.getRow(3).getCell(3).getCellStyle();
            assertThat(body.getFont().getFontName()).isEqualTo("宋体");
            assertThat(body.getWrapText()).isTrue();
            assertThat(List.of(body.getBorderTop(), body.getBorderBottom(), body.getBorderLeft(), body.getBorderRight()))
                    .containsOnly(BorderStyle.THIN);
            for (int c = 0; c < 5; c++) {
                int widest = 0;
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    widest = Math.max(widest, SheetWriter.displayWidth(new org.apache.poi.ss.usermodel.DataFormatter()
                            .formatCellValue(sheet.getRow(r).getCell(c))));
                }
                // as wide as the widest text (a CJK character counting two), unless capped to wrap
                assertThat(sheet.getColumnWidth(c)).as("column %d", c).isGreaterThanOrEqualTo(Math.min(widest, 28) * 256);
            }
        }
    }

    @Test
    void o1_anExistingAnnexIsReplacedOnlyWithForce_andNothingIsWrittenOnRefusal() throws IOException {
        Path second = dir.resolve("附件2.xlsx");
        Files.writeString(second, "keep me");
        AnnexWorkbook annexes = new AnnexWorkbook(CAMPAIGN);
        assertThatThrownBy(() -> annexes.write(dir, false)).isInstanceOf(SafeFiles.FileExistsException.class)
                .hasMessageContaining("附件2.xlsx").hasMessageContaining("--force");
        assertThat(dir.resolve("附件1.xlsx")).doesNotExist();
        assertThat(Files.readString(second)).isEqualTo("keep me");
        annexes.write(dir, true);
        try (XSSFWorkbook wb = open(second)) {
            assertThat(text(wb.getSheetAt(0), 0, 0)).isEqualTo("附件2");
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
        }
        return texts;
    }
}
