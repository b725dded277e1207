package org.rotationscheduler.io.out.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.io.in.register.PrivateStates;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * Writes a cadre register (§10) as UTF-8 {@code .csv} or {@code .xlsx} (first sheet, text cells),
 * header exactly {@link RegisterReader#COLUMNS}, through {@link SafeFiles} (a temporary file moved
 * into place; an existing file is replaced only with {@code force}).
 *
 * <p>{@code unit_type} and {@code province} are written for every row, not only for units missing
 * from the catalogue: the reader ignores them for catalogue units, and a person reading the file
 * sees every cadre's type and province without looking them up.
 *
 * <p>S1: the private-state columns come from the {@link PrivateStates} given per cadre id. A cadre
 * that has restricted days but no entry (a register that was read, where the kinds are merged and
 * unknown) has its days written under {@code health}: the kind is lost, the E7 days are kept.
 */
public final class RegisterWriter {
    private RegisterWriter() {
    }

    /** Writes to {@code target}; its extension (.csv or .xlsx) picks the format. */
    public static void write(Path target, List<Cadre> cadres, Map<String, PrivateStates> privateStates,
            boolean force) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            SafeFiles.writeString(target, force, csv(cadres, privateStates));
        } else if (name.endsWith(".xlsx")) {
            List<List<String>> rows = rows(cadres, privateStates);
            SafeFiles.write(target, force, out -> {
                SXSSFWorkbook wb = workbook(rows);
                try {
                    wb.write(out);
                } finally {
                    wb.close();
                    // SXSSF keeps its rows in temporary files until disposed of.
                    wb.dispose();
                }
            });
        } else {
            throw InputException.of(SourceLocation.file(target.toString()), "--out",
                    "a register is written as .xlsx or .csv; give a file name ending in one of them");
        }
    }

    /**
     * A replan's register (CSV): every cadre's private columns exactly as the register it came
     * from holds them ({@code original}, by id: pregnant, nursing, health as text), and every other
     * day the cadre may not serve (a change file's notEligible) in the column {@value
     * RegisterReader#NOT_ELIGIBLE}, after the §10 columns. Nothing is written into a private column
     * that the original register did not hold there (S1), and the file reads back to the same E7 days.
     */
    public static void writeReplanned(Path target, List<Cadre> cadres, Map<String, Map<String, String>> original,
            boolean force) throws IOException {
        List<String> header = new ArrayList<>(RegisterReader.COLUMNS);
        header.add(RegisterReader.NOT_ELIGIBLE);
        StringBuilder sb = new StringBuilder(cadres.size() * 100).append(Csv.line(header));
        for (Cadre c : cadres) {
            Map<String, String> kept = original.getOrDefault(c.id(), Map.of());
            List<DateRange> privateDays = new ArrayList<>();
            List<String> row = new ArrayList<>(row(c, PrivateStates.NONE).subList(0, 10));
            for (String column : RegisterReader.PRIVATE) {
                String cell = kept.getOrDefault(column, "");
                row.add(cell);
                privateDays.addAll(RegisterReader.ranges(cell));
            }
            row.add(ranges(DateRange.minus(c.restricted(), privateDays)));
            sb.append(Csv.line(row));
        }
        SafeFiles.writeString(target, force, sb.toString());
    }

    /** The whole register as CSV text: header row, then one row per cadre, '\n' line ends. */
    public static String csv(List<Cadre> cadres, Map<String, PrivateStates> privateStates) {
        StringBuilder sb = new StringBuilder(cadres.size() * 96);
        for (List<String> row : rows(cadres, privateStates)) {
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    static List<List<String>> rows(List<Cadre> cadres, Map<String, PrivateStates> privateStates) {
        List<List<String>> rows = new ArrayList<>(cadres.size() + 1);
        rows.add(RegisterReader.COLUMNS);
        for (Cadre c : cadres) {
            rows.add(row(c, privateStates.get(c.id())));
        }
        return rows;
    }

    /** One register row in the order of {@link RegisterReader#COLUMNS}. */
    static List<String> row(Cadre c, PrivateStates states) {
        PrivateStates p = states != null ? states
                : new PrivateStates(List.of(), List.of(), c.restricted());
        return List.of(
                c.id(),
                c.name(),
                c.unit().name(),
                c.unit().type().key(),
                c.unit().province() == null ? "" : c.unit().province(),
                c.rank().label(),
                c.post(),
                c.partyMember() ? "是" : "否",
                Integer.toString(c.roundsServed()),
                ranges(c.unavailable()),
                ranges(p.pregnant()),
                ranges(p.nursing()),
                ranges(p.health()));
    }

    /** "2020-10-01..2020-10-07;2020-12-24..2021-01-03", as the reader parses it. */
    static String ranges(List<DateRange> ranges) {
        return ranges.stream().map(DateRange::toString).collect(Collectors.joining(";"));
    }

    /** Streaming (SXSSF): a season-size register is tens of thousands of cells, too slow for XSSF. */
    private static SXSSFWorkbook workbook(List<List<String>> rows) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        Sheet sheet = wb.createSheet("干部名册");
        CellStyle text = wb.createCellStyle();
        // "@": Excel keeps what a personnel office types here as text (ids like 00123, dates as typed).
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        CellStyle header = wb.createCellStyle();
        header.cloneStyleFrom(text);
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        int columns = rows.get(0).size();
        for (int c = 0; c < columns; c++) {
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, 256 * columnWidth(rows.get(0).get(c)));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellStyle(r == 0 ? header : text);
                cell.setCellValue(values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        return wb;
    }

    private static int columnWidth(String column) {
        return switch (column) {
            case "unit" -> 30;
            case "unavailable", "pregnant", "nursing", "health" -> 24;
            case "post", "name" -> 12;
            default -> 10;
        };
    }
}
