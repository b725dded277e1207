package org.rotationscheduler.io.in;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;

/**
 * CSV through Apache Commons CSV (RFC 4180), strict: an unterminated quote or text after a closing
 * quote is an error naming the row, never a silently shorter file. CR, LF and CRLF line ends all
 * work; a UTF-8 byte-order mark is dropped. Written files use LF line ends.
 */
public final class Csv {
    /** RFC 4180 with LF records; empty lines are kept as rows so that row numbers match an editor's. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setIgnoreEmptyLines(false)
            .setLenientEof(false)
            .setTrailingData(false)
            .get();

    private Csv() {
    }

    /**
     * How messages name a column: by its header cell, or not at all (S1: a private-state column is
     * named as such, never which one).
     */
    @FunctionalInterface
    public interface ColumnNamer {
        /** The label for column {@code index} whose header cell is {@code header}; never null. */
        String label(int index, String header);

        ColumnNamer BY_HEADER = (index, header) -> header.isBlank() ? "column " + (index + 1) : "column " + header.trim();
    }

    /**
     * A table file: strict UTF-8 (a GBK/GB18030 file is named as such), no NUL characters, no cell
     * with a line end, and every non-blank row exactly as many cells as the header (row 1). Every
     * problem names file and row.
     */
    public static List<List<String>> readTable(byte[] bytes, String display, ColumnNamer namer) {
        String text = decode(bytes, display, namer);
        Parsed parsed = parseWithLines(text, display);
        Problems problems = new Problems();
        List<List<String>> rows = parsed.rows();
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNo = r + 1;
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).indexOf('\0') >= 0) {
                    String col = rowNo == 1 || c >= header.size() ? "column " + (c + 1) : namer.label(c, header.get(c));
                    problems.add(new SourceLocation(display, rowNo, 0), rowLabel(rowNo, parsed, r) + ", " + col,
                            "holds a NUL character (byte 0), which no typed text has; the file is damaged or not"
                                    + " UTF-8 text (UTF-16?). Save it again as 'CSV UTF-8'");
                }
            }
            if (parsed.lastLine(r) > parsed.firstLine(r)) {
                // No register value has a line end; a quote that opens a cell by mistake and closes in a
                // later row's same column would otherwise swallow whole rows with the cell count intact.
                problems.add(new SourceLocation(display, rowNo, 0), rowLabel(rowNo, parsed, r),
                        "runs over lines " + parsed.firstLine(r) + "-" + parsed.lastLine(r) + ": a '\"' in line "
                                + parsed.firstLine(r) + " opens a quoted cell that ends only in line "
                                + parsed.lastLine(r) + ". Remove the stray '\"' (or double it inside a quoted cell:"
                                + " \"a \"\"b\"\"\"); a cell of this table holds no line end");
                continue;
            }
            if (r > 0 && row.size() != width && !blank(row)) {
                problems.add(new SourceLocation(display, rowNo, 0), rowLabel(rowNo, parsed, r),
                        "has " + row.size() + " cells but the header has " + width
                                + "; every row needs one cell per header column (a ',' inside a cell must be quoted:"
                                + " \"a,b\")");
            }
        }
        problems.throwIfAny();
        return rows;
    }

    /** Parses a whole text strictly into rows of fields; a UTF-8 byte-order mark is dropped. */
    public static List<List<String>> parse(String text, String display) {
        return parseWithLines(text, display).rows();
    }

    /** {@link #parse(String, String)} for text that is not a named file (tests, reports). */
    public static List<List<String>> parse(String text) {
        return parse(text, "CSV text");
    }

    public static String line(List<String> fields) {
        return FORMAT.format(fields.stream().map(f -> f == null ? "" : f).toArray()) + "\n";
    }

    public static String quote(String value) {
        return FORMAT.format(value == null ? "" : value);
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static String rowLabel(int rowNo, Parsed parsed, int index) {
        int line = parsed.firstLine(index);
        return "row " + rowNo + (line != rowNo ? " (line " + line + ")" : "");
    }

    /** Rows with the line each starts and ends on (lines differ from rows where a quoted cell has a line end). */
    private record Parsed(List<List<String>> rows, List<long[]> lines) {
        int firstLine(int index) {
            return (int) lines.get(index)[0];
        }

        int lastLine(int index) {
            return (int) lines.get(index)[1];
        }
    }

    private static Parsed parseWithLines(String text, String display) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<long[]> lines = new ArrayList<>();
        long lineAfter = 0;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw broken(display, rows.size() + 1, lineAfter + 1, e.getCause());
                }
                List<String> row = new ArrayList<>(record.size());
                record.forEach(row::add);
                rows.add(row);
                long first = lineAfter + 1;
                lineAfter = parser.getCurrentLineNumber();
                lines.add(new long[] {first, Math.max(first, lineAfter)});
            }
        } catch (IOException e) {
            throw broken(display, rows.size() + 1, lineAfter + 1, e);
        }
        return new Parsed(rows, lines);
    }

    private static InputException broken(String display, int row, long line, IOException cause) {
        String text = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        String where = "row " + row + (line != row ? " (line " + line + ")" : "");
        String what;
        if (text.contains("EOF reached before encapsulated token finished")) {
            what = "a cell starts with '\"' that is never closed, so the rest of the file would be read as one cell;"
                    + " remove the stray '\"', or quote the whole cell and double each '\"' inside it (\"a \"\"b\"\"\")";
        } else if (text.contains("Invalid character between encapsulated token and delimiter")) {
            what = "a quoted cell has text after its closing '\"'; quote the whole cell and double each '\"' inside"
                    + " it (\"a \"\"b\"\" c\"), or remove the quotes";
        } else {
            what = "is not valid CSV; save it again from Excel as 'CSV UTF-8'";
        }
        return InputException.of(new SourceLocation(display, row, 0), where, what);
    }

    /** Strict UTF-8; a file in another encoding is named with the line of its first bad byte. */
    private static String decode(byte[] bytes, String display, ColumnNamer namer) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw InputException.of(SourceLocation.file(display), "", "is UTF-16 text (Excel's 'Unicode Text');"
                    + " save it as 'CSV UTF-8' or use .xlsx");
        }
        Utf8Text.Decoded text = Utf8Text.decode(bytes);
        if (text.ok()) {
            return text.text();
        }
        String prefix = text.validPrefix();
        String[] lines = prefix.split("\r\n|\r|\n", -1);
        int line = lines.length;
        String partial = lines[lines.length - 1];
        // lines are rows while no quote can have put a line end inside a cell
        String where = (prefix.indexOf('"') < 0 ? "row " : "line ") + line;
        if (line > 1 && partial.indexOf('"') < 0) {
            // a column is named only when counting commas is sure to find it
            List<String> header = List.of(lines[0].replace("\uFEFF", "").split(",", -1));
            int column = (int) partial.chars().filter(c -> c == ',').count();
            if (column < header.size() && header.stream().noneMatch(h -> h.indexOf('"') >= 0)) {
                where += ", " + namer.label(column, header.get(column));
            }
        }
        String encoding = looksLikeGb18030(bytes)
                ? "is not UTF-8 text: it looks like GBK/GB18030 (what Excel writes as plain 'CSV' on a Chinese Windows)"
                : "is not UTF-8 text";
        return failDecode(display, line, where, encoding);
    }

    private static String failDecode(String display, int line, String where, String encoding) {
        throw InputException.of(new SourceLocation(display, line, 0), where, encoding
                + "; save the file again in Excel as 'CSV UTF-8 (逗号分隔)' or use .xlsx");
    }

    private static boolean looksLikeGb18030(byte[] bytes) {
        try {
            Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }
}
