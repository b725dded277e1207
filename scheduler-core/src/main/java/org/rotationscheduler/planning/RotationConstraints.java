package org.rotationscheduler.planning;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.bi.BiJoiner;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.RuleId;

/**
 * Every rule of ROTATION-RULES.md §4 and §5 as one constraint, named after its rule id. Weights
 * come from the campaign's {@code rules:} (see {@link ConstraintWeights}); a hard rule switched
 * off weighs zero. Messages are plain words and never name a private state (S1). The search
 * scores with the same arithmetic kept by hand ({@link RotationScoreCalculator}); these streams
 * explain a plan (justifications, analysis, recommendations).
 */
public final class RotationConstraints implements ConstraintProvider {
    /** Data rules that have a constraint of their own; other ids fall under {@link RuleConstraint#ELIGIBILITY_DATA}. */
    static final Set<RuleId> NAMED_DATA_RULES = Set.of(RuleId.E1, RuleId.E2, RuleId.E3, RuleId.E5, RuleId.E6,
            RuleId.E13);

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

    // Shared pieces: Timefold shares a node between constraints only when their streams are built
    // from the same function instances, so the prefixes below are built from these constants.
    // All are stateless.
    private static final Function<SeatAssignment, Cadre> CADRE = SeatAssignment::getCadre;
    private static final Function<SeatAssignment, String> GROUP = SeatAssignment::getGroupKey;
    private static final Function<SeatAssignment, String> TEAM = SeatAssignment::getTeamKey;
    private static final Function<SeatAssignment, Unit> UNIT = a -> a.getCadre().unit();
    private static final Function<SeatAssignment, Integer> ROUND = SeatAssignment::getRoundNumber;
    private static final Function<SeatAssignment, String> SEASON = SeatAssignment::getSeasonId;
    private static final UniConstraintCollector<SeatAssignment, ?, Integer> COUNT = count();
    /** The order of {@code forEachUniquePair}: the first seat's planning id is the smaller. */
    private static final BiPredicate<SeatAssignment, SeatAssignment> ID_ORDER =
            (a, b) -> a.getId().compareTo(b.getId()) < 0;
    private static final BiJoiner<SeatAssignment, SeatAssignment> CADRE_EQUAL = equal(CADRE);
    private static final BiJoiner<SeatAssignment, SeatAssignment> GROUP_EQUAL = equal(GROUP);
    private static final BiJoiner<SeatAssignment, SeatAssignment> ID_ORDER_JOINER = filtering(ID_ORDER);
    private static final BiJoiner<SeatAssignment, PriorService> HISTORY_EQUAL = equal(CADRE, PriorService::cadre);
    /** Seats whose cadre is not known to keep the seat rules (E1-E3, E5-E8, E10, E13): the only ones those rules look at. */
    private static final Predicate<SeatAssignment> MAY_BREAK_SEAT_RULES = a -> !a.keepsSeatRules();
    /** Seats whose cadre may have a quota duty (E4) / rounds in earlier plans (E9, E11): the only ones those rules join. */
    private static final Predicate<SeatAssignment> MAY_BE_QUOTA_BOUND = SeatAssignment::mayBeQuotaBound;
    private static final Predicate<SeatAssignment> MAY_HAVE_HISTORY = SeatAssignment::mayHaveHistory;
    private static final Predicate<SeatAssignment> PARTY_MEMBER = a -> a.getCadre().partyMember();
    private static final Predicate<SeatAssignment> EXPERIENCED = a -> a.getCadre() != null && a.getCadre().experienced();

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            dataRule(f, RuleConstraint.E1), dataRule(f, RuleConstraint.E2), dataRule(f, RuleConstraint.E3), quota(f),
            dataRule(f, RuleConstraint.E5), dataRule(f, RuleConstraint.E6), dataRule(f, RuleConstraint.E13),
            otherDataRules(f),
            privateDates(f), unavailable(f), twiceAtOnce(f), twiceAtOnceWithHistory(f), ownProvince(f),
            restBetweenRounds(f), restAfterHistory(f), rankOrder(f),
            unfilled(f),
            spreadLoad(f), maxPerSeason(f), maxPerCampaign(f), maxLifetime(f), fairShare(f), partnerMembers(f), mixedGroups(f),
            experiencedMember(f), newcomersSpread(f), partyMembers(f), partySecretary(f), stability(f),
            divisionLevelLeader(f), seniority(f)
        };
    }

    // ---- hard: who may sit where (E1-E3, E5, E6, E13 from the eligibility data) ----

    /**
     * The seats whose cadre may break a seat rule: one filter for all of them, so that a cadre the
     * problem builder knows to keep them (nearly every one the search puts in) costs one look-up.
     */
    private static UniConstraintStream<SeatAssignment> seatsToCheck(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class).filter(MAY_BREAK_SEAT_RULES);
    }

    Constraint dataRule(ConstraintFactory f, RuleConstraint constraint) {
        RuleId ruleId = constraint.rule().orElseThrow();
        return seatsToCheck(f)
                .filter(a -> a.brokenRule(ruleId) != null)
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification(ruleId, a, Eligibility.who(a.getCadre()) + " does not meet "
                        + a.brokenRule(ruleId).id() + " (" + a.brokenRule(ruleId).requirement() + ")"))
                .asConstraint(constraint.constraintName());
    }

    Constraint otherDataRules(ConstraintFactory f) {
        return seatsToCheck(f)
                .filter(a -> a.brokenOtherDataRule() != null)
                .penalizeLong(HARD)
                .justifyWith((a, s) -> {
                    EligibilityRule r = a.brokenOtherDataRule();
                    return seatJustification(r.rule(), a, Eligibility.who(a.getCadre()) + " does not meet "
                            + r.id() + " (" + r.requirement() + ")");
                })
                .asConstraint(RuleConstraint.ELIGIBILITY_DATA.constraintName());
    }

    /**
     * E4: the rounds a bound cadre serves in a scope, as many as the quota, no more, no fewer (or
     * none, with "who: serving"); each costs its distance to the nearest allowed count.
     */
    Constraint quota(ConstraintFactory f) {
        return f.forEach(QuotaDuty.class)
                .join(f.forEach(SeatAssignment.class).filter(MAY_BE_QUOTA_BOUND), equal(QuotaDuty::cadre, CADRE),
                        filtering((duty, a) -> Objects.equals(duty.scope(), a.getQuotaScope())))
                .groupBy((duty, a) -> duty, countBi())
                .complement(QuotaDuty.class, duty -> 0)
                .filter((duty, n) -> duty.distance(n) > 0)
                .penalizeLong(HARD, (duty, n) -> duty.distance(n))
                .justifyWith((duty, n, s) -> new RuleJustification(RuleId.E4, List.of(), List.of(duty.cadre().id()),
                        Eligibility.who(duty.cadre()) + " serves " + n + " round(s) in " + duty.scope()
                                + " but must serve " + duty.requirement() + " (E4)"))
                .asConstraint(RuleConstraint.E4.constraintName());
    }

    // ---- hard: dates, overlap, province, rest (E7-E11) ----

    /** E7 (S1): says only that the cadre is not eligible for these dates, never why. */
    Constraint privateDates(ConstraintFactory f) {
        return seatsToCheck(f)
                .filter(a -> a.getCadre().restrictedDuring(a.getSeat().round().days()))
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification(RuleId.E7, a, a.getCadre() + ": "
                        + Eligibility.PRIVATE_DATES_MESSAGE))
                .asConstraint(RuleConstraint.E7.constraintName());
    }

    Constraint unavailable(ConstraintFactory f) {
        return seatsToCheck(f)
                .filter(a -> a.getCadre().unavailableDuring(a.getSeat().round().days()))
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification(RuleId.E8, a, a.getCadre()
                        + " declared unavailable days within the round"))
                .asConstraint(RuleConstraint.E8.constraintName());
    }

    /**
     * Pairs of seats of one cadre, as {@code forEachUniquePair} gives them (smaller id first), shared
     * by E9 and E11: one index by cadre instead of one per rule, and no ordered index on the ids.
     */
    private static BiConstraintStream<SeatAssignment, SeatAssignment> seatsOfOneCadre(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class).join(SeatAssignment.class, CADRE_EQUAL, ID_ORDER_JOINER);
    }

    /** Pairs of seats of one group (smaller id first), shared by E12, F4 and F5's newcomers. */
    private static BiConstraintStream<SeatAssignment, SeatAssignment> seatsOfOneGroup(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class).join(SeatAssignment.class, GROUP_EQUAL, ID_ORDER_JOINER);
    }

    Constraint twiceAtOnce(ConstraintFactory f) {
        return seatsOfOneCadre(f)
                .filter(SeatAssignment::overlaps)
                .penalizeLong(HARD)
                .justifyWith((a, b, s) -> pairJustification(RuleId.E9, a, b, a.getCadre()
                        + " sits in two seats at once: " + a.getSeat().describe() + " and " + b.getSeat().describe()))
                .asConstraint(RuleConstraint.E9.constraintName());
    }

    /** Each seat with the earlier rounds of its cadre (history), shared by E9 and E11 across plans. */
    private static BiConstraintStream<SeatAssignment, PriorService> seatsWithHistory(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class).filter(MAY_HAVE_HISTORY).join(PriorService.class, HISTORY_EQUAL);
    }

    Constraint twiceAtOnceWithHistory(ConstraintFactory f) {
        return seatsWithHistory(f)
                .filter((a, p) -> a.overlaps(p))
                .penalizeLong(HARD)
                .justifyWith((a, p, s) -> seatJustification(RuleId.E9, a, a.getCadre()
                        + " also serves round " + p.roundNumber() + " of an earlier plan, which overlaps"))
                .asConstraint(RuleConstraint.E9_HISTORY.constraintName());
    }

    /** E10 as the constraint judges it; the problem builder's list of cadres keeping the seat rules uses it too. */
    static boolean inOwnProvince(Cadre c, City city) {
        return Objects.equals(c.province(), city.province());
    }

    Constraint ownProvince(ConstraintFactory f) {
        return seatsToCheck(f)
                .filter(a -> inOwnProvince(a.getCadre(), a.getCity()))
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification(RuleId.E10, a, a.getCadre() + " of " + a.getCadre().unit().name()
                        + " would work in their own province " + a.getCity().province()))
                .asConstraint(RuleConstraint.E10.constraintName());
    }

    /** E11: {@code minRoundsOff} rounds between two rounds of one cadre; overlapping ones are E9's. */
    Constraint restBetweenRounds(ConstraintFactory f) {
        return seatsOfOneCadre(f)
                .filter((a, b) -> !a.overlaps(b) && a.tooCloseForRest(b.getRoundNumber()))
                .penalizeLong(HARD)
                .justifyWith((a, b, s) -> pairJustification(RuleId.E11, a, b, a.getCadre() + " serves rounds "
                        + a.getRoundNumber() + " and " + b.getRoundNumber() + " without the rest between them"))
                .asConstraint(RuleConstraint.E11.constraintName());
    }

    Constraint restAfterHistory(ConstraintFactory f) {
        return seatsWithHistory(f)
                .filter((a, p) -> !a.overlaps(p) && a.tooCloseForRest(p.roundNumber()))
                .penalizeLong(HARD)
                .justifyWith((a, p, s) -> seatJustification(RuleId.E11, a, a.getCadre() + " served round "
                        + p.roundNumber() + " of an earlier plan, without the rest before round " + a.getRoundNumber()))
                .asConstraint(RuleConstraint.E11_HISTORY.constraintName());
    }

    // ---- hard "in principle": rank order (E12) ----

    /** E12: nobody in a group outranks its leader, nobody but the leader outranks the deputy (组长负责制). */
    Constraint rankOrder(ConstraintFactory f) {
        // of two seats of a group at most one outranks the other against the order (the head's
        // cadre would have to outrank the other's and be outranked by it), so a pair breaks E12 at
        // most once; the message names the head first, as an ordered pair would
        return seatsOfOneGroup(f)
                .filter((a, b) -> a.outrankedBy(b) || b.outrankedBy(a))
                .penalizeLong(HARD)
                .justifyWith((a, b, s) -> a.outrankedBy(b) ? rankOrderJustification(a, b) : rankOrderJustification(b, a))
                .asConstraint(RuleConstraint.E12.constraintName());
    }

    private static RuleJustification rankOrderJustification(SeatAssignment head, SeatAssignment other) {
        return pairJustification(RuleId.E12, head, other, other.getCadre() + " ("
                + other.getCadre().rank().label() + ", " + other.getSeat().roleLabel() + ") outranks "
                + head.getCadre() + " (" + head.getCadre().rank().label() + ", " + head.getSeat().roleLabel()
                + ") in " + head.getSeat().group());
    }

    // ---- medium: empty seats ----

    Constraint unfilled(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(a -> a.getCadre() == null)
                .penalizeLong(MEDIUM)
                .justifyWith((a, s) -> seatJustification(RuleId.UNFILLED, a, "nobody sits in this seat"))
                .asConstraint(RuleConstraint.UNFILLED.constraintName());
    }

    // ---- soft: preferences F1-F9 ----

    /** F1: sum over cadres of C(n + served, 2): each seat costs the cadre's prior rounds, each pair 1. */
    /** Each cadre with the seats they hold in this plan, shared by F1's spread and its maxima. */
    private static BiConstraintStream<Cadre, Integer> seatsPerCadre(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class).groupBy(CADRE, COUNT);
    }

    Constraint spreadLoad(ConstraintFactory f) {
        return seatsPerCadre(f)
                .penalizeLong(SOFT, (c, n) -> (long) n * c.roundsServed() + (long) n * (n - 1) / 2)
                .justifyWith((c, n, s) -> new RuleJustification(RuleId.F1, List.of(), List.of(c.id()), c + " serves " + n
                        + " round(s) in this plan after " + c.roundsServed() + " before"))
                .asConstraint(RuleConstraint.F1.constraintName());
    }

    Constraint maxPerSeason(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .groupBy(CADRE, SEASON, COUNT)
                .join(RuleParameters.class)
                .filter((c, season, n, p) -> n > p.maxPerSeason())
                .penalizeLong(SOFT, (c, season, n, p) -> n - p.maxPerSeason())
                .justifyWith((c, season, n, p, s) -> new RuleJustification(RuleId.F1, List.of(), List.of(c.id()), c
                        + " serves " + n + " rounds in " + season + ", above the maximum " + p.maxPerSeason()))
                .asConstraint(RuleConstraint.F1_SEASON.constraintName());
    }

    /** F1: this campaign's rounds (this plan and its earlier plans) above the campaign maximum. */
    Constraint maxPerCampaign(ConstraintFactory f) {
        return seatsPerCadre(f)
                .join(RuleParameters.class)
                .filter((c, n, p) -> n + p.earlierRounds(c) > p.maxPerCampaign())
                .penalizeLong(SOFT, (c, n, p) -> n + p.earlierRounds(c) - p.maxPerCampaign())
                .justifyWith((c, n, p, s) -> new RuleJustification(RuleId.F1, List.of(), List.of(c.id()), c + " reaches "
                        + (n + p.earlierRounds(c)) + " rounds of this campaign, above the campaign maximum "
                        + p.maxPerCampaign()))
                .asConstraint(RuleConstraint.F1_CAMPAIGN.constraintName());
    }

    /** F1: all rounds ever served (the register's rounds_served and this plan) above the lifetime maximum. */
    Constraint maxLifetime(ConstraintFactory f) {
        return seatsPerCadre(f)
                .join(RuleParameters.class)
                .filter((c, n, p) -> n + c.roundsServed() > p.maxLifetime())
                .penalizeLong(SOFT, (c, n, p) -> n + c.roundsServed() - p.maxLifetime())
                .justifyWith((c, n, p, s) -> new RuleJustification(RuleId.F1, List.of(), List.of(c.id()), c + " reaches "
                        + (n + c.roundsServed()) + " rounds in all, above the lifetime maximum " + p.maxLifetime()))
                .asConstraint(RuleConstraint.F1_LIFETIME.constraintName());
    }

    Constraint fairShare(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .groupBy(UNIT, ROUND, COUNT)
                .join(UnitShare.class, equal((unit, round, n) -> unit, UnitShare::unit))
                .filter((unit, round, n, share) -> n > share.maxPerRound())
                .penalizeLong(SOFT, (unit, round, n, share) -> n - share.maxPerRound())
                .justifyWith((unit, round, n, share, s) -> new RuleJustification(RuleId.F2, List.of(), List.of(),
                        unit.name() + " sends " + n + " cadres in round " + round + ", above its fair share of "
                                + share.maxPerRound()))
                .asConstraint(RuleConstraint.F2.constraintName());
    }

    Constraint partnerMembers(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.isOrdinaryMember() && a.getCity().hasPartners()
                        && !a.getCity().partnerSide(a.getCadre().unit()))
                .penalizeLong(SOFT)
                .justifyWith((a, s) -> seatJustification(RuleId.F3, a, a.getCadre() + " of " + a.getCadre().unit().name()
                        + " is not from a partner unit of " + a.getCity().name()))
                .asConstraint(RuleConstraint.F3.constraintName());
    }

    Constraint mixedGroups(ConstraintFactory f) {
        return seatsOfOneGroup(f)
                .filter((a, b) -> a.getCadre().unit().equals(b.getCadre().unit()))
                .penalizeLong(SOFT)
                .justifyWith((a, b, s) -> pairJustification(RuleId.F4, a, b, a.getCadre() + " and " + b.getCadre()
                        + " of " + a.getCadre().unit().name() + " sit in the same group"))
                .asConstraint(RuleConstraint.F4.constraintName());
    }

    Constraint experiencedMember(ConstraintFactory f) {
        return f.forEach(GroupSlot.class)
                .ifNotExists(f.forEach(SeatAssignment.class).filter(EXPERIENCED), equal(GroupSlot::key, GROUP))
                .penalizeLong(SOFT)
                .justifyWith((g, s) -> new RuleJustification(RuleId.F5, List.of(), List.of(), g.group()
                        + " has no member who served before"))
                .asConstraint(RuleConstraint.F5.constraintName());
    }

    Constraint newcomersSpread(ConstraintFactory f) {
        return seatsOfOneGroup(f)
                .filter((a, b) -> !a.getCadre().experienced() && !b.getCadre().experienced())
                .penalizeLong(SOFT)
                .justifyWith((a, b, s) -> pairJustification(RuleId.F5, a, b, "newcomers " + a.getCadre() + " and "
                        + b.getCadre() + " sit in the same group"))
                .asConstraint(RuleConstraint.F5_NEWCOMERS.constraintName());
    }

    Constraint partyMembers(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(PARTY_MEMBER)
                .join(CityTeam.class, equal(TEAM, CityTeam::key))
                .groupBy((a, team) -> team, countBi())
                .complement(CityTeam.class, team -> 0)
                .filter((team, n) -> n < team.minPartyMembers())
                .penalizeLong(SOFT, (team, n) -> team.minPartyMembers() - n)
                .justifyWith((team, n, s) -> new RuleJustification(RuleId.F6, List.of(), List.of(), team.city().name()
                        + "'s team in round " + team.round().number() + " has " + n + " party member(s), fewer than "
                        + team.minPartyMembers()))
                .asConstraint(RuleConstraint.F6.constraintName());
    }

    Constraint partySecretary(ConstraintFactory f) {
        return f.forEach(CityTeam.class)
                .filter(team -> team.lead() != null)
                .ifNotExists(f.forEach(SeatAssignment.class).filter(PARTY_MEMBER), equal(CityTeam::key, TEAM),
                        filtering((team, a) -> a.getCadre().unit().equals(team.lead())))
                .penalizeLong(SOFT)
                .justifyWith((team, s) -> new RuleJustification(RuleId.F6, List.of(), List.of(), team.city().name()
                        + "'s team in round " + team.round().number() + " has no party member of the lead unit "
                        + team.lead().name() + " to act as branch secretary"))
                .asConstraint(RuleConstraint.F6_SECRETARY.constraintName());
    }

    Constraint stability(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(a -> a.getPublished() != null && !a.getPublished().equals(a.getCadre()))
                .penalizeLong(SOFT)
                .justifyWith((a, s) -> seatJustification(RuleId.F7, a, "the published plan had " + a.getPublished()
                        + " here, now " + (a.getCadre() == null ? "nobody" : a.getCadre().toString())))
                .asConstraint(RuleConstraint.F7.constraintName());
    }

    Constraint divisionLevelLeader(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.getE3Rank() != null && !a.getCadre().rank().atLeast(a.getE3Rank()))
                .penalizeLong(SOFT)
                .justifyWith((a, s) -> seatJustification(RuleId.F8, a, a.getCadre() + " (" + a.getCadre().rank().label()
                        + ") leads instead of a " + a.getE3Rank().label() + " cadre"))
                .asConstraint(RuleConstraint.F8.constraintName());
    }

    /**
     * F9: a group's leader or deputy below the campaign's leader rank costs the square of the rank
     * steps (科级 1, 科员 4 under a 处级 leader rank), so the search puts the most senior free cadres
     * in those seats and a 科员 last; where nobody more senior is free the cost stays, which every
     * plan shares.
     */
    Constraint seniority(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.seniorityCost() > 0)
                .penalizeLong(SOFT, SeatAssignment::seniorityCost)
                .justifyWith((a, s) -> seatJustification(RuleId.F9, a, a.getCadre() + " (" + a.getCadre().rank().label()
                        + ") holds a seat that asks " + a.getSeniorRank().label() + " or above"))
                .asConstraint(RuleConstraint.F9.constraintName());
    }

    // ---- justifications ----

    private static RuleJustification seatJustification(RuleId rule, SeatAssignment a, String what) {
        Cadre c = a.getCadre();
        return new RuleJustification(rule, List.of(a.getId()), c == null ? List.of() : List.of(c.id()),
                a.getSeat().describe() + ": " + what + " (" + rule + ")");
    }

    private static RuleJustification pairJustification(RuleId rule, SeatAssignment a, SeatAssignment b, String what) {
        return new RuleJustification(rule, List.of(a.getId(), b.getId()),
                List.of(a.getCadre().id(), b.getCadre().id()), what + " (" + rule + ")");
    }

}
