package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.out.excel.ExcelStyles.Kind;

/**
 * §10: the blank nomination form (报名表) the office sends each unit: one workbook per unit whose
 * first sheet is a register with the Chinese headers, the unit and an id filled in on every
 * prepared row, drop-down lists for unit, rank and party status, a whole-number check for rounds
 * served and a hint on each date column; a second sheet (填表说明) explains every column. A unit the
 * catalogue lacks (a county bureau) gets 单位类型 and 省份 too, prepared. A filled
 * form is a register the tool reads as it is, and {@code merge} joins the forms of many units.
 *
 * <p>Every prepared row carries an id made of the unit's name and a number (大气环境司-001), so the
 * ids of all forms differ without the units agreeing on them; a prepared row nobody filled in is
 * left out by the merge.
 */
public final class NominationForm {
    public static final String FORM_SHEET = "报名表";
    public static final String GUIDE_SHEET = "填表说明";
    /** The register columns a unit fills in. */
    public static final List<String> COLUMNS = List.of("id", "name", "unit", "rank", "post", "party_member",
            "rounds_served", "unavailable", "pregnant", "nursing", "health");
    /** The columns of a form for a unit the catalogue lacks (a county bureau): its type and province too, prepared. */
    public static final List<String> AD_HOC_COLUMNS = List.of("id", "name", "unit", "unit_type", "province", "rank",
            "post", "party_member", "rounds_served", "unavailable", "pregnant", "nursing", "health");
    /** The party statuses offered in the drop-down list; 中共党员 and 中共预备党员 count as members (§10). */
    public static final List<String> PARTY_STATUSES = List.of("中共党员", "中共预备党员", "共青团员", "民主党派成员",
            "无党派人士", "群众");
    public static final int DEFAULT_ROWS = 50;
    public static final int MAX_ROWS = 2000;
    private static final String RANGE_HINT = "格式：2020-10-01..2020-10-07；一天写一个日期；多段用分号“;”隔开；没有则留空。";

    private final Campaign campaign;

    public NominationForm(Campaign campaign) {
        this.campaign = campaign;
    }

    /** The header of a form: the Chinese column names (政治面貌 for party membership). */
    public static List<String> header(List<String> columns) {
        return columns.stream().map(c -> c.equals("party_member") ? RegisterReader.PARTY_STATUS
                : RegisterReader.chineseName(c)).toList();
    }

    private List<String> columns(Unit unit) {
        return campaign.units().find(unit.name()).isPresent() ? COLUMNS : AD_HOC_COLUMNS;
    }

    /** The prepared id of row {@code n} (1-based) of a unit's form. */
    public static String id(Unit unit, int n) {
        return unit.name() + "-" + String.format("%03d", n);
    }

    /**
     * The catalogue unit a name or alias stands for, or, given its type and province (§10: a county
     * bureau, say), a unit the catalogue lacks; an unknown name without them is bad input.
     *
     * @param type a unit type (key or Chinese label), or null
     * @param province a province's short name, or null
     */
    public Unit unit(String name, String type, String province) {
        String n = name.strip();
        Optional<Unit> known = campaign.units().find(n);
        if (known.isPresent()) {
            return known.get();
        }
        if (type == null || province == null) {
            throw InputException.of(SourceLocation.file("--unit"), name, "no such unit in the campaign's catalogue;"
                    + " nearest: " + campaign.units().nearest(n, 3) + ". For a unit the catalogue lacks (e.g. a county"
                    + " bureau) give --unit-type and --province");
        }
        UnitType t = UnitType.parse(type).orElseThrow(() -> InputException.of(SourceLocation.file("--unit-type"), type,
                "unknown unit type; use ministry, dispatched, affiliated, provincial or local"));
        if (campaign.units().provincialDepartment(province.strip()).isEmpty()) {
            throw InputException.of(SourceLocation.file("--province"), province, "unknown province; use the short"
                    + " name, e.g. 河北");
        }
        return new Unit(n, List.of(), t, province.strip());
    }

    /** The form file of each unit in {@code dir}: 报名表-<unit>.xlsx. */
    public Map<Unit, Path> files(Path dir, List<Unit> units) {
        Map<Unit, Path> files = new LinkedHashMap<>();
        WorkbookFiles.unitFiles(dir, units).forEach((unit, file) ->
                files.put(unit, file.resolveSibling("报名表-" + file.getFileName())));
        return files;
    }

