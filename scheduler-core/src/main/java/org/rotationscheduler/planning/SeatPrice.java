package org.rotationscheduler.planning;

import java.util.Set;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.RankOrder;

/**
 * The score's own price of seating a cadre, given what is already seated around the seat, with the
 * campaign's weights: F1's next round, F9's rank steps, F4, F3, F5 and F6. The first plan ({@link
 * GreedyInitializer}) chooses by it, so it trades F1 against F9 as the score does.
 */
final class SeatPrice {
    private final long f1;
    private final long f3;
    private final long f4;
    private final long f5;
    private final long f5Newcomers;
    private final long f6;
    private final long f6Secretary;
    private final long f9;

    SeatPrice(RotationSolution solution) {
        this.f1 = solution.softWeight(RuleConstraint.F1);
        this.f3 = solution.softWeight(RuleConstraint.F3);
        this.f4 = solution.softWeight(RuleConstraint.F4);
        this.f5 = solution.softWeight(RuleConstraint.F5);
        this.f5Newcomers = solution.softWeight(RuleConstraint.F5_NEWCOMERS);
        this.f6 = solution.softWeight(RuleConstraint.F6);
        this.f6Secretary = solution.softWeight(RuleConstraint.F6_SECRETARY);
        this.f9 = solution.softWeight(RuleConstraint.F9);
    }

    /**
     * What is seated so far around a seat: the group's units, whether it has an experienced member,
     * its newcomers, and whether the city team still lacks party members or a secretary.
     */
    record Around(Set<Unit> groupUnits, boolean groupHasExperience, int newcomers, boolean teamNeedsParty,
            boolean teamNeedsSecretary) {
    }

    /** F1: one more round for a cadre with {@code load} rounds in this plan so far, C(served + n, 2)'s marginal. */
    double load(Cadre c, int load) {
        return (double) f1 * (c.roundsServed() + load);
    }

    /** The most a cadre's price can fall below its {@link #load} price around a seat (for pruning). */
    double saving(Around at) {
        return (at.groupHasExperience() ? 0 : f5) + (at.teamNeedsParty() ? f6 : 0)
                + (at.teamNeedsSecretary() ? f6Secretary : 0);
    }

    double price(SeatAssignment seat, Cadre c, int load, Around at) {
        double cost = load(c, load);
        if (seat.getSeniorRank() != null) {
            cost += (double) f9 * RankOrder.seniorityCost(c.rank(), seat.getSeniorRank());
        }
        if (at.groupUnits().contains(c.unit())) {
            cost += f4;
        }
        if (seat.isOrdinaryMember() && seat.getCity().hasPartners() && !seat.getCity().partnerSide(c.unit())) {
            cost += f3;
        }
        if (c.experienced()) {
            if (!at.groupHasExperience()) {
                cost -= f5;
            }
        } else {
            cost += (double) f5Newcomers * at.newcomers();
        }
        if (c.partyMember()) {
            if (at.teamNeedsParty()) {
                cost -= f6;
            }
            if (at.teamNeedsSecretary() && c.unit().equals(seat.getCity().lead())) {
                cost -= f6Secretary;
            }
        }
        return cost;
    }
}
