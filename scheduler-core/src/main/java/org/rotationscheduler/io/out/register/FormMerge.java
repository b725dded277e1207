package org.rotationscheduler.io.out.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.InputProblem;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * §10 {@code merge}: the filled nomination forms of many units joined into one register. Each
 * form is read as a register where it stands, so every problem names form, row and column; the
 * same person nominated twice (the same id, or the same name and unit, in one form or two) is a
 * problem naming both rows. With any problem nothing is written, unless bad rows are to be
 * skipped: then every skipped row (or form, when its header is wrong) is listed with its reason.
 *
 * <p>A prepared row of a form that nobody filled in (only its id and unit, or nothing) is left
 * out; every other row is one cadre. The merged register has the Chinese header of §10 in the
 * register's column order, then the form columns the tool does not use, then 来源 (form and row),
 * so that a later message about the register leads back to the form.
 */
public final class FormMerge {
    public static final String SOURCE_COLUMN = RegisterReader.SOURCE_COLUMN;

    private final Campaign campaign;

    public FormMerge(Campaign campaign) {
        this.campaign = campaign;
    }

    /** A row left out, or a whole form (row 0) whose header or file cannot be read. */
    public record Skipped(String form, int row, List<String> reasons) {
    }

    /** What each form gave: rows read and cadres kept. */
    public record FormCount(String form, int rows, int kept) {
    }

    /**
     * The merged register.
     *
     * @param rows header first, every cell as text
     * @param cadres the cadres of the merged rows, as the reader read them
     */
    public record Result(List<List<String>> rows, List<Cadre> cadres, List<FormCount> forms, List<Skipped> skipped) {
    }

    /** One form row as read: its cells by column id (and extra header), and where it stands. */
    private record FormRow(String form, int row, Map<String, String> cells, Map<String, String> extra,
            boolean partyStatus) {
    }

