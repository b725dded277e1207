package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;
import org.rotationscheduler.rules.UnitSelector;

/**
 * validate's warnings for one season: necessary conditions of a full plan, computed from the data,
 * so that a planner learns before solving that some seats cannot be filled or some rule cannot hold.
 *
 * <p>Seats: every set of cities must have cadres able to fill its seats of a kind (Hall's
 * condition, each cadre serving at most the rounds E9, E11, F1 maxPerSeason and E4 allow). Checked
 * for each city, each set of cities sharing a partner unit or partner province (a shared unit's
 * cadres count once) and each set of cities linked by shared partner units. This covers E3 (the
 * autumn central leader from the three partner units), E5 and E6 (ordinary leaders from the partner
 * province). E4: its cadres must find their rounds.
 *
 * <p>S1: a cadre whose dates rule out rounds is "not eligible for these dates", nothing more.
 */
final class NecessaryConditions {
    /** Cities, units or cadres named in one warning; the rest are counted. */
    private static final int LISTED = 8;

    private final SeasonSupply supply;
    private final String season;
    private final List<Warning> warnings = new ArrayList<>();

    private NecessaryConditions(SeasonSupply supply) {
        this.supply = supply;
        this.season = supply.season.id();
    }

    static List<Warning> check(SeasonSupply supply) {
        NecessaryConditions checks = new NecessaryConditions(supply);
        for (SeatKind kind : supply.seatKinds()) {
            checks.seatSupply(kind);
        }
        checks.quota();
        return checks.warnings;
    }

    // ---- seats vs the cadres who may sit in them ----