    /**
     * Writes one form per unit with {@code rows} prepared rows. Refuses before writing anything
     * when a file exists and {@code force} is off.
     */
    public List<Path> write(Path dir, List<Unit> units, int rows, boolean force) throws IOException {
        if (rows < 1 || rows > MAX_ROWS) {
            throw InputException.of(SourceLocation.file("--rows"), "", "must be 1 to " + MAX_ROWS + ", got " + rows);
        }
        Map<Unit, Path> files = files(dir, units);
        WorkbookFiles.refuseExisting(files.values(), force);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Unit, Path> e : files.entrySet()) {
            WorkbookFiles.write(e.getValue(), force, XSSFWorkbook::new, wb -> fill(wb, e.getKey(), rows));
            written.add(e.getValue());
        }
        return written;
    }

    private void fill(XSSFWorkbook wb, Unit unit, int rows) {
        ExcelStyles styles = new ExcelStyles(wb);
        CellStyle text = textFormat(wb, styles.get(Kind.TEXT));
        Sheet form = wb.createSheet(FORM_SHEET);
        List<String> columns = columns(unit);
        List<String> header = header(columns);
        Row head = form.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.get(Kind.HEADER));
            form.setColumnWidth(c, width(columns.get(c)) * 256);
            // typed dates and ids stay text, as the register wants them (no 2020/10/1 conversion)
            form.setDefaultColumnStyle(c, text);
        }
        for (int r = 1; r <= rows; r++) {
            Row row = form.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(text);
                switch (columns.get(c)) {
                    case "id" -> cell.setCellValue(id(unit, r));
                    case "unit" -> cell.setCellValue(unit.name());
                    case "unit_type" -> cell.setCellValue(unit.type().label());
                    case "province" -> cell.setCellValue(unit.province());
                    default -> { }
                }
            }
        }
        form.createFreezePane(0, 1);
        validations(form, rows, unit, columns);
        String identity = campaign.name() + " 报名表 · " + unit.name();
        form.getHeader().setCenter(identity);
        form.getFooter().setCenter("第 &P 页，共 &N 页");
        form.getPrintSetup().setLandscape(true);
        form.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        guide(wb, styles, unit, rows, columns);
        wb.getProperties().getCoreProperties().setTitle(identity);
    }

    private static CellStyle textFormat(XSSFWorkbook wb, CellStyle base) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setDataFormat(wb.createDataFormat().getFormat("@"));
        return s;
    }

    private static int width(String column) {
        return switch (column) {
            case "id", "unit" -> 24;
            case "unavailable", "pregnant", "nursing", "health" -> 26;
            case "post", "party_member" -> 14;
            default -> 10;
        };
    }

    private void validations(Sheet form, int rows, Unit unit, List<String> columns) {
        DataValidationHelper helper = form.getDataValidationHelper();
        java.util.function.ToIntFunction<String> column = columns::indexOf;
        if (columns.contains("unit_type")) {
            list(form, helper, column.applyAsInt("unit_type"), rows, new String[] {unit.type().label()}, "单位类型",
                    "请保留预填内容。");
            list(form, helper, column.applyAsInt("province"), rows, new String[] {unit.province()}, "省份",
                    "请保留预填内容。");
        }
        list(form, helper, column.applyAsInt("unit"), rows, new String[] {unit.name()}, "单位", "请保留本单位名称。");
        List<String> ranks = new ArrayList<>();
        for (Rank r : Rank.values()) {
            ranks.add(r.label());
        }
        list(form, helper, column.applyAsInt("rank"), rows, ranks.toArray(String[]::new), "职级",
                "从下拉列表选择：" + String.join("、", ranks) + "。");
        list(form, helper, column.applyAsInt("party_member"), rows, PARTY_STATUSES.toArray(String[]::new), "政治面貌",
                "从下拉列表选择；中共党员、中共预备党员计为党员。");
        DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                "0", null);
        add(form, helper.createValidation(whole, range(column.applyAsInt("rounds_served"), rows)), "已参加轮次",
                "填写本次计划前已参加的轮次数，0 或正整数；未参加填 0 或留空。", true);
        for (String c : List.of("unavailable", "pregnant", "nursing", "health")) {
            DataValidationConstraint any = helper.createCustomConstraint("TRUE");
            add(form, helper.createValidation(any, range(column.applyAsInt(c), rows)), RegisterReader.chineseName(c), RANGE_HINT,
                    false);
        }
    }

    private static CellRangeAddressList range(int column, int rows) {
        return new CellRangeAddressList(1, rows, column, column);
    }

    private static void list(Sheet form, DataValidationHelper helper, int column, int rows, String[] values,
            String title, String prompt) {
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values), range(column, rows));
        v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        add(form, v, title, prompt, true);
    }

    private static void add(Sheet form, DataValidation v, String title, String prompt, boolean strict) {
        v.createPromptBox(title, prompt);
        v.setShowPromptBox(true);
        if (strict) {
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(title, "填写的内容不在允许范围内。" + prompt);
            v.setShowErrorBox(true);
        } else {
            v.setShowErrorBox(false);
        }
        form.addValidationData(v);
    }

    private void guide(XSSFWorkbook wb, ExcelStyles styles, Unit unit, int rows, List<String> columns) {
        Sheet s = wb.createSheet(GUIDE_SHEET);
        s.setColumnWidth(0, 16 * 256);
        s.setColumnWidth(1, 70 * 256);
        s.setColumnWidth(2, 28 * 256);
        int r = 0;
        cell(s, r++, 0, campaign.name() + " 报名表填表说明", styles.get(Kind.TITLE));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 2));
        cell(s, r++, 0, "填报单位：" + unit.name(), styles.get(Kind.NOTE));
        cell(s, r++, 0, "请在“" + FORM_SHEET + "”表中每行填写一名推荐人员，共预留 " + rows + " 行；编号和单位已预填，请勿修改；"
                + "未使用的行保持空白即可。表头请勿改动。", styles.get(Kind.NOTE));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 0, 2));
        s.getRow(2).setHeightInPoints(32);
        r++;
        String[] head = {"列名", "填写要求", "示例"};
        for (int c = 0; c < head.length; c++) {
            cell(s, r, c, head[c], styles.get(Kind.HEADER));
        }
        r++;
        for (String[] line : explanations(columns)) {
            for (int c = 0; c < line.length; c++) {
                cell(s, r, c, line[c], styles.get(c == 0 ? Kind.CENTRED : Kind.TEXT));
            }
            r++;
        }
        r++;
        cell(s, r, 0, "孕期、哺乳期、健康状况三列仅用于安排时避开相应日期，严格保密，不出现在任何名单、通知或报告中。",
                styles.get(Kind.NOTE));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 2));
    }

    private List<String[]> explanations(List<String> columns) {
        List<String[]> out = new ArrayList<>();
        String aliases = campaign.rankAliases().byAlias().isEmpty() ? ""
                : "；也可填写 " + String.join("、", campaign.rankAliases().byAlias().keySet().stream().limit(6).toList())
                        + " 等，按对应职级计";
        out.add(new String[] {"编号", "已预填，每人唯一，请勿修改。", ""});
        out.add(new String[] {"姓名", "必填。", "张三"});
        out.add(new String[] {"单位", "已预填本单位全称，请勿修改。", ""});
        if (columns.contains("unit_type")) {
            out.add(new String[] {"单位类型", "已预填，请勿修改。", ""});
            out.add(new String[] {"省份", "已预填，请勿修改。", ""});
        }
        out.add(new String[] {"职级", "必填，从下拉列表选择：司局级、处级、科级、科员" + aliases + "。", "处级"});
        out.add(new String[] {"职务", "现任职务，可不填；曾任支队长等职务的请写明。", "副处长"});
        out.add(new String[] {"政治面貌", "从下拉列表选择；中共党员、中共预备党员计为党员（组建临时党支部用）。", "中共党员"});
        out.add(new String[] {"已参加轮次", "本次计划前已参加的强化监督轮次数，0 或正整数。", "1"});
        out.add(new String[] {"不可派出日期", "因休假、其他任务等不能派出的日期。" + RANGE_HINT, "2020-10-01..2020-10-07"});
        out.add(new String[] {"孕期", "处于孕期的日期范围，格式同上；保密。", ""});
        out.add(new String[] {"哺乳期", "处于哺乳期的日期范围，格式同上；保密。", ""});
        out.add(new String[] {"健康状况", "身体健康状况欠佳、不宜派出的日期范围，格式同上；保密。", ""});
        return out;
    }

    private static void cell(Sheet s, int row, int column, String value, CellStyle style) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
