package org.rotationscheduler.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.rules.RuleId;

/**
 * What a change file asks of a published plan, checked and resolved against the plan's campaign
 * and register (see {@code ChangesLoader}). Every entry keeps where it was written, for messages.
 *
 * <p>S1: a {@link DateKind#NOT_ELIGIBLE} entry carries dates only, never a reason.
 *
 * @param source the change file, as given
 * @param dates new unavailable (E8) or not-eligible (E7) days of existing or added cadres
 * @param withdrawals cadres taken out of the register
 * @param additions new cadres, complete records (their dates included)
 * @param updates existing cadres whose record a unit's new nominations changed, complete records
 * @param groupCounts G1 changes, each from a round on
 * @param fixes seats fixed by hand
 */
public record ChangeSet(String source, List<Dates> dates, List<Withdrawal> withdrawals, List<Addition> additions,
        List<Addition> updates, List<GroupCountChange> groupCounts, List<Fix> fixes) {

    public ChangeSet {
        dates = List.copyOf(dates);
        withdrawals = List.copyOf(withdrawals);
        additions = List.copyOf(additions);
        updates = List.copyOf(updates);
        groupCounts = List.copyOf(groupCounts);
        fixes = List.copyOf(fixes);
    }

    /** E8 declared unavailable, or E7 not eligible for private reasons (S1: the reason is never known). */
    public enum DateKind {
        UNAVAILABLE(RuleId.E8),
        NOT_ELIGIBLE(RuleId.E7);

        private final RuleId rule;

        DateKind(RuleId rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule.id();
        }

        /** The reason in plain words, with the rule id, e.g. "E8 declared unavailable". */
        public String reason() {
            return rule.englishWithId();
        }
    }

    /** New days on which a cadre may not serve. */
    public record Dates(SourceLocation where, String cadreId, DateKind kind, List<DateRange> ranges) {
        public Dates {
            ranges = List.copyOf(ranges);
        }
    }

    /**
     * A cadre taken out of the register.
     *
     * @param reason plain words, e.g. "withdrawn from the register"
     */
    public record Withdrawal(SourceLocation where, String cadreId, String reason) {
    }

    /** A cadre added to the register, or an existing one's record as a unit's nominations restate it. */
    public record Addition(SourceLocation where, Cadre cadre) {
    }

    /** G1: a city's group counts from a round on. */
    public record GroupCountChange(SourceLocation where, GroupCounts.Change change) {
    }

    /**
     * A seat fixed by hand to a cadre.
     *
     * @param seatId the seat's id in the replanned campaign ({@code Seat.id()})
     * @param seatName the seat as the planner wrote it, for messages
     */
    public record Fix(SourceLocation where, String seatId, String seatName, int round, String cadreId) {
    }

    public boolean changesGroupCounts() {
        return !groupCounts.isEmpty();
    }

    public Optional<Withdrawal> withdrawal(String cadreId) {
        return withdrawals.stream().filter(w -> w.cadreId().equals(cadreId)).findFirst();
    }

    public Set<String> withdrawnIds() {
        return withdrawals.stream().map(Withdrawal::cadreId).collect(Collectors.toSet());
    }

    public Set<String> updatedIds() {
        return updates.stream().map(u -> u.cadre().id()).collect(Collectors.toSet());
    }

    /** The new ranges of one kind for a cadre, every entry together. */
    public List<DateRange> ranges(String cadreId, DateKind kind) {
        List<DateRange> out = new ArrayList<>();
        for (Dates d : dates) {
            if (d.cadreId().equals(cadreId) && d.kind() == kind) {
                out.addAll(d.ranges());
            }
        }
        return out;
    }

    /** Fixed seats by seat id. */
    public Map<String, Fix> fixesBySeat() {
        Map<String, Fix> out = new LinkedHashMap<>();
        fixes.forEach(f -> out.put(f.seatId(), f));
        return out;
    }

    /** A count of each kind of change, e.g. "2 unavailable (E8), 1 fix", for summaries. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        long e8 = dates.stream().filter(d -> d.kind() == DateKind.UNAVAILABLE).count();
        long e7 = dates.size() - e8;
        add(parts, e8, "unavailable (E8)");
        add(parts, e7, "not eligible for dates (E7)");
        add(parts, withdrawals.size(), "withdrawn");
        add(parts, additions.size(), "added");
        add(parts, updates.size(), "record(s) restated by nominations");
        add(parts, groupCounts.size(), "group count change(s) (G1)");
        add(parts, fixes.size(), "seat(s) fixed by hand");
        return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }

    private static void add(List<String> parts, long n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }
}
