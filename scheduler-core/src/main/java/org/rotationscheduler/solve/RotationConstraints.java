package org.rotationscheduler.solve;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleId;

/**
 * Every rule of ROTATION-RULES.md §4 and §5 as one constraint, named after its rule id. Weights
 * come from the campaign's {@code rules:} (see {@link ConstraintWeights}); a hard rule switched
 * off weighs zero. Messages are plain words and never name a private state (S1).
 */
public final class RotationConstraints implements ConstraintProvider {
    /** Data rules that have a constraint of their own; other ids fall under the generic one. */
    static final Set<String> NAMED_DATA_RULES = Set.of("E1", "E2", "E3", "E5", "E6", "E13");

    public static final String E1 = "E1 regular central leader: division level from ministry units";
    public static final String E2 = "E2 regular central deputy: partner province, detachment head";
    public static final String E3 = "E3 autumn central leader: bureau level from a partner unit";
    public static final String E4 = "E4 bureau-level cadre serves exactly its rounds";
    public static final String E5 = "E5 central group from the city's partner units";
    public static final String E6 = "E6 ordinary group from the allowed units";
    public static final String E12 = RuleId.E12.englishWithId();
    public static final String E13 = "E13 rank limits of the seat";
    public static final String E_OTHER = "E eligibility data rule";
    public static final String E7 = "E7 not eligible for these dates";
    public static final String E8 = "E8 declared unavailable";
    public static final String E9 = "E9 nobody twice at once";
    public static final String E9_HISTORY = "E9 overlaps a round of an earlier plan";
    public static final String E10 = "E10 not in own province";
    public static final String E11 = "E11 rest between rounds";
    public static final String E11_HISTORY = "E11 rest after a round of an earlier plan";
    public static final String UNFILLED = "unfilled seat";
    public static final String F1 = "F1 spread the load";
    public static final String F1_SEASON = "F1 maximum rounds per season";
    public static final String F1_CAMPAIGN = "F1 maximum rounds per campaign";
    public static final String F2 = "F2 unit above its fair share";
    public static final String F3 = "F3 ordinary member from outside the partner units";
    public static final String F4 = "F4 two members of one unit in a group";
    public static final String F5 = "F5 group without an experienced member";
    public static final String F5_NEWCOMERS = "F5 newcomers together";
    public static final String F6 = "F6 too few party members in a city team";
    public static final String F6_SECRETARY = "F6 no party member of the lead unit";
    public static final String F7 = "F7 changed from the published plan";
    public static final String F8 = "F8 division-level autumn central leader";
    public static final String F9 = RuleId.F9.englishWithId();

    public static final List<String> ALL = List.of(E1, E2, E3, E4, E5, E6, E13, E_OTHER, E7, E8, E9, E9_HISTORY, E10, E11,
            E11_HISTORY, E12, UNFILLED, F1, F1_SEASON, F1_CAMPAIGN, F2, F3, F4, F5, F5_NEWCOMERS, F6, F6_SECRETARY, F7,
            F8, F9);

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

