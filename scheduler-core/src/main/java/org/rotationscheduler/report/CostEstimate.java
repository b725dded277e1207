package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rotationscheduler.model.Assignment;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.CostRates;
import org.rotationscheduler.model.Group;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.model.Unit;

/**
 * O4: what a plan costs (经费测算), per group, by paying unit and in total. The plan lists the
 * costs the sending units bear ("往返差旅费、住宿费、伙食补助费、租车费"); every rate comes from the
 * campaign's {@code costs:} ({@link CostRates}). The default rates in {@code data/costs.yaml} are
 * planning assumptions, not official rates: lodging 400 元 per person and night, meal allowance
 * 100 元 per person and day, one return trip per person and round of 1,200 元 (ministry
 * departments, affiliated units), 1,500 元 (dispatched agencies, provincial departments) or 600 元
 * (local bureaus), and one hired vehicle per central or ordinary group at 800 元 a day.
 *
 * <p>For a group of a round of {@code d} days on site, each person costs {@code d} person-days,
 * {@code d - 1} lodging nights, {@code d} days of meal allowance and one return trip by the type of
 * their unit; these are paid by the person's own unit. The group's car hire is
 * {@code vehicles x carHirePerDay x d}, paid by the unit of the group's leader; when the leader
 * seat is empty its payer is undetermined ({@code payer == null}), and a group nobody sits in
 * needs no car.
 */
public final class CostEstimate {
    /** The role id of the seat whose unit pays the group's car hire. */
    public static final String LEADER_ROLE = "leader";

    /**
     * Amounts in the campaign's currency.
     *
     * @param persons person-rounds (人次)
     */
    public record Amounts(int persons, long personDays, long lodgingNights, long lodging, long meals, long travel,
            long carHire) {
        public static final Amounts ZERO = new Amounts(0, 0, 0, 0, 0, 0, 0);

        public long total() {
            return lodging + meals + travel + carHire;
        }

        public Amounts plus(Amounts o) {
            return new Amounts(persons + o.persons, personDays + o.personDays, lodgingNights + o.lodgingNights,
                    lodging + o.lodging, meals + o.meals, travel + o.travel, carHire + o.carHire);
        }
    }

    /** One group's costs; {@code carPayer} is null when the leader seat is empty. */
    public record GroupCost(Group group, long days, Amounts amounts, Unit carPayer) {
    }

    /** What one unit pays; {@code unit} is null for car hire whose payer is undetermined. */
    public record UnitCost(Unit unit, Amounts amounts) {
    }

    private final CostRates rates;
    private final List<GroupCost> groups;
    private final List<UnitCost> byUnit;
    private final Amounts total;

    private CostEstimate(CostRates rates, List<GroupCost> groups, List<UnitCost> byUnit, Amounts total) {
        this.rates = rates;
        this.groups = List.copyOf(groups);
        this.byUnit = List.copyOf(byUnit);
        this.total = total;
    }

    public static CostEstimate of(Plan plan) {
        CostRates rates = plan.campaign().costs();
        Map<String, List<Assignment>> byGroup = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            byGroup.computeIfAbsent(a.seat().group().key(), k -> new ArrayList<>()).add(a);
        }
        Comparator<Unit> unitOrder = Comparator.nullsLast(new UnitOrder(plan.campaign()));
        Map<Unit, Amounts> payers = new TreeMap<>(unitOrder);
        List<GroupCost> groups = new ArrayList<>();
        Amounts total = Amounts.ZERO;
        for (List<Assignment> seats : byGroup.values()) {
            GroupCost cost = groupCost(rates, seats, payers);
            groups.add(cost);
            total = total.plus(cost.amounts());
        }
        List<UnitCost> byUnit = payers.entrySet().stream().map(e -> new UnitCost(e.getKey(), e.getValue())).toList();
        return new CostEstimate(rates, groups, byUnit, total);
    }

    /** One group's costs; adds each share to its payer in {@code payers}. */
    private static GroupCost groupCost(CostRates rates, List<Assignment> seats, Map<Unit, Amounts> payers) {
        Group group = seats.get(0).seat().group();
        long days = group.round().days().days();
        Amounts sum = Amounts.ZERO;
        Unit carPayer = null;
        for (Assignment a : seats) {
            if (!a.filled()) {
                continue;
            }
            Amounts person = personCost(rates, a.cadre(), days);
            payers.merge(a.cadre().unit(), person, Amounts::plus);
            sum = sum.plus(person);
            if (carPayer == null && LEADER_ROLE.equals(a.seat().role())) {
                carPayer = a.cadre().unit();
            }
        }
        if (sum.persons() > 0) {
            long vehicles = rates.vehiclesPerGroup().getOrDefault(group.kind().id(), 0);
            Amounts car = new Amounts(0, 0, 0, 0, 0, 0, vehicles * rates.carHirePerDay() * days);
            payers.merge(carPayer, car, Amounts::plus);
            sum = sum.plus(car);
        }
        return new GroupCost(group, days, sum, carPayer);
    }

    private static Amounts personCost(CostRates rates, Cadre cadre, long days) {
        long nights = Math.max(0, days - 1);
        return new Amounts(1, days, nights, nights * rates.lodgingPerNight(), days * rates.mealPerDay(),
                rates.travelFor(cadre.unit().type()), 0);
    }

    public CostRates rates() {
        return rates;
    }

    /** Per group, in roster order. */
    public List<GroupCost> groups() {
        return groups;
    }

    /** Per paying unit in catalogue order; the undetermined payer (null) last. */
    public List<UnitCost> byUnit() {
        return byUnit;
    }

    public Amounts total() {
        return total;
    }
}
