package org.rotationscheduler.io.out.excel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.rotationscheduler.io.out.excel.ExcelStyles.Kind;

/**
 * Writes one table-shaped sheet top to bottom: optional title and note rows, one header row, body
 * rows. It measures every cell as it goes, so that {@link #finish} can size the columns to the
 * text and each row is tall enough for its wrapped lines, and it sets up printing the same way
 * for every sheet: A4, fit to page width, header row repeated on every page, page numbers.
 *
 * <p>Rows are written strictly in order and never revisited, which keeps it usable with a
 * streaming workbook (a whole-campaign roster has some 44,000 seats per sheet).
 */
final class SheetWriter {
    /** Widths are counted in digit widths of the body font; a CJK character takes about two. */
    static final int DEFAULT_CAP = 40;
    private static final int MIN_WIDTH = 4;
    private static final int PADDING = 2;
    private static final float LINE_POINTS = 15f;
    private static final float TITLE_POINTS = 36f;
    private static final float TITLE_LINE_POINTS = 26f;
    /** Page margins in inches: left and right, top and bottom (header and footer sit inside them). */
    private static final double SIDE_MARGIN = 0.5;
    private static final double END_MARGIN = 0.6;
    /** Printable width of A4 in points, portrait and landscape, inside the side margins. */
    static final double PORTRAIT_WIDTH = (8.27 - 2 * SIDE_MARGIN) * 72;
    /** A column width unit in points, for an 11 pt body font (a 7-pixel digit, as Excel counts). */
    static final double UNIT_POINTS = 5.25;
    /** The smallest scale a table may print at to go portrait rather than landscape. */
    static final double MIN_PORTRAIT_SCALE = 0.78;

    private final Sheet sheet;
    private final ExcelStyles styles;
    private final int columns;
    private final int[] widths;
    private final int[] caps;
    private int nextRow;
    private int headerRow = -1;
    /** Rows of spanning notes, whose height {@link #finish} fits to the final column widths. */
    private final java.util.Map<Integer, String> notes = new java.util.LinkedHashMap<>();
    private boolean freeze = true;

    SheetWriter(Sheet sheet, ExcelStyles styles, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
        this.widths = new int[columns];
        this.caps = new int[columns];
        Arrays.fill(caps, DEFAULT_CAP);
    }

    /** Longer text in this column wraps instead of widening it beyond {@code units}. */
    SheetWriter cap(int column, int units) {
        caps[column] = units;
        return this;
    }

