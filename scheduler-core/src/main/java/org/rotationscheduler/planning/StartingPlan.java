package org.rotationscheduler.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.domain.model.Cadre;

/**
 * F7: the plan a replan starts from. Pinned seats (rounds under way) and seats fixed by hand are
 * given; every other seat starts with its published cadre when that cadre is still among the seat's
 * candidates and keeps E4, E9 and E11 with the seats already given, so that the greedy initializer
 * only fills the gaps and local search starts from the published plan.
 *
 * <p>One repair local search cannot make is made here: a seat only E4-bound cadres may take (an
 * autumn-winter central leader, E3) left open when no bound cadre still owes a round that fits it.
 * A bound cadre who serves the scope in a seat anybody may take moves up to it, and that seat is
 * left to the greedy initializer, which gives it to a cadre who owes a round (E4). Every other way
 * there passes through a plan that breaks E4 more, which no local search step takes.
 */
public final class StartingPlan {
    private final RotationSolution problem;
    private final Map<Cadre, List<SeatAssignment>> placed = new HashMap<>();
    private final Map<String, Integer> quotaLeft = new HashMap<>();
    private final Map<List<Cadre>, Set<Cadre>> candidateSets = new IdentityHashMap<>();
    private final Set<Cadre> bound = new HashSet<>();

    public StartingPlan(RotationSolution problem) {
        this.problem = problem;
        for (QuotaDuty d : problem.getQuotaDuties()) {
            quotaLeft.put(key(d.cadre(), d.scope()), d.rounds());
            bound.add(d.cadre());
        }
    }

    public void apply() {
        for (SeatAssignment a : problem.getSeats()) {
            if (a.isPinned() && a.getCadre() != null) {
                place(a, a.getCadre());
            }
        }
        for (SeatAssignment a : problem.getSeats()) {
            Cadre was = a.getPublished();
            if (!a.isPinned() && was != null && isCandidate(a, was) && fits(a, was)) {
                a.setCadre(was);
                place(a, was);
            }
        }
        for (SeatAssignment a : problem.getSeats()) {
            if (openQuotaOnly(a) && !anyOwingCadreFits(a)) {
                moveUpBoundCadre(a);
            }
        }
    }

    /** E3/E4: an open seat whose every candidate is bound by E4 (an autumn-winter central leader). */
    private boolean openQuotaOnly(SeatAssignment a) {
        return !a.isPinned() && a.getCadre() == null && a.getQuotaScope() != null && !a.getCandidates().isEmpty()
                && bound.containsAll(a.getCandidates());
    }

    /** A bound cadre who still owes a round of the scope and fits: the greedy initializer matches them. */
    private boolean anyOwingCadreFits(SeatAssignment a) {
        return a.getCandidates().stream().anyMatch(c -> quotaLeft.getOrDefault(key(c, a.getQuotaScope()), 0) > 0
                && fits(a, c));
    }

    /** Moves a bound candidate from a seat of the same scope that anybody may take up to this seat. */
    private void moveUpBoundCadre(SeatAssignment seat) {
        for (Cadre c : seat.getCandidates()) {
            for (SeatAssignment from : List.copyOf(placed.getOrDefault(c, List.of()))) {
                if (!from.isPinned() && seat.getQuotaScope().equals(from.getQuotaScope())
                        && !bound.containsAll(from.getCandidates()) && fitsWithout(seat, c, from)) {
                    unplace(from, c);
                    from.setCadre(null);
                    seat.setCadre(c);
                    place(seat, c);
                    return;
                }
            }
        }
    }

    /** E9 and E11 with the cadre's other seats; the quota is unchanged by a move within the scope. */
    private boolean fitsWithout(SeatAssignment seat, Cadre c, SeatAssignment leaving) {
        for (SeatAssignment other : placed.getOrDefault(c, List.of())) {
            if (other != leaving && (other.overlaps(seat)
                    || seat.tooCloseForRest(other.getRoundNumber()))) {
                return false;
            }
        }
        return true;
    }

    private boolean isCandidate(SeatAssignment a, Cadre c) {
        return candidateSets.computeIfAbsent(a.getCandidates(), HashSet::new).contains(c);
    }

    /** E9 (overlap), E11 (rest) with the seats the cadre has already, E4 (no more than the quota). */
    private boolean fits(SeatAssignment seat, Cadre c) {
        String scope = seat.getQuotaScope();
        if (scope != null && quotaLeft.getOrDefault(key(c, scope), 1) <= 0) {
            return false;
        }
        for (SeatAssignment other : placed.getOrDefault(c, List.of())) {
            if (other.overlaps(seat) || seat.tooCloseForRest(other.getRoundNumber())) {
                return false;
            }
        }
        return true;
    }

    private void place(SeatAssignment seat, Cadre c) {
        placed.computeIfAbsent(c, x -> new ArrayList<>()).add(seat);
        if (seat.getQuotaScope() != null) {
            quotaLeft.computeIfPresent(key(c, seat.getQuotaScope()), (k, n) -> n - 1);
        }
    }

    private void unplace(SeatAssignment seat, Cadre c) {
        placed.get(c).remove(seat);
        if (seat.getQuotaScope() != null) {
            quotaLeft.computeIfPresent(key(c, seat.getQuotaScope()), (k, n) -> n + 1);
        }
    }

    private static String key(Cadre c, String scope) {
        return c.id() + "|" + scope;
    }
}
