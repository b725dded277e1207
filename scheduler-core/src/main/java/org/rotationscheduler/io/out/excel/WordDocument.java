package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * A Word document in the look of an official notice (公文): A4 portrait, 仿宋 body at 16 pt with
 * a first-line indent of two characters, 黑体 section headings, a red issuing-office head over a
 * red rule, a table with its header row repeated on every page, the plan's identity in the page
 * header and page numbers (第 X 页 共 Y 页) in the footer. Only what the notices need.
 */
final class WordDocument {
    static final String BODY_FONT = "仿宋";
    static final String HEADING_FONT = "黑体";
    static final String TITLE_FONT = "宋体";
    static final String RED = "C00000";
    private static final int BODY_POINTS = 16;
    private static final int TABLE_POINTS = 12;
    /** A4 in twentieths of a point, and margins of about 3.7 cm top, 3.5 bottom, 2.8 left, 2.6 right. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;

    private final XWPFDocument doc;

    private WordDocument(XWPFDocument doc) {
        this.doc = doc;
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /** Builds a document and writes it through a temporary file: a failure leaves no file. */
    static void write(Path target, boolean force, Consumer<WordDocument> fill) throws IOException {
        SafeFiles.write(target, force, out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                WordDocument word = new WordDocument(doc);
                fill.accept(word);
                word.pageFooter();
                doc.write(out);
            }
        });
    }

    /** The plan's identity at the top of every page (O7). */
    void pageHeader(String text) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, BODY_FONT, 9, false, null);
    }

    private void pageFooter() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "第 ", BODY_FONT, 10, false, null);
        field(p, "PAGE");
        run(p, " 页 共 ", BODY_FONT, 10, false, null);
        field(p, "NUMPAGES");
        run(p, " 页", BODY_FONT, 10, false, null);
    }

    private static void field(XWPFParagraph p, String instruction) {
        var simple = p.getCTP().addNewFldSimple();
        simple.setInstr(instruction);
        simple.addNewR().addNewT().setStringValue("1");
    }

    /** 发文机关 in red over the document number and a red rule. */
    void issuerHead(String issuer, String number) {
        XWPFParagraph head = doc.createParagraph();
        head.setAlignment(ParagraphAlignment.CENTER);
        head.setSpacingAfter(200);
        run(head, issuer, TITLE_FONT, 26, true, RED);
        XWPFParagraph no = doc.createParagraph();
        no.setAlignment(ParagraphAlignment.CENTER);
        no.setBorderBottom(Borders.SINGLE);
        no.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        no.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(18));
        no.setSpacingAfter(400);
        run(no, number, BODY_FONT, BODY_POINTS, false, null);
    }

    void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(400);
        run(p, text, TITLE_FONT, 20, true, null);
    }

    /** 主送: the addressee, flush left. */
    void addressee(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        run(p, text, BODY_FONT, BODY_POINTS, false, null);
    }

    /** A body paragraph with a first-line indent of two characters. */
    void body(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(BODY_POINTS * 2 * 20);
        p.setSpacingAfter(60);
        run(p, text, BODY_FONT, BODY_POINTS, false, null);
    }

    /** A section heading (一、派员安排). */
    void heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(BODY_POINTS * 2 * 20);
        p.setSpacingBefore(120);
        p.setSpacingAfter(60);
        run(p, text, HEADING_FONT, BODY_POINTS, false, null);
    }

    /** A bordered table across the text width; its header row repeats on every page, no row splits. */
    void table(List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fillRow(table.getRow(0), header, true);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            fillRow(table.getRow(i + 1), rows.get(i), false);
        }
        // an empty paragraph after the table, so that the next heading does not stick to it
        doc.createParagraph();
    }

    private static void fillRow(XWPFTableRow row, List<String> cells, boolean header) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c), header ? HEADING_FONT : BODY_FONT, TABLE_POINTS, false, null);
        }
    }

    /** 落款 and date, right-aligned, after a blank line. */
    void signature(String issuer, String date) {
        doc.createParagraph();
        for (String line : List.of(issuer, date)) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationRight(BODY_POINTS * 4 * 20);
            run(p, line, BODY_FONT, BODY_POINTS, false, null);
        }
    }

    /** 抄送 at the foot, between two rules. */
    void copyTo(String text) {
        doc.createParagraph();
        XWPFParagraph p = doc.createParagraph();
        p.setBorderTop(Borders.SINGLE);
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(BODY_POINTS * 20);
        run(p, text, BODY_FONT, 14, false, null);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold, String color) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(points);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        return r;
    }
}
