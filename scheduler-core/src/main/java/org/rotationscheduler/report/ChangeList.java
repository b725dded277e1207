package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * F7: what a replan changed, seat by seat: who leaves which seat, who takes it, and why, in plain
 * words with the rule id. Seats are matched by id (round, city, group, seat), so a group that a
 * G1 change removes or adds shows as such.
 *
 * <p>S1: a seat given up for a private reason says only "E7 cadre not eligible for these dates";
 * reasons are fixed phrases, never taken from the change file.
 */
public final class ChangeList {
    public static final String FIXED = "fixed by hand";
    /** Moved without a change of its own: to keep a hard rule, or for preferences worth more than the change. */
    public static final String TRADE_OFF = "moved to keep E4/E9/E11 or the preferences F1-F6 (F7 trade-off)";
    /** O7: the Chinese of {@link #FIXED}, as outgoing documents say it. */
    public static final String FIXED_NOTE = "按指定安排";
    static final String TRADE_OFF_NOTE = "为满足轮次、间隔等安排要求相应调整（F7）";

    /** What happened to a seat. */
    public enum Kind {
        /** another cadre sits there now */
        REPLACED("换人"),
        /** an empty seat is filled */
        FILLED("补缺"),
        /** its cadre left and nobody took it */
        EMPTIED("空缺"),
        /** the seat of a new group (G1) */
        ADDED("新增岗位"),
        /** the seat of a removed group (G1) */
        REMOVED("撤销岗位");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The label the workbooks use. */
        public String label() {
            return label;
        }
    }

    /**
     * One changed seat.
     *
     * @param before who sat there in the published plan (null: empty, or the seat is new)
     * @param after who sits there now (null: empty, or the seat is gone)
     * @param rule the rule id or cause: E7, E8, G1, F7, register, fix, unfilled, or another rule id
     * @param reason why, in plain words with the rule id (for the console)
     * @param note why, in Chinese with the rule id in brackets, for documents that go out (O7)
     */
    public record SeatChange(Seat seat, Kind kind, Cadre before, Cadre after, String rule, String reason,
            String note) {

        /** "round 15 (…) 北京 中心组 组长: C00012 王某 (办公厅) → C00031 李某 (信息中心) [reason]". */
        public String describe() {
            return seat.describe() + ": " + side(before, kind == Kind.ADDED ? "(new seat)" : "(empty)") + " → "
                    + side(after, kind == Kind.REMOVED ? "(seat removed)" : "(empty)") + " [" + reason + "]";
        }

        private static String side(Cadre c, String none) {
            return c == null ? none : c.id() + " " + c.name() + " (" + c.unit().name() + ")";
        }
    }

    /** One cadre's part in a change, for the notice of their unit: they leave the seat or take it. */
    public record Move(SeatChange change, Cadre cadre, boolean leaves) {
    }

    private final List<SeatChange> changes;
    private final List<Round> pinnedRounds;
    private final int pinnedSeats;
    private final int pinnedUnchanged;
    private final int seatsAfter;

    private ChangeList(List<SeatChange> changes, List<Round> pinnedRounds, int pinnedSeats, int pinnedUnchanged,
            int seatsAfter) {
        this.changes = List.copyOf(changes);
        this.pinnedRounds = List.copyOf(pinnedRounds);
        this.pinnedSeats = pinnedSeats;
        this.pinnedUnchanged = pinnedUnchanged;
        this.seatsAfter = seatsAfter;
    }

    /**
     * Compares the published plan with the replanned one.
     *
     * @param changes the change file's changes, for the reasons
     * @param pinnedRounds rounds kept as published (started before --from)
     */
    public static ChangeList compare(Plan before, Plan after, ChangeSet changes, List<Round> pinnedRounds) {
        return new Comparison(before, after, changes).run(pinnedRounds);
    }

    public List<SeatChange> changes() {
        return changes;
    }

    public int seatsChanged() {
        return changes.size();
    }

    public List<Round> pinnedRounds() {
        return pinnedRounds;
    }

    /** Seats of the pinned rounds, and how many of them keep their published cadre (all, by construction). */
    public int pinnedSeats() {
        return pinnedSeats;
    }

    public int pinnedUnchanged() {
        return pinnedUnchanged;
    }

    public int seatsAfter() {
        return seatsAfter;
    }

    /** Changed seats counted by rule (cause), in first-seen order. */
    public Map<String, Long> byRule() {
        Map<String, Long> out = new LinkedHashMap<>();
        changes.forEach(c -> out.merge(c.rule(), 1L, Long::sum));
        return out;
    }

    /** Cadres who leave or take a seat. */
    public Set<Cadre> cadresMoved() {
        Set<Cadre> out = new LinkedHashSet<>();
        for (SeatChange c : changes) {
            if (c.before() != null) {
                out.add(c.before());
            }
            if (c.after() != null) {
                out.add(c.after());
            }
        }
        return out;
    }

