package org.rotationscheduler.io.out.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads sheets back as plain values: text, whole numbers as Long, dates as LocalDate. */
final class Sheets {
    private Sheets() {
    }

    /** Rows {@code from}..{@code to} (inclusive, 0-based) as lists of cell values. */
    static List<List<Object>> rows(Sheet sheet, int from, int to) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = from; r <= to; r++) {
            rows.add(values(sheet.getRow(r)));
        }
        return rows;
    }

    /** Every row below the header row 0. */
    static List<List<Object>> body(Sheet sheet) {
        return rows(sheet, 1, sheet.getLastRowNum());
    }

    static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        if (row == null) {
            return values;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(value(row.getCell(c)));
        }
        return values;
    }

    static Object value(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : (Object) (long) cell.getNumericCellValue();
            case BLANK -> "";
            default -> throw new AssertionError("unexpected cell type " + cell.getCellType() + " at "
                    + cell.getAddress());
        };
    }

    /** The first row at or after {@code from} whose first cell reads {@code text}. */
    static int find(Sheet sheet, int from, String text) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && text.equals(value(row.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
    }
}
