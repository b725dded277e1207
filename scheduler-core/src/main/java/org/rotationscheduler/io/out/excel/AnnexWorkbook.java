package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Annex;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Partners;
import org.rotationscheduler.io.out.excel.ExcelStyles.Kind;

/**
 * O1: each annex of the plan (附件1, 附件2) as a print-ready workbook, made from the campaign data
 * (P1, P2), so a planner's campaign prints its own annexes: the annex label, the title and the
 * header exactly as {@code annexes:} writes them, then one row per city of the annex in annex
 * order with the short names the annex uses.
 */
public final class AnnexWorkbook {
    /** 序号, 包保城市, 机关部门（派出机构）, 直属单位, 省份 */
    static final int COLUMNS = 5;
    /** Joins several affiliated units in one cell, as the annex does for 铜川's five stations. */
    public static final String LIST_SEPARATOR = "、";

    private final Campaign campaign;

    public AnnexWorkbook(Campaign campaign) {
        this.campaign = campaign;
    }

    /** The file of each annex in {@code dir}, named after its label: 附件1.xlsx, 附件2.xlsx. */
    public Map<Annex, Path> targets(Path dir) {
        Map<Annex, Path> targets = new LinkedHashMap<>();
        for (Annex annex : campaign.annexes()) {
            targets.put(annex, dir.resolve(WorkbookFiles.fileName(annex.label())));
        }
        return targets;
    }

    /**
     * Writes every annex into {@code dir}. Refuses before writing anything when a file exists and
     * {@code force} is off.
     *
     * @return the files written, in annex order
     */
    public List<Path> write(Path dir, boolean force) throws IOException {
        Map<Annex, Path> targets = targets(dir);
        WorkbookFiles.refuseExisting(targets.values(), force);
        List<Path> written = new ArrayList<>();
        for (var e : targets.entrySet()) {
            WorkbookFiles.write(e.getValue(), force, XSSFWorkbook::new, wb -> fill(wb, e.getKey()));
            written.add(e.getValue());
        }
        return written;
    }

    /** The cities an annex lists, in its order. */
    public List<City> cities(Annex annex) {
        return campaign.cities().stream()
                .filter(c -> c.annex() == annex.number())
                .sorted(Comparator.comparingInt(City::annexOrder))
                .toList();
    }

    private void fill(XSSFWorkbook workbook, Annex annex) {
        ExcelStyles styles = new ExcelStyles(workbook);
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(annex.label()));
        // caps keep the table on a portrait A4 page; longer names wrap
        SheetWriter table = new SheetWriter(sheet, styles, COLUMNS).cap(0, 6).cap(1, 10).cap(2, 28).cap(3, 30)
                .cap(4, 8);
        table.spanning(annex.label(), Kind.LABEL);
        table.spanning(annex.title(), Kind.TITLE);
        table.header(annex.headers());
        for (City city : cities(annex)) {
            Partners p = city.partners();
            table.row()
                    .number(city.annexOrder())
                    .text(city.name(), Kind.CENTRED)
                    .text(p.leadLabel(), Kind.CENTRED)
                    .text(String.join(LIST_SEPARATOR, p.affiliatedLabels()), Kind.CENTRED)
                    .text(p.partnerProvince(), Kind.CENTRED);
        }
        table.finish(false, null);
    }
}
