package org.rotationscheduler.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Group;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * Builds the planning problem for some rounds of a campaign: one {@link SeatAssignment} per seat
 * with its eligible cadres, and the facts the constraints join against. Seats with the same city,
 * group kind, seat role and round share one candidate list.
 */
public final class ProblemBuilder {
    private final Campaign campaign;
    private final Register register;
    private final Eligibility eligibility;
    private final RuleSettings rules;
    private List<Assignment> history = List.of();
    private Map<String, Cadre> published = Map.of();
    private Set<String> pinnedSeatIds = Set.of();
    private Map<String, Cadre> pinnedTo = Map.of();
    private final Set<Cadre> exempt = new LinkedHashSet<>();

    public ProblemBuilder(Campaign campaign, Register register) {
        this.campaign = campaign;
        this.register = register;
        this.eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
        this.rules = campaign.rules();
    }

    /** Filled seats of earlier plans: they count for E4, E9, E11 and F1. */
    public ProblemBuilder history(List<Assignment> earlier) {
        this.history = List.copyOf(earlier);
        return this;
    }

    /** A published plan (seat id → cadre) that F7 keeps stable; pinned seats keep their cadre. */
    public ProblemBuilder published(Map<String, Cadre> bySeatId, Set<String> pinned) {
        this.published = Map.copyOf(bySeatId);
        this.pinnedSeatIds = Set.copyOf(pinned);
        return this;
    }

    /**
     * Seats pinned to a given cadre (e.g. fixed by hand when replanning): they keep that cadre,
     * whatever the published plan had there.
     */
    public ProblemBuilder pinnedTo(Map<String, Cadre> cadreBySeatId) {
        this.pinnedTo = Map.copyOf(cadreBySeatId);
        return this;
    }

    /** The problem of some rounds of a season (null: the whole campaign), with the cadres E4 excuses. */
    public PlanningProblem problem(Season season, List<Round> rounds) {
        exempt.clear();
        RotationSolution solution = build(rounds);
        return new PlanningProblem(campaign, register, season, rounds, solution, exempt);
    }

    public RotationSolution build(List<Round> rounds) {
        List<Seat> seats = campaign.seats(rounds);
        Map<String, List<Cadre>> staticLists = new HashMap<>();
        Map<String, List<Cadre>> datedLists = new HashMap<>();
        QuotaRule quota = rules.quota();
        boolean quotaOn = rules.isEnabled(RuleId.E4) && quota != null;
        Map<String, Set<Cadre>> reachableByScope = new HashMap<>();
        Map<List<Cadre>, Boolean> counted = new IdentityHashMap<>();
        CadreSet.Numbering numbering = CadreSet.numbering(register.cadres());
        Map<String, CadreSet> staticKeeping = new HashMap<>();
        Map<String, CadreSet> datedKeeping = new HashMap<>();
        List<SeatAssignment> entities = new ArrayList<>(seats.size());
        for (Seat seat : seats) {
            Cadre was = published.get(seat.id());
            boolean pinned = pinnedSeatIds.contains(seat.id()) || pinnedTo.containsKey(seat.id());
            Cadre kept = pinnedTo.getOrDefault(seat.id(), was);
            String staticKey = staticKey(seat);
            List<Cadre> staticList = staticLists.computeIfAbsent(staticKey, k -> staticCandidates(seat));
            String datedKey = datedKey(seat);
            List<Cadre> dated = datedLists.computeIfAbsent(datedKey, k -> datedCandidates(seat, staticList));
            CadreSet keeping = datedKeeping.computeIfAbsent(datedKey, k -> keepingDatedRules(seat, dated,
                    staticKeeping.computeIfAbsent(staticKey, k2 -> keepingUndatedRules(seat, staticList, numbering))));
            List<Cadre> candidates = including(dated, pinned ? kept : null);
            String scope = quotaOn ? quota.scopeOf(seat) : null;
            if (scope != null) {
                Set<Cadre> reach = reachableByScope.computeIfAbsent(scope, s -> new LinkedHashSet<>());
                if (counted.put(candidates, Boolean.TRUE) == null) {
                    reach.addAll(candidates);
                }
            }
            boolean ordinaryMember = eligibility.partnerPreferenceApplies(seat);
            SeatAssignment a = new SeatAssignment(seat, scope, ordinaryMember, eligibility.rulesFor(seat),
                    eligibility.e3Rank(seat), rules.minRoundsOff(), candidates);
            a.setPublished(was);
            a.setSeniorRank(RankOrder.heads(seat) ? rules.leaderRank() : null);
            a.setKeepsSeatRules(keeping);
            if (pinned) {
                a.setCadre(kept);
                a.setPinned(true);
            }
            entities.add(a);
        }
        List<QuotaDuty> duties = quotaOn ? duties(quota, reachableByScope) : List.of();
        List<PriorService> priorServices = priorServices();
        CadreSet quotaBound = CadreSet.of(numbering, duties.stream().map(QuotaDuty::cadre).toList(), c -> true);
        CadreSet withHistory = CadreSet.of(numbering, priorServices.stream().map(PriorService::cadre).toList(), c -> true);
        for (SeatAssignment a : entities) {
            a.setCadreFacts(quotaBound, withHistory);
        }
        return new RotationSolution(register.cadres(), duties, teams(rounds), groups(rounds), shares(rounds, seats),
                priorServices, new RuleParameters(rules.maxPerSeason(), rules.maxPerCampaign(), rules.maxLifetime(), earlierRounds()), entities,
                ConstraintWeights.from(rules));
    }

