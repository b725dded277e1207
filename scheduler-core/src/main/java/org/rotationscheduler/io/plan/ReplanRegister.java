package org.rotationscheduler.io.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rotationscheduler.io.Csv;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.register.RegisterReader;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.DateRange;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.model.Unit;
import org.rotationscheduler.model.UnitCatalogue;

/**
 * The register a replan used, written as {@code register.csv} next to the replanned plan (§10
 * columns, UTF-8, header first), so that {@code plan.json} can name it and every later command
 * reads the plan with the register it was made from. (A general register writer is another
 * branch's work; this one writes only what a replan needs.)
 *
 * <p>S1: a cadre's private dates are held without their state ({@link Cadre#restricted()}: the
 * reader merges {@code pregnant}, {@code nursing} and {@code health} at load time, and a change
 * file's {@code notEligible} dates carry no reason). They are written, merged, into one private
 * column, {@code health}, and {@code pregnant} and {@code nursing} stay empty: the file then says
 * no more than "not eligible on these days" and reads back to the same E7 dates. The original
 * register keeps whatever its columns said; this file never adds a state to it.
 */
public final class ReplanRegister {
    /** The private column that carries every E7 date range (see the class comment). */
    public static final String PRIVATE_COLUMN = "health";

    private ReplanRegister() {
    }

    public static String format(Register register, UnitCatalogue catalogue) {
        StringBuilder sb = new StringBuilder(Csv.line(RegisterReader.COLUMNS));
        for (Cadre c : register.cadres()) {
            sb.append(Csv.line(row(c, catalogue)));
        }
        return sb.toString();
    }

    public static void write(Path file, Register register, UnitCatalogue catalogue, boolean force) throws IOException {
        SafeFiles.writeString(file, force, format(register, catalogue));
    }

    /** One row in the order of {@link RegisterReader#COLUMNS}. */
    private static List<String> row(Cadre c, UnitCatalogue catalogue) {
        Unit unit = c.unit();
        // unit_type and province are needed only for a unit the catalogue does not know (§10)
        boolean catalogued = catalogue.find(unit.name()).isPresent();
        List<String> row = new ArrayList<>();
        for (String column : RegisterReader.COLUMNS) {
            row.add(switch (column) {
                case "id" -> c.id();
                case "name" -> c.name();
                case "unit" -> unit.name();
                case "unit_type" -> catalogued ? "" : unit.type().key();
                case "province" -> catalogued || unit.province() == null ? "" : unit.province();
                case "rank" -> c.rank().label();
                case "post" -> c.post();
                case "party_member" -> c.partyMember() ? "是" : "否";
                case "rounds_served" -> Integer.toString(c.roundsServed());
                case "unavailable" -> ranges(c.unavailable());
                case PRIVATE_COLUMN -> ranges(c.restricted());
                default -> "";
            });
        }
        return row;
    }

    private static String ranges(List<DateRange> ranges) {
        return ranges.stream().map(DateRange::toString).collect(Collectors.joining(";"));
    }
}
