package org.rotationscheduler.io.out.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.io.in.Utf8Text;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * The assignment table of §10: {@code round,start,end,city,group,seat,cadre_id,name,unit,rank},
 * one row per seat, filled or not, UTF-8 with a header row.
 */
public final class AssignmentTable {
    public static final List<String> HEADER =
            List.of("round", "start", "end", "city", "group", "seat", "cadre_id", "name", "unit", "rank");

    private AssignmentTable() {
    }

    public static String format(List<Assignment> assignments) {
        StringBuilder sb = new StringBuilder(Csv.line(HEADER));
        for (Assignment a : assignments) {
            Seat s = a.seat();
            Round r = s.round();
            Cadre c = a.cadre();
            sb.append(Csv.line(List.of(Integer.toString(r.number()), r.start().toString(), r.end().toString(),
                    s.city().name(), s.group().name(), s.roleLabel(), c == null ? "" : c.id(),
                    c == null ? "" : c.name(), c == null ? "" : c.unit().name(), c == null ? "" : c.rank().label())));
        }
        return sb.toString();
    }

    public static void write(Path file, List<Assignment> assignments, boolean force) throws IOException {
        SafeFiles.writeString(file, force, format(assignments));
    }

    /**
     * Reads a table back onto the seats of the given rounds. Rows name seats by round, city, group
     * and seat label; several seats of one label in a group are taken in order.
     */
    public static List<Assignment> read(Path file, Campaign campaign, Register register, List<Round> rounds) {
        return read(file, campaign, register, rounds, false);
    }

    /**
     * As {@link #read(Path, Campaign, Register, List)}, and every row's name, unit and rank must be
     * those the register gives its cadre_id ({@code check --assignments}: a table made or edited
     * elsewhere). A plan folder is read without this, since an earlier plan may name a cadre whose
     * record a later replan restated (a promotion, say).
     */
    public static List<Assignment> readChecked(Path file, Campaign campaign, Register register, List<Round> rounds) {
        return read(file, campaign, register, rounds, true);
    }