    /** A row of one cell spanning every column: a title, an annex label or a note. */
    void spanning(String text, Kind kind) {
        Row row = sheet.createRow(nextRow);
        Cell cell = row.createCell(0);
        setText(cell, text, kind);
        for (int c = 1; c < columns; c++) {
            row.createCell(c).setCellStyle(styles.get(kind));
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns - 1));
        }
        if (kind == Kind.TITLE) {
            // the title font is about 18/11 as wide as the body font the caps are measured in
            int lines = lineCount(text, Arrays.stream(caps).sum() * 11 / 18);
            row.setHeightInPoints(Math.max(TITLE_POINTS, lines * TITLE_LINE_POINTS));
        } else if (kind == Kind.NOTE) {
            row.setHeightInPoints(LINE_POINTS * lineCount(text, Arrays.stream(caps).sum()));
            notes.put(nextRow, text);
        }
        nextRow++;
    }

    /** The header row; printed again at the top of every page, frozen on screen. */
    void header(List<String> names) {
        headerRow = nextRow;
        RowWriter row = row();
        for (String name : names) {
            row.text(name, Kind.HEADER);
        }
    }

    RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++));
    }

    void blankRow() {
        nextRow++;
    }

    /** Starts a new printed page before the next row (one city or unit per page). */
    void pageBreak() {
        if (nextRow > headerRow + 1) {
            sheet.setRowBreak(nextRow - 1);
        }
    }

    /** Filter buttons on the header row over every body row written so far. */
    void autoFilter() {
        if (headerRow >= 0 && nextRow > headerRow + 1) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, nextRow - 1, 0, columns - 1));
        }
    }

    /** Keeps the header row from being frozen: for a sheet whose header row is not near the top. */
    SheetWriter noFreeze() {
        freeze = false;
        return this;
    }

    /**
     * Column widths, frozen header, print setup. Call once, after the last row.
     *
     * @param landscape whether the table may print landscape: it does when it is too wide for a
     *     portrait page at {@value #MIN_PORTRAIT_SCALE} of its size
     * @param printTitle printed at the top of every page, or null
     */
    void finish(boolean landscape, String printTitle) {
        int total = 0;
        for (int c = 0; c < columns; c++) {
            int units = Math.min(255, Math.max(MIN_WIDTH, Math.min(widths[c], caps[c])) + PADDING);
            sheet.setColumnWidth(c, units * 256);
            total += units;
        }
        // a note spans the table: now that its width is known, give it the lines it wraps to (rows
        // a streaming sheet has written out already keep their estimate)
        for (var note : notes.entrySet()) {
            Row row = sheet.getRow(note.getKey());
            if (row != null) {
                row.setHeightInPoints(LINE_POINTS * (lineCount(note.getValue(), total - PADDING) + 1) + 4);
            }
        }
        if (headerRow >= 0) {
            if (freeze) {
                sheet.createFreezePane(0, headerRow + 1);
            }
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // A table that fits a portrait page at 80 % or more prints portrait: a landscape page it
        // would not fill holds only about half the rows (O7: a printout a person would print)
        print.setLandscape(landscape && total * UNIT_POINTS * MIN_PORTRAIT_SCALE > PORTRAIT_WIDTH);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        // Fit the columns to the page width; as many pages tall as needed.
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        if (printTitle != null) {
            // & starts a field code in headers; a literal one is written &&
            sheet.getHeader().setCenter("&9" + printTitle.replace("&", "&&"));
        }
        // &P and &N are the spreadsheet's page-number and page-count fields
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /**
     * Writes a text cell. Text is always stored as a string, never as a formula; text that would
     * read as a formula when edited (= + - @) also gets the quote prefix.
     */
    private void setText(Cell cell, String text, Kind kind) {
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? styles.literal(kind) : styles.get(kind));
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** Width of a text in digit widths: two for CJK and full-width characters, one otherwise; the longest line. */
    static int displayWidth(String text) {
        int longest = 0;
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                longest = Math.max(longest, width);
                width = 0;
            } else if (!Character.isLowSurrogate(ch)) {
                width += ch >= 0x2E80 ? 2 : 1;
            }
        }
        return Math.max(longest, width);
    }

    static String dateText(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** How many printed lines a text takes in a column of {@code units} width, when wrapped. */
    static int lineCount(String text, int units) {
        int width = Math.max(1, units);
        if (text.indexOf('\n') < 0) {
            return Math.max(1, (displayWidth(text) + width - 1) / width);
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (displayWidth(line) + width - 1) / width);
        }
        return lines;
    }

    /** The cells of one body row, left to right. */
    final class RowWriter {
        private final Row row;
        private int column;
        private int lines = 1;

        private RowWriter(Row row) {
            this.row = row;
        }

        RowWriter text(String text) {
            return text(text, Kind.TEXT);
        }

        RowWriter text(String text, Kind kind) {
            String value = text == null ? "" : text;
            setText(next(value), value, kind);
            return this;
        }

        RowWriter number(long value) {
            return numeric(value, Kind.INTEGER, Long.toString(value));
        }

        RowWriter money(long value) {
            return numeric(value, Kind.MONEY, String.format("%,d", value));
        }

        RowWriter total(long value) {
            return numeric(value, Kind.TOTAL_MONEY, String.format("%,d", value));
        }

        RowWriter date(LocalDate date) {
            Cell cell = next(dateText(date));
            cell.setCellValue(date);
            cell.setCellStyle(styles.get(Kind.DATE));
            return this;
        }

        /** An empty bordered cell. */
        RowWriter blank() {
            return text("");
        }

        private RowWriter numeric(long value, Kind kind, String shown) {
            Cell cell = next(shown);
            cell.setCellValue((double) value);
            cell.setCellStyle(styles.get(kind));
            return this;
        }

        /** Creates the next cell, widens its column and heightens the row for the shown text. */
        private Cell next(String shown) {
            int c = column++;
            int width = displayWidth(shown);
            widths[c] = Math.max(widths[c], width);
            int wrapped = lineCount(shown, caps[c]);
            if (wrapped > lines) {
                lines = wrapped;
                row.setHeightInPoints(LINE_POINTS * lines);
            }
            return row.createCell(c);
        }
    }
}
