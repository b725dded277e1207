package org.rotationscheduler.app.replan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.register.RegisterReader;

/**
 * A change file's register changes applied to a register. Cadre records are immutable, so every
 * changed cadre is a new record; the result is renumbered as the file {@code replan} writes it
 * (row 1 = header), so that messages about it point at the right row.
 */
final class RegisterChanges {
    private RegisterChanges() {
    }

    /**
     * @param lastSeatEnd for each cadre who sits in a seat that stays as it is (a pinned round of
     *     the plan, or an earlier plan), the last day of the last such seat
     * @param campaignEnd the last day of the campaign's last round
     */
    static Register apply(Register old, ChangeSet changes, Map<String, LocalDate> lastSeatEnd, LocalDate campaignEnd,
            String source) {
        Map<String, Cadre> cadres = new LinkedHashMap<>();
        old.cadres().forEach(c -> cadres.put(c.id(), c));
        changes.updates().forEach(u -> cadres.put(u.cadre().id(), u.cadre()));
        changes.additions().forEach(a -> cadres.put(a.cadre().id(), a.cadre()));
        for (ChangeSet.Dates d : changes.dates()) {
            cadres.computeIfPresent(d.cadreId(), (id, c) -> withDates(c, d));
        }
        for (ChangeSet.Withdrawal w : changes.withdrawals()) {
            LocalDate last = lastSeatEnd.get(w.cadreId());
            if (last == null) {
                cadres.remove(w.cadreId());
            } else {
                cadres.computeIfPresent(w.cadreId(), (id, c) -> keptAfterWithdrawal(c, last, campaignEnd));
            }
        }
        return new Register(source, renumbered(new ArrayList<>(cadres.values())));
    }

    /** E7 dates go into the private ranges (merged, so nothing tells them apart, S1), E8 into unavailable. */
    private static Cadre withDates(Cadre c, ChangeSet.Dates d) {
        List<DateRange> unavailable = new ArrayList<>(c.unavailable());
        List<DateRange> restricted = new ArrayList<>(c.restricted());
        (d.kind() == ChangeSet.DateKind.UNAVAILABLE ? unavailable : restricted).addAll(d.ranges());
        return new Cadre(c.id(), c.name(), c.unit(), c.rank(), c.post(), c.partyMember(), c.roundsServed(),
                merge(unavailable), merge(restricted), c.row());
    }

    /**
     * A withdrawn cadre who sits in a seat that stays (a round under way, an earlier plan) must stay
     * in the register, or the plans that name them could not be read back; they are declared
     * unavailable (E8) from the day after that seat to the end of the campaign, so that no new seat
     * is theirs and the seats they keep break nothing.
     */
    private static Cadre keptAfterWithdrawal(Cadre c, LocalDate lastSeatEnd, LocalDate campaignEnd) {
        if (!lastSeatEnd.isBefore(campaignEnd)) {
            return c;
        }
        List<DateRange> unavailable = new ArrayList<>(c.unavailable());
        unavailable.add(new DateRange(lastSeatEnd.plusDays(1), campaignEnd));
        return new Cadre(c.id(), c.name(), c.unit(), c.rank(), c.post(), c.partyMember(), c.roundsServed(),
                merge(unavailable), c.restricted(), c.row());
    }

    private static List<Cadre> renumbered(List<Cadre> cadres) {
        List<Cadre> out = new ArrayList<>(cadres.size());
        for (int i = 0; i < cadres.size(); i++) {
            Cadre c = cadres.get(i);
            out.add(new Cadre(c.id(), c.name(), c.unit(), c.rank(), c.post(), c.partyMember(), c.roundsServed(),
                    c.unavailable(), c.restricted(), i + 2));
        }
        return out;
    }

    private static List<DateRange> merge(List<DateRange> ranges) {
        return RegisterReader.merge(ranges);
    }
}
