package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;

/**
 * A cadre under construction: unit, rank and post are fixed when it is made; seats, dates, party
 * membership and experience are added as the generator goes. Becomes a {@link Cadre} at the end.
 */
final class Draft {
    final int serial;
    final Unit unit;
    final Rank rank;
    final String post;
    final String name;
    /** E4 binds this cadre: it must serve exactly the quota in every quota season planned. */
    final boolean bound;
    boolean party;
    int served;
    final List<Seat> seats = new ArrayList<>();
    private final Map<Season, Integer> perSeason = new HashMap<>();
    final List<DateRange> unavailable = new ArrayList<>();
    final List<DateRange> pregnant = new ArrayList<>();
    final List<DateRange> nursing = new ArrayList<>();
    final List<DateRange> health = new ArrayList<>();
    private final Cadre probe;

    Draft(int serial, Unit unit, Rank rank, String post, String name, boolean bound, boolean party) {
        this.serial = serial;
        this.unit = unit;
        this.rank = rank;
        this.post = post;
        this.name = name;
        this.bound = bound;
        this.party = party;
        this.probe = probe(unit, rank, post);
    }

    /** A cadre with this unit, rank and post and no dates, for the seat rules (E1-E3, E5, E6, E10). */
    static Cadre probe(Unit unit, Rank rank, String post) {
        return new Cadre("draft", "", unit, rank, post, false, 0, List.of(), List.of(), 0);
    }

    Cadre probe() {
        return probe;
    }

    /**
     * E9 (no two seats in one round or in overlapping rounds), E11 (at least {@code minRoundsOff}
     * rounds between two rounds) and F1 (at most {@code maxPerSeason} and {@code maxPerCampaign}).
     */
    boolean canTake(Round round, int minRoundsOff, int maxPerSeason, int maxPerCampaign) {
        if (seats.size() >= maxPerCampaign || perSeason.getOrDefault(round.season(), 0) >= maxPerSeason) {
            return false;
        }
        for (Seat s : seats) {
            Round other = s.round();
            if (Round.tooCloseForRest(other.number(), round.number(), minRoundsOff) || other.overlaps(round)) {
                return false;
            }
        }
        return true;
    }

    void take(Seat seat) {
        seats.add(seat);
        perSeason.merge(seat.round().season(), 1, Integer::sum);
    }

    boolean planted() {
        return !seats.isEmpty();
    }

    /** Days on which this cadre sits somewhere in the planted roster. */
    List<DateRange> busy() {
        List<DateRange> busy = new ArrayList<>();
        for (Seat s : seats) {
            busy.add(s.round().days());
        }
        busy.sort((a, b) -> a.start().compareTo(b.start()));
        return busy;
    }
}