    private void seatSupply(SeatKind kind) {
        List<City> cities = supply.cities();
        BitSet withSeats = new BitSet();
        long[] shortBy = new long[cities.size()];
        List<String> shortCities = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            int need = supply.seats(kind, i);
            if (need == 0) {
                continue;
            }
            withSeats.set(i);
            BitSet candidates = supply.eligible(kind, i);
            long can = supply.capacity(candidates, true);
            if (can < need) {
                shortBy[i] = need - can;
                shortCities.add(cities.get(i).name() + " " + shortage(need, can, candidates));
            }
        }
        if (!shortCities.isEmpty()) {
            warn(supply.rules(kind), kind.label(supply.campaign) + " seats: " + shortCities.size() + " of "
                    + withSeats.cardinality() + " cities have fewer eligible cadres than seats this season: "
                    + listed(shortCities) + " " + limits());
        }
        for (Map.Entry<BitSet, String> group : cityGroups(withSeats).entrySet()) {
            sharedSupply(kind, group.getKey(), group.getValue(), shortBy);
        }
    }

    /** A set of cities together; reported only when it says more than its cities one by one. */
    private void sharedSupply(SeatKind kind, BitSet members, String description, long[] shortBy) {
        BitSet candidates = new BitSet();
        long need = 0;
        long alreadyShort = 0;
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            candidates.or(supply.eligible(kind, i));
            need += supply.seats(kind, i);
            alreadyShort += shortBy[i];
        }
        long can = supply.capacity(candidates, true);
        if (need - can > alreadyShort) {
            warn(supply.rules(kind), kind.label(supply.campaign) + " seats: " + description + " have " + need
                    + " seats together, but their eligible cadres (each counted once) can fill at most " + can
                    + " (" + cadres(candidates) + datesNote(need, candidates) + ") " + limits());
        }
    }

    /** "12 seats, at most 3 (3 cadres)". */
    private String shortage(long need, long can, BitSet candidates) {
        return need + " seats, at most " + can + " (" + cadres(candidates) + datesNote(need, candidates) + ")";
    }

    private String cadres(BitSet candidates) {
        int n = supply.profiles.cadres(candidates);
        return n + (n == 1 ? " cadre" : " cadres");
    }

    /** S1: dates are only ever "not eligible for these dates". */
    private String datesNote(long need, BitSet candidates) {
        return supply.capacity(candidates, false) >= need ? "; some not eligible for these dates" : "";
    }

    /** The per-cadre limits the capacities assume, with their rule ids: "(a cadre at most 3 rounds: ...)". */
    private String limits() {
        RuleSettings rules = supply.campaign.rules();
        if (!rules.isEnabled(RuleId.E9)) {
            return "(E9 is off: no limit per cadre assumed)";
        }
        StringBuilder sb = new StringBuilder("(a cadre at most ").append(supply.generalLimit()).append(" of ")
                .append(supply.rounds.size()).append(" rounds: E9");
        if (supply.restRounds() > 0) {
            sb.append(", E11 minRoundsOff ").append(supply.restRounds());
        }
        if (rules.maxPerSeason() < supply.rounds.size()) {
            sb.append(", F1 maxPerSeason ").append(rules.maxPerSeason());
        }
        if (quotaApplies()) {
            sb.append("; E4 cadres at most ").append(rules.quota().rounds());
        }
        return sb.append(')').toString();
    }

    /**
     * Sets of cities worth checking together, with how to name them: the cities of each partner unit
     * or partner province that several cities share, then each set of cities linked by such units.
     */
    private Map<BitSet, String> cityGroups(BitSet withSeats) {
        List<City> cities = supply.cities();
        Map<Unit, BitSet> byUnit = new LinkedHashMap<>();
        for (int i = withSeats.nextSetBit(0); i >= 0; i = withSeats.nextSetBit(i + 1)) {
            for (Unit u : cities.get(i).partnerUnits()) {
                byUnit.computeIfAbsent(u, x -> new BitSet()).set(i);
            }
        }
        Map<BitSet, String> groups = new LinkedHashMap<>();
        byUnit.forEach((unit, members) -> {
            if (members.cardinality() > 1) {
                String what = unit.type() == UnitType.PROVINCIAL ? "the cities paired with province "
                        + cities.get(members.nextSetBit(0)).partners().partnerProvince()
                        : "the cities sharing partner unit " + unit.shortName();
                groups.putIfAbsent(members, what + " (" + names(members) + ")");
            }
        });
        for (BitSet component : components(new ArrayList<>(byUnit.values()))) {
            if (component.cardinality() > 1) {
                groups.putIfAbsent(component, "the cities linked by shared partner units (" + names(component) + ")");
            }
        }
        return groups;
    }

    /** Merges overlapping sets until none overlap: the connected components. */
    private static List<BitSet> components(List<BitSet> sets) {
        List<BitSet> done = new ArrayList<>();
        for (BitSet s : sets) {
            BitSet merged = (BitSet) s.clone();
            for (boolean grew = true; grew; ) {
                grew = false;
                for (BitSet other : sets) {
                    if (other.intersects(merged) && !containsAll(merged, other)) {
                        merged.or(other);
                        grew = true;
                    }
                }
            }
            if (done.stream().noneMatch(d -> d.equals(merged))) {
                done.add(merged);
            }
        }
        return done;
    }

    private static boolean containsAll(BitSet outer, BitSet inner) {
        BitSet rest = (BitSet) inner.clone();
        rest.andNot(outer);
        return rest.isEmpty();
    }

    private String names(BitSet members) {
        List<String> names = new ArrayList<>();
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            names.add(supply.cities().get(i).name());
        }
        return listed(names, ", ");
    }

    // ---- E4: every cadre it binds serves exactly its rounds ----

    private boolean quotaApplies() {
        RuleSettings rules = supply.campaign.rules();
        return rules.isEnabled(RuleId.E4) && rules.quota().coversSeasonKind(supply.season.kind());
    }

    private void quota() {
        if (!quotaApplies()) {
            return;
        }
        BitSet bound = new BitSet();
        for (int p = 0; p < supply.profiles.size(); p++) {
            if (supply.quotaBinds(supply.profiles.representative(p))) {
                bound.set(p);
            }
        }
        if (bound.isEmpty()) {
            return;
        }
        int rounds = supply.campaign.rules().quota().rounds();
        quotaAgainstLimits(rounds);
        if (supply.campaign.rules().quota().zeroAllowed()) {
            return; // "0 or N": a cadre without seats or rounds for N serves none, and no cadre must serve
        }
        quotaCadres(bound, rounds);
        quotaSeats(bound, rounds);
    }

    private void quotaAgainstLimits(int rounds) {
        int maxPerSeason = supply.campaign.rules().maxPerSeason();
        if (rounds > maxPerSeason) {
            warn(List.of(RuleId.E4.id(), RuleId.F1.id()), "E4 asks " + rounds + " rounds of each of its cadres, but F1 maxPerSeason is "
                    + maxPerSeason + "; raise rules.F1.maxPerSeason or lower rules.E4.rounds");
        }
        if (supply.campaign.rules().isEnabled(RuleId.E9) && rounds > supply.roundsByRest()) {
            warn(List.of(RuleId.E4.id(), RuleId.E11.id()), "E4 asks " + rounds + " rounds of each of its cadres, but with "
                    + supply.restRounds() + " round(s) off between two rounds (E11) a cadre can serve at most "
                    + supply.roundsByRest() + " of the season's " + supply.rounds.size() + " rounds");
        }
    }

    /** Cadres E4 binds who may sit in no seat at all, or whose dates leave too few rounds. */
    private void quotaCadres(BitSet bound, int rounds) {
        List<String> seatless = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        for (int p = bound.nextSetBit(0); p >= 0; p = bound.nextSetBit(p + 1)) {
            boolean anySeat = seatsOpenTo(single(p)) > 0;
            for (Cadre c : supply.profiles.members(p)) {
                if (!anySeat) {
                    seatless.add(c.toString());
                } else if (supply.availableRounds(c, true) < rounds && supply.availableRounds(c, false) >= rounds) {
                    dated.add(c.toString());
                }
            }
        }
        if (!seatless.isEmpty()) {
            warn(List.of(RuleId.E4.id()), seatless.size() + " " + boundCadres() + " may sit in no seat of this season (the"
                    + " eligibility rules leave them none), so they cannot serve " + rounds + " round(s): "
                    + listed(seatless));
        }
        if (!dated.isEmpty()) {
            warn(List.of(RuleId.E4.id()), dated.size() + " " + boundCadres() + " cannot serve " + rounds + " round(s) of this"
                    + " season: not eligible for these dates in enough rounds: " + listed(dated));
        }
    }

    /** Demand (cadres x rounds) against the seats these cadres may take, per unit and in total. */
    private void quotaSeats(BitSet bound, int rounds) {
        Map<Unit, BitSet> byUnit = new LinkedHashMap<>();
        for (int p = bound.nextSetBit(0); p >= 0; p = bound.nextSetBit(p + 1)) {
            byUnit.computeIfAbsent(supply.profiles.representative(p).unit(), u -> new BitSet()).set(p);
        }
        List<String> shortUnits = new ArrayList<>();
        byUnit.forEach((unit, profiles) -> {
            long need = (long) supply.profiles.cadres(profiles) * rounds;
            long open = seatsOpenTo(profiles);
            if (open < need) {
                shortUnits.add(unit.name() + " " + need + " seat-rounds needed, " + open + " open to them");
            }
        });
        if (!shortUnits.isEmpty()) {
            warn(List.of(RuleId.E4.id()), "the " + boundCadres() + " of " + shortUnits.size() + " unit(s) need more seats than"
                    + " the eligibility rules open to them in this season: " + listed(shortUnits));
        }
        long need = (long) supply.profiles.cadres(bound) * rounds;
        long open = seatsOpenTo(bound);
        if (open < need && byUnit.size() > 1) {
            warn(List.of(RuleId.E4.id()), "the " + supply.profiles.cadres(bound) + " " + boundCadres() + " need " + need
                    + " seats of this season, but only " + open + " seats are open to them");
        }
    }

    /** Seats of the season (each seat of each round) in which some cadre of these profiles may sit. */
    private long seatsOpenTo(BitSet profiles) {
        long open = 0;
        for (SeatKind kind : supply.seatKinds()) {
            if (kind.wholeGroup()) {
                continue;
            }
            for (int i = 0; i < supply.cities().size(); i++) {
                if (supply.eligible(kind, i).intersects(profiles)) {
                    open += supply.seats(kind, i);
                }
            }
        }
        return open;
    }

    /** "cadres E4 binds (司局级, from partner units)". */
    private String boundCadres() {
        QuotaRule quota = supply.campaign.rules().quota();
        List<String> parts = new ArrayList<>();
        if (!quota.ranks().isEmpty()) {
            parts.add(quota.ranks().stream().sorted(Comparator.naturalOrder()).map(Rank::label)
                    .collect(Collectors.joining("/")));
        }
        if (!quota.units().isEmpty()) {
            parts.add("from " + quota.units().stream().map(UnitSelector::text).collect(Collectors.joining(" or ")));
        }
        return "cadres E4 binds" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static BitSet single(int p) {
        BitSet b = new BitSet();
        b.set(p);
        return b;
    }

    private static String listed(List<String> items) {
        return listed(items, "; ");
    }

    private static String listed(List<String> items, String separator) {
        if (items.size() <= LISTED) {
            return String.join(separator, items);
        }
        return String.join(separator, items.subList(0, LISTED)) + separator + "and " + (items.size() - LISTED)
                + " more";
    }

    private void warn(Set<String> rules, String message) {
        warn(List.copyOf(new LinkedHashSet<>(rules)), message);
    }

    private void warn(List<String> rules, String message) {
        warnings.add(new Warning(rules, season, message));
    }
}
