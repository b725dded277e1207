package org.rotationscheduler.io.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.rotationscheduler.io.Csv;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.Problems;
import org.rotationscheduler.io.SourceLocation;
import org.rotationscheduler.io.Utf8Text;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.DateRange;
import org.rotationscheduler.model.Rank;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.model.Similarity;
import org.rotationscheduler.model.Unit;
import org.rotationscheduler.model.UnitCatalogue;
import org.rotationscheduler.model.UnitType;

/**
 * Reads the cadre register (§10) from {@code .xlsx} (first sheet) or {@code .csv} (UTF-8). Every
 * problem names the row (1 = header) and column; all problems of a file are reported together.
 * S1: problems in the private-state columns name the row but neither the column nor the value.
 */
public final class RegisterReader {
    public static final List<String> COLUMNS = List.of("id", "name", "unit", "unit_type", "province", "rank", "post",
            "party_member", "rounds_served", "unavailable", "pregnant", "nursing", "health");
    static final List<String> REQUIRED = List.of("id", "name", "unit", "rank");
    public static final List<String> PRIVATE = List.of("pregnant", "nursing", "health");
    /**
     * A column after the §10 ones that a replan writes: days on which the cadre may not serve, as a
     * change file's {@code notEligible} gave them (E7). It names no state: a change is not a
     * private state (S1), so it is kept apart from pregnant, nursing and health.
     */
    public static final String NOT_ELIGIBLE = "not_eligible";

    private final UnitCatalogue catalogue;

