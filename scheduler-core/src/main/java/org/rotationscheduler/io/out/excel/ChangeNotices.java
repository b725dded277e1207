package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.io.out.excel.ExcelStyles.Kind;
import org.rotationscheduler.io.out.excel.SheetWriter.RowWriter;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.report.UnitOrder;

/**
 * F7: after a replan, one small workbook per sending unit whose people moved (变更通知): which of
 * its cadres leave which seat and which take one, and why. A unit sees only its own people, not who
 * replaces them (as in the per-unit dispatch notices of {@link RosterWorkbook}).
 *
 * <p>S1: the reasons are the change list's fixed phrases ("E7 cadre not eligible for these dates"),
 * and only to the cadre's own unit.
 */
public final class ChangeNotices {
    public static final String SHEET = "变更通知";
    public static final String LEAVES = "撤出";
    public static final String TAKES = "新派";
    private static final int STREAM_WINDOW = 200;

    private final Plan plan;
    private final ChangeList changes;
    private final String context;
    private final UnitOrder unitOrder;
    private final PlanIdentity identity;

    /**
     * @param plan the replanned plan
     * @param context one line on what was replanned, e.g. "自 2019-11-20 起重新安排（原计划 autumn-2019）"
     */
    public ChangeNotices(Plan plan, ChangeList changes, String context) {
        this(plan, changes, context, PlanIdentity.of(plan, (String) null, null, java.time.LocalDate.now()));
    }

    /** As above, with the replanned plan's identity on every printed page (O7). */
    public ChangeNotices(Plan plan, ChangeList changes, String context, PlanIdentity identity) {
        this.plan = plan;
        this.changes = changes;
        this.context = context;
        this.unitOrder = new UnitOrder(plan.campaign());
        this.identity = identity;
    }

    /** The notice of each unit whose people moved, in {@code dir}, named after the unit, in unit order. */
    public Map<Unit, Path> files(Path dir) {
        return WorkbookFiles.unitFiles(dir, changes.unitsMoved(unitOrder));
    }

    /** Writes every notice; refuses before writing anything when one exists and {@code force} is off. */
    public List<Path> write(Path dir, boolean force) throws IOException {
        Map<Unit, Path> files = files(dir);
        WorkbookFiles.refuseExisting(files.values(), force);
        for (var e : files.entrySet()) {
            WorkbookFiles.write(e.getValue(), force, ChangeNotices::newWorkbook, wb -> fill(wb, e.getKey()));
        }
        if (!files.isEmpty()) {
            WorkbookFiles.writeIndex(dir, files); // which notice goes to which unit: names are cut when long
        }
        return List.copyOf(files.values());
    }

    private static SXSSFWorkbook newWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    /**
     * Why a unit's cadre takes a seat. Only the cadre's own unit learns why the one before left:
     * a unit taking over is told that it takes over, not why (least said, S1).
     */
    static String takerReason(ChangeList.SeatChange c) {
        if (ChangeList.FIXED.equals(c.reason())) {
            return ChangeList.FIXED_NOTE;
        }
        return switch (c.kind()) {
            case FILLED -> "补缺（原岗位空缺）";
            case ADDED -> "新增工作组岗位（G1）";
            default -> "接替原安排人员";
        };
    }

    private void fill(SXSSFWorkbook workbook, Unit unit) {
        List<ChangeList.Move> moves = changes.movesOf(unit);
        long leaves = moves.stream().filter(ChangeList.Move::leaves).count();
        SheetWriter sheet = new SheetWriter(workbook.createSheet(SHEET), new ExcelStyles(workbook), 12).cap(11, 50);
        sheet.spanning(unit.name() + " 派员变更通知", Kind.TITLE);
        sheet.spanning(plan.campaign().name() + "，" + PlanIdentity.season(plan) + "：" + context + "。本单位共 " + moves.size()
                + " 人次变更（撤出 " + leaves + "，新派 " + (moves.size() - leaves) + "）。", Kind.NOTE);
        sheet.header(List.of("序号", "变更", "姓名", "人员编号", "职级", "轮次", "开始", "结束", "城市", "工作组", "岗位", "原因"));
        int n = 0;
        for (ChangeList.Move m : moves) {
            Seat seat = m.change().seat();
            RowWriter row = sheet.row().number(++n).text(m.leaves() ? LEAVES : TAKES, Kind.CENTRED)
                    .text(m.cadre().name()).text(m.cadre().id()).text(m.cadre().rank().label());
            RosterWorkbook.round(row, seat.round()).text(seat.city().name()).text(seat.group().name())
                    .text(seat.roleLabel()).text(m.leaves() ? m.change().note() : takerReason(m.change()));
        }
        sheet.autoFilter();
        sheet.finish(true, unit.name() + " " + SHEET + "　" + identity.line());
    }
}
