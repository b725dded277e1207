package org.rotationscheduler.io.out.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every workbook of the tool uses, made once per workbook (a workbook holds at
 * most 64,000 styles, so styles are shared, never created per cell).
 *
 * <p>Fonts follow the usual look of official tables: 宋体 for the body, 黑体 for the annex label,
 * titles and header rows.
 */
final class ExcelStyles {
    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final short BODY_POINTS = 11;
    /** yyyy年m月d日, the way dates are written in Chinese office documents; the cell stays a real date. */
    static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";
    static final String INTEGER_FORMAT = "0";
    static final String MONEY_FORMAT = "#,##0";

    /** What a cell holds; each kind has its own alignment and number format. */
    enum Kind {
        /** the annex label above the title (附件1): no border, left */
        LABEL,
        /** a sheet or annex title: large, centred, no border */
        TITLE,
        /** a line of explanation under a title: no border, left, wrapped */
        NOTE,
        /** a header cell: bordered, centred, wrapped */
        HEADER,
        /** body text: bordered, wrapped */
        TEXT,
        /** body text in a centred column (序号-like short codes) */
        CENTRED,
        /** a whole number */
        INTEGER,
        /** an amount of money */
        MONEY,
        /** a date */
        DATE,
        /** a total row's text */
        TOTAL_TEXT,
        /** a total row's amount */
        TOTAL_MONEY
    }

    private final Workbook workbook;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    /** The quote-prefixed twins of text styles, made on first use. */
    private final Map<Kind, CellStyle> literal = new HashMap<>();

    ExcelStyles(Workbook workbook) {
        this.workbook = workbook;
        // Column widths are measured in the default font's digit width; make that font the CJK
        // body font so the width estimate (CJK char = 2 digits) holds.
        Font defaultFont = workbook.getFontAt(0);
        defaultFont.setFontName(BODY_FONT);
        defaultFont.setFontHeightInPoints(BODY_POINTS);
        Font body = font(BODY_FONT, BODY_POINTS, false);
        Font bold = font(BODY_FONT, BODY_POINTS, true);
        Font heading = font(HEADING_FONT, BODY_POINTS, false);
        Font label = font(HEADING_FONT, (short) 14, false);
        Font title = font(HEADING_FONT, (short) 18, false);
        styles.put(Kind.LABEL, plain(label, HorizontalAlignment.LEFT, false));
        styles.put(Kind.TITLE, plain(title, HorizontalAlignment.CENTER, true));
        styles.put(Kind.NOTE, plain(body, HorizontalAlignment.LEFT, true));
        styles.put(Kind.HEADER, bordered(heading, HorizontalAlignment.CENTER, null));
        styles.put(Kind.TEXT, bordered(body, HorizontalAlignment.LEFT, null));
        styles.put(Kind.CENTRED, bordered(body, HorizontalAlignment.CENTER, null));
        styles.put(Kind.INTEGER, bordered(body, HorizontalAlignment.CENTER, INTEGER_FORMAT));
        styles.put(Kind.MONEY, bordered(body, HorizontalAlignment.RIGHT, MONEY_FORMAT));
        styles.put(Kind.DATE, bordered(body, HorizontalAlignment.CENTER, DATE_FORMAT));
        styles.put(Kind.TOTAL_TEXT, bordered(bold, HorizontalAlignment.LEFT, null));
        styles.put(Kind.TOTAL_MONEY, bordered(bold, HorizontalAlignment.RIGHT, MONEY_FORMAT));
    }

    CellStyle get(Kind kind) {
        return styles.get(kind);
    }

    /**
     * The same style with Excel's quote prefix: text that starts like a formula (= + - @) then
     * stays text even when somebody edits the cell and presses Enter (CSV/formula injection).
     */
    CellStyle literal(Kind kind) {
        return literal.computeIfAbsent(kind, k -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(styles.get(k));
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private Font font(String name, short points, boolean bold) {
        Font f = workbook.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        return f;
    }

    private CellStyle plain(Font font, HorizontalAlignment align, boolean wrap) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        return s;
    }

    private CellStyle bordered(Font font, HorizontalAlignment align, String format) {
        CellStyle s = plain(font, align, true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return s;
    }
}