    public RegisterReader(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Register read(Path file) {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(display), "", "no such register file; give a .xlsx or .csv path");
        }
        String lower = display.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        if (lower.endsWith(".xlsx")) {
            rows = readXlsx(file, display);
        } else if (lower.endsWith(".csv")) {
            rows = readCsv(file, display);
        } else {
            throw InputException.of(SourceLocation.file(display), "", "the register must be a .xlsx or .csv file");
        }
        return read(rows, display);
    }

    private static List<List<String>> readCsv(Path file, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(display), "", "cannot be read: " + e.getMessage());
        }
        Utf8Text.Decoded text = Utf8Text.decode(bytes);
        if (!text.ok()) {
            throw notUtf8(text.validPrefix(), display);
        }
        return Csv.parse(text.text());
    }

    /** Names the row and column of the first byte that is not UTF-8 (a GBK file, typically). */
    private static InputException notUtf8(String before, String display) {
        List<List<String>> rows = Csv.parse(before);
        boolean rowStart = before.isEmpty() || before.endsWith("\n");
        int row = rowStart ? rows.size() + 1 : rows.size();
        int field = rowStart ? 0 : rows.get(rows.size() - 1).size() - 1;
        String column = row > 1 && field < rows.get(0).size() ? rows.get(0).get(field).trim() : "";
        String key = row == 1 ? "header" : PRIVATE.contains(column.toLowerCase(Locale.ROOT))
                ? "row " + row + ", a private-state column" // S1: not which one
                : "row " + row + (column.isEmpty() ? "" : ", column " + column);
        return InputException.of(new SourceLocation(display, row, 0), key, "is not UTF-8 text; save the CSV as UTF-8"
                + " (Excel: 'CSV UTF-8') or use .xlsx");
    }

    private static List<List<String>> readXlsx(Path file, String display) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cellText(row.getCell(c), fmt));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            // no exception text: it names library classes, which tells a planner nothing
            throw InputException.of(SourceLocation.file(display), "", "is not a readable .xlsx workbook;"
                    + " save it again from Excel as .xlsx (Excel Workbook) or export it as CSV UTF-8");
        }
    }

    private static String cellText(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return fmt.formatCellValue(cell).trim();
    }

    /** Reads rows already split into cells; row 0 is the header. */
    public Register read(List<List<String>> rows, String display) {
        Problems problems = new Problems();
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            throw InputException.of(new SourceLocation(display, 1, 0), "", "the register is empty; the first row"
                    + " must be the header: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> col = header(rows.get(0), display, problems);
        problems.throwIfAny();
        List<Cadre> cadres = new ArrayList<>();
        Map<String, Integer> idRows = new HashMap<>();
        Map<String, Unit> adHocUnits = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNo = r + 1;
            RowReader row = new RowReader(cells, col, display, rowNo, problems);
            String id = row.get("id");
            if (id.isEmpty()) {
                row.problem("id", "every cadre needs an id");
            } else {
                Integer before = idRows.putIfAbsent(id, rowNo);
                if (before != null) {
                    row.problem("id", "the id '" + id + "' is used already in row " + before + "; ids must be unique");
                }
            }
            Unit unit = unit(row, adHocUnits);
            String rankText = row.get("rank");
            Optional<Rank> rank = Rank.parse(rankText);
            if (rank.isEmpty()) {
                row.problem("rank", (rankText.isEmpty() ? "the rank is missing" : "unknown rank '" + rankText + "'")
                        + "; use " + Rank.accepted());
            }
            boolean party = party(row);
            int served = served(row);
            List<DateRange> unavailable = row.ranges("unavailable", false);
            List<DateRange> restricted = new ArrayList<>();
            for (String p : PRIVATE) {
                restricted.addAll(row.ranges(p, true));
            }
            restricted.addAll(row.ranges(NOT_ELIGIBLE, false));
            if (unit != null && rank.isPresent() && !id.isEmpty()) {
                cadres.add(new Cadre(id, row.get("name"), unit, rank.get(), row.get("post"), party, served, unavailable,
                        merge(restricted), rowNo));
            }
        }
        problems.throwIfAny();
        if (cadres.isEmpty()) {
            throw InputException.of(new SourceLocation(display, 2, 0), "", "the register has a header but no cadres");
        }
        return new Register(display, cadres);
    }

    /** The header's columns by name; duplicates, misspelt and missing columns are problems. */
    private static Map<String, Integer> header(List<String> header, String display, Problems problems) {
        SourceLocation where = new SourceLocation(display, 1, 0);
        Map<String, Integer> col = new HashMap<>();
        Map<String, String> misspelt = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (h.isEmpty()) {
                continue;
            }
            if (col.putIfAbsent(h, i) != null) {
                problems.add(where, h, "the column '" + h + "' appears twice in the header; keep one");
            }
            if (!COLUMNS.contains(h)) {
                Similarity.closest(h, COLUMNS).ifPresent(known -> misspelt.putIfAbsent(known, h));
            }
        }
        for (String column : COLUMNS) {
            String typo = col.containsKey(column) ? null : misspelt.get(column);
            if (REQUIRED.contains(column) && !col.containsKey(column)) {
                problems.add(where, column, "the header has no column '" + column + "'"
                        + (typo == null ? "" : " (is '" + typo + "' meant to be '" + column + "'?)")
                        + "; the columns are " + String.join(",", COLUMNS));
            } else if (typo != null) {
                // an optional column spelt wrong would otherwise be ignored silently, as an extra column
                problems.add(where, typo, "'" + typo + "' is not a register column; did you mean '" + column + "'?");
            }
        }
        return col;
    }

    private Unit unit(RowReader row, Map<String, Unit> adHoc) {
        String name = row.get("unit");
        if (name.isEmpty()) {
            row.problem("unit", "the unit is missing; use a full name from the unit catalogue, e.g. 大气环境司");
            return null;
        }
        Optional<Unit> known = catalogue.find(name);
        if (known.isPresent()) {
            return known.get();
        }
        if (adHoc.containsKey(name)) {
            return adHoc.get(name);
        }
        String typeText = row.get("unit_type");
        String province = row.get("province");
        if (typeText.isEmpty() || province.isEmpty()) {
            row.problem("unit", "unknown unit '" + name + "'; nearest in the catalogue: " + catalogue.nearest(name, 3)
                    + ". A unit missing from the catalogue (e.g. a county bureau) needs unit_type and province");
            return null;
        }
        Optional<UnitType> type = UnitType.parse(typeText);
        if (type.isEmpty()) {
            row.problem("unit_type", "unknown unit type '" + typeText + "'; use ministry, dispatched, affiliated,"
                    + " provincial or local");
            return null;
        }
        if (catalogue.provincialDepartment(province).isEmpty()) {
            row.problem("province", "unknown province '" + province + "'; use the short name, e.g. 河北");
            return null;
        }
        Unit unit = new Unit(name, List.of(), type.get(), province);
        adHoc.put(name, unit);
        return unit;
    }

    private static boolean party(RowReader row) {
        String t = row.get("party_member").toLowerCase(Locale.ROOT);
        if (Set.of("是", "yes", "true", "y", "1").contains(t)) {
            return true;
        }
        if (Set.of("否", "no", "false", "n", "0", "").contains(t)) {
            return false;
        }
        row.problem("party_member", "'" + t + "' is not 是/否 (yes/no, true/false)");
        return false;
    }

    private static int served(RowReader row) {
        String t = row.get("rounds_served");
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int v = Integer.parseInt(t);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        row.problem("rounds_served", "'" + t + "' is not a whole number of rounds (0 or more)");
        return 0;
    }

    /**
     * The cells of some columns for every cadre id, exactly as the file holds them (a replan keeps
     * the private columns of every cadre as they were). Read after the register itself read
     * without problems; a column the file lacks gives empty cells.
     */
    public static Map<String, Map<String, String>> cells(Path file, List<String> columns) {
        String display = file.toString();
        List<List<String>> rows = display.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readXlsx(file, display)
                : readCsv(file, display);
        Map<String, Map<String, String>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.putIfAbsent(rows.get(0).get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (List<String> cells : rows.subList(1, rows.size())) {
            RowReader row = new RowReader(cells, col, display, 0, new Problems());
            if (row.get("id").isEmpty()) {
                continue;
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            columns.forEach(c -> values.put(c, row.get(c)));
            out.put(row.get("id"), values);
        }
        return out;
    }

    /** Date ranges written as the register writes them; a part that cannot be read is left out. */
    public static List<DateRange> ranges(String text) {
        return new RowReader(List.of(text), Map.of("x", 0), "", 0, new Problems()).ranges("x", true);
    }

    /** Overlapping private ranges are merged, which also hides how many states a cadre has (S1). */
    public static List<DateRange> merge(List<DateRange> ranges) {
        List<DateRange> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        List<DateRange> out = new ArrayList<>();
        for (DateRange r : sorted) {
            if (!out.isEmpty() && !r.start().isAfter(out.get(out.size() - 1).end().plusDays(1))) {
                DateRange last = out.remove(out.size() - 1);
                out.add(new DateRange(last.start(), r.end().isAfter(last.end()) ? r.end() : last.end()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** One data row with its column lookup. */
    private record RowReader(List<String> cells, Map<String, Integer> col, String file, int row, Problems problems) {
        String get(String column) {
            Integer i = col.get(column);
            return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).trim();
        }

        void problem(String column, String message) {
            problems.add(new SourceLocation(file, row, 0), "row " + row + ", column " + column, message);
        }

        List<DateRange> ranges(String column, boolean privateColumn) {
            String text = get(column);
            List<DateRange> out = new ArrayList<>();
            if (text.isEmpty()) {
                return out;
            }
            for (String part : text.split("[;；]")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                String[] ends = p.split("\\.\\.", -1);
                try {
                    LocalDate start = LocalDate.parse(ends[0].trim());
                    LocalDate end = ends.length > 1 ? LocalDate.parse(ends[1].trim()) : start;
                    if (ends.length > 2 || end.isBefore(start)) {
                        fail(column, privateColumn, p, end.isBefore(start) ? "ends before it starts" : null);
                        continue;
                    }
                    out.add(new DateRange(start, end));
                } catch (DateTimeParseException e) {
                    fail(column, privateColumn, p, null);
                }
            }
            return out;
        }

        private void fail(String column, boolean privateColumn, String value, String why) {
            String form = "write dates as YYYY-MM-DD and ranges as 2020-10-01..2020-10-07, separated by ';'";
            if (privateColumn) {
                // S1: neither the column nor the value may tell which private state this row has.
                problems.add(new SourceLocation(file, row, 0), "row " + row + ", a private-state column",
                        "a date range cannot be read" + (why == null ? "" : " (it " + why + ")") + "; " + form);
            } else {
                problem(column, "'" + value + "' " + (why == null ? "is not a date range" : why) + "; " + form);
            }
        }
    }
}
