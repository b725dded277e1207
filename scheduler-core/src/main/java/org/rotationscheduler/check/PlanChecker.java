package org.rotationscheduler.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Group;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * The independent checker: lists every broken rule of a plan straight from the rules and the
 * campaign data, without the solver or its score, so that it can judge the solver. Hard rules
 * first, then empty seats, then the preferences that are broken outright (F1 maxima, F3-F6, F8, F9;
 * E12 when softened).
 */
public final class PlanChecker {
    private final Campaign campaign;
    private final RuleSettings rules;
    private final Eligibility eligibility;

    public PlanChecker(Campaign campaign) {
        this.campaign = campaign;
        this.rules = campaign.rules();
        this.eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
    }

    public List<RuleBreak> check(Plan plan) {
        return check(plan, List.of());
    }

    /** Checks a plan; {@code history} holds the filled seats of earlier plans (E4, E9, E11 across them). */
    public List<RuleBreak> check(Plan plan, List<Assignment> history) {
        List<RuleBreak> out = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                out.addAll(eligibility.breaks(a.seat(), a.cadre()));
            }
        }
        out.addAll(timing(plan, history));
        out.addAll(quota(plan, history));
        out.addAll(rankOrder(plan));
        for (Assignment a : plan.assignments()) {
            if (!a.filled()) {
                out.add(new RuleBreak(RuleId.UNFILLED, true, a.seat(), null, a.seat().describe() + ": nobody sits in this seat"));
            }
        }
        out.addAll(preferences(plan));
        out.addAll(loadMaxima(plan, history));
        out.addAll(seniority(plan));
        out.sort(Comparator.comparing(RuleBreak::rule).thenComparing(b -> b.seat() == null ? 0
                : b.seat().round().number()));
        return out;
    }

    public static long hardCount(List<RuleBreak> breaks) {
        return breaks.stream().filter(b -> b.hard() && b.rule() != RuleId.UNFILLED).count();
    }

    public static long unfilledCount(List<RuleBreak> breaks) {
        return breaks.stream().filter(b -> b.rule() == RuleId.UNFILLED).count();
    }

    /** Broken hard rules counted by rule id, in rule order. */
    public static Map<RuleId, Long> hardByRule(List<RuleBreak> breaks) {
        Map<RuleId, Long> counts = new TreeMap<>();
        breaks.stream().filter(b -> b.hard() && b.rule() != RuleId.UNFILLED)
                .forEach(b -> counts.merge(b.rule(), 1L, Long::sum));
        return counts;
    }

    /** E9 (overlapping rounds) and E11 (rest between rounds), within the plan and against history. */
    private List<RuleBreak> timing(Plan plan, List<Assignment> history) {
        List<RuleBreak> out = new ArrayList<>();
        Map<Cadre, List<Assignment>> byCadre = new LinkedHashMap<>();
        for (Assignment h : history) {
            if (h.filled()) {
                byCadre.computeIfAbsent(h.cadre(), c -> new ArrayList<>()).add(h);
            }
        }
        Set<Assignment> earlier = new java.util.HashSet<>(history);
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                byCadre.computeIfAbsent(a.cadre(), c -> new ArrayList<>()).add(a);
            }
        }
        for (var e : byCadre.entrySet()) {
            List<Assignment> seats = e.getValue();
            for (int i = 0; i < seats.size(); i++) {
                for (int j = i + 1; j < seats.size(); j++) {
                    Assignment a = seats.get(i);
                    Assignment b = seats.get(j);
                    if (earlier.contains(a) && earlier.contains(b)) {
                        continue;
                    }
                    Round ra = a.seat().round();
                    Round rb = b.seat().round();
                    Seat where = earlier.contains(b) ? a.seat() : b.seat();
                    if (ra.overlaps(rb)) {
                        if (rules.isEnabled(RuleId.E9)) {
                            out.add(new RuleBreak(RuleId.E9, true, where, e.getKey(), e.getKey() + " sits in two seats at once: "
                                    + a.seat().describe() + " and " + b.seat().describe() + " (E9)"));
                        }
                    } else if (rules.isEnabled(RuleId.E11)
                            && Round.tooCloseForRest(ra.number(), rb.number(), rules.minRoundsOff())) {
                        out.add(new RuleBreak(RuleId.E11, true, where, e.getKey(), e.getKey() + " serves rounds "
                                + Math.min(ra.number(), rb.number()) + " and " + Math.max(ra.number(), rb.number())
                                + " with fewer than " + rules.minRoundsOff() + " round(s) off between them (E11)"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * E12: in each group nobody outranks the leader, and nobody but the leader outranks the deputy.
     * Hard while enabled; once softened (rules.E12.enabled: false) listed as a preference when it
     * has a weight.
     */
    private List<RuleBreak> rankOrder(Plan plan) {
        List<RuleBreak> out = new ArrayList<>();
        boolean hard = rules.isEnabled(RuleId.E12);
        if (!hard && rules.weight(RuleId.E12) == 0) {
            return out;
        }
        Map<Group, List<Assignment>> byGroup = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                byGroup.computeIfAbsent(a.seat().group(), g -> new ArrayList<>()).add(a);
            }
        }
        for (List<Assignment> group : byGroup.values()) {
            for (Assignment head : group) {
                for (Assignment other : group) {
                    if (RankOrder.breaks(head.seat(), head.cadre().rank(), other.seat(), other.cadre().rank())) {
                        out.add(new RuleBreak(RuleId.E12, hard, other.seat(), other.cadre(), other.seat().describe() + ": "
                                + Eligibility.who(other.cadre()) + " outranks the " + head.seat().roleLabel() + " "
                                + Eligibility.who(head.cadre()) + " of the group (E12)"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * F9: a group's leader or deputy below the campaign's leader rank while a more senior cadre who
     * may take the seat is free in that round: eligible (E1-E8, E10, E13), in no seat of an
     * overlapping or too close round (E9, E11), under F1's maxima (season, campaign) and owing E4 a round
     * of the seat's scope if E4 binds them, and, for a deputy, not outranking the group's leader (E12).
     */
    private List<RuleBreak> seniority(Plan plan) {
        List<RuleBreak> out = new ArrayList<>();
        Rank wanted = rules.leaderRank();
        if (wanted == null || rules.weight(RuleId.F9) == 0) {
            return out;
        }
        Map<Cadre, List<Seat>> seatsOf = new HashMap<>();
        Map<Group, Cadre> leaderOf = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                seatsOf.computeIfAbsent(a.cadre(), c -> new ArrayList<>()).add(a.seat());
                if (RankOrder.isLeader(a.seat())) {
                    leaderOf.put(a.seat().group(), a.cadre());
                }
            }
        }
        QuotaRule quota = rules.isEnabled(RuleId.E4) ? rules.quota() : null;
        Map<String, List<Cadre>> eligibleByKind = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            Seat seat = a.seat();
            if (!a.filled() || !RankOrder.heads(seat) || RankOrder.stepsBelow(a.cadre().rank(), wanted) == 0) {
                continue;
            }
            Cadre leader = RankOrder.isDeputy(seat) ? leaderOf.get(seat.group()) : null;
            List<Cadre> eligible = eligibleByKind.computeIfAbsent(seat.round().number() + "|" + seat.city().name()
                    + "|" + seat.group().kind().id() + "|" + seat.role(), k -> plan.register().cadres().stream()
                    .filter(c -> eligibility.eligible(seat, c)).toList());
            for (Cadre c : eligible) {
                if (c.rank().outranks(a.cadre().rank()) && (leader == null || !c.rank().outranks(leader.rank()))
                        && free(c, seat, seatsOf.getOrDefault(c, List.of()), quota)) {
                    out.add(soft(RuleId.F9, a, a.cadre() + " (" + a.cadre().rank().label() + ") holds the seat while "
                            + Eligibility.who(c) + " was free"));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a cadre holding {@code taken} could also take {@code seat} (E9, E11, F1 maxima, E4). */
    private boolean free(Cadre c, Seat seat, List<Seat> taken, QuotaRule quota) {
        String scope = quota == null ? null : quota.scopeOf(seat.round());
        boolean bound = scope != null && quota.binds(c, campaign.cities());
        int inSeason = 0;
        int inScope = 0;
        for (Seat t : taken) {
            Round r = t.round();
            if (r.overlaps(seat.round()) || (rules.isEnabled(RuleId.E11)
                    && Math.abs(r.number() - seat.round().number()) - 1 < rules.minRoundsOff())) {
                return false;
            }
            if (r.season().id().equals(seat.round().season().id())) {
                inSeason++;
            }
            if (bound && scope.equals(quota.scopeOf(r))) {
                inScope++;
            }
        }
        return inSeason < rules.maxPerSeason() && c.roundsServed() + taken.size() < rules.maxPerCampaign()
                && !(bound && inScope >= quota.rounds());
    }

    /** E4: every bound cadre serves exactly the quota in each scope the plan covers, unless unable to. */
    private List<RuleBreak> quota(Plan plan, List<Assignment> history) {
        QuotaRule quota = rules.quota();
        List<RuleBreak> out = new ArrayList<>();
        if (!rules.isEnabled(RuleId.E4) || quota == null) {
            return out;
        }
        Map<String, List<Seat>> seatsByScope = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            String scope = quota.scopeOf(a.seat());
            if (scope != null) {
                seatsByScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(a.seat());
            }
        }
        Map<String, Integer> served = new HashMap<>();
        for (Assignment a : concat(history, plan.assignments())) {
            String scope = a.filled() ? quota.scopeOf(a.seat()) : null;
            if (scope != null) {
                served.merge(a.cadre().id() + "|" + scope, 1, Integer::sum);
            }
        }
        for (var e : seatsByScope.entrySet()) {
            List<Seat> distinct = distinctSeatKinds(e.getValue());
            for (Cadre c : plan.register().cadres()) {
                if (!quota.binds(c, campaign.cities())) {
                    continue;
                }
                int n = served.getOrDefault(c.id() + "|" + e.getKey(), 0);
                if (quota.kept(n)) {
                    continue;
                }
                if (n < quota.rounds() && distinct.stream().noneMatch(s -> eligibility.eligible(s, c))) {
                    continue; // cannot serve any round of the scope: excused (validate warns about it)
                }
                out.add(new RuleBreak(RuleId.E4, true, null, c, Eligibility.who(c) + " serves " + n + " round(s) in "
                        + e.getKey() + " but must serve " + quota.requirement() + " (E4)"));
            }
        }
        return out;
    }

    private static List<Seat> distinctSeatKinds(List<Seat> seats) {
        Map<String, Seat> one = new LinkedHashMap<>();
        for (Seat s : seats) {
            one.putIfAbsent(s.round().number() + "|" + s.city().name() + "|" + s.group().kind().id() + "|" + s.role(), s);
        }
        return new ArrayList<>(one.values());
    }

    /**
     * F1's campaign maximum (this plan and the earlier plans of the campaign) and lifetime maximum
     * (the register's rounds_served, which already holds the earlier plans' rounds, and this plan).
     */
    private List<RuleBreak> loadMaxima(Plan plan, List<Assignment> history) {
        List<RuleBreak> out = new ArrayList<>();
        if (rules.maxWeight() <= 0) {
            return out;
        }
        Map<Cadre, Integer> inPlan = new LinkedHashMap<>();
        plan.assignments().stream().filter(Assignment::filled).forEach(a -> inPlan.merge(a.cadre(), 1, Integer::sum));
        Map<String, Integer> earlier = new HashMap<>();
        history.stream().filter(Assignment::filled).forEach(a -> earlier.merge(a.cadre().id(), 1, Integer::sum));
        inPlan.forEach((c, n) -> {
            int campaignRounds = n + earlier.getOrDefault(c.id(), 0);
            if (campaignRounds > rules.maxPerCampaign()) {
                out.add(new RuleBreak(RuleId.F1, false, null, c, c + " serves " + campaignRounds
                        + " rounds of this campaign, above the campaign maximum " + rules.maxPerCampaign() + " (F1)"));
            }
            if (n + c.roundsServed() > rules.maxLifetime()) {
                out.add(new RuleBreak(RuleId.F1, false, null, c, c + " reaches " + (n + c.roundsServed())
                        + " rounds in all, above the lifetime maximum " + rules.maxLifetime() + " (F1)"));
            }
        });
        return out;
    }

    /** Soft rules broken outright: F1 maxima, F3, F4, F5, F6, F8. */
    private List<RuleBreak> preferences(Plan plan) {
        List<RuleBreak> out = new ArrayList<>();
        Map<String, Integer> perSeason = new HashMap<>();
        Map<Group, List<Assignment>> byGroup = new LinkedHashMap<>();
        Map<String, List<Assignment>> byTeam = new LinkedHashMap<>();
        for (Assignment a : plan.assignments()) {
            byGroup.computeIfAbsent(a.seat().group(), g -> new ArrayList<>()).add(a);
            byTeam.computeIfAbsent(a.seat().round().number() + "|" + a.seat().city().name(), k -> new ArrayList<>()).add(a);
            if (!a.filled()) {
                continue;
            }
            Cadre c = a.cadre();
            int n = perSeason.merge(c.id() + "|" + a.seat().round().season().id(), 1, Integer::sum);
            if (rules.weight(RuleId.F1) > 0 && n == rules.maxPerSeason() + 1) {
                out.add(soft(RuleId.F1, a, c + " serves more than " + rules.maxPerSeason() + " rounds in "
                        + a.seat().round().season().id()));
            }
            if (rules.weight(RuleId.F3) > 0 && eligibility.partnerPreferenceApplies(a.seat())
                    && !a.seat().city().partnerSide(c.unit())) {
                out.add(soft(RuleId.F3, a, c + " of " + c.unit().name() + " is not from a partner unit of "
                        + a.seat().city().name()));
            }
            if (!rules.isEnabled(RuleId.E3) && rules.weight(RuleId.F8) > 0) {
                var required = eligibility.e3Rank(a.seat());
                if (required != null && !c.rank().atLeast(required)) {
                    out.add(soft(RuleId.F8, a, c + " (" + c.rank().label() + ") leads instead of a " + required.label()
                            + " cadre"));
                }
            }
        }
        for (var e : byGroup.entrySet()) {
            List<Assignment> members = e.getValue().stream().filter(Assignment::filled).toList();
            if (rules.weight(RuleId.F4) > 0) {
                Map<String, Long> units = new LinkedHashMap<>();
                members.forEach(m -> units.merge(m.cadre().unit().name(), 1L, Long::sum));
                units.forEach((unit, n) -> {
                    if (n > 1) {
                        out.add(new RuleBreak(RuleId.F4, false, e.getValue().get(0).seat(), null, e.getKey() + ": " + n
                                + " members of " + unit + " (F4)"));
                    }
                });
            }
            if (rules.weight(RuleId.F5) > 0 && !members.isEmpty() && members.stream().noneMatch(m -> m.cadre().experienced())) {
                out.add(new RuleBreak(RuleId.F5, false, e.getValue().get(0).seat(), null, e.getKey()
                        + " has no member who served before (F5)"));
            }
        }
        if (rules.weight(RuleId.F6) > 0) {
            for (var team : byTeam.values()) {
                Seat first = team.get(0).seat();
                City city = first.city();
                long party = team.stream().filter(a -> a.filled() && a.cadre().partyMember()).count();
                if (party < rules.minPartyMembers()) {
                    out.add(new RuleBreak(RuleId.F6, false, first, null, city.name() + "'s team in round "
                            + first.round().number() + " has " + party + " party member(s), fewer than "
                            + rules.minPartyMembers() + " (F6)"));
                }
                if (rules.secretaryFromLead() && city.hasPartners() && team.stream().noneMatch(a -> a.filled() && a.cadre().partyMember()
                        && Objects.equals(a.cadre().unit(), city.partners().lead()))) {
                    out.add(new RuleBreak(RuleId.F6, false, first, null, city.name() + "'s team in round "
                            + first.round().number() + " has no party member of the lead unit "
                            + city.partners().lead().name() + " (F6)"));
                }
            }
        }
        return out;
    }

    private static RuleBreak soft(RuleId rule, Assignment a, String what) {
        return new RuleBreak(rule, false, a.seat(), a.cadre(), a.seat().describe() + ": " + what + " (" + rule + ")");
    }

    private static List<Assignment> concat(List<Assignment> a, List<Assignment> b) {
        List<Assignment> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