    private static List<Assignment> read(Path file, Campaign campaign, Register register, List<Round> rounds,
            boolean checkCadreColumns) {
        String display = file.toString();
        List<List<String>> rows = rows(file);
        checkHeader(rows, display);
        List<Seat> seats = campaign.seats(rounds);
        Map<String, List<Seat>> byLabel = new HashMap<>();
        for (Seat s : seats) {
            byLabel.computeIfAbsent(labelKey(s.round().number(), s.city().name(), s.group().name(), s.roleLabel()),
                    k -> new ArrayList<>()).add(s);
        }
        Map<String, Integer> used = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<Seat, Cadre> chosen = new HashMap<>();
        Problems problems = new Problems();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            SourceLocation where = new SourceLocation(display, i + 1, 0);
            if (row.size() < HEADER.size()) {
                problems.add(where, "row " + (i + 1), "has " + row.size() + " columns, expected " + HEADER.size());
                continue;
            }
            String key = labelKey(parseInt(row.get(0)), row.get(3), row.get(4), row.get(5));
            List<Seat> candidates = byLabel.get(key);
            int n = used.merge(key, 1, Integer::sum) - 1;
            if (candidates == null) {
                problems.add(where, "row " + (i + 1), "no such seat in the plan's rounds: round " + row.get(0) + ", "
                        + row.get(3) + " " + row.get(4) + " " + row.get(5));
                continue;
            }
            if (n >= candidates.size()) {
                problems.add(where, "row " + (i + 1), "round " + row.get(0) + ", " + row.get(3) + " " + row.get(4)
                        + " has " + candidates.size() + " seat(s) " + row.get(5) + ", all listed already (first in row "
                        + firstRow.get(key) + "); list each seat once");
                continue;
            }
            firstRow.putIfAbsent(key, i + 1);
            String id = row.get(6).trim();
            Cadre c = null;
            if (!id.isEmpty()) {
                c = register.find(id).orElse(null);
                if (c == null) {
                    problems.add(where, "row " + (i + 1) + ", column cadre_id", "cadre '" + id
                            + "' is not in the register " + register.source());
                    continue;
                }
                chosen.put(candidates.get(n), c);
            }
            crossCheck(row, candidates.get(n), checkCadreColumns ? c : null, checkCadreColumns, where, i + 1, problems);
        }
        problems.throwIfAny();
        List<Assignment> out = new ArrayList<>(seats.size());
        for (Seat s : seats) {
            out.add(new Assignment(s, chosen.get(s)));
        }
        return out;
    }

    /** The campaign rounds a table names, in order; a round the calendar lacks is an error. */
    public static List<Round> roundsIn(Path file, Campaign campaign) {
        String display = file.toString();
        List<List<String>> rows = rows(file);
        checkHeader(rows, display);
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).isEmpty() || rows.get(i).get(0).isBlank()) {
                continue;
            }
            int n = parseInt(rows.get(i).get(0));
            if (campaign.roundCalendar().round(n).isEmpty()) {
                throw InputException.of(new SourceLocation(display, i + 1, 0), "row " + (i + 1) + ", column round",
                        "'" + rows.get(i).get(0) + "' is not a round of the campaign (1-" + campaign.rounds().size() + ")");
            }
            numbers.add(n);
        }
        if (numbers.isEmpty()) {
            throw InputException.of(new SourceLocation(display, 2, 0), "", "the table has no rows");
        }
        return numbers.stream().map(n -> campaign.roundCalendar().round(n).orElseThrow()).toList();
    }

    /** The table's rows; a file that is not UTF-8 is reported with the row of the first bad byte and why. */
    private static List<List<String>> rows(Path file) {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(display), "", Files.isDirectory(file)
                    ? "is a folder; give the assignment table (assignments.csv), or the folder with --plan"
                    : "no such file; give the assignment table (assignments.csv)");
        }
        byte[] bytes = Utf8Text.readBytes(file, display);
        Utf8Text.Decoded text = Utf8Text.decode(bytes);
        if (!text.ok()) {
            int row = text.badLine(); // rows of this table hold no line breaks
            throw InputException.of(new SourceLocation(display, row, 0), "row " + row,
                    "is not UTF-8 text: " + Utf8Text.whyNot(bytes, text));
        }
        return Csv.parse(text.text(), display);
    }

    /**
     * The row's name, unit, rank, start and end against the register and the calendar: a row that
     * says one thing in cadre_id and another in the columns beside it is a contradiction to fix,
     * not a plan to judge.
     */
    private static void crossCheck(List<String> row, Seat seat, Cadre c, boolean cadreColumns, SourceLocation where,
            int rowNo, Problems problems) {
        Round r = seat.round();
        if (!row.get(1).trim().equals(r.start().toString()) || !row.get(2).trim().equals(r.end().toString())) {
            problems.add(where, "row " + rowNo + ", columns start/end", "'" + row.get(1) + ".." + row.get(2)
                    + "' are not the dates of round " + r.number() + " (" + r.start() + ".." + r.end()
                    + ", C2); write the round's dates");
        }
        if (!cadreColumns) {
            return;
        }
        if (c == null) {
            for (int col = 7; col <= 9; col++) {
                if (!row.get(col).isBlank()) {
                    problems.add(where, "row " + rowNo + ", column " + HEADER.get(col), "'" + row.get(col)
                            + "' is given, but cadre_id is empty; give the cadre's id, or leave the seat's cadre"
                            + " columns all empty");
                    return;
                }
            }
            return;
        }
        String name = row.get(7).trim();
        String unit = row.get(8).trim();
        String rank = row.get(9).trim();
        if (!name.equals(c.name())) {
            problems.add(where, "row " + rowNo + ", column name", "'" + name + "' is not the name of cadre " + c.id()
                    + " in the register (" + c.name() + "); correct the name or the cadre_id");
        }
        if (!unit.equals(c.unit().name()) && !c.unit().aliases().contains(unit)) {
            problems.add(where, "row " + rowNo + ", column unit", "'" + unit + "' is not the unit of cadre " + c.id()
                    + " in the register (" + c.unit().name() + "); correct the unit or the cadre_id");
        }
        if (org.rotationscheduler.domain.model.Rank.parse(rank).filter(c.rank()::equals).isEmpty()) {
            problems.add(where, "row " + rowNo + ", column rank", "'" + rank + "' is not the rank of cadre " + c.id()
                    + " in the register (" + c.rank().label() + "); correct the rank or the cadre_id");
        }
    }

    private static void checkHeader(List<List<String>> rows, String display) {
        if (rows.isEmpty() || !rows.get(0).subList(0, Math.min(HEADER.size(), rows.get(0).size())).equals(HEADER)) {
            throw InputException.of(new SourceLocation(display, 1, 0), "header",
                    "the header must start with " + String.join(",", HEADER) + " (the assignment table of §10)");
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String labelKey(int round, String city, String group, String seat) {
        return round + "|" + city + "|" + group + "|" + seat;
    }
}
