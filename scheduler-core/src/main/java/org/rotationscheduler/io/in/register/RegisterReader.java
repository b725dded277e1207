package org.rotationscheduler.io.in.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.RankAliases;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Similarity;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitCatalogue;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.Utf8Text;
import org.rotationscheduler.io.in.Csv;

/**
 * Reads the cadre register (§10) from {@code .xlsx} (first sheet, cells as Excel shows them) or
 * {@code .csv} (UTF-8, strict: see {@link Csv#readTable}). The header may use the column ids or the
 * Chinese names an office writes, in any order; columns the tool does not know are kept in the file
 * and listed ({@link Register#extraColumns()}). Every problem names the row (1 = header) and the
 * column as its header writes it; all problems of a file are reported together.
 * S1: problems in the private-state columns name the row but neither the column nor the value.
 */
public final class RegisterReader {
    public static final List<String> COLUMNS = List.of("id", "name", "unit", "unit_type", "province", "rank", "post",
            "party_member", "rounds_served", "unavailable", "pregnant", "nursing", "health");
    /**
     * §10: the Chinese column names, in {@link #COLUMNS} order, as a nomination form writes them;
     * 政治面貌 is a second name for party_member (its values are party statuses, see {@link #PARTY_MEMBER_STATUSES}).
     */
    public static final Map<String, String> CHINESE = chinese();
    /** The party-status column an office writes instead of 是否党员. */
    public static final String PARTY_STATUS = "政治面貌";
    /** §10: the party statuses that count as a party member; every other status does not. */
    public static final List<String> PARTY_MEMBER_STATUSES = List.of("中共党员", "中共预备党员");
    /** The column {@code merge} adds after the register's (form and row of each cadre): known, not read. */
    public static final String SOURCE_COLUMN = "来源";
    static final List<String> REQUIRED = List.of("id", "name", "unit", "rank");
    public static final List<String> PRIVATE = List.of("pregnant", "nursing", "health");
    /**
     * A column after the §10 ones that a replan writes: days on which the cadre may not serve, as a
     * change file's {@code notEligible} gave them (E7). It names no state: a change is not a
     * private state (S1), so it is kept apart from pregnant, nursing and health.
     */
    public static final String NOT_ELIGIBLE = "not_eligible";
    private static final Set<String> YES = Set.of("是", "yes", "true", "y", "1");
    private static final Set<String> NO = Set.of("否", "no", "false", "n", "0", "");

    private final UnitCatalogue catalogue;
    private final RankAliases rankAliases;

    public RegisterReader(UnitCatalogue catalogue) {
        this(catalogue, RankAliases.NONE);
    }

    /** A reader with the campaign's units and its rank aliases (YAML ranks.aliases). */
    public RegisterReader(Campaign campaign) {
        this(campaign.units(), campaign.rankAliases());
    }

    public RegisterReader(UnitCatalogue catalogue, RankAliases rankAliases) {
        this.catalogue = catalogue;
        this.rankAliases = rankAliases;
    }

    private static Map<String, String> chinese() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("编号", "id");
        m.put("姓名", "name");
        m.put("单位", "unit");
        m.put("单位类型", "unit_type");
        m.put("省份", "province");
        m.put("职级", "rank");
        m.put("职务", "post");
        m.put("是否党员", "party_member");
        m.put(PARTY_STATUS, "party_member");
        m.put("已参加轮次", "rounds_served");
        m.put("不可派出日期", "unavailable");
        m.put("孕期", "pregnant");
        m.put("哺乳期", "nursing");
        m.put("健康状况", "health");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The Chinese name of a column id (是否党员 for party_member). */
    public static String chineseName(String column) {
        return CHINESE.entrySet().stream().filter(e -> e.getValue().equals(column)).map(Map.Entry::getKey)
                .findFirst().orElse(column);
    }