    /** The rule id a constraint name stands for: its first word ("E11 rest ..." → E11). */
    public static String ruleId(String constraintName) {
        return constraintName.equals(UNFILLED) ? "unfilled" : constraintName.split(" ", 2)[0];
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            dataRule(f, "E1", E1), dataRule(f, "E2", E2), dataRule(f, "E3", E3), quota(f),
            dataRule(f, "E5", E5), dataRule(f, "E6", E6), dataRule(f, "E13", E13), otherDataRules(f),
            privateDates(f), unavailable(f), twiceAtOnce(f), twiceAtOnceWithHistory(f), ownProvince(f),
            restBetweenRounds(f), restAfterHistory(f), rankOrder(f),
            unfilled(f),
            spreadLoad(f), maxPerSeason(f), maxPerCampaign(f), fairShare(f), partnerMembers(f), mixedGroups(f),
            experiencedMember(f), newcomersSpread(f), partyMembers(f), partySecretary(f), stability(f),
            divisionLevelLeader(f), seniority(f)
        };
    }

    // ---- hard: who may sit where (E1-E3, E5, E6, E13 from the eligibility data) ----

    Constraint dataRule(ConstraintFactory f, String ruleId, String name) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.brokenRule(ruleId) != null)
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification(ruleId, a, Eligibility.who(a.getCadre()) + " does not meet "
                        + ruleId + " (" + a.brokenRule(ruleId).requirement() + ")"))
                .asConstraint(name);
    }

    Constraint otherDataRules(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(SeatAssignment::breaksOtherDataRule)
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification("E", a, Eligibility.who(a.getCadre())
                        + " does not meet an eligibility rule of the campaign data"))
                .asConstraint(E_OTHER);
    }

    /** E4: the rounds a bound cadre serves in a scope, as many as the quota, no more, no fewer. */
    Constraint quota(ConstraintFactory f) {
        return f.forEach(QuotaDuty.class)
                .join(SeatAssignment.class, equal(QuotaDuty::cadre, SeatAssignment::getCadre),
                        equal(QuotaDuty::scope, SeatAssignment::getQuotaScope))
                .groupBy((duty, a) -> duty, countBi())
                .complement(QuotaDuty.class, duty -> 0)
                .filter((duty, n) -> n != duty.rounds())
                .penalizeLong(HARD, (duty, n) -> Math.abs(n - duty.rounds()))
                .justifyWith((duty, n, s) -> new RuleJustification("E4", List.of(), List.of(duty.cadre().id()),
                        Eligibility.who(duty.cadre()) + " serves " + n + " round(s) in " + duty.scope()
                                + " but must serve exactly " + duty.rounds() + " (E4)"))
                .asConstraint(E4);
    }

    // ---- hard: dates, overlap, province, rest (E7-E11) ----

    /** E7 (S1): says only that the cadre is not eligible for these dates, never why. */
    Constraint privateDates(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.getCadre().restrictedDuring(a.getSeat().round().days()))
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification("E7", a, a.getCadre() + ": "
                        + Eligibility.PRIVATE_DATES_MESSAGE))
                .asConstraint(E7);
    }

    Constraint unavailable(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.getCadre().unavailableDuring(a.getSeat().round().days()))
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification("E8", a, a.getCadre()
                        + " declared unavailable days within the round"))
                .asConstraint(E8);
    }

    Constraint twiceAtOnce(ConstraintFactory f) {
        return f.forEachUniquePair(SeatAssignment.class, equal(SeatAssignment::getCadre),
                        filtering(SeatAssignment::overlaps))
                .penalizeLong(HARD)
                .justifyWith((a, b, s) -> pairJustification("E9", a, b, a.getCadre()
                        + " sits in two seats at once: " + a.getSeat().describe() + " and " + b.getSeat().describe()))
                .asConstraint(E9);
    }

    Constraint twiceAtOnceWithHistory(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .join(PriorService.class, equal(SeatAssignment::getCadre, PriorService::cadre),
                        filtering((a, p) -> a.getStartDay() <= p.endDay() && p.startDay() <= a.getEndDay()))
                .penalizeLong(HARD)
                .justifyWith((a, p, s) -> seatJustification("E9", a, a.getCadre()
                        + " also serves round " + p.roundNumber() + " of an earlier plan, which overlaps"))
                .asConstraint(E9_HISTORY);
    }

    Constraint ownProvince(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> Objects.equals(a.getCadre().province(), a.getCity().province()))
                .penalizeLong(HARD)
                .justifyWith((a, s) -> seatJustification("E10", a, a.getCadre() + " of " + a.getCadre().unit().name()
                        + " would work in their own province " + a.getCity().province()))
                .asConstraint(E10);
    }

    /** E11: {@code minRoundsOff} rounds between two rounds of one cadre; overlapping ones are E9's. */
    Constraint restBetweenRounds(ConstraintFactory f) {
        return f.forEachUniquePair(SeatAssignment.class, equal(SeatAssignment::getCadre),
                        filtering((a, b) -> !a.overlaps(b) && a.roundsBetween(b.getRoundNumber()) < minRoundsOff(a)))
                .penalizeLong(HARD)
                .justifyWith((a, b, s) -> pairJustification("E11", a, b, a.getCadre() + " serves rounds "
                        + a.getRoundNumber() + " and " + b.getRoundNumber() + " without the rest between them"))
                .asConstraint(E11);
    }

    Constraint restAfterHistory(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .join(PriorService.class, equal(SeatAssignment::getCadre, PriorService::cadre),
                        filtering((a, p) -> !(a.getStartDay() <= p.endDay() && p.startDay() <= a.getEndDay())
                                && a.roundsBetween(p.roundNumber()) < minRoundsOff(a)))
                .penalizeLong(HARD)
                .justifyWith((a, p, s) -> seatJustification("E11", a, a.getCadre() + " served round "
                        + p.roundNumber() + " of an earlier plan, without the rest before round " + a.getRoundNumber()))
                .asConstraint(E11_HISTORY);
    }

    private static int minRoundsOff(SeatAssignment a) {
        return a.getMinRoundsOff();
    }

    // ---- hard "in principle": rank order (E12) ----

    /** E12: nobody in a group outranks its leader, nobody but the leader outranks the deputy (组长负责制). */
    Constraint rankOrder(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(SeatAssignment::headsGroup)
                .join(SeatAssignment.class, equal(SeatAssignment::getGroupKey, SeatAssignment::getGroupKey),
                        filtering(SeatAssignment::outrankedBy))
                .penalizeLong(HARD)
                .justifyWith((head, other, s) -> pairJustification("E12", head, other, other.getCadre() + " ("
                        + other.getCadre().rank().label() + ", " + other.getSeat().roleLabel() + ") outranks "
                        + head.getCadre() + " (" + head.getCadre().rank().label() + ", " + head.getSeat().roleLabel()
                        + ") in " + head.getSeat().group()))
                .asConstraint(E12);
    }

    // ---- medium: empty seats ----

    Constraint unfilled(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(a -> a.getCadre() == null)
                .penalizeLong(MEDIUM)
                .justifyWith((a, s) -> seatJustification("unfilled", a, "nobody sits in this seat"))
                .asConstraint(UNFILLED);
    }

    // ---- soft: preferences F1-F9 ----

    /** F1: sum over cadres of C(n + served, 2): each seat costs the cadre's prior rounds, each pair 1. */
    Constraint spreadLoad(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .groupBy(SeatAssignment::getCadre, count())
                .penalizeLong(SOFT, (c, n) -> (long) n * c.roundsServed() + (long) n * (n - 1) / 2)
                .justifyWith((c, n, s) -> new RuleJustification("F1", List.of(), List.of(c.id()), c + " serves " + n
                        + " round(s) in this plan after " + c.roundsServed() + " before"))
                .asConstraint(F1);
    }

    Constraint maxPerSeason(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .groupBy(SeatAssignment::getCadre, SeatAssignment::getSeasonId, count())
                .join(RuleParameters.class)
                .filter((c, season, n, p) -> n > p.maxPerSeason())
                .penalizeLong(SOFT, (c, season, n, p) -> n - p.maxPerSeason())
                .justifyWith((c, season, n, p, s) -> new RuleJustification("F1", List.of(), List.of(c.id()), c
                        + " serves " + n + " rounds in " + season + ", above the maximum " + p.maxPerSeason()))
                .asConstraint(F1_SEASON);
    }

    Constraint maxPerCampaign(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .groupBy(SeatAssignment::getCadre, count())
                .join(RuleParameters.class)
                .filter((c, n, p) -> n + c.roundsServed() > p.maxPerCampaign())
                .penalizeLong(SOFT, (c, n, p) -> n + c.roundsServed() - p.maxPerCampaign())
                .justifyWith((c, n, p, s) -> new RuleJustification("F1", List.of(), List.of(c.id()), c + " reaches "
                        + (n + c.roundsServed()) + " rounds, above the campaign maximum " + p.maxPerCampaign()))
                .asConstraint(F1_CAMPAIGN);
    }

    Constraint fairShare(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .groupBy(a -> a.getCadre().unit(), SeatAssignment::getRoundNumber, count())
                .join(UnitShare.class, equal((unit, round, n) -> unit, UnitShare::unit))
                .filter((unit, round, n, share) -> n > share.maxPerRound())
                .penalizeLong(SOFT, (unit, round, n, share) -> n - share.maxPerRound())
                .justifyWith((unit, round, n, share, s) -> new RuleJustification("F2", List.of(), List.of(),
                        unit.name() + " sends " + n + " cadres in round " + round + ", above its fair share of "
                                + share.maxPerRound()))
                .asConstraint(F2);
    }

    Constraint partnerMembers(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.isOrdinaryMember() && !a.getCity().partners().partnerSide(a.getCadre().unit()))
                .penalizeLong(SOFT)
                .justifyWith((a, s) -> seatJustification("F3", a, a.getCadre() + " of " + a.getCadre().unit().name()
                        + " is not from a partner unit of " + a.getCity().name()))
                .asConstraint(F3);
    }

    Constraint mixedGroups(ConstraintFactory f) {
        return f.forEachUniquePair(SeatAssignment.class, equal(SeatAssignment::getGroupKey),
                        equal(a -> a.getCadre().unit()))
                .penalizeLong(SOFT)
                .justifyWith((a, b, s) -> pairJustification("F4", a, b, a.getCadre() + " and " + b.getCadre()
                        + " of " + a.getCadre().unit().name() + " sit in the same group"))
                .asConstraint(F4);
    }

    Constraint experiencedMember(ConstraintFactory f) {
        return f.forEach(GroupSlot.class)
                .ifNotExists(SeatAssignment.class, equal(GroupSlot::key, SeatAssignment::getGroupKey),
                        filtering((g, a) -> a.getCadre() != null && a.getCadre().experienced()))
                .penalizeLong(SOFT)
                .justifyWith((g, s) -> new RuleJustification("F5", List.of(), List.of(), g.group()
                        + " has no member who served before"))
                .asConstraint(F5);
    }

    Constraint newcomersSpread(ConstraintFactory f) {
        return f.forEachUniquePair(SeatAssignment.class, equal(SeatAssignment::getGroupKey),
                        filtering((a, b) -> !a.getCadre().experienced() && !b.getCadre().experienced()))
                .penalizeLong(SOFT)
                .justifyWith((a, b, s) -> pairJustification("F5", a, b, "newcomers " + a.getCadre() + " and "
                        + b.getCadre() + " sit in the same group"))
                .asConstraint(F5_NEWCOMERS);
    }

    Constraint partyMembers(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.getCadre().partyMember())
                .join(CityTeam.class, equal(SeatAssignment::getTeamKey, CityTeam::key))
                .groupBy((a, team) -> team, countBi())
                .complement(CityTeam.class, team -> 0)
                .filter((team, n) -> n < team.minPartyMembers())
                .penalizeLong(SOFT, (team, n) -> team.minPartyMembers() - n)
                .justifyWith((team, n, s) -> new RuleJustification("F6", List.of(), List.of(), team.city().name()
                        + "'s team in round " + team.round().number() + " has " + n + " party member(s), fewer than "
                        + team.minPartyMembers()))
                .asConstraint(F6);
    }

    Constraint partySecretary(ConstraintFactory f) {
        return f.forEach(CityTeam.class)
                .ifNotExists(SeatAssignment.class, equal(CityTeam::key, SeatAssignment::getTeamKey),
                        filtering((team, a) -> a.getCadre() != null && a.getCadre().partyMember()
                                && a.getCadre().unit().equals(team.lead())))
                .penalizeLong(SOFT)
                .justifyWith((team, s) -> new RuleJustification("F6", List.of(), List.of(), team.city().name()
                        + "'s team in round " + team.round().number() + " has no party member of the lead unit "
                        + team.lead().name() + " to act as branch secretary"))
                .asConstraint(F6_SECRETARY);
    }

    Constraint stability(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(a -> a.getPublished() != null && !a.getPublished().equals(a.getCadre()))
                .penalizeLong(SOFT)
                .justifyWith((a, s) -> seatJustification("F7", a, "the published plan had " + a.getPublished()
                        + " here, now " + (a.getCadre() == null ? "nobody" : a.getCadre().toString())))
                .asConstraint(F7);
    }

    Constraint divisionLevelLeader(ConstraintFactory f) {
        return f.forEach(SeatAssignment.class)
                .filter(a -> a.getE3Rank() != null && !a.getCadre().rank().atLeast(a.getE3Rank()))
                .penalizeLong(SOFT)
                .justifyWith((a, s) -> seatJustification("F8", a, a.getCadre() + " (" + a.getCadre().rank().label()
                        + ") leads instead of a " + a.getE3Rank().label() + " cadre"))
                .asConstraint(F8);
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
                .justifyWith((a, s) -> seatJustification("F9", a, a.getCadre() + " (" + a.getCadre().rank().label()
                        + ") holds a seat that asks " + a.getSeniorRank().label() + " or above"))
                .asConstraint(F9);
    }

    // ---- justifications ----

    private static RuleJustification seatJustification(String rule, SeatAssignment a, String what) {
        Cadre c = a.getCadre();
        return new RuleJustification(rule, List.of(a.getId()), c == null ? List.of() : List.of(c.id()),
                a.getSeat().describe() + ": " + what + " (" + rule + ")");
    }

    private static RuleJustification pairJustification(String rule, SeatAssignment a, SeatAssignment b, String what) {
        return new RuleJustification(rule, List.of(a.getId(), b.getId()),
                List.of(a.getCadre().id(), b.getCadre().id()), what + " (" + rule + ")");
    }

}
