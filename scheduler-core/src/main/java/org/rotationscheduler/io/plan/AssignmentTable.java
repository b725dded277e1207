package org.rotationscheduler.io.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.io.Csv;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.Problems;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.SourceLocation;
import org.rotationscheduler.model.Assignment;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.model.Seat;

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
        String display = file.toString();
        List<List<String>> rows;
        try {
            rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), display);
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(display), "", "cannot be read: " + e.getMessage());
        }
        checkHeader(rows, display);
        List<Seat> seats = campaign.seats(rounds);
        Map<String, List<Seat>> byLabel = new HashMap<>();
        for (Seat s : seats) {
            byLabel.computeIfAbsent(labelKey(s.round().number(), s.city().name(), s.group().name(), s.roleLabel()),
                    k -> new ArrayList<>()).add(s);
        }
        Map<String, Integer> used = new HashMap<>();
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
            if (candidates == null || n >= candidates.size()) {
                problems.add(where, "row " + (i + 1), "no such seat in the plan's rounds: round " + row.get(0) + ", "
                        + row.get(3) + " " + row.get(4) + " " + row.get(5));
                continue;
            }
            String id = row.get(6).trim();
            if (!id.isEmpty()) {
                Cadre c = register.find(id).orElse(null);
                if (c == null) {
                    problems.add(where, "row " + (i + 1) + ", column cadre_id", "cadre '" + id
                            + "' is not in the register " + register.source());
                    continue;
                }
                chosen.put(candidates.get(n), c);
            }
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
        List<List<String>> rows;
        try {
            rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), display);
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(display), "", "cannot be read: " + e.getMessage());
        }
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