    /**
     * A pinned seat keeps its cadre even when a rule now excludes them (a round under way, a fix by
     * hand; the checker names the break): Timefold accepts a pinned value only inside the seat's
     * value range, so the range gets that cadre too.
     */
    private static List<Cadre> including(List<Cadre> candidates, Cadre pinned) {
        if (pinned == null || candidates.contains(pinned)) {
            return candidates;
        }
        List<Cadre> out = new ArrayList<>(candidates.size() + 1);
        out.addAll(candidates);
        out.add(pinned);
        return out;
    }

    private static String staticKey(Seat seat) {
        return seat.round().season().kind() + "|" + seat.city().name() + "|" + seat.group().kind().id() + "|"
                + seat.role();
    }

    private static String datedKey(Seat seat) {
        return seat.round().number() + "|" + staticKey(seat);
    }

    /** E1-E3, E5, E6 and E10: everything that does not depend on the round's dates. */
    private List<Cadre> staticCandidates(Seat seat) {
        List<EligibilityRule> seatRules = eligibility.rulesFor(seat);
        boolean e10 = rules.isEnabled(RuleId.E10);
        List<Cadre> out = new ArrayList<>();
        for (Cadre c : register.cadres()) {
            if (e10 && Eligibility.ownProvince(seat, c)) {
                continue;
            }
            boolean ok = true;
            for (EligibilityRule r : seatRules) {
                if (!r.allows(c, seat.city())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The cadres of a static list who keep the seat's data rules and E10, checked as the
     * constraints check them (whether or not a rule is switched off); shared by the seats of the
     * static key, which have the same rules and city.
     */
    private CadreSet keepingUndatedRules(Seat seat, List<Cadre> staticList, CadreSet.Numbering numbering) {
        List<EligibilityRule> seatRules = eligibility.rulesFor(seat);
        City city = seat.city();
        return CadreSet.of(numbering, staticList, c -> {
            if (RotationConstraints.inOwnProvince(c, city)) {
                return false;
            }
            for (EligibilityRule r : seatRules) {
                if (!r.allows(c, city)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Of those, the cadres of a dated list who also keep E7 and E8 on the round's days. */
    private static CadreSet keepingDatedRules(Seat seat, List<Cadre> dated, CadreSet undated) {
        var days = seat.round().days();
        return undated.restrictedTo(dated, c -> !c.restrictedDuring(days) && !c.unavailableDuring(days));
    }

    /** E7 and E8 for the round's days, keeping the static list when no cadre in it is affected. */
    private List<Cadre> datedCandidates(Seat seat, List<Cadre> base) {
        boolean e7 = rules.isEnabled(RuleId.E7);
        boolean e8 = rules.isEnabled(RuleId.E8);
        var days = seat.round().days();
        List<Cadre> out = new ArrayList<>(base.size());
        for (Cadre c : base) {
            if ((e7 && c.restrictedDuring(days)) || (e8 && c.unavailableDuring(days))) {
                continue;
            }
            out.add(c);
        }
        return out.size() == base.size() ? base : out;
    }

    private List<QuotaDuty> duties(QuotaRule quota, Map<String, Set<Cadre>> reachableByScope) {
        Map<String, Integer> served = new HashMap<>();
        for (Assignment h : history) {
            if (h.filled()) {
                String scope = quota.scopeOf(h.seat());
                if (scope != null) {
                    served.merge(h.cadre().id() + "|" + scope, 1, Integer::sum);
                }
            }
        }
        List<QuotaDuty> duties = new ArrayList<>();
        for (var e : reachableByScope.entrySet()) {
            for (Cadre c : register.cadres()) {
                if (!quota.binds(c, campaign.cities())) {
                    continue;
                }
                int before = served.getOrDefault(c.id() + "|" + e.getKey(), 0);
                int rounds = quota.rounds() - before;
                // "who: serving": 0 stays allowed only for a cadre who has not served in the scope yet
                boolean zeroAllowed = quota.zeroAllowed() && before == 0;
                if (!e.getValue().contains(c)) {
                    if (rounds > 0 && !zeroAllowed) {
                        exempt.add(c);
                    }
                    continue;
                }
                duties.add(new QuotaDuty(c, e.getKey(), Math.max(0, rounds), zeroAllowed));
            }
        }
        duties.sort((a, b) -> (a.scope() + a.cadre().id()).compareTo(b.scope() + b.cadre().id()));
        return duties;
    }

    private List<CityTeam> teams(Collection<Round> rounds) {
        List<CityTeam> teams = new ArrayList<>();
        for (Round r : rounds) {
            for (City city : campaign.cities()) {
                teams.add(new CityTeam(r.number() + "/" + city.name(), city, r, rules.minPartyMembers()));
            }
        }
        return teams;
    }

    private List<GroupSlot> groups(Collection<Round> rounds) {
        List<GroupSlot> groups = new ArrayList<>();
        for (Round r : rounds) {
            for (Group g : campaign.groups(r)) {
                groups.add(new GroupSlot(g.key(), g));
            }
        }
        return groups;
    }

    /** F2: each unit's share of a round's seats, by its share of the register's headcount. */
    private List<UnitShare> shares(List<Round> rounds, List<Seat> seats) {
        Map<Unit, Integer> headcount = new LinkedHashMap<>();
        register.cadres().forEach(c -> headcount.merge(c.unit(), 1, Integer::sum));
        double seatsPerRound = rounds.isEmpty() ? 0 : (double) seats.size() / rounds.size();
        List<UnitShare> shares = new ArrayList<>();
        headcount.forEach((unit, n) -> shares.add(new UnitShare(unit,
                (long) Math.ceil(seatsPerRound * n / register.size()))));
        return shares;
    }

    /** F1: each cadre's filled seats in earlier plans of this campaign. */
    private Map<String, Integer> earlierRounds() {
        Map<String, Integer> out = new HashMap<>();
        for (Assignment h : history) {
            if (h.filled()) {
                out.merge(h.cadre().id(), 1, Integer::sum);
            }
        }
        return out;
    }

    private List<PriorService> priorServices() {
        List<PriorService> out = new ArrayList<>();
        for (Assignment h : history) {
            if (h.filled()) {
                Cadre c = register.find(h.cadre().id()).orElse(null);
                if (c != null) {
                    Round r = h.seat().round();
                    out.add(new PriorService(c, r.number(), r.start().toEpochDay(), r.end().toEpochDay()));
                }
            }
        }
        return out;
    }
}
