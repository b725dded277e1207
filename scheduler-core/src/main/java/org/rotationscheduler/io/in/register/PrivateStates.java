package org.rotationscheduler.io.in.register;

import java.util.ArrayList;
import java.util.List;
import org.rotationscheduler.domain.calendar.DateRange;

/**
 * The three private-state columns of one register row (E7, S1): pregnant, nursing, health.
 *
 * <p>S1: only the register file itself may carry these. Once a register is loaded they exist only
 * merged into {@code Cadre.restricted}; this record exists for the one place that still knows the
 * kinds, a register being written (the generator's output). {@link #toString()} therefore names
 * neither the kinds nor the dates, so a stray log line cannot leak them.
 */
public record PrivateStates(List<DateRange> pregnant, List<DateRange> nursing, List<DateRange> health) {
    public static final PrivateStates NONE = new PrivateStates(List.of(), List.of(), List.of());

    public PrivateStates {
        pregnant = List.copyOf(pregnant);
        nursing = List.copyOf(nursing);
        health = List.copyOf(health);
    }

    public boolean isEmpty() {
        return pregnant.isEmpty() && nursing.isEmpty() && health.isEmpty();
    }

    /** All days on which a state forbids service, merged as the reader merges them (E7, S1). */
    public List<DateRange> restricted() {
        List<DateRange> all = new ArrayList<>(pregnant);
        all.addAll(nursing);
        all.addAll(health);
        return RegisterReader.merge(all);
    }

    /** Deliberately uninformative (S1). */
    @Override
    public String toString() {
        return "PrivateStates[hidden]";
    }
}
