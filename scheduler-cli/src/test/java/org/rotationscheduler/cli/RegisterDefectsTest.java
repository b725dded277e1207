package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.assertBadInput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.cli.Cli.Result;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/**
 * Defects planted one at a time into a real register (examples/small: 250 cadres), read through
 * {@code validate}: each is exit 2 naming the row, or, where the input is valid, read whole (250
 * cadres from 250 rows) with the values Excel shows. Nothing is ever read silently short.
 */
class RegisterDefectsTest {
    private static final String CAMPAIGN = "../examples/small/campaign.yaml";
    private static final Path REGISTER = Path.of("../examples/small/register.csv");

    @TempDir
    Path dir;

    private static String original() throws IOException {
        return Files.readString(REGISTER, StandardCharsets.UTF_8);
    }

    /** The register's lines with line {@code n} (1 = header) changed; LF line ends. */
    private static String withLine(int n, java.util.function.UnaryOperator<String> change) throws IOException {
        List<String> lines = new ArrayList<>(original().lines().toList());
        lines.set(n - 1, change.apply(lines.get(n - 1)));
        return String.join("\n", lines) + "\n";
    }

    /** Cell {@code column} (0-based) of a CSV line without quotes, changed. */
    private static String cell(String line, int column, java.util.function.UnaryOperator<String> change) {
        String[] cells = line.split(",", -1);
        cells[column] = change.apply(cells[column]);
        return String.join(",", cells);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path csv(String text) throws IOException {
        return write("register.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Result validate(Path register) {
        return Cli.run("validate", "--campaign", CAMPAIGN, "--register", register.toString());
    }

    private static void assertReadWhole(Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("250 cadres from 250 rows under the header");
    }

    private static Register read(Path register) {
        Campaign campaign = new CampaignLoader().load(CAMPAIGN);
        return new RegisterReader(campaign).read(register);
    }

    @Test
    void theOriginalIsReadWhole() throws IOException {
        assertReadWhole(validate(csv(original())));
    }

    // ---- CSV ----

    @Test
    void aStrayQuoteInsideACellIsTextAsExcelShowsIt() throws IOException {
        Path file = csv(withLine(7, l -> cell(l, 1, name -> name.charAt(0) + "\"" + name.substring(1))));
        assertReadWhole(validate(file));
        assertThat(read(file).cadres().get(5).name()).contains("\"");
    }

    @Test
    void aQuoteOpeningACellThatIsNeverClosedIsRow7() throws IOException {
        Path file = csv(withLine(7, l -> cell(l, 1, name -> "\"" + name)));
        assertBadInput(validate(file), file, 7, "row 7: a cell starts with '\"' that is never closed");
    }

    /** The defect of the hand-written reader: the quote closed five rows on, same column, same cell count. */
    @Test
    void aQuoteSwallowingFiveRowsIsNamed() throws IOException {
        List<String> lines = new ArrayList<>(original().lines().toList());
        lines.set(6, cell(lines.get(6), 1, name -> "\"" + name));
        lines.set(11, cell(lines.get(11), 1, name -> name + "\""));
        Path file = csv(String.join("\n", lines) + "\n");
        assertBadInput(validate(file), file, 7, "row 7: runs over lines 7-12: a '\"' in line 7 opens a quoted cell");
    }

    @Test
    void textAfterAClosingQuoteIsNamed() throws IOException {
        Path file = csv(withLine(9, l -> cell(l, 1, name -> "\"" + name.charAt(0) + "\"" + name.substring(1))));
        assertBadInput(validate(file), file, 9, "row 9: a quoted cell has text after its closing '\"'");
    }

    @Test
    void aShortRowIsNamed() throws IOException {
        Path file = csv(withLine(9, l -> l.substring(0, l.lastIndexOf(','))));
        assertBadInput(validate(file), file, 9, "row 9: has 12 cells but the header has 13");
    }

    @Test
    void aLongRowIsNamed() throws IOException {
        Path file = csv(withLine(200, l -> l + ",多余"));
        assertBadInput(validate(file), file, 200, "row 200: has 14 cells but the header has 13");
    }

    @Test
    void crOnlyAndCrlfLineEndsAreReadWhole() throws IOException {
        assertReadWhole(validate(csv(original().replace("\n", "\r"))));
        assertReadWhole(validate(csv(original().replace("\n", "\r\n"))));
        // a row number counts CR-only lines as an editor does
        Path file = csv(withLine(9, l -> l.substring(0, l.lastIndexOf(','))).replace("\n", "\r"));
        assertBadInput(validate(file), file, 9, "row 9: has 12 cells");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path file = csv("\uFEFF" + original());
        assertReadWhole(validate(file));
        assertThat(read(file).cadres().get(0).id()).isEqualTo("C00001");
    }

    @Test
    void aGbkFileIsNamedAsSuchWithItsFirstRowThatIsNotUtf8() throws IOException {
        Path file = write("register.csv", original().getBytes(Charset.forName("GBK")));
        assertBadInput(validate(file), file, 2, "row 2, column name: is not UTF-8 text: it looks like GBK/GB18030");
    }

    @Test
    void aNulIsNamedWithRowAndColumn() throws IOException {
        Path file = csv(withLine(11, l -> cell(l, 1, name -> name + "\0")));
        assertBadInput(validate(file), file, 11, "row 11, column name: holds a NUL character");
    }

    @Test
    void aUtf16FileIsNamed() throws IOException {
        byte[] text = original().getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = write("register.csv", bytes);
        Result r = validate(file);
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("is UTF-16 text");
    }

    // ---- XLSX: cells as Excel shows them ----

    /** The register as a workbook of text cells, with {@code change} applied to the sheet. */
    private Path xlsx(Consumer<Sheet> change) throws IOException {
        Path file = dir.resolve("register.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("名册");
            List<String> lines = original().lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            change.accept(sheet);
            // what Excel does on saving: every formula keeps its last value (the cached value)
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    private static Cell cellAt(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row - 1);
        Cell c = r.getCell(column);
        return c == null ? r.createCell(column) : c;
    }

    @Test
    void theWorkbookIsReadWhole() throws IOException {
        assertReadWhole(validate(xlsx(sheet -> { })));
    }

    @Test
    void aFormulaCellReadsAsItsValue() throws IOException {
        Path file = xlsx(sheet -> {
            cellAt(sheet, 5, 1).setCellFormula("\"胡\"&\"雪磊\"");
            cellAt(sheet, 5, 8).setCellFormula("1+1");
        });
        assertReadWhole(validate(file));
        Cadre c = read(file).cadres().get(3);
        assertThat(c.name()).isEqualTo("胡雪磊");
        assertThat(c.roundsServed()).isEqualTo(2);
    }

    @Test
    void aFormulaShowingAnErrorIsNamedWithRowAndColumn() throws IOException {
        Path file = xlsx(sheet -> cellAt(sheet, 6, 8).setCellFormula("1/0"));
        assertBadInput(validate(file), file, 6, "row 6, column rounds_served: the cell shows an Excel error");
    }

    @Test
    void aDateCellReadsAsItsDay() throws IOException {
        Path file = xlsx(sheet -> {
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Cell cell = cellAt(sheet, 4, 9);
            cell.setCellValue(LocalDate.of(2019, 11, 3));
            cell.setCellStyle(date);
        });
        assertReadWhole(validate(file));
        assertThat(read(file).cadres().get(2).unavailable())
                .containsExactly(new DateRange(LocalDate.of(2019, 11, 3), LocalDate.of(2019, 11, 3)));
    }

    @Test
    void idsAsNumbersOrAsTextReadAsShown() throws IOException {
        Path file = xlsx(sheet -> {
            cellAt(sheet, 2, 0).setCellValue("00017"); // a number stored as text keeps its zeros
            cellAt(sheet, 3, 0).setCellValue(4711); // a number in General format, no ".0"
            CellStyle padded = sheet.getWorkbook().createCellStyle();
            padded.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("00000"));
            Cell c = cellAt(sheet, 4, 0);
            c.setCellValue(42); // shown as 00042 by its format
            c.setCellStyle(padded);
            cellAt(sheet, 5, 8).setCellValue(" 3 "); // rounds served typed as text
        });
        assertReadWhole(validate(file));
        List<Cadre> cadres = read(file).cadres();
        assertThat(Arrays.asList(cadres.get(0).id(), cadres.get(1).id(), cadres.get(2).id()))
                .containsExactly("00017", "4711", "00042");
        assertThat(cadres.get(3).roundsServed()).isEqualTo(3);
    }
}