    public Result merge(List<Path> forms, boolean skipBad) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, List<String>> skippedReasons = new LinkedHashMap<>();
        List<FormRow> kept = new ArrayList<>();
        List<Cadre> cadres = new ArrayList<>();
        List<FormCount> counts = new ArrayList<>();
        Set<String> extraHeaders = new LinkedHashSet<>();
        Map<String, FormRow> byId = new HashMap<>();
        Map<String, FormRow> byNameAndUnit = new HashMap<>();
        RegisterReader reader = new RegisterReader(campaign);
        for (Path form : forms) {
            String display = form.toString();
            List<List<String>> rows;
            try {
                rows = RegisterReader.rows(form);
            } catch (InputException e) {
                problems.addAll(e.problems());
                skippedReasons.put(display + "\u0000" + 0, messages(e.problems()));
                continue;
            }
            List<List<String>> filled = withoutUnusedRows(rows);
            int dataRows = (int) filled.stream().skip(1).filter(r -> !blank(r)).count();
            if (dataRows == 0) {
                counts.add(new FormCount(display, 0, 0));
                continue;
            }
            Register register;
            Map<Integer, List<InputProblem>> badRows = new TreeMap<>();
            try {
                register = reader.read(filled, display);
            } catch (InputException e) {
                problems.addAll(e.problems());
                e.problems().forEach(p -> badRows.computeIfAbsent(p.where().line(), k -> new ArrayList<>()).add(p));
                if (badRows.containsKey(1) || badRows.containsKey(0)) {
                    // a header problem: no row of this form can be trusted
                    skippedReasons.put(display + "\u0000" + 0, messages(e.problems()));
                    continue;
                }
                List<List<String>> good = new ArrayList<>(filled);
                badRows.keySet().forEach(r -> good.set(r - 1, List.of()));
                badRows.forEach((r, ps) -> skippedReasons.put(display + "\u0000" + r, messages(ps)));
                register = good.stream().skip(1).allMatch(FormMerge::blank) ? null : reader.read(good, display);
            }
            int keptHere = 0;
            if (register != null) {
                Map<String, Integer> index = headerIndex(filled.get(0));
                boolean partyStatus = filled.get(0).stream()
                        .anyMatch(h -> h.replaceAll("\\s+", "").equals(RegisterReader.PARTY_STATUS));
                for (Cadre c : register.cadres()) {
                    FormRow row = formRow(display, c.row(), filled.get(0), filled.get(c.row() - 1), index, partyStatus);
                    String duplicate = duplicate(row, c, byId, byNameAndUnit);
                    if (duplicate != null) {
                        problems.add(new InputProblem(new SourceLocation(display, row.row(), 0), "row " + row.row(),
                                duplicate));
                        skippedReasons.put(display + "\u0000" + row.row(), List.of(duplicate));
                        continue;
                    }
                    byId.put(row.cells().get("id"), row);
                    byNameAndUnit.put(nameAndUnit(c), row);
                    kept.add(row);
                    cadres.add(c);
                    extraHeaders.addAll(row.extra().keySet());
                    keptHere++;
                }
            }
            counts.add(new FormCount(display, dataRows, keptHere));
        }
        if (!problems.isEmpty() && !skipBad) {
            throw new InputException(problems);
        }
        List<Skipped> skipped = new ArrayList<>();
        skippedReasons.forEach((key, reasons) -> {
            int cut = key.lastIndexOf('\u0000');
            skipped.add(new Skipped(key.substring(0, cut), Integer.parseInt(key.substring(cut + 1)), reasons));
        });
        if (cadres.isEmpty()) {
            throw InputException.of(SourceLocation.file(forms.isEmpty() ? "merge" : forms.get(0).toString()), "",
                    "the forms nominate nobody" + (skipped.isEmpty() ? "" : " that could be read")
                            + "; nothing was written");
        }
        return new Result(table(kept, extraHeaders), cadres, counts, skipped);
    }

    /** Writes the merged register as .xlsx (first sheet, text cells), whole or not at all. */
    public static void write(Path target, Result result, boolean force) throws IOException {
        checkTarget(target);
        SafeFiles.write(target, force, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = wb.createSheet("名册");
                CellStyle text = wb.createCellStyle();
                text.setDataFormat(wb.createDataFormat().getFormat("@"));
                CellStyle head = wb.createCellStyle();
                Font bold = wb.createFont();
                bold.setBold(true);
                head.setFont(bold);
                for (int r = 0; r < result.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = result.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(cells.get(c));
                        cell.setCellStyle(r == 0 ? head : text);
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < result.rows().get(0).size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
                wb.write(out);
            }
        });
    }

    /** The merged register is an .xlsx file: checked before any form is read. */
    public static void checkTarget(Path target) {
        if (!target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw InputException.of(SourceLocation.file(target.toString()), "--out", "the merged register is written"
                    + " as .xlsx; give a file name ending in .xlsx");
        }
    }

    /** A prepared row nobody filled in holds nothing but what the form prepared (id, unit, its type and province). */
    private static List<List<String>> withoutUnusedRows(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Integer> index = headerIndex(rows.get(0));
        Set<Integer> prepared = new java.util.HashSet<>();
        for (String id : List.of("id", "unit", "unit_type", "province")) {
            Optional.ofNullable(index.get(id)).ifPresent(prepared::add);
        }
        List<List<String>> out = new ArrayList<>();
        out.add(rows.get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            boolean unused = true;
            for (int c = 0; c < row.size() && unused; c++) {
                unused = prepared.contains(c) || row.get(c).isBlank();
            }
            out.add(unused ? List.of() : row);
        }
        return out;
    }

    private static Map<String, Integer> headerIndex(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            RegisterReader.columnOf(header.get(i)).ifPresent(id -> index.putIfAbsent(id, column));
        }
        return index;
    }

    private static FormRow formRow(String form, int rowNo, List<String> header, List<String> cells,
            Map<String, Integer> index, boolean partyStatus) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (String id : RegisterReader.COLUMNS) {
            Integer i = index.get(id);
            byId.put(id, i == null || i >= cells.size() ? "" : cells.get(i).strip());
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            if (!h.isEmpty() && RegisterReader.columnOf(h).isEmpty()) {
                extra.put(h, i < cells.size() ? cells.get(i).strip() : "");
            }
        }
        return new FormRow(form, rowNo, byId, extra, partyStatus);
    }

    /** The same person nominated before: the same id, or the same name in the same unit. */
    private static String duplicate(FormRow row, Cadre cadre, Map<String, FormRow> byId,
            Map<String, FormRow> byNameAndUnit) {
        FormRow sameId = byId.get(cadre.id());
        if (sameId != null) {
            return "the id '" + cadre.id() + "' is nominated already in " + where(sameId)
                    + "; nominate each person once (or give different people different ids)";
        }
        FormRow sameName = byNameAndUnit.get(nameAndUnit(cadre));
        if (sameName != null) {
            return cadre.name() + " of " + cadre.unit().name() + " is nominated already in " + where(sameName)
                    + "; nominate each person once (two people of one name in one unit: tell them apart in 姓名,"
                    + " e.g. 张伟（大）)";
        }
        return null;
    }

    private static String nameAndUnit(Cadre c) {
        return c.name() + "\u0000" + c.unit().name();
    }

    private static String where(FormRow row) {
        return row.form() + " row " + row.row();
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static List<String> messages(List<InputProblem> problems) {
        return problems.stream().map(p -> (p.key() == null || p.key().isEmpty() ? "" : p.key() + ": ") + p.message())
                .toList();
    }

    /**
     * The merged table: the Chinese header in register order, then the forms' own columns, then
     * 来源. Party membership is written as the forms wrote it when all wrote 政治面貌; otherwise as
     * 是/否, which is what a status means for the rules (§10).
     */
    private static List<List<String>> table(List<FormRow> rows, Set<String> extraHeaders) {
        boolean allStatus = rows.stream().allMatch(FormRow::partyStatus);
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String id : RegisterReader.COLUMNS) {
            header.add(id.equals("party_member") && allStatus ? RegisterReader.PARTY_STATUS
                    : RegisterReader.chineseName(id));
        }
        header.addAll(extraHeaders);
        header.add(SOURCE_COLUMN);
        out.add(header);
        for (FormRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (String id : RegisterReader.COLUMNS) {
                String v = row.cells().get(id);
                if (id.equals("party_member") && !allStatus) {
                    v = RegisterReader.isPartyMember(v, row.partyStatus()) ? "是" : "否";
                }
                cells.add(v);
            }
            extraHeaders.forEach(h -> cells.add(row.extra().getOrDefault(h, "")));
            cells.add(Path.of(row.form()).getFileName() + " 第" + row.row() + "行");
            out.add(cells);
        }
        return out;
    }
}
