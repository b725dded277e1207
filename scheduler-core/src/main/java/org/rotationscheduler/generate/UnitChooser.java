package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.EligibilityRule;

/**
 * Which units may fill a seat, by the campaign's eligibility data (E1-E3, E5, E6) and E10, and
 * which of them to draw from, with weights that make a roster look like the plan describes:
 * central seats from the "three in one" partners (E5, the liaison from the lead unit, whose party
 * member can act as branch secretary, F6), ordinary-group leaders from the partner province's
 * department and local bureaus (E6), and ordinary-group members over a third from the city's partner
 * units (F3), the rest from ministry departments, dispatched agencies, affiliated units and other
 * provinces' local bureaus.
 */
final class UnitChooser {
    /** How a unit relates to the city of a seat. */
    enum Relation { LEAD, AFFILIATED, PROVINCIAL, PARTNER_LOCAL, MINISTRY, DISPATCHED, OTHER_AFFILIATED, OTHER_LOCAL,
        OTHER_PROVINCIAL }

    private record Choice(List<Unit> units, double[] cumulative) {
    }

    private final Eligibility eligibility;
    private final boolean e10;
    private final List<Unit> universe;
    private final Map<String, Choice> cache = new HashMap<>();

    UnitChooser(Eligibility eligibility, boolean e10, List<Unit> universe) {
        this.eligibility = eligibility;
        this.e10 = e10;
        this.universe = List.copyOf(universe);
    }

    List<Unit> universe() {
        return universe;
    }

    /** Every unit of the universe whose cadres may sit in this seat, whatever their rank. */
    List<Unit> allowed(Seat seat) {
        return choice(seat).units();
    }

    /**
     * A unit for the seat, by weight; units in {@code avoid} (already in the group, F4) are drawn
     * again a few times before one is accepted anyway.
     */
    Unit pick(Seat seat, Set<Unit> avoid, SplittableRandom rng) {
        Choice c = choice(seat);
        Unit unit = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            unit = draw(c, rng);
            if (!avoid.contains(unit)) {
                return unit;
            }
        }
        return unit;
    }

    private static Unit draw(Choice c, SplittableRandom rng) {
        double total = c.cumulative()[c.cumulative().length - 1];
        double x = rng.nextDouble() * total;
        for (int i = 0; i < c.cumulative().length; i++) {
            if (x < c.cumulative()[i]) {
                return c.units().get(i);
            }
        }
        return c.units().get(c.units().size() - 1);
    }

    private Choice choice(Seat seat) {
        String key = seat.round().season().kind() + "|" + seat.group().kind().id() + "|" + seat.role() + "|"
                + seat.city().name();
        return cache.computeIfAbsent(key, k -> build(seat));
    }

    private Choice build(Seat seat) {
        City city = seat.city();
        List<EligibilityRule> rules = eligibility.rulesFor(seat);
        List<Unit> units = new ArrayList<>();
        for (Unit u : universe) {
            if (unitAllowed(u, city, rules)) {
                units.add(u);
            }
        }
        if (units.isEmpty()) {
            throw new GenerationException("no unit may fill " + seat.describe() + " under the campaign's eligibility"
                    + " rules (" + String.join(", ", rules.stream().map(r -> r.rule().id()).distinct().toList())
                    + ") and E10; the generator cannot plant a roster for this campaign");
        }
        Map<Relation, Integer> perRelation = new EnumMap<>(Relation.class);
        for (Unit u : units) {
            perRelation.merge(relation(u, city), 1, Integer::sum);
        }
        double[] weights = new double[units.size()];
        double sum = 0;
        for (int i = 0; i < units.size(); i++) {
            Relation rel = relation(units.get(i), city);
            weights[i] = share(seat.role(), rel) / perRelation.get(rel);
            sum += weights[i];
        }
        double[] cumulative = new double[units.size()];
        double acc = 0;
        for (int i = 0; i < units.size(); i++) {
            // When the data allows none of the preferred units, every allowed unit is equally likely.
            acc += sum > 0 ? weights[i] : 1;
            cumulative[i] = acc;
        }
        return new Choice(List.copyOf(units), cumulative);
    }

    private boolean unitAllowed(Unit unit, City city, List<EligibilityRule> rules) {
        if (e10 && unit.province() != null && unit.province().equals(city.province())) {
            return false;
        }
        Cadre probe = Draft.probe(unit, Rank.STAFF, "");
        for (EligibilityRule r : rules) {
            if (!r.unitAllowed(probe, city)) {
                return false;
            }
        }
        return true;
    }

    static Relation relation(Unit unit, City city) {
        var p = city.hasPartners() ? city.partners() : null;
        if (p == null) {
            return byType(unit);
        }
        if (unit.equals(p.lead())) {
            return Relation.LEAD;
        }
        if (p.affiliated().contains(unit)) {
            return Relation.AFFILIATED;
        }
        if (unit.equals(p.provincial())) {
            return Relation.PROVINCIAL;
        }
        if (unit.type() == UnitType.LOCAL && p.partnerProvince().equals(unit.province())) {
            return Relation.PARTNER_LOCAL;
        }
        return byType(unit);
    }

    private static Relation byType(Unit unit) {
        return switch (unit.type()) {
            case MINISTRY -> Relation.MINISTRY;
            case DISPATCHED -> Relation.DISPATCHED;
            case AFFILIATED -> Relation.OTHER_AFFILIATED;
            case LOCAL -> Relation.OTHER_LOCAL;
            case PROVINCIAL -> Relation.OTHER_PROVINCIAL;
        };
    }

    /** Relative share of a relation's units among a seat role's cadres (realism only; rules decide). */
    private static double share(String role, Relation rel) {
        return switch (role) {
            case "leader" -> switch (rel) {
                case LEAD -> 4;
                case AFFILIATED, PROVINCIAL -> 3;
                case PARTNER_LOCAL -> 6;
                default -> 1;
            };
            case "deputy" -> switch (rel) {
                case PROVINCIAL -> 8;
                case PARTNER_LOCAL -> 2;
                case LEAD, AFFILIATED -> 1;
                default -> 0.5;
            };
            case "liaison" -> rel == Relation.LEAD ? 1 : 0;
            default -> switch (rel) {
                case LEAD, AFFILIATED, MINISTRY, OTHER_LOCAL -> 2;
                case PROVINCIAL -> 3;
                case DISPATCHED, OTHER_AFFILIATED -> 1;
                case PARTNER_LOCAL -> 0.5;
                case OTHER_PROVINCIAL -> 0.2;
            };
        };
    }
}
