package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.CostRates;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.out.AtomicFolder;
import org.rotationscheduler.io.out.excel.ExcelStyles.Kind;
import org.rotationscheduler.io.out.excel.SheetWriter.RowWriter;
import org.rotationscheduler.report.BreakWording;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.report.CostEstimate.Amounts;
import org.rotationscheduler.report.CostEstimate;
import org.rotationscheduler.report.PartyBranches;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.report.SoftSummary;
import org.rotationscheduler.report.UnitOrder;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * O2-O5: the roster of a plan as one workbook, and optionally one workbook per sending unit (the
 * dispatch notice each personnel office needs, holding only that unit's people).
 *
 * <p>Sheets: 总表 (every seat), 按城市, 按单位, 按人员 (O2), 临时党支部 (O3), 经费测算 (O4),
 * 违反规则 (O5, from the rule breaks given, hard rules first, plus every empty seat) and, for a
 * replanned plan ({@link #withChanges}), 变更 (F7: every seat that changed, and why).
 *
 * <p>S1: nothing here reads a cadre's restricted dates; a broken rule is written in the rule's own
 * Chinese wording (an E7 break as 该时段不符合派出条件（E7）), never with the message it came with.
 */
public final class RosterWorkbook {
    public static final String ALL = "总表";
    public static final String BY_CITY = "按城市";
    public static final String BY_UNIT = "按单位";
    public static final String BY_CADRE = "按人员";
    public static final String PARTY = "临时党支部";
    public static final String COSTS = "经费测算";
    /** O4: the cost detail per group, on a sheet of its own so the two tables do not share columns. */
    public static final String COST_DETAIL = "经费明细";
    public static final String BREAKS = "违反规则";
    /** O7: the broken preferences summarised per rule. */
    public static final String SOFT = "软性规则汇总";
    /** O7: the broken preferences seat by seat, in a workbook of their own for whoever wants them. */
    public static final String SOFT_DETAIL_FILE = "软性规则明细.xlsx";
    public static final String CHANGES = "变更";
    /** What the name column of an empty seat says. */
    public static final String VACANT = "（空缺）";
    /** The rule id of an empty seat (the {@code unfilled} key of rules.yaml). */
    static final String NO_CAR_PAYER = "组长空缺，待定";
    /** O4: a cost the campaign gives no rate for. */
    static final String NOT_ESTIMATED = "未测算";
    /**
     * Widest unit column, in digit widths: a longer unit name wraps to a second line, so that the
     * seat tables fit a portrait page (O7: about twice the rows per page of landscape).
     */
    private static final int UNIT_CAP = 28;
    /** Rows a streaming sheet keeps in memory; earlier rows go to a temporary file. */
    private static final int STREAM_WINDOW = 200;

    private final Plan plan;
    private final List<RuleBreak> breaks;
    /** A replan's changes (F7), or null for a plan made from scratch. */
    private final ChangeList changes;
    /** O7: what every printed page says about the plan (null: campaign, season and print date only). */
    private final PlanIdentity identity;
    private final UnitOrder unitOrder;
    /** Position of each seat in the plan (roster order), to sort by seat. */
    private final Map<String, Integer> seatOrder = new HashMap<>();

    /**
     * @param breaks the plan's broken rules, e.g. from the plan checker; read only while a
     *     workbook is written
     */
    public RosterWorkbook(Plan plan, List<RuleBreak> breaks) {
        this(plan, breaks, null, PlanIdentity.of(plan, (String) null, null, java.time.LocalDate.now()));
    }

    private RosterWorkbook(Plan plan, List<RuleBreak> breaks, ChangeList changes, PlanIdentity identity) {
        this.plan = plan;
        this.breaks = Objects.requireNonNull(breaks);
        this.changes = changes;
        this.identity = identity;
        this.unitOrder = new UnitOrder(plan.campaign());
        List<Assignment> all = plan.assignments();
        for (int i = 0; i < all.size(); i++) {
            seatOrder.put(all.get(i).seat().id(), i);
        }
    }

    /** The same roster with a 变更 sheet listing a replan's changes (F7). */
    public RosterWorkbook withChanges(ChangeList replanChanges) {
        return new RosterWorkbook(plan, breaks, Objects.requireNonNull(replanChanges), identity);
    }

    /** The same roster with the plan's identity on every printed page (O7). */
    public RosterWorkbook withIdentity(PlanIdentity planIdentity) {
        return new RosterWorkbook(plan, breaks, changes, Objects.requireNonNull(planIdentity));
    }

    /**
     * O7: the broken preferences seat by seat, for whoever wants them: the roster itself only
     * summarises them ({@value #SOFT}).
     */
    public void writeSoftDetail(Path file, boolean force) throws IOException {
        WorkbookFiles.write(file, force, RosterWorkbook::newWorkbook, wb -> {
            ExcelStyles styles = new ExcelStyles(wb);
            breakList(wb, styles, "软性规则明细", breakRows().stream().filter(SoftSummary::isSoft).toList());
        });
    }

    /** Writes the whole roster; an existing file is replaced only with {@code force}. */
    public void write(Path file, boolean force) throws IOException {
        WorkbookFiles.write(file, force, RosterWorkbook::newWorkbook, this::fillRoster);
    }

    /** The file of each sending unit in {@code dir}, named after the unit, in unit order. */
    public Map<Unit, Path> unitFiles(Path dir) {
        return WorkbookFiles.unitFiles(dir, sendingUnits());
    }

    /**
     * Writes one workbook per sending unit into {@code dir}. Refuses before writing anything when
     * a file exists and {@code force} is off.
     */
    public List<Path> writeByUnit(Path dir, boolean force) throws IOException {
        Map<Unit, Path> files = unitFiles(dir);
        WorkbookFiles.refuseExisting(files.values(), force);
        for (var e : files.entrySet()) {
            WorkbookFiles.write(e.getValue(), force, RosterWorkbook::newWorkbook, wb -> fillUnit(wb, e.getKey()));
        }
        return List.copyOf(files.values());
    }

    /**
     * The per-unit export as one folder that appears whole or not at all (written beside it,
     * renamed into place), with {@value WorkbookFiles#INDEX_FILE} naming each unit's file.
     *
     * @return the files, as they are named in {@code dir}
     */
    public List<Path> writeByUnitFolder(Path dir, boolean force) throws IOException {
        try (AtomicFolder folder = AtomicFolder.begin(dir, force, "--by-unit")) {
            Map<Unit, Path> files = unitFiles(folder.staging());
            writeByUnit(folder.staging(), true);
            WorkbookFiles.writeIndex(folder.staging(), files);
            List<String> names = new java.util.ArrayList<>(files.values().stream()
                    .map(p -> p.getFileName().toString()).toList());
            names.add(WorkbookFiles.INDEX_FILE);
            folder.commit(names);
            return files.values().stream().map(p -> dir.resolve(p.getFileName())).toList();
        }
    }

    /** Units with at least one cadre in the plan, in unit order. */
    public List<Unit> sendingUnits() {
        Set<Unit> units = new TreeSet<>(unitOrder);
        filled().forEach(a -> units.add(a.cadre().unit()));
        return List.copyOf(units);
    }

    private static SXSSFWorkbook newWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    private void fillRoster(SXSSFWorkbook workbook) {
        ExcelStyles styles = new ExcelStyles(workbook);
        allSheet(workbook, styles);
        byCitySheet(workbook, styles);
        byUnitSheet(workbook, styles, null);
        byCadreSheet(workbook, styles, null);
        if (plan.campaign().rules().weight(RuleId.F6) > 0) {
            partySheet(workbook, styles); // O3 only where the campaign asks for party branches (F6)
        }
        costSheet(workbook, styles);
        costDetailSheet(workbook, styles);
        breaksSheet(workbook, styles);
        softSheet(workbook, styles);
        if (changes != null) {
            changesSheet(workbook, styles);
        }
    }

    /** A unit's own workbook: its dispatch notice and its people, nobody else's. */
    private void fillUnit(SXSSFWorkbook workbook, Unit unit) {
        ExcelStyles styles = new ExcelStyles(workbook);
        byUnitSheet(workbook, styles, unit);
        byCadreSheet(workbook, styles, unit);
    }

    // ---- O2: the roster, four ways ----

    private void allSheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, ALL, 10).cap(7, UNIT_CAP);
        sheet.header(List.of("轮次", "开始", "结束", "城市", "工作组", "岗位", "姓名", "单位", "职级", "人员编号"));
        for (Assignment a : plan.assignments()) {
            RowWriter row = round(sheet.row(), a.seat().round());
            row.text(a.seat().city().name()).text(a.seat().group().name()).text(a.seat().roleLabel());
            person(row, a.cadre()).text(id(a.cadre()));
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(ALL));
    }

    /** Per city in annex order, round by round, its groups and their seats; a page per city. */
    private void byCitySheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, BY_CITY, 10).cap(7, UNIT_CAP);
        sheet.header(List.of("城市", "轮次", "开始", "结束", "工作组", "岗位", "姓名", "单位", "职级", "人员编号"));
        List<City> cities = plan.campaign().cities();
        List<Assignment> sorted = plan.assignments().stream()
                .sorted(Comparator.comparingInt(a -> cities.indexOf(a.seat().city())))
                .toList();
        City previous = null;
        for (Assignment a : sorted) {
            if (previous != null && !previous.equals(a.seat().city())) {
                sheet.pageBreak();
            }
            previous = a.seat().city();
            RowWriter row = round(sheet.row().text(a.seat().city().name()), a.seat().round());
            row.text(a.seat().group().name()).text(a.seat().roleLabel());
            person(row, a.cadre()).text(id(a.cadre()));
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(BY_CITY));
    }

    /**
     * The dispatch notice: per unit, whom it sends where and when, a page per unit. With
     * {@code only} set, that unit's own workbook, titled with its name.
     */
    private void byUnitSheet(SXSSFWorkbook workbook, ExcelStyles styles, Unit only) {
        SheetWriter sheet = sheet(workbook, styles, BY_UNIT, 10).cap(0, UNIT_CAP);
        List<Assignment> sent = filled().filter(a -> only == null || a.cadre().unit().equals(only))
                .sorted(Comparator.comparing((Assignment a) -> a.cadre().unit(), unitOrder))
                .toList();
        if (only != null) {
            sheet.spanning(only.name() + " 派员安排", Kind.TITLE);
            sheet.spanning(plan.campaign().name() + "，" + scope() + "：共派出 " + sent.size() + " 人次、"
                    + sent.stream().map(Assignment::cadre).distinct().count() + " 人。", Kind.NOTE);
        }
        sheet.header(List.of("单位", "轮次", "开始", "结束", "城市", "工作组", "岗位", "姓名", "职级", "人员编号"));
        for (Assignment a : sent) {
            Unit unit = a.cadre().unit();
            RowWriter row = round(sheet.row().text(unit.name()), a.seat().round());
            row.text(a.seat().city().name()).text(a.seat().group().name()).text(a.seat().roleLabel())
                    .text(a.cadre().name()).text(a.cadre().rank().label()).text(a.cadre().id());
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(only == null ? BY_UNIT : only.name()));
    }

    /** Per cadre (grouped by unit, register order within): their rounds, cities and seats. */
    private void byCadreSheet(SXSSFWorkbook workbook, ExcelStyles styles, Unit only) {
        SheetWriter sheet = sheet(workbook, styles, BY_CADRE, 11).cap(1, 6).cap(2, UNIT_CAP).cap(4, 6);
        sheet.header(List.of("姓名", "人员编号", "单位", "职级", "本计划轮次数", "轮次", "开始", "结束", "城市", "工作组", "岗位"));
        Map<Cadre, List<Assignment>> byCadre = filled()
                .filter(a -> only == null || a.cadre().unit().equals(only))
                .collect(Collectors.groupingBy(Assignment::cadre, LinkedHashMap::new, Collectors.toList()));
        List<Cadre> cadres = byCadre.keySet().stream()
                .sorted(Comparator.comparing(Cadre::unit, unitOrder).thenComparingInt(Cadre::row))
                .toList();
        for (Cadre cadre : cadres) {
            List<Assignment> seats = byCadre.get(cadre);
            for (Assignment a : seats) {
                RowWriter row = sheet.row().text(cadre.name()).text(cadre.id()).text(cadre.unit().name())
                        .text(cadre.rank().label()).number(seats.size());
                round(row, a.seat().round()).text(a.seat().city().name()).text(a.seat().group().name())
                        .text(a.seat().roleLabel());
            }
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(BY_CADRE));
    }

    // ---- O3: temporary party branches ----

    private void partySheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, PARTY, 11).cap(9, 50).cap(10, 40);
        sheet.header(List.of("城市", "轮次", "开始", "结束", "团队人数", "党员人数", "拟任书记", "书记单位", "书记职级",
                "党员名单", "备注"));
        for (PartyBranches.Branch b : PartyBranches.of(plan)) {
            RowWriter row = round(sheet.row().text(b.city().name()), b.round());
            row.number(b.teamSize()).number(b.partyMembers().size());
            Cadre secretary = b.secretary() == null ? null : b.secretary().cadre();
            row.text(secretary == null ? "" : secretary.name())
                    .text(secretary == null ? "" : secretary.unit().name())
                    .text(secretary == null ? "" : secretary.rank().label());
            row.text(b.partyMembers().stream()
                    .map(m -> m.cadre().name() + "（" + m.cadre().unit().name() + "）")
                    .collect(Collectors.joining("、")));
            row.text(String.join("；", b.notes()));
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(PARTY));
    }

    // ---- O4: cost estimate ----

    /** The rates, then what each paying unit pays with the total, then the detail per group. */
    private void costSheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        CostEstimate estimate = CostEstimate.of(plan);
        SheetWriter sheet = sheet(workbook, styles, COSTS, 11).noFreeze();
        sheet.spanning("经费测算（单位：" + estimate.rates().currency() + "）", Kind.TITLE);
        sheet.spanning(ratesNote(estimate.rates()), Kind.NOTE);
        sheet.blankRow();
        sheet.spanning("按承担单位（各工作组明细见“" + COST_DETAIL + "”）", Kind.LABEL);
        costsByUnit(sheet, estimate);
        sheet.finish(false, printTitle(COSTS));
    }

    /** The cost of each group, on its own sheet: its columns differ from the by-unit table's. */
    private void costDetailSheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        CostEstimate estimate = CostEstimate.of(plan);
        SheetWriter sheet = sheet(workbook, styles, COST_DETAIL, 16);
        costsByGroup(sheet, estimate);
        sheet.finish(true, printTitle(COST_DETAIL));
    }

    private void costsByUnit(SheetWriter sheet, CostEstimate estimate) {
        sheet.header(List.of("承担单位", "单位类型", "人次", "人天", "住宿晚数", "车辆天数", "住宿费", "伙食补助费", "往返差旅费",
                "租车费", "合计"));
        for (CostEstimate.UnitCost u : estimate.byUnit()) {
            RowWriter row = sheet.row().text(u.payerName() == null ? NO_CAR_PAYER : u.payerName())
                    .text(u.unit() == null ? (u.office() == null ? "" : CostRates.Payer.OFFICE.label())
                            : u.unit().type().label());
            amounts(row, u.amounts(), false, estimate.rates());
        }
        amounts(sheet.row().text("合计", Kind.TOTAL_TEXT).text("", Kind.TOTAL_TEXT), estimate.total(), true,
                estimate.rates());
    }

    private void costsByGroup(SheetWriter sheet, CostEstimate estimate) {
        sheet.header(List.of("轮次", "开始", "结束", "城市", "工作组", "天数", "人次", "人天", "住宿晚数", "车辆天数", "住宿费",
                "伙食补助费", "往返差旅费", "租车费", "合计", "租车费承担单位"));
        for (CostEstimate.GroupCost g : estimate.groups()) {
            RowWriter row = round(sheet.row(), g.group().round()).text(g.group().city().name())
                    .text(g.group().name()).number(g.days());
            amounts(row, g.amounts(), false, estimate.rates())
                    .text(g.carByOffice() ? estimate.rates().office() : g.carPayer() != null ? g.carPayer().name()
                            : g.amounts().vehicleDays() > 0 ? NO_CAR_PAYER : "");
        }
        sheet.autoFilter();
        RowWriter total = sheet.row().text("合计", Kind.TOTAL_TEXT);
        for (int i = 0; i < 5; i++) {
            total.text("", Kind.TOTAL_TEXT);
        }
        amounts(total, estimate.total(), true, estimate.rates()).text("", Kind.TOTAL_TEXT);
    }

    /** 人次, 人天, 住宿晚数, 车辆天数, 住宿费, 伙食补助费, 往返差旅费, 租车费, 合计; a cost without a rate reads 未测算. */
    private static RowWriter amounts(RowWriter row, Amounts a, boolean total, CostRates rates) {
        long[] values = {a.persons(), a.personDays(), a.lodgingNights(), a.vehicleDays(), a.lodging(), a.meals(),
            a.travel(), a.carHire(), a.total()};
        CostRates.CostKind[] kinds = {null, null, null, null, CostRates.CostKind.LODGING, CostRates.CostKind.MEALS,
            CostRates.CostKind.TRAVEL, CostRates.CostKind.CAR_HIRE, null};
        for (int i = 0; i < values.length; i++) {
            if (kinds[i] != null && !rates.estimated(kinds[i])) {
                row.text(NOT_ESTIMATED, total ? Kind.TOTAL_TEXT : Kind.CENTRED);
            } else if (total) {
                row.total(values[i]);
            } else if (i < 4) {
                row.number(values[i]);
            } else {
                row.money(values[i]);
            }
        }
        return row;
    }

    /** The rates and payers in plain words, so a reader can redo any figure of the sheet. */
    private String ratesNote(CostRates r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.estimated(CostRates.CostKind.LODGING)
                ? String.format("住宿 %,d/人·晚（在岗天数减1晚）", r.lodgingPerNight()) : "住宿费未测算");
        parts.add(r.estimated(CostRates.CostKind.MEALS)
                ? String.format("伙食补助 %,d/人·天", r.mealPerDay()) : "伙食补助费未测算");
        parts.add(r.estimated(CostRates.CostKind.TRAVEL) ? "往返差旅 " + Arrays.stream(UnitType.values())
                .map(t -> t.label() + " " + String.format("%,d", r.travelFor(t)))
                .collect(Collectors.joining("、")) + "（每人每轮次）" : "往返差旅费未测算");
        String vehicles = plan.campaign().groupKinds().stream()
                .map(k -> k.label() + " " + r.vehiclesPerGroup().getOrDefault(k.id(), 0) + " 辆")
                .collect(Collectors.joining("、"));
        parts.add((r.estimated(CostRates.CostKind.CAR_HIRE) ? String.format("租车 %,d/辆·天", r.carHirePerDay())
                : "租车费未测算") + "，" + vehicles);
        String payers = Arrays.stream(CostRates.CostKind.values())
                .map(k -> k.label() + "由" + (r.payer(k) == CostRates.Payer.OFFICE && r.office() != null ? r.office()
                        : r.payer(k).label()) + "承担")
                .collect(Collectors.joining("，"));
        return "费率（" + r.currency() + "）：" + String.join("；", parts) + "。" + payers + "。"
                + (Arrays.stream(CostRates.CostKind.values()).allMatch(r::estimated) ? "" : "合计不含未测算项目。");
    }

    // ---- O5: broken rules ----

    /**
     * Hard rules and empty seats seat by seat; the preferences are summarised on {@value #SOFT}
     * (O7), their full list is {@value #SOFT_DETAIL_FILE}.
     */
    private void breaksSheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        breakList(workbook, styles, BREAKS, breakRows().stream().filter(b -> !SoftSummary.isSoft(b)).toList());
    }

    /** O7: one line per broken soft rule: how often, its weight, the cities and units most concerned. */
    private void softSheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, SOFT, 6).cap(1, 30).cap(4, 40).cap(5, 50);
        List<SoftSummary.Line> lines = SoftSummary.of(plan.campaign(), breakRows());
        sheet.spanning("软性规则汇总：软性规则为优先考虑的安排，未满足的按规则汇总如下，逐岗位明细另见“" + SOFT_DETAIL_FILE + "”。",
                Kind.NOTE);
        sheet.header(List.of("规则", "规则内容", "次数", "权重", "涉及最多的城市（次数）", "涉及最多的单位（次数）"));
        for (SoftSummary.Line l : lines) {
            sheet.row().text(l.rule().id(), Kind.CENTRED).text(l.rule().chinese())
                    .number(l.count()).number(l.weight()).text(SoftSummary.Line.join(l.worstCities()))
                    .text(SoftSummary.Line.join(l.worstUnits()));
        }
        if (lines.isEmpty()) {
            sheet.row().blank().text("（无）");
        }
        sheet.finish(false, printTitle(SOFT));
    }

    private void breakList(SXSSFWorkbook workbook, ExcelStyles styles, String name, List<RuleBreak> rows) {
        SheetWriter sheet = sheet(workbook, styles, name, 13).cap(12, 50);
        sheet.header(List.of("序号", "规则", "类别", "轮次", "开始", "结束", "城市", "工作组", "岗位", "姓名", "人员编号", "单位",
                "说明"));
        int n = 0;
        for (RuleBreak b : rows) {
            RowWriter row = sheet.row().number(++n).text(b.rule().id(), Kind.CENTRED).text(category(b));
            Seat seat = b.seat();
            if (seat == null) {
                row.blank().blank().blank().blank().blank().blank();
            } else {
                round(row, seat.round()).text(seat.city().name()).text(seat.group().name()).text(seat.roleLabel());
            }
            Cadre c = b.cadre();
            row.text(c == null ? "" : c.name()).text(id(c)).text(c == null ? "" : c.unit().name()).text(message(b));
        }
        if (rows.isEmpty()) {
            sheet.row().blank().text("（无）");
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(name));
    }

    /**
     * The breaks given, plus a row for each empty seat no break names, sorted: hard rules, then
     * empty seats, then soft rules; by rule id in the order of the specification; by seat.
     */
    private List<RuleBreak> breakRows() {
        List<RuleBreak> rows = new ArrayList<>(List.copyOf(breaks));
        Set<String> named = new HashSet<>();
        for (RuleBreak b : rows) {
            if (b.seat() != null && b.cadre() == null) {
                named.add(b.seat().id());
            }
        }
        for (Assignment a : plan.assignments()) {
            if (!a.filled() && !named.contains(a.seat().id())) {
                rows.add(new RuleBreak(RuleId.UNFILLED, false, a.seat(), null, "岗位空缺"));
            }
        }
        rows.sort(Comparator.comparingInt(RosterWorkbook::categoryRank)
                .thenComparing(RuleBreak::rule)
                .thenComparingInt(b -> b.seat() == null ? Integer.MAX_VALUE
                        : seatOrder.getOrDefault(b.seat().id(), Integer.MAX_VALUE - 1)));
        return rows;
    }

    private static int categoryRank(RuleBreak b) {
        return b.rule() == RuleId.UNFILLED ? 1 : b.hard() ? 0 : 2;
    }

    private static String category(RuleBreak b) {
        return switch (categoryRank(b)) {
            case 0 -> "硬性规则";
            case 1 -> "空缺";
            default -> "软性规则";
        };
    }

    /**
     * The 说明 of a broken rule: the rule's Chinese wording with its id (the seat and cadre stand in
     * their own columns). S1: an E7 break reads only 该时段不符合派出条件（E7）.
     */
    static String message(RuleBreak b) {
        // the rule's own Chinese wording (O7): never the checker's message, which may be English and,
        // through a slip elsewhere, could name a private state (S1)
        return b.seat() == null && b.cadre() == null ? BreakWording.describe(b) : BreakWording.rule(b.rule());
    }

    // ---- F7: what a replan changed ----

    /** Every changed seat: who left it, who took it, and why (S1: reasons are fixed, neutral phrases). */
    private void changesSheet(SXSSFWorkbook workbook, ExcelStyles styles) {
        SheetWriter sheet = sheet(workbook, styles, CHANGES, 16).cap(15, 50);
        sheet.spanning(changesNote(), Kind.NOTE);
        sheet.header(List.of("序号", "轮次", "开始", "结束", "城市", "工作组", "岗位", "变更", "原人员", "原人员编号", "原单位",
                "新人员", "新人员编号", "新单位", "规则", "原因"));
        int n = 0;
        for (ChangeList.SeatChange c : changes.changes()) {
            Seat seat = c.seat();
            RowWriter row = round(sheet.row().number(++n), seat.round()).text(seat.city().name())
                    .text(seat.group().name()).text(seat.roleLabel()).text(c.kind().label());
            changedPerson(changedPerson(row, c.before()), c.after()).text(c.rule(), Kind.CENTRED).text(c.note());
        }
        if (changes.changes().isEmpty()) {
            sheet.row().blank().text("（无）");
        }
        sheet.autoFilter();
        sheet.finish(true, printTitle(CHANGES));
    }

    private String changesNote() {
        String pinned = changes.pinnedRounds().isEmpty() ? "没有已开始的轮次。"
                : "已开始的第 " + changes.pinnedRounds().get(0).number() + "-"
                        + changes.pinnedRounds().get(changes.pinnedRounds().size() - 1).number() + " 轮次保持原安排（"
                        + changes.pinnedUnchanged() + "/" + changes.pinnedSeats() + " 个岗位不变）。";
        return plan.campaign().name() + "，" + scope() + "：与已发布的计划相比，变更 " + changes.seatsChanged()
                + " 个岗位，涉及 " + changes.cadresMoved().size() + " 人；" + pinned;
    }

    /** 姓名, 人员编号, 单位 of one side of a change; blank when nobody. */
    private static RowWriter changedPerson(RowWriter row, Cadre cadre) {
        return cadre == null ? row.blank().blank().blank()
                : row.text(cadre.name()).text(cadre.id()).text(cadre.unit().name());
    }

    // ---- shared pieces ----

    private SheetWriter sheet(SXSSFWorkbook workbook, ExcelStyles styles, String name, int columns) {
        return new SheetWriter(workbook.createSheet(name), styles, columns);
    }

    /** O7: the page header: the sheet, then the plan's identity (campaign, season, plan, print date). */
    private String printTitle(String sheet) {
        return sheet + "　" + identity.line();
    }

    /** "2019年秋冬季攻坚期（第11—22轮次）" */
    private String scope() {
        String season = PlanIdentity.season(plan);
        return season.startsWith("第") ? season : season + "（第" + identity.rounds() + "轮次）";
    }

    /** 轮次, 开始, 结束 */
    static RowWriter round(RowWriter row, Round round) {
        return row.number(round.number()).date(round.start()).date(round.end());
    }

    /** 姓名, 单位, 职级; an empty seat says so in the name column. */
    private static RowWriter person(RowWriter row, Cadre cadre) {
        if (cadre == null) {
            return row.text(VACANT).blank().blank();
        }
        return row.text(cadre.name()).text(cadre.unit().name()).text(cadre.rank().label());
    }

    private static String id(Cadre cadre) {
        return cadre == null ? "" : cadre.id();
    }

    private Stream<Assignment> filled() {
        return plan.assignments().stream().filter(Assignment::filled);
    }
}
