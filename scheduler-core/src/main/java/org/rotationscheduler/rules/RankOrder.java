package org.rotationscheduler.rules;

import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;

/**
 * E12 rank order (组长负责制) and the seats F9 speaks of. A group's leader is the first seat of its
 * template (G2-G4); the deputy is the seat of role {@value #DEPUTY_ROLE}. Nobody in a group
 * outranks its leader, and nobody but the leader outranks the deputy.
 */
public final class RankOrder {
    public static final String DEPUTY_ROLE = "deputy";

    private RankOrder() {
    }

    public static boolean isLeader(Seat seat) {
        return seat.index() == 0;
    }

    public static boolean isDeputy(Seat seat) {
        return !isLeader(seat) && seat.role().equals(DEPUTY_ROLE);
    }

    /** The seats that head a group: its leader and deputy (E12, F9). */
    public static boolean heads(Seat seat) {
        return isLeader(seat) || isDeputy(seat);
    }

    /**
     * E12: whether the cadre in {@code other} (of rank {@code otherRank}) breaks rank order against
     * the cadre heading the same group in {@code head}: the leader may be outranked by nobody, the
     * deputy by nobody but the leader.
     */
    public static boolean breaks(Seat head, Rank headRank, Seat other, Rank otherRank) {
        if (!heads(head) || head.index() == other.index() || isLeader(other)) {
            return false;
        }
        return otherRank.outranks(headRank);
    }

    /** F9: how many rank steps the cadre stands below the rank the seat's holder should have (0 when none). */
    public static int stepsBelow(Rank rank, Rank wanted) {
        return wanted == null ? 0 : Math.max(0, rank.ordinal() - wanted.ordinal());
    }

    /**
     * F9's cost of a head seat in units of its weight: the square of the steps below, so one step
     * (科级 under a 处级 leader rank) costs 1 and two (a 科员 leader or deputy) cost 4: a 科员 in
     * such a seat is what an office avoids first.
     */
    public static int seniorityCost(Rank rank, Rank wanted) {
        int steps = stepsBelow(rank, wanted);
        return steps * steps;
    }
}