    /** Every unit with a cadre who leaves or takes a seat, in the order given. */
    public List<Unit> unitsMoved(Comparator<Unit> order) {
        return cadresMoved().stream().map(Cadre::unit).distinct().sorted(order).toList();
    }

    /** One unit's people in the changes, in seat order: each leaving or taking a seat. */
    public List<Move> movesOf(Unit unit) {
        List<Move> out = new ArrayList<>();
        for (SeatChange c : changes) {
            if (c.before() != null && c.before().unit().equals(unit)) {
                out.add(new Move(c, c.before(), true));
            }
            if (c.after() != null && c.after().unit().equals(unit)) {
                out.add(new Move(c, c.after(), false));
            }
        }
        return out;
    }

    /** The counts in one line: "3 seat(s) changed (E7: 1, F7: 2); pinned rounds 11-13: 252 seats unchanged". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(seatsChanged()).append(" seat(s) changed");
        if (!changes.isEmpty()) {
            sb.append(" (").append(String.join(", ", byRule().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList())).append("), ")
                    .append(cadresMoved().size()).append(" cadre(s) concerned");
        }
        sb.append("; ");
        if (pinnedRounds.isEmpty()) {
            sb.append("no round pinned (none started before --from)");
        } else {
            sb.append("pinned rounds ").append(roundSpan(pinnedRounds)).append(": ").append(pinnedUnchanged)
                    .append(" of ").append(pinnedSeats).append(" seats unchanged");
        }
        return sb.toString();
    }

    private static String roundSpan(List<Round> rounds) {
        int first = rounds.get(0).number();
        int last = rounds.get(rounds.size() - 1).number();
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    /** Why a cadre left a seat: the rule id (or cause), plain words, and the Chinese of outgoing documents. */
    private record Cause(String rule, String reason, String note) {
    }

    /** O7: the Chinese of a change file's date change (S1: E7 without a reason). */
    static String dateNote(ChangeSet.DateKind kind) {
        return (kind == ChangeSet.DateKind.NOT_ELIGIBLE ? RuleId.E7 : RuleId.E8).chineseWithId();
    }

    /** O7: the Chinese of a withdrawal: out of the register, or not among the unit's new nominations. */
    static String withdrawalNote(ChangeSet.Withdrawal w) {
        return w.reason().startsWith("withdrawn: not among") ? "未列入本单位新报送名单，不再派出" : "已从人员名单中撤出，不再派出";
    }

    /** One comparison of two plans. */
    private static final class Comparison {
        private final Plan before;
        private final Plan after;
        private final ChangeSet changes;
        private final Eligibility eligibility;
        private final Map<String, ChangeSet.Fix> fixes;
        private final Map<String, ChangeSet.Withdrawal> withdrawals = new HashMap<>();
        private final Set<String> restated;

        Comparison(Plan before, Plan after, ChangeSet changes) {
            this.before = before;
            this.after = after;
            this.changes = changes;
            this.eligibility = new Eligibility(after.campaign().eligibility(), after.campaign().rules());
            this.fixes = changes.fixesBySeat();
            changes.withdrawals().forEach(w -> withdrawals.put(w.cadreId(), w));
            this.restated = changes.updatedIds();
        }

        ChangeList run(List<Round> pinnedRounds) {
            Map<String, Assignment> old = before.bySeatId();
            Map<String, Assignment> now = after.bySeatId();
            List<SeatChange> out = new ArrayList<>();
            int pinnedSeats = 0;
            int pinnedUnchanged = 0;
            for (Assignment a : before.assignments()) {
                Assignment b = now.get(a.seat().id());
                if (pinnedRounds.contains(a.seat().round())) {
                    pinnedSeats++;
                    pinnedUnchanged += b != null && Objects.equals(a.cadre(), b.cadre()) ? 1 : 0;
                }
                if (b == null) {
                    out.add(removed(a));
                } else if (!Objects.equals(a.cadre(), b.cadre())) {
                    out.add(changed(a, b.cadre()));
                }
            }
            for (Assignment b : after.assignments()) {
                if (!old.containsKey(b.seat().id())) {
                    out.add(new SeatChange(b.seat(), Kind.ADDED, null, b.cadre(), RuleId.G1.id(), "new group (G1)",
                            "新增工作组（G1）"));
                }
            }
            out.sort(seatOrder(after.campaign()));
            return new ChangeList(out, pinnedRounds, pinnedSeats, pinnedUnchanged, after.assignments().size());
        }

        private SeatChange removed(Assignment a) {
            int from = groupChangeRound(a.seat());
            return new SeatChange(a.seat(), Kind.REMOVED, a.cadre(), null, RuleId.G1.id(),
                    "group removed from round " + from + " (G1)", "自第" + from + "轮起撤销该工作组（G1）");
        }

