package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.register.PrivateStates;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RuleSettings;
import org.rotationscheduler.rules.UnitSelector;

/**
 * A plain re-implementation of the hard rules, written for the tests only, so that the planted
 * roster is not checked by the code that made it (the generator uses {@code rules.Eligibility}).
 * Reads the rule data (eligibility entries, E4 quota, E11 gap, F1 maximums) from the campaign and
 * applies it with loops and comparisons. Assumes the default rule switches (all hard rules on).
 */
final class IndependentRosterCheck {
    private final Campaign campaign;
    private final RuleSettings rules;
    private final List<String> problems = new ArrayList<>();

    private IndependentRosterCheck(Campaign campaign) {
        this.campaign = campaign;
        this.rules = campaign.rules();
    }

    /** Every hard rule the roster breaks (and F1, F5, F6, which the generator also promises), in words. */
    static List<String> check(Campaign campaign, GeneratedRegister g) {
        IndependentRosterCheck c = new IndependentRosterCheck(campaign);
        Map<Cadre, List<Seat>> seatsOf = new LinkedHashMap<>();
        for (Assignment a : g.planted()) {
            if (a.filled()) {
                c.seatRules(a.seat(), a.cadre());
                c.dates(a.seat(), a.cadre(), g.privateStates().get(a.cadre().id()));
                c.ownProvince(a.seat(), a.cadre());
                seatsOf.computeIfAbsent(a.cadre(), x -> new ArrayList<>()).add(a.seat());
            }
        }
        seatsOf.forEach(c::restAndLoad);
        c.quota(g.cadres(), seatsOf, g.rounds());
        c.groupsAndTeams(g.planted());
        c.rankOrder(g.planted());
        return c.problems;
    }