    /** The column id a header cell names (English id in any case, or Chinese name, spaces ignored), if any. */
    public static Optional<String> columnOf(String header) {
        String h = normalise(header);
        String lower = h.toLowerCase(Locale.ROOT);
        if (COLUMNS.contains(lower) || NOT_ELIGIBLE.equals(lower)) {
            return Optional.of(lower);
        }
        return Optional.ofNullable(CHINESE.get(h));
    }

    /** Header cells are compared without spaces: offices write "姓  名" to line up a printed form. */
    private static String normalise(String header) {
        return header == null ? "" : header.replace('\u3000', ' ').replace("\uFEFF", "").replaceAll("\\s+", "");
    }

    public Register read(Path file) {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(display), "", "no such register file; give a .xlsx or .csv path");
        }
        String lower = display.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            XlsxSheet sheet = readXlsx(file, display);
            return read(sheet.rows(), display, sheet.errorCells());
        }
        if (lower.endsWith(".csv")) {
            return read(readCsv(file, display), display, List.of());
        }
        throw InputException.of(SourceLocation.file(display), "", "the register must be a .xlsx or .csv file");
    }

    /** The rows of a register file as read, header first (for tools that rewrite a register, e.g. merge). */
    public static List<List<String>> rows(Path file) {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(display), "", "no such file; give a .xlsx or .csv path");
        }
        if (display.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return readXlsx(file, display).rows();
        }
        return readCsv(file, display);
    }

    private static List<List<String>> readCsv(Path file, String display) {
        byte[] bytes = Utf8Text.readBytes(file, display);
        return Csv.readTable(bytes, display, (index, header) -> label(header, columnOf(header).orElse("")));
    }

    /** How a message names a column: as its header writes it; a private-state column only as such (S1). */
    private static String label(String header, String column) {
        if (PRIVATE.contains(column)) {
            return "a private-state column";
        }
        String h = header == null ? "" : header.trim();
        return "column " + (h.isEmpty() ? column : h);
    }

    /**
     * The first sheet, each cell as Excel shows it: a formula's cached value, a date as YYYY-MM-DD,
     * a number in its cell format (a whole number in General format without ".0"), text as typed.
     * Cells showing an Excel error (#N/A, #REF! …) are listed, to be reported with their column.
     */
    private record XlsxSheet(List<List<String>> rows, List<int[]> errorCells) {
    }

    private static XlsxSheet readXlsx(Path file, String display) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            List<int[]> errors = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && shownType(cell) == CellType.ERROR) {
                            errors.add(new int[] {r, c});
                            cells.add("");
                        } else {
                            cells.add(cellText(cell, fmt));
                        }
                    }
                }
                rows.add(cells);
            }
            return new XlsxSheet(rows, errors);
        } catch (IOException | RuntimeException e) {
            // no exception text: it names library classes, which tells a planner nothing
            throw InputException.of(SourceLocation.file(display), "", "is not a readable .xlsx workbook;"
                    + " save it again from Excel as .xlsx (Excel Workbook) or export it as CSV UTF-8");
        }
    }

    /** The type of what the cell shows: a formula's cached result type. */
    private static CellType shownType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    static String cellText(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        return switch (shownType(cell)) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> number(cell, fmt);
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter fmt) {
        double d = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        CellStyle style = cell.getCellStyle();
        String format = style == null ? null : style.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General")) {
            // General shows a whole number without ".0", and ids of up to 15 digits in full
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return fmt.formatRawCellContents(d, 0, "General").strip();
        }
        // the cell's own format, as Excel shows it (e.g. 00123 for an id formatted "00000")
        return fmt.formatRawCellContents(d, style.getDataFormat(), format).strip();
    }

    /** Reads rows already split into cells; row 0 is the header. */
    public Register read(List<List<String>> rows, String display) {
        return read(rows, display, List.of());
    }

    private Register read(List<List<String>> rows, String display, List<int[]> errorCells) {
        Problems problems = new Problems();
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            throw InputException.of(new SourceLocation(display, 1, 0), "", "the register is empty; the first row"
                    + " must be the header: " + String.join(",", COLUMNS) + " (or in Chinese: "
                    + String.join(",", chineseHeader()) + ")");
        }
        Header header = header(rows.get(0), display, problems);
        for (int[] cell : errorCells) {
            String column = cell[1] < rows.get(0).size() ? rows.get(0).get(cell[1]) : "";
            problems.add(new SourceLocation(display, cell[0] + 1, 0), "row " + (cell[0] + 1) + ", "
                    + label(column, columnOf(column).orElse("")), "the cell shows an Excel error (#N/A, #REF!, #VALUE!"
                    + " …); correct its formula or type the value");
        }
        problems.throwIfAny();
        List<Cadre> cadres = new ArrayList<>();
        Map<String, Integer> idRows = new HashMap<>();
        Map<String, Unit> adHocUnits = new HashMap<>();
        int dataRows = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            dataRows++;
            int rowNo = r + 1;
            RowReader row = new RowReader(cells, header, display, rowNo, problems);
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
            Optional<Rank> rank = rankAliases.parse(rankText);
            if (rank.isEmpty()) {
                row.problem("rank", (rankText.isEmpty() ? "the rank is missing" : "unknown rank '" + rankText + "'")
                        + "; use " + rankAliases.accepted());
            }
            boolean party = party(row, header.partyStatus());
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
        return new Register(display, cadres, dataRows, header.extra());
    }

    /** The header in Chinese, as a nomination form writes it (是否党员 for party_member). */
    public static List<String> chineseHeader() {
        return COLUMNS.stream().map(RegisterReader::chineseName).toList();
    }

    /**
     * A register header: each known column's index and the header cell as written (for messages),
     * whether party_member is written as 政治面貌, and the cells of columns the tool does not use.
     */
    private record Header(Map<String, Integer> index, Map<String, String> written, boolean partyStatus,
            List<String> extra) {
        String label(String column) {
            return RegisterReader.label(written.getOrDefault(column, column), column);
        }
    }

    /** The header's columns by id; duplicates, misspelt ids and missing columns are problems. */
    private static Header header(List<String> header, String display, Problems problems) {
        SourceLocation where = new SourceLocation(display, 1, 0);
        Map<String, Integer> col = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        Map<String, String> misspelt = new HashMap<>();
        List<String> extra = new ArrayList<>();
        boolean partyStatus = false;
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).trim();
            if (cell.isEmpty()) {
                continue;
            }
            Optional<String> column = columnOf(cell);
            if (column.isPresent()) {
                String id = column.get();
                if (col.putIfAbsent(id, i) != null) {
                    problems.add(where, cell, "'" + cell + "' and '" + written.get(id) + "' are the same column ("
                            + id + ", " + chineseName(id) + "); keep one");
                } else {
                    written.put(id, cell);
                    partyStatus |= id.equals("party_member") && normalise(cell).equals(PARTY_STATUS);
                }
                continue;
            }
            String lower = normalise(cell).toLowerCase(Locale.ROOT);
            Optional<String> near = lower.chars().allMatch(c -> c < 128)
                    ? Similarity.closest(lower, COLUMNS) : Optional.empty();
            if (near.isPresent()) {
                misspelt.putIfAbsent(near.get(), cell);
            } else if (!normalise(cell).equals(SOURCE_COLUMN)) {
                extra.add(cell);
            }
        }
        for (String column : COLUMNS) {
            String typo = col.containsKey(column) ? null : misspelt.get(column);
            if (REQUIRED.contains(column) && !col.containsKey(column)) {
                problems.add(where, column, "the header has no column '" + column + "' (" + chineseName(column) + ")"
                        + (typo == null ? "" : " (is '" + typo + "' meant to be '" + column + "'?)")
                        + "; the columns are " + String.join(",", COLUMNS) + " or in Chinese "
                        + String.join(",", chineseHeader()));
            } else if (typo != null) {
                // an optional column spelt wrong would otherwise be ignored silently, as an extra column
                problems.add(where, typo, "'" + typo + "' is not a register column; did you mean '" + column + "'?");
            } else if (misspelt.containsKey(column)) {
                extra.add(misspelt.get(column));
            }
        }
        return new Header(col, written, partyStatus, extra);
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

    /**
     * party_member: 是/否 (yes/no, true/false); a member's party status (中共党员, 中共预备党员) also
     * means yes. Written as 政治面貌, any other status (群众, 共青团员 …) means no.
     */
    private static boolean party(RowReader row, boolean partyStatus) {
        String t = normalise(row.get("party_member")).toLowerCase(Locale.ROOT);
        if (YES.contains(t) || PARTY_MEMBER_STATUSES.contains(t) || NO.contains(t) || partyStatus) {
            return isPartyMember(t, partyStatus);
        }
        row.problem("party_member", "'" + t + "' is not 是/否 (yes/no, true/false) nor a party status ("
                + String.join("/", PARTY_MEMBER_STATUSES) + " count as members)");
        return false;
    }

    /** What a party_member cell means (it is valid: see {@link #party}); written as 政治面貌 when {@code partyStatus}. */
    public static boolean isPartyMember(String value, boolean partyStatus) {
        String t = normalise(value).toLowerCase(Locale.ROOT);
        return YES.contains(t) || PARTY_MEMBER_STATUSES.contains(t);
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
        List<List<String>> rows = rows(file);
        Map<String, Map<String, String>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        Header header = header(rows.get(0), display, new Problems());
        for (List<String> cells : rows.subList(1, rows.size())) {
            RowReader row = new RowReader(cells, header, display, 0, new Problems());
            if (row.get("id").isEmpty()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach(c -> values.put(c, row.get(c)));
            out.put(row.get("id"), values);
        }
        return out;
    }

    /** Date ranges written as the register writes them; a part that cannot be read is left out. */
    public static List<DateRange> ranges(String text) {
        Header one = new Header(Map.of("x", 0), Map.of(), false, List.of());
        return new RowReader(List.of(text), one, "", 0, new Problems()).ranges("x", true);
    }

    /** Between date ranges: ; (also full-width), 、 and commas. */
    private static final String RANGE_SEPARATORS = "[;；、,，]";
    /** Between a range's first and last day: .. as §10 writes it, or 至 and ~ as offices do. */
    private static final String RANGE_ENDS = "\\.\\.|至|~|～";
    private static final java.util.regex.Pattern DAY =
            java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /**
     * A day as offices type it: 2020-10-01, also 2020/10/1, 2020.10.1 and 2020年10月1日 (an
     * impossible day such as 2020-02-30 is not read as another one).
     */
    static LocalDate day(String text) {
        java.util.regex.Matcher m = DAY.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeParseException("not a day", text, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("not a day", text, 0);
        }
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
    private record RowReader(List<String> cells, Header header, String file, int row, Problems problems) {
        String get(String column) {
            Integer i = header.index().get(column);
            return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
        }

        void problem(String column, String message) {
            problems.add(new SourceLocation(file, row, 0), "row " + row + ", " + header.label(column), message);
        }

        List<DateRange> ranges(String column, boolean privateColumn) {
            String text = get(column);
            List<DateRange> out = new ArrayList<>();
            if (text.isEmpty()) {
                return out;
            }
            for (String part : text.split(RANGE_SEPARATORS)) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                String[] ends = p.split(RANGE_ENDS, -1);
                try {
                    LocalDate start = day(ends[0]);
                    LocalDate end = ends.length > 1 ? day(ends[1]) : start;
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
            String form = "write dates as YYYY-MM-DD (or 2020/10/1, 2020年10月1日) and ranges as 2020-10-01..2020-10-07"
                    + " (or 2020-10-01至2020-10-07), separated by ';'";
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
