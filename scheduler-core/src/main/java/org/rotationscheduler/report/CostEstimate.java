package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.CostRates;
import org.rotationscheduler.domain.model.Group;
import org.rotationscheduler.domain.model.Unit;

/**
 * O4: what a plan costs (经费测算), per group, by payer and in total. The plan lists the costs
 * ("往返差旅费、住宿费、伙食补助费、租车费"); every rate comes from the campaign's {@code costs:}
 * ({@link CostRates}), and so does who pays each kind: the person's own unit, the unit of the
 * group's leader or the organising office. The default rates in {@code data/costs.yaml} are
 * planning assumptions, not official rates: lodging 400 元 per person and night, meal allowance
 * 100 元 per person and day, one return trip per person and round of 1,200 元 (ministry
 * departments, affiliated units), 1,500 元 (dispatched agencies, provincial departments) or 600 元
 * (local bureaus), and one hired vehicle per central or ordinary group at 800 元 a day, each
 * person's costs paid by their own unit and car hire by the leader's unit.
 *
 * <p>For a group of a round of {@code d} days on site, each person costs {@code d} person-days,
 * {@code d - 1} lodging nights, {@code d} days of meal allowance and one return trip by the type of
 * their unit; the group's vehicles make {@code vehicles x d} vehicle-days and cost
 * {@code vehicle-days x carHirePerDay}. A group nobody sits in needs no car. When the leader seat
 * is empty, what the leader's unit would pay has no payer yet ({@code unit == null} and no office).
 * The counts (persons, person-days, nights) go with the lodging, vehicle-days with the car hire.
 */
public final class CostEstimate {
    /** The role id of the seat whose unit pays what the leader's unit pays. */
    public static final String LEADER_ROLE = "leader";

    /**
     * Amounts in the campaign's currency.
     *
     * @param persons person-rounds (人次)
     * @param vehicleDays vehicles times days on site (车辆天数)
     */
    public record Amounts(int persons, long personDays, long lodgingNights, long lodging, long meals, long travel,
            long carHire, long vehicleDays) {
        public static final Amounts ZERO = new Amounts(0, 0, 0, 0, 0, 0, 0, 0);

        public Amounts(int persons, long personDays, long lodgingNights, long lodging, long meals, long travel,
                long carHire) {
            this(persons, personDays, lodgingNights, lodging, meals, travel, carHire, 0);
        }

        public long total() {
            return lodging + meals + travel + carHire;
        }

        public Amounts plus(Amounts o) {
            return new Amounts(persons + o.persons, personDays + o.personDays, lodgingNights + o.lodgingNights,
                    lodging + o.lodging, meals + o.meals, travel + o.travel, carHire + o.carHire,
                    vehicleDays + o.vehicleDays);
        }
    }

    /**
     * One group's costs; {@code carPayer} is the unit paying its car hire, null when the office
     * pays it ({@code carByOffice}) or the leader seat that would is empty.
     */
    public record GroupCost(Group group, long days, Amounts amounts, Unit carPayer, boolean carByOffice) {
        public GroupCost(Group group, long days, Amounts amounts, Unit carPayer) {
            this(group, days, amounts, carPayer, false);
        }
    }

    /**
     * What one payer pays: a unit, the organising office ({@code office} names it, {@code unit} is
     * null), or nobody yet (both null: costs of an empty leader seat's unit).
     */
    public record UnitCost(Unit unit, Amounts amounts, String office) {
        public UnitCost(Unit unit, Amounts amounts) {
            this(unit, amounts, null);
        }

        /** The payer's name, or null when undetermined. */
        public String payerName() {
            return unit != null ? unit.name() : office;
        }
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

    /** Sums per payer: units in catalogue order, then the office, then the undetermined payer. */
    private static final class Payers {
        final Map<Unit, Amounts> units;
        Amounts office = Amounts.ZERO;
        Amounts undetermined = Amounts.ZERO;