        /** The round from which the G1 change that removed this seat's group applies. */
        private int groupChangeRound(Seat seat) {
            return changes.groupCounts().stream().map(ChangeSet.GroupCountChange::change)
                    .filter(c -> c.city().equals(seat.city().name()) && c.fromRound() <= seat.round().number())
                    .mapToInt(GroupCounts.Change::fromRound).max().orElse(seat.round().number());
        }

        private SeatChange changed(Assignment a, Cadre now) {
            Seat seat = a.seat();
            Cadre was = a.cadre();
            if (was == null) {
                boolean fixed = fixes.containsKey(seat.id());
                return new SeatChange(seat, Kind.FILLED, null, now, fixed ? "fix" : "unfilled",
                        fixed ? FIXED : "empty seat filled", fixed ? FIXED_NOTE : "原岗位空缺，现予补充");
            }
            Cause why = departure(seat, was);
            if (now == null) {
                return new SeatChange(seat, Kind.EMPTIED, was, null, why.rule(), why.reason() + "; nobody eligible and free"
                        + " takes the seat", why.note() + "；暂无符合条件的人员接替");
            }
            return new SeatChange(seat, Kind.REPLACED, was, now, why.rule(), why.reason(), why.note());
        }

        /** Why the published cadre left the seat. */
        private Cause departure(Seat seat, Cadre was) {
            if (fixes.containsKey(seat.id())) {
                return new Cause("fix", FIXED, FIXED_NOTE);
            }
            ChangeSet.Withdrawal withdrawn = withdrawals.get(was.id());
            if (withdrawn != null) {
                return new Cause("register", withdrawn.reason(), withdrawalNote(withdrawn));
            }
            for (ChangeSet.DateKind kind : ChangeSet.DateKind.values()) {
                if (changes.ranges(was.id(), kind).stream().anyMatch(r -> r.overlaps(seat.round().days()))) {
                    return new Cause(kind.rule(), kind.reason(), dateNote(kind));
                }
            }
            if (restated.contains(was.id())) {
                Cause restated = restated(seat, was);
                if (restated != null) {
                    return restated;
                }
            }
            ChangeSet.Fix elsewhere = fixedElsewhere(seat, was);
            if (elsewhere != null) {
                return new Cause("fix", "moved: fixed by hand to " + elsewhere.seatName() + " (E9/E11)",
                        "另行指定至其他岗位（E9、E11）");
            }
            return new Cause(RuleId.F7.id(), TRADE_OFF, TRADE_OFF_NOTE);
        }

        /** A cadre whose record the unit's nominations restated, and who no longer fits the seat. */
        private Cause restated(Seat seat, Cadre was) {
            Cadre now = after.register().find(was.id()).orElse(null);
            List<RuleBreak> breaks = now == null ? List.of() : eligibility.breaks(seat, now);
            if (breaks.isEmpty()) {
                return null;
            }
            RuleId rule = breaks.get(0).rule();
            return switch (rule) {
                case E7 -> new Cause(RuleId.E7.id(), ChangeSet.DateKind.NOT_ELIGIBLE.reason(),
                        dateNote(ChangeSet.DateKind.NOT_ELIGIBLE));
                case E8 -> new Cause(RuleId.E8.id(), ChangeSet.DateKind.UNAVAILABLE.reason(),
                        dateNote(ChangeSet.DateKind.UNAVAILABLE));
                default -> new Cause(rule.id(), rule.id() + " no longer met: record restated by " + was.unit().name()
                        + "'s nominations", "按本单位重新报送的人员信息，不再符合：" + rule.chineseWithId());
            };
        }

        /** A fix that put this cadre into another seat the published one now clashes with (E9, E11). */
        private ChangeSet.Fix fixedElsewhere(Seat seat, Cadre was) {
            int minOff = after.campaign().rules().minRoundsOff();
            for (ChangeSet.Fix f : changes.fixes()) {
                if (f.cadreId().equals(was.id()) && !f.seatId().equals(seat.id())
                        && Round.tooCloseForRest(f.round(), seat.round().number(), minOff)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** Round, then city in annex order, group kind, group number, seat. */
    private static Comparator<SeatChange> seatOrder(Campaign campaign) {
        Map<String, Integer> cities = new HashMap<>();
        campaign.cities().forEach(c -> cities.put(c.name(), cities.size()));
        Map<String, Integer> kinds = new HashMap<>();
        campaign.groupKinds().forEach(k -> kinds.put(k.id(), kinds.size()));
        return Comparator.comparingInt((SeatChange c) -> c.seat().round().number())
                .thenComparingInt(c -> cities.getOrDefault(c.seat().city().name(), Integer.MAX_VALUE))
                .thenComparingInt(c -> kinds.getOrDefault(c.seat().group().kind().id(), Integer.MAX_VALUE))
                .thenComparingInt(c -> c.seat().group().number())
                .thenComparingInt(c -> c.seat().index());
    }
}
