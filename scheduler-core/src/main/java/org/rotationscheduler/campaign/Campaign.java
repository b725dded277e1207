package org.rotationscheduler.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rotationscheduler.domain.calendar.CalendarSpec;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.RoundCalendar;
import org.rotationscheduler.domain.model.Annex;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.CostRates;
import org.rotationscheduler.domain.model.Group;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.GroupKind;
import org.rotationscheduler.domain.model.RankAliases;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.UnitCatalogue;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.RuleSettings;

/** A whole campaign as loaded from YAML: calendar, units, cities, groups, rules and rates. */
public final class Campaign {
    private final String name;
    private final String source;
    private final CalendarSpec calendar;
    private final RoundCalendar roundCalendar;
    private final UnitCatalogue units;
    private final List<Annex> annexes;
    private final List<City> cities;
    private final Map<String, String> roles;
    private final List<GroupKind> groupKinds;
    private final GroupCounts groupCounts;
    private final List<EligibilityRule> eligibility;
    private final RuleSettings rules;
    private final CostRates costs;
    private final RankAliases rankAliases;

    public Campaign(String name, String source, CalendarSpec calendar, UnitCatalogue units, List<Annex> annexes,
            List<City> cities, Map<String, String> roles, List<GroupKind> groupKinds, GroupCounts groupCounts,
            List<EligibilityRule> eligibility, RuleSettings rules, CostRates costs) {
        this(name, source, calendar, units, annexes, cities, roles, groupKinds, groupCounts, eligibility, rules, costs,
                RankAliases.NONE);
    }

    public Campaign(String name, String source, CalendarSpec calendar, UnitCatalogue units, List<Annex> annexes,
            List<City> cities, Map<String, String> roles, List<GroupKind> groupKinds, GroupCounts groupCounts,
            List<EligibilityRule> eligibility, RuleSettings rules, CostRates costs, RankAliases rankAliases) {
        this.name = name;
        this.source = source;
        this.calendar = calendar;
        this.roundCalendar = new RoundCalendar(calendar.rounds());
        this.units = units;
        this.annexes = List.copyOf(annexes);
        this.cities = List.copyOf(cities);
        this.roles = Map.copyOf(roles);
        this.groupKinds = List.copyOf(groupKinds);
        this.groupCounts = groupCounts;
        this.eligibility = List.copyOf(eligibility);
        this.rules = rules;
        this.costs = costs;
        this.rankAliases = java.util.Objects.requireNonNull(rankAliases);
    }

    public String name() { return name; }
    public String source() { return source; }
    public CalendarSpec calendar() { return calendar; }
    public RoundCalendar roundCalendar() { return roundCalendar; }
    public UnitCatalogue units() { return units; }
    public List<Annex> annexes() { return annexes; }
    public List<City> cities() { return cities; }
    public Map<String, String> roles() { return roles; }
    public List<GroupKind> groupKinds() { return groupKinds; }
    public GroupCounts groupCounts() { return groupCounts; }
    public List<EligibilityRule> eligibility() { return eligibility; }
    public RuleSettings rules() { return rules; }
    public CostRates costs() { return costs; }
    /** Ranks as the campaign's offices write them in a register (YAML {@code ranks.aliases}). */
    public RankAliases rankAliases() { return rankAliases; }

    public List<Round> rounds() {
        return roundCalendar.rounds();
    }

    public Optional<City> city(String name) {
        return cities.stream().filter(c -> c.name().equals(name) || c.attached().contains(name)).findFirst();
    }

    public Optional<GroupKind> groupKind(String id) {
        return groupKinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public String roleLabel(String role) {
        return roles.getOrDefault(role, role);
    }

    /** G1: the groups of every city in a round, in annex order, central group first. */
    public List<Group> groups(Round round) {
        List<Group> groups = new ArrayList<>();
        for (City city : cities) {
            Map<String, Integer> counts = groupCounts.countsFor(city.name(), round.number(), groupKinds);
            for (GroupKind kind : groupKinds) {
                int n = counts.getOrDefault(kind.id(), 0);
                for (int i = 1; i <= n; i++) {
                    groups.add(new Group(round, city, kind, i, kind.groupName(i)));
                }
            }
        }
        return groups;
    }

    /** G2-G4: every seat of every group of the given rounds. */
    public List<Seat> seats(Collection<Round> rounds) {
        List<Seat> seats = new ArrayList<>();
        for (Round round : rounds) {
            for (Group group : groups(round)) {
                List<String> template = group.kind().seats();
                for (int i = 0; i < template.size(); i++) {
                    seats.add(new Seat(group, template.get(i), roleLabel(template.get(i)), i));
                }
            }
        }
        return seats;
    }

    public Campaign withRules(RuleSettings newRules) {
        return new Campaign(name, source, calendar, units, annexes, cities, roles, groupKinds, groupCounts,
                eligibility, newRules, costs, rankAliases);
    }

    public Campaign withGroupCounts(GroupCounts counts) {
        return new Campaign(name, source, calendar, units, annexes, cities, roles, groupKinds, counts,
                eligibility, rules, costs, rankAliases);
    }

    /** The same campaign, read from another file (a replan writes its changed campaign next to the plan). */
    public Campaign withSource(String newSource) {
        return new Campaign(name, newSource, calendar, units, annexes, cities, roles, groupKinds, groupCounts,
                eligibility, rules, costs, rankAliases);
    }

    /** The same campaign with other cost rates and payers (O4). */
    public Campaign withCosts(CostRates newCosts) {
        return new Campaign(name, source, calendar, units, annexes, cities, roles, groupKinds, groupCounts,
                eligibility, rules, newCosts);
    }

    public Campaign withCities(List<City> newCities) {
        return new Campaign(name, source, calendar, units, annexes, newCities, roles, groupKinds, groupCounts,
                eligibility, rules, costs, rankAliases);
    }
}