        Payers(Comparator<Unit> order) {
            units = new TreeMap<>(order);
        }

        void add(CostRates.Payer payer, Unit person, Unit leader, Amounts amounts) {
            if (amounts.equals(Amounts.ZERO)) {
                return;
            }
            Unit unit = switch (payer) {
                case PERSON -> person;
                case LEADER -> leader;
                case OFFICE -> null;
            };
            if (payer == CostRates.Payer.OFFICE) {
                office = office.plus(amounts);
            } else if (unit == null) {
                undetermined = undetermined.plus(amounts);
            } else {
                units.merge(unit, amounts, Amounts::plus);
            }
        }
    }

    public static CostEstimate of(Plan plan) {
        CostRates rates = plan.campaign().costs();
        Map<String, List<Assignment>> byGroup = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            byGroup.computeIfAbsent(a.seat().group().key(), k -> new ArrayList<>()).add(a);
        }
        Payers payers = new Payers(new UnitOrder(plan.campaign()));
        List<GroupCost> groups = new ArrayList<>();
        Amounts total = Amounts.ZERO;
        for (List<Assignment> seats : byGroup.values()) {
            GroupCost cost = groupCost(rates, seats, payers);
            groups.add(cost);
            total = total.plus(cost.amounts());
        }
        List<UnitCost> byUnit = new ArrayList<>();
        payers.units.forEach((unit, amounts) -> byUnit.add(new UnitCost(unit, amounts)));
        if (!payers.office.equals(Amounts.ZERO)) {
            byUnit.add(new UnitCost(null, payers.office, rates.office()));
        }
        if (!payers.undetermined.equals(Amounts.ZERO)) {
            byUnit.add(new UnitCost(null, payers.undetermined));
        }
        return new CostEstimate(rates, groups, byUnit, total);
    }

    /** One group's costs; adds each share to its payer. */
    private static GroupCost groupCost(CostRates rates, List<Assignment> seats, Payers payers) {
        Group group = seats.get(0).seat().group();
        long days = group.round().days().days();
        Unit leader = null;
        for (Assignment a : seats) {
            if (a.filled() && LEADER_ROLE.equals(a.seat().role())) {
                leader = a.cadre().unit();
                break;
            }
        }
        Amounts sum = Amounts.ZERO;
        for (Assignment a : seats) {
            if (!a.filled()) {
                continue;
            }
            Unit own = a.cadre().unit();
            long nights = Math.max(0, days - 1);
            Amounts lodging = new Amounts(1, days, nights, nights * rates.lodgingPerNight(), 0, 0, 0);
            Amounts meals = new Amounts(0, 0, 0, 0, days * rates.mealPerDay(), 0, 0);
            Amounts travel = new Amounts(0, 0, 0, 0, 0, rates.travelFor(own.type()), 0);
            payers.add(rates.payer(CostRates.CostKind.LODGING), own, leader, lodging);
            payers.add(rates.payer(CostRates.CostKind.MEALS), own, leader, meals);
            payers.add(rates.payer(CostRates.CostKind.TRAVEL), own, leader, travel);
            sum = sum.plus(lodging).plus(meals).plus(travel);
        }
        CostRates.Payer carPayer = rates.payer(CostRates.CostKind.CAR_HIRE);
        if (sum.persons() > 0) {
            long vehicles = rates.vehiclesPerGroup().getOrDefault(group.kind().id(), 0);
            Amounts car = new Amounts(0, 0, 0, 0, 0, 0, vehicles * rates.carHirePerDay() * days, vehicles * days);
            // the car goes with the leader (or the office); a person-paid car is the leader's unit's too
            payers.add(carPayer == CostRates.Payer.OFFICE ? carPayer : CostRates.Payer.LEADER, leader, leader, car);
            sum = sum.plus(car);
        }
        boolean byOffice = carPayer == CostRates.Payer.OFFICE;
        return new GroupCost(group, days, sum, byOffice ? null : leader, byOffice);
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