    /** E12, read plainly: no member above the leader (seat 0), nobody but the leader above the 副组长. */
    private void rankOrder(List<Assignment> planted) {
        Map<String, List<Assignment>> groups = new LinkedHashMap<>();
        for (Assignment a : planted) {
            if (a.filled()) {
                groups.computeIfAbsent(a.seat().group().key(), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Assignment> g : groups.values()) {
            for (Assignment head : g) {
                boolean leader = head.seat().index() == 0;
                if (!leader && !head.seat().roleLabel().equals("副组长")) {
                    continue;
                }
                for (Assignment other : g) {
                    if (other != head && other.seat().index() != 0
                            && other.cadre().rank().ordinal() < head.cadre().rank().ordinal()) {
                        problems.add("E12: " + other.cadre().id() + " outranks " + head.cadre().id() + " at "
                                + other.seat().describe());
                    }
                }
            }
        }
    }

    /** E1-E3, E5, E6, E13: every data entry that applies to the seat, unit and rank/post, read plainly. */
    private void seatRules(Seat seat, Cadre cadre) {
        for (EligibilityRule r : campaign.eligibility()) {
            boolean applies = (r.seasons().isEmpty() || r.seasons().contains(seat.round().season().kind()))
                    && (r.groups().isEmpty() || r.groups().contains(seat.group().kind().id()))
                    && (r.seats().isEmpty() || r.seats().contains(seat.role()));
            if (!applies) {
                continue;
            }
            boolean unitOk = r.units().isEmpty();
            for (UnitSelector s : r.units()) {
                unitOk |= selects(s.text(), cadre.unit(), seat.city());
            }
            boolean rankOk = r.minRank() == null && r.posts().isEmpty();
            if (r.minRank() != null && cadre.rank().ordinal() <= r.minRank().ordinal()) {
                rankOk = true;
            }
            for (String post : r.posts()) {
                rankOk |= cadre.post().contains(post);
            }
            if (r.maxRank() != null && cadre.rank().ordinal() < r.maxRank().ordinal()) {
                rankOk = false; // E13: above the seat's maximum rank, whatever the post
            }
            if (!unitOk || !rankOk) {
                problems.add(r.rule() + ": " + cadre.id() + " at " + seat.describe());
            }
        }
    }

    /** The unit selectors of data/eligibility.yaml, as its header comment defines them. */
    static boolean selects(String selector, Unit unit, City city) {
        var p = city.partners();
        return switch (selector) {
            case "partner" -> unit.equals(p.lead()) || unit.equals(p.provincial()) || p.affiliated().contains(unit);
            case "partner-lead" -> unit.equals(p.lead());
            case "partner-affiliated" -> p.affiliated().contains(unit);
            case "partner-provincial" -> unit.equals(p.provincial());
            case "partner-province-local" -> unit.type() == UnitType.LOCAL
                    && p.partnerProvince().equals(unit.province());
            default -> selector.startsWith("unit:")
                    ? unit.name().equals(selector.substring(5)) || unit.aliases().contains(selector.substring(5))
                    : unit.type().key().equals(selector);
        };
    }

    /** E7 (the merged days and each private kind separately) and E8. */
    private void dates(Seat seat, Cadre cadre, PrivateStates states) {
        DateRange days = seat.round().days();
        for (DateRange r : cadre.restricted()) {
            if (overlap(r, days)) {
                problems.add("E7: " + cadre.id() + " at " + seat.describe());
            }
        }
        if (states != null) {
            List<DateRange> all = new ArrayList<>(states.pregnant());
            all.addAll(states.nursing());
            all.addAll(states.health());
            for (DateRange r : all) {
                if (overlap(r, days)) {
                    problems.add("E7 (private kinds): " + cadre.id() + " at " + seat.describe());
                }
            }
        }
        for (DateRange r : cadre.unavailable()) {
            if (overlap(r, days)) {
                problems.add("E8: " + cadre.id() + " at " + seat.describe());
            }
        }
    }

    private static boolean overlap(DateRange a, DateRange b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    /** E10. */
    private void ownProvince(Seat seat, Cadre cadre) {
        if (cadre.unit().province() != null && cadre.unit().province().equals(seat.city().province())) {
            problems.add("E10: " + cadre.id() + " at " + seat.describe());
        }
    }

    /** E9, E11 and the F1 maximums for one cadre's seats. */
    private void restAndLoad(Cadre cadre, List<Seat> seats) {
        List<Round> rounds = new ArrayList<>(seats.stream().map(Seat::round).toList());
        rounds.sort(Comparator.comparingInt(Round::number));
        Map<Season, Integer> perSeason = new HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            perSeason.merge(r.season(), 1, Integer::sum);
            if (i > 0) {
                Round prev = rounds.get(i - 1);
                if (prev.number() == r.number() || !prev.end().isBefore(r.start())) {
                    problems.add("E9: " + cadre.id() + " in rounds " + prev.number() + " and " + r.number());
                }
                if (r.number() - prev.number() - 1 < rules.minRoundsOff()) {
                    problems.add("E11: " + cadre.id() + " in rounds " + prev.number() + " and " + r.number());
                }
            }
        }
        perSeason.forEach((season, n) -> {
            if (n > rules.maxPerSeason()) {
                problems.add("F1: " + cadre.id() + " serves " + n + " rounds of " + season.id());
            }
        });
        if (rounds.size() > rules.maxPerCampaign()) {
            problems.add("F1: " + cadre.id() + " serves " + rounds.size() + " rounds");
        }
    }

    /**
     * E4: every bound cadre of the register serves exactly the quota in each quota season planned
     * (scope season) or over the planned rounds (scope campaign), or none with "who: serving".
     */
    private void quota(List<Cadre> register, Map<Cadre, List<Seat>> seatsOf, List<Round> planned) {
        QuotaRule q = rules.quota();
        if (!rules.isEnabled(org.rotationscheduler.rules.RuleId.E4) || !q.groups().isEmpty()) {
            if (!q.groups().isEmpty()) {
                throw new IllegalStateException("this check knows E4 without group kinds only");
            }
            return;
        }
        boolean campaignScope = q.scope() == QuotaRule.Scope.CAMPAIGN;
        Set<String> scopes = new java.util.LinkedHashSet<>();
        for (Round r : planned) {
            String kind = r.season().kind();
            if (campaignScope ? q.seasons().isEmpty() || q.seasons().contains(kind) : q.seasons().contains(kind)) {
                scopes.add(campaignScope ? "campaign" : r.season().id());
            }
        }
        for (Cadre c : register) {
            if (!bound(c, q)) {
                continue;
            }
            for (String scope : scopes) {
                long n = seatsOf.getOrDefault(c, List.of()).stream()
                        .filter(x -> campaignScope ? q.seasons().isEmpty() || q.seasons().contains(x.round().season().kind())
                                : x.round().season().id().equals(scope)).count();
                if (n != q.rounds() && !(n == 0 && q.zeroAllowed())) {
                    problems.add("E4: " + c.id() + " serves " + n + " rounds of " + scope);
                }
            }
        }
    }

    /** E4's binding: the listed ranks, from a unit the listed selectors name for some city. */
    boolean bound(Cadre c, QuotaRule q) {
        if (!q.ranks().isEmpty() && !q.ranks().contains(c.rank())) {
            return false;
        }
        for (UnitSelector s : q.units()) {
            for (City city : campaign.cities()) {
                if (selects(s.text(), c.unit(), city)) {
                    return true;
                }
            }
        }
        return q.units().isEmpty();
    }

    /** F5 per group and F6 per city team and round, which the generator makes the roster meet. */
    private void groupsAndTeams(List<Assignment> planted) {
        Map<String, List<Assignment>> groups = new LinkedHashMap<>();
        Map<String, List<Assignment>> teams = new LinkedHashMap<>();
        for (Assignment a : planted) {
            groups.computeIfAbsent(a.seat().group().key(), k -> new ArrayList<>()).add(a);
            teams.computeIfAbsent(a.seat().round().number() + "/" + a.seat().city().name(), k -> new ArrayList<>())
                    .add(a);
        }
        groups.forEach((key, as) -> {
            if (as.stream().allMatch(Assignment::filled) && as.stream().noneMatch(a -> a.cadre().roundsServed() > 0)) {
                problems.add("F5: nobody in " + key + " served before");
            }
        });
        teams.forEach((key, as) -> {
            if (!as.stream().allMatch(Assignment::filled)) {
                return;
            }
            Unit lead = as.get(0).seat().city().lead();
            long party = as.stream().filter(a -> a.cadre().partyMember()).count();
            // P5: a city without partners has no lead unit to take the secretary from
            boolean secretary = lead == null
                    || as.stream().anyMatch(a -> a.cadre().partyMember() && a.cadre().unit().equals(lead));
            if (party < rules.minPartyMembers() || !secretary) {
                problems.add("F6: team " + key + " has " + party + " party members, lead-unit member: " + secretary);
            }
        });
    }
}
