package org.rotationscheduler.io.plan;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.model.Assignment;
import org.rotationscheduler.model.Plan;

/** Placeholder-free minimal roster: one sheet, one row per seat (replaced by the full workbook). */
final class BasicRoster {
    void write(Path file, Plan plan, boolean force) throws IOException {
        SafeFiles.write(file, force, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                Sheet sheet = wb.createSheet("总表");
                String[] header = {"轮次", "开始", "结束", "城市", "工作组", "岗位", "姓名", "单位", "职级"};
                Row h = sheet.createRow(0);
                for (int i = 0; i < header.length; i++) {
                    h.createCell(i).setCellValue(header[i]);
                }
                int r = 1;
                for (Assignment a : plan.assignments()) {
                    Row row = sheet.createRow(r++);
                    var s = a.seat();
                    row.createCell(0).setCellValue(s.round().number());
                    row.createCell(1).setCellValue(s.round().start().toString());
                    row.createCell(2).setCellValue(s.round().end().toString());
                    row.createCell(3).setCellValue(s.city().name());
                    row.createCell(4).setCellValue(s.group().name());
                    row.createCell(5).setCellValue(s.roleLabel());
                    if (a.filled()) {
                        row.createCell(6).setCellValue(a.cadre().name());
                        row.createCell(7).setCellValue(a.cadre().unit().name());
                        row.createCell(8).setCellValue(a.cadre().rank().label());
                    }
                }
                wb.write(out);
                wb.dispose();
            }
        });
    }
}
