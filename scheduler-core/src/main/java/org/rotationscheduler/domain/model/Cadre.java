package org.rotationscheduler.domain.model;

import java.util.List;
import java.util.Objects;
import org.rotationscheduler.domain.calendar.DateRange;

/**
 * One nominated cadre of the register (§10). Equality is by id.
 *
 * <p>S1: the register's pregnant, nursing and health columns are merged at load time into
 * {@code restricted}, so nothing downstream can tell which state a cadre has, only that the cadre
 * may not serve on those days (E7).
 *
 * @param restricted days on which a private state forbids service (E7), without the state
 * @param unavailable declared unavailable days (E8)
 * @param row the register row (1 = header) for messages
 */
public record Cadre(
        String id,
        String name,
        Unit unit,
        Rank rank,
        String post,
        boolean partyMember,
        int roundsServed,
        List<DateRange> unavailable,
        List<DateRange> restricted,
        int row) {

    public Cadre {
        Objects.requireNonNull(id);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(rank);
        post = post == null ? "" : post;
        name = name == null ? "" : name;
        unavailable = List.copyOf(unavailable);
        restricted = List.copyOf(restricted);
    }

    public String province() {
        return unit.province();
    }

    /** E7: a private state on any day of the range. */
    public boolean restrictedDuring(DateRange days) {
        for (DateRange r : restricted) {
            if (r.overlaps(days)) {
                return true;
            }
        }
        return false;
    }

    /** E8: a declared unavailable day in the range. */
    public boolean unavailableDuring(DateRange days) {
        for (DateRange r : unavailable) {
            if (r.overlaps(days)) {
                return true;
            }
        }
        return false;
    }

    public boolean experienced() {
        return roundsServed > 0;
    }

    public Cadre withRoundsServed(int served) {
        return new Cadre(id, name, unit, rank, post, partyMember, served, unavailable, restricted, row);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cadre other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Deliberately only id and name: a cadre may end up in logs, and S1 forbids private states there. */
    @Override
    public String toString() {
        return id + " " + name;
    }
}
