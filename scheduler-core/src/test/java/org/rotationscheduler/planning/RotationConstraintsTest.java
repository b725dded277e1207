package org.rotationscheduler.planning;

import static org.rotationscheduler.domain.model.Rank.BUREAU;
import static org.rotationscheduler.domain.model.Rank.DIVISION;
import static org.rotationscheduler.domain.model.Rank.SECTION;
import static org.rotationscheduler.domain.model.Rank.STAFF;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.rules.RuleId;

/** One test per rule: a case that keeps it and one that breaks it (ROTATION-RULES.md §4, §5). */
class RotationConstraintsTest {
    private final Fixtures fx = new Fixtures();
    private final ConstraintVerifier<RotationConstraints, RotationSolution> verifier =
            ConstraintVerifier.build(new RotationConstraints(), RotationSolution.class, SeatAssignment.class);

    // 石家庄 (河北): lead 督察办, affiliated 中国环境科学研究院, partner province 浙江.
    private static final String SJZ = "石家庄";
    private static final int REGULAR = 1;   // 2019-05-01..2019-05-15
    private static final int AUTUMN = 12;   // 2019-10-13..2019-10-27
    private static final String CENTRAL = "中心组";
    private static final String ORDINARY = "普通组1";

    private Unit zhejiangCity() {
        return new Unit("杭州市生态环境局", List.of(), UnitType.LOCAL, "浙江");
    }

    @Nested
    class WhoMaySitWhere {
        @Test
        void e1_regularCentralLeaderIsDivisionLevelFromMinistryUnits() {
            Cadre division = fx.cadre("a", "督察办", DIVISION).build();
            Cadre section = fx.cadre("b", "督察办", SECTION).build();
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E1))
                    .given(fx.assign(REGULAR, SJZ, CENTRAL, 0, division)).penalizesBy(0);
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E1))
                    .given(fx.assign(REGULAR, SJZ, CENTRAL, 0, section)).penalizesBy(1);
        }

        @Test
        void e2_regularCentralDeputyFromPartnerProvinceWithDetachmentRankOrPost() {
            Cadre division = fx.cadre("a", "浙江", DIVISION).build();
            Cadre detachmentHead = fx.cadre("b", "浙江", SECTION).post("执法支队长").build();
            Cadre section = fx.cadre("c", "浙江", SECTION).post("科长").build();
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E2))
                    .given(fx.assign(REGULAR, SJZ, CENTRAL, 1, division), fx.assign(REGULAR, SJZ, CENTRAL, 1,
                            detachmentHead)).penalizesBy(0);
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E2))
                    .given(fx.assign(REGULAR, SJZ, CENTRAL, 1, section)).penalizesBy(1);
        }

        @Test
        void e3_autumnCentralLeaderIsBureauLevelFromAPartner() {
            Cadre bureau = fx.cadre("a", "中国环境科学研究院", BUREAU).build();
            Cadre division = fx.cadre("b", "中国环境科学研究院", DIVISION).build();
            Cadre otherBureau = fx.cadre("c", "人事司", BUREAU).build();
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E3))
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, bureau)).penalizesBy(0);
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E3))
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, division), fx.assign(AUTUMN, SJZ, CENTRAL, 0,
                            otherBureau)).penalizesBy(2);
        }

        @Test
        void e5_centralGroupFromTheCitysPartnerUnits() {
            Cadre partner = fx.cadre("a", "浙江", STAFF).build();
            Cadre outsider = fx.cadre("b", "人事司", STAFF).build();
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E5))
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 3, partner)).penalizesBy(0);
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E5))
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 3, outsider)).penalizesBy(1);
        }

        @Test
        void e6_ordinaryLeaderFromThePartnerProvinceMembersFromAllowedUnits() {
            Cadre provinceLocal = new Cadre("a", "甲", zhejiangCity(), SECTION, "", false, 1, List.of(), List.of(), 2);
            Cadre ministry = fx.cadre("b", "人事司", SECTION).build();
            Cadre provincialAsMember = fx.cadre("c", "山东", SECTION).build();
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E6))
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 0, provinceLocal), fx.assign(AUTUMN, SJZ, ORDINARY, 1,
                            ministry)).penalizesBy(0);
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E6))
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 0, ministry), fx.assign(AUTUMN, SJZ, ORDINARY, 2,
                            provincialAsMember)).penalizesBy(2);
        }

        @Test
        void e13_rankLimitsOfTheSeatInBothDirections() {
            // an ordinary leader at least 科级 and at most 处级 (maxRank beside minRank)
            var seat = fx.seat(AUTUMN, SJZ, ORDINARY, 0);
            var rule = new org.rotationscheduler.rules.EligibilityRule(RuleId.E13, java.util.Set.of(), java.util.Set.of(),
                    java.util.Set.of(), List.of(), SECTION, List.of(), DIVISION);
            SeatAssignment division = new SeatAssignment(seat, null, false, List.of(rule), null, 1, List.of());
            division.setCadre(fx.cadre("a", "浙江", DIVISION).build());
            SeatAssignment bureau = new SeatAssignment(seat, null, false, List.of(rule), null, 1, List.of());
            bureau.setCadre(fx.cadre("b", "浙江", BUREAU).build());
            SeatAssignment staff = new SeatAssignment(seat, null, false, List.of(rule), null, 1, List.of());
            staff.setCadre(fx.cadre("c", "浙江", STAFF).build());
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E13)).given(division)
                    .penalizesBy(0);
            verifier.verifyThat((c, f) -> c.dataRule(f, RuleConstraint.E13)).given(bureau, staff)
                    .penalizesBy(2);
        }

        @Test
        void eligibilityEntriesUnderOtherRuleIdsStillBind() {
            // a family campaign may file a seat requirement under another rule id (spec §8)
            var seat = fx.seat(AUTUMN, SJZ, ORDINARY, 1);
            var rule = new org.rotationscheduler.rules.EligibilityRule(RuleId.E10, java.util.Set.of(), java.util.Set.of(),
                    java.util.Set.of(), List.of(), DIVISION, List.of());
            SeatAssignment kept = new SeatAssignment(seat, null, true, List.of(rule), null, 1, List.of());
            kept.setCadre(fx.cadre("a", "人事司", DIVISION).build());
            SeatAssignment broken = new SeatAssignment(seat, null, true, List.of(rule), null, 1, List.of());
            broken.setCadre(fx.cadre("b", "人事司", STAFF).build());
            verifier.verifyThat(RotationConstraints::otherDataRules).given(kept).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::otherDataRules).given(broken).penalizesBy(1);
        }

        @Test
        void e4_aBoundCadreServesExactlyOneRoundOfTheSeasonCountingTheBoundaryRound() {
            Cadre bureau = fx.cadre("a", "中国环境科学研究院", BUREAU).build();
            // round 11 (2019-09-28..10-12) holds more October days: it is an autumn round (C3)
            QuotaDuty duty = new QuotaDuty(bureau, "autumn-2019", 1);
            verifier.verifyThat(RotationConstraints::quota)
                    .given(duty, fx.assign(11, SJZ, CENTRAL, 0, bureau)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::quota).given(duty).penalizesBy(1);
            verifier.verifyThat(RotationConstraints::quota)
                    .given(duty, fx.assign(11, SJZ, CENTRAL, 0, bureau), fx.assign(14, SJZ, CENTRAL, 0, bureau))
                    .penalizesBy(1);
            // a regular round does not count for the autumn quota
            verifier.verifyThat(RotationConstraints::quota)
                    .given(duty, fx.assign(10, SJZ, CENTRAL, 0, bureau)).penalizesBy(1);
        }

        @Test
        void e4_zeroOrN_theDistanceToTheNearestAllowedCount() {
            Cadre c = fx.cadre("a", "中国环境科学研究院", DIVISION).build();
            // "who: serving", 2 rounds: 0 and 2 keep it; 1 and 3 are one round away from an allowed count
            QuotaDuty duty = new QuotaDuty(c, "autumn-2019", 2, true);
            verifier.verifyThat(RotationConstraints::quota).given(duty).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::quota)
                    .given(duty, fx.assign(12, SJZ, ORDINARY, 1, c), fx.assign(14, SJZ, ORDINARY, 1, c))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::quota)
                    .given(duty, fx.assign(12, SJZ, ORDINARY, 1, c)).penalizesBy(1);
            verifier.verifyThat(RotationConstraints::quota)
                    .given(duty, fx.assign(12, SJZ, ORDINARY, 1, c), fx.assign(14, SJZ, ORDINARY, 1, c),
                            fx.assign(16, SJZ, ORDINARY, 1, c)).penalizesBy(1);
            // "who: all": an unused cadre is two rounds away, like two one-round cadres together
            QuotaDuty all = new QuotaDuty(c, "autumn-2019", 2, false);
            verifier.verifyThat(RotationConstraints::quota).given(all).penalizesBy(2);
        }
    }

    @Nested
    class DatesAndPeople {
        @Test
        void e7_aPrivateStateEndingTheDayBeforeTheRoundKeepsTheRuleOnItsFirstDayBreaksIt() {
            // round 13 runs 2019-10-28..2019-11-11
            Cadre endsBefore = fx.cadre("a", "人事司", STAFF).restricted("2019-06-01", "2019-10-27").build();
            Cadre endsOnFirstDay = fx.cadre("b", "人事司", STAFF).restricted("2019-06-01", "2019-10-28").build();
            Cadre startsOnLastDay = fx.cadre("c", "人事司", STAFF).restricted("2019-11-11", "2020-02-01").build();
            verifier.verifyThat(RotationConstraints::privateDates)
                    .given(fx.assign(13, SJZ, ORDINARY, 1, endsBefore)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::privateDates)
                    .given(fx.assign(13, SJZ, ORDINARY, 1, endsOnFirstDay), fx.assign(13, SJZ, ORDINARY, 2,
                            startsOnLastDay)).penalizesBy(2);
        }

        @Test
        void e8_declaredUnavailableDaysInsideTheRound() {
            Cadre free = fx.cadre("a", "人事司", STAFF).unavailable("2019-10-01", "2019-10-12").build();
            Cadre busy = fx.cadre("b", "人事司", STAFF).unavailable("2019-10-20", "2019-10-20").build();
            verifier.verifyThat(RotationConstraints::unavailable)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, free)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::unavailable)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, busy)).penalizesBy(1);
        }

        @Test
        void e9_nobodyTwiceInOneRound() {
            Cadre c = fx.cadre("a", "人事司", STAFF).build();
            verifier.verifyThat(RotationConstraints::twiceAtOnce)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, c), fx.assign(AUTUMN + 2, SJZ, ORDINARY, 1, c))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::twiceAtOnce)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, c), fx.assign(AUTUMN, "北京", ORDINARY, 2, c))
                    .penalizesBy(1);
        }

        @Test
        void e9_nobodyInARoundOverlappingOneOfAnEarlierPlan() {
            Cadre c = fx.cadre("a", "人事司", STAFF).build();
            var r = fx.round(AUTUMN);
            PriorService same = new PriorService(c, AUTUMN, r.start().toEpochDay(), r.end().toEpochDay());
            var r2 = fx.round(AUTUMN + 3);
            PriorService later = new PriorService(c, AUTUMN + 3, r2.start().toEpochDay(), r2.end().toEpochDay());
            verifier.verifyThat(RotationConstraints::twiceAtOnceWithHistory)
                    .given(later, fx.assign(AUTUMN, SJZ, ORDINARY, 1, c)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::twiceAtOnceWithHistory)
                    .given(same, fx.assign(AUTUMN, SJZ, ORDINARY, 1, c)).penalizesBy(1);
        }

        @Test
        void e10_nobodyInACityOfTheirOwnProvince() {
            Cadre hebei = fx.cadre("a", "唐山市生态环境局", STAFF).build();
            verifier.verifyThat(RotationConstraints::ownProvince)
                    .given(fx.assign(AUTUMN, "北京", ORDINARY, 1, hebei)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::ownProvince)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, hebei)).penalizesBy(1);
        }

        @Test
        void e11_atLeastOneRoundOffBetweenTwoRounds() {
            Cadre c = fx.cadre("a", "人事司", STAFF).build();
            verifier.verifyThat(RotationConstraints::restBetweenRounds)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, c), fx.assign(AUTUMN + 2, SJZ, ORDINARY, 1, c))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::restBetweenRounds)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, c), fx.assign(AUTUMN + 1, SJZ, ORDINARY, 1, c))
                    .penalizesBy(1);
        }

        @Test
        void e11_restHoldsAcrossTheBoundaryWithAnEarlierPlan() {
            Cadre c = fx.cadre("a", "人事司", STAFF).build();
            var r10 = fx.round(10);
            var r9 = fx.round(9);
            PriorService justBefore = new PriorService(c, 10, r10.start().toEpochDay(), r10.end().toEpochDay());
            PriorService twoBefore = new PriorService(c, 9, r9.start().toEpochDay(), r9.end().toEpochDay());
            verifier.verifyThat(RotationConstraints::restAfterHistory)
                    .given(twoBefore, fx.assign(11, SJZ, ORDINARY, 1, c)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::restAfterHistory)
                    .given(justBefore, fx.assign(11, SJZ, ORDINARY, 1, c)).penalizesBy(1);
        }

        @Test
        void unfilledSeatsCostOnTheMediumLevel() {
            Cadre c = fx.cadre("a", "人事司", STAFF).build();
            verifier.verifyThat(RotationConstraints::unfilled)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, c)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::unfilled)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, null)).penalizesBy(1);
        }
    }

    @Nested
    class Preferences {
        @Test
        void f1_spreadTheLoadCountsPriorRoundsAndPairs() {
            Cadre fresh = fx.cadre("a", "人事司", STAFF).served(0).build();
            Cadre veteran = fx.cadre("b", "人事司", STAFF).served(3).build();
            verifier.verifyThat(RotationConstraints::spreadLoad)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, fresh)).penalizesBy(0);
            // veteran: 2 seats x 3 prior rounds + 1 pair = 7
            verifier.verifyThat(RotationConstraints::spreadLoad)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, veteran), fx.assign(AUTUMN + 2, SJZ, ORDINARY, 1,
                            veteran)).penalizesBy(7);
        }

        @Test
        void f1_maximumRoundsPerSeason() {
            Cadre c = fx.cadre("a", "人事司", STAFF).build();
            RuleParameters max2 = new RuleParameters(2, 99);
            verifier.verifyThat(RotationConstraints::maxPerSeason)
                    .given(max2, fx.assign(12, SJZ, ORDINARY, 1, c), fx.assign(14, SJZ, ORDINARY, 1, c))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::maxPerSeason)
                    .given(max2, fx.assign(12, SJZ, ORDINARY, 1, c), fx.assign(14, SJZ, ORDINARY, 1, c),
                            fx.assign(16, SJZ, ORDINARY, 1, c)).penalizesBy(1);
        }

        @Test
        void f1_maximumRoundsPerCampaignCountsThisCampaignsEarlierPlansNotRoundsServedBefore() {
            // 30 rounds served before the campaign do not count for the campaign maximum
            Cadre c = fx.cadre("a", "人事司", STAFF).served(30).build();
            RuleParameters max4 = new RuleParameters(9, 4, Integer.MAX_VALUE, java.util.Map.of("a", 3));
            verifier.verifyThat(RotationConstraints::maxPerCampaign)
                    .given(max4, fx.assign(12, SJZ, ORDINARY, 1, c)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::maxPerCampaign)
                    .given(max4, fx.assign(12, SJZ, ORDINARY, 1, c), fx.assign(14, SJZ, ORDINARY, 1, c))
                    .penalizesBy(1);
        }

        @Test
        void f1_lifetimeMaximumCountsRoundsServedBefore() {
            Cadre c = fx.cadre("a", "人事司", STAFF).served(3).build();
            RuleParameters lifetime4 = new RuleParameters(9, 99, 4, java.util.Map.of());
            verifier.verifyThat(RotationConstraints::maxLifetime)
                    .given(lifetime4, fx.assign(12, SJZ, ORDINARY, 1, c)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::maxLifetime)
                    .given(lifetime4, fx.assign(12, SJZ, ORDINARY, 1, c), fx.assign(14, SJZ, ORDINARY, 1, c))
                    .penalizesBy(1);
        }

        @Test
        void f2_aUnitAboveItsFairShareOfARound() {
            Cadre a = fx.cadre("a", "人事司", STAFF).build();
            Cadre b = fx.cadre("b", "人事司", STAFF).build();
            UnitShare share = new UnitShare(fx.unit("人事司"), 1);
            verifier.verifyThat(RotationConstraints::fairShare)
                    .given(share, fx.assign(12, SJZ, ORDINARY, 1, a), fx.assign(14, SJZ, ORDINARY, 1, b))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::fairShare)
                    .given(share, fx.assign(12, SJZ, ORDINARY, 1, a), fx.assign(12, "北京", ORDINARY, 1, b))
                    .penalizesBy(1);
        }

        @Test
        void f3_ordinaryMembersPreferablyFromPartnerUnits() {
            Cadre partner = fx.cadre("a", "中国环境科学研究院", STAFF).build();
            Cadre other = fx.cadre("b", "人事司", STAFF).build();
            verifier.verifyThat(RotationConstraints::partnerMembers)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, partner)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::partnerMembers)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, other)).penalizesBy(1);
        }

        @Test
        void f4_membersOfOneGroupFromDifferentUnits() {
            Cadre a = fx.cadre("a", "人事司", STAFF).build();
            Cadre b = fx.cadre("b", "人事司", STAFF).build();
            Cadre c = fx.cadre("c", "水生态环境司", STAFF).build();
            verifier.verifyThat(RotationConstraints::mixedGroups)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, a), fx.assign(AUTUMN, SJZ, ORDINARY, 2, c))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::mixedGroups)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, a), fx.assign(AUTUMN, SJZ, ORDINARY, 2, b))
                    .penalizesBy(1);
        }

        @Test
        void f5_everyGroupHasAMemberWhoServedBefore() {
            var seat = fx.seat(AUTUMN, SJZ, ORDINARY, 1);
            GroupSlot group = new GroupSlot(seat.group().key(), seat.group());
            Cadre newcomer = fx.cadre("a", "人事司", STAFF).served(0).build();
            Cadre veteran = fx.cadre("b", "水生态环境司", STAFF).served(2).build();
            verifier.verifyThat(RotationConstraints::experiencedMember)
                    .given(group, fx.assign(seat, newcomer), fx.assign(AUTUMN, SJZ, ORDINARY, 2, veteran))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::experiencedMember)
                    .given(group, fx.assign(seat, newcomer)).penalizesBy(1);
        }

        @Test
        void f5_newcomersAreSpreadOverGroups() {
            Cadre a = fx.cadre("a", "人事司", STAFF).served(0).build();
            Cadre b = fx.cadre("b", "水生态环境司", STAFF).served(0).build();
            verifier.verifyThat(RotationConstraints::newcomersSpread)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, a), fx.assign(AUTUMN, SJZ, "普通组2", 1, b))
                    .penalizesBy(0);
            verifier.verifyThat(RotationConstraints::newcomersSpread)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, a), fx.assign(AUTUMN, SJZ, ORDINARY, 2, b))
                    .penalizesBy(1);
        }

        @Test
        void f6_eachCityTeamHasThreePartyMembers() {
            CityTeam team = new CityTeam(AUTUMN + "/" + SJZ, fx.campaign.city(SJZ).orElseThrow(), fx.round(AUTUMN), 3);
            Cadre p1 = fx.cadre("a", "人事司", STAFF).party().build();
            Cadre p2 = fx.cadre("b", "水生态环境司", STAFF).party().build();
            Cadre p3 = fx.cadre("c", "督察办", STAFF).party().build();
            verifier.verifyThat(RotationConstraints::partyMembers)
                    .given(team, fx.assign(AUTUMN, SJZ, ORDINARY, 1, p1), fx.assign(AUTUMN, SJZ, ORDINARY, 2, p2),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 3, p3)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::partyMembers)
                    .given(team, fx.assign(AUTUMN, SJZ, ORDINARY, 1, p1)).penalizesBy(2);
            verifier.verifyThat(RotationConstraints::partyMembers).given(team).penalizesBy(3);
        }

        @Test
        void f6_aPartyMemberOfTheLeadUnitCanActAsSecretary() {
            CityTeam team = new CityTeam(AUTUMN + "/" + SJZ, fx.campaign.city(SJZ).orElseThrow(), fx.round(AUTUMN), 3);
            Cadre lead = fx.cadre("a", "督察办", STAFF).party().build();
            Cadre leadNotParty = fx.cadre("b", "督察办", STAFF).build();
            verifier.verifyThat(RotationConstraints::partySecretary)
                    .given(team, fx.assign(AUTUMN, SJZ, CENTRAL, 3, lead)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::partySecretary)
                    .given(team, fx.assign(AUTUMN, SJZ, CENTRAL, 3, leadNotParty)).penalizesBy(1);
        }

        @Test
        void p5_f6SecretaryAndF3DoNotApplyInACityWithoutPartners() {
            var sjz = fx.campaign.city(SJZ).orElseThrow();
            var noPartners = new org.rotationscheduler.domain.model.City(sjz.name(), sjz.province(), sjz.region(), 0, 0,
                    List.of(), null);
            CityTeam team = new CityTeam(AUTUMN + "/" + SJZ, noPartners, fx.round(AUTUMN), 3);
            Cadre notParty = fx.cadre("b", "督察办", STAFF).build();
            // with partners the team would lack its lead-unit secretary (1); without, F6's secretary part is moot
            verifier.verifyThat(RotationConstraints::partySecretary)
                    .given(team, fx.assign(AUTUMN, SJZ, CENTRAL, 3, notParty)).penalizesBy(0);
            var seat = fx.seat(AUTUMN, SJZ, ORDINARY, 1);
            var memberSeat = new org.rotationscheduler.domain.model.Seat(new org.rotationscheduler.domain.model.Group(
                    seat.round(), noPartners, seat.group().kind(), seat.group().number(), seat.group().name()),
                    seat.role(), seat.roleLabel(), seat.index());
            Cadre outsider = fx.cadre("c", "人事司", STAFF).build();
            SeatAssignment member = new SeatAssignment(memberSeat, null, true, List.of(), null, 1, List.of());
            member.setCadre(outsider);
            verifier.verifyThat(RotationConstraints::partnerMembers).given(member).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::partnerMembers)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 1, outsider)).penalizesBy(1);
        }

        @Test
        void f7_changesFromThePublishedPlanCost() {
            Cadre was = fx.cadre("a", "人事司", STAFF).build();
            Cadre now = fx.cadre("b", "人事司", STAFF).build();
            SeatAssignment kept = fx.assign(AUTUMN, SJZ, ORDINARY, 1, was);
            kept.setPublished(was);
            SeatAssignment changed = fx.assign(AUTUMN, SJZ, ORDINARY, 2, now);
            changed.setPublished(was);
            SeatAssignment emptied = fx.assign(AUTUMN, SJZ, CENTRAL, 3, null);
            emptied.setPublished(was);
            verifier.verifyThat(RotationConstraints::stability).given(kept).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::stability).given(changed, emptied).penalizesBy(2);
        }

        @Test
        void f8_aDivisionLevelAutumnLeaderCostsWhenE3IsSoftened() {
            Cadre bureau = fx.cadre("a", "督察办", BUREAU).build();
            Cadre division = fx.cadre("b", "督察办", DIVISION).build();
            verifier.verifyThat(RotationConstraints::divisionLevelLeader)
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, bureau)).penalizesBy(0);
            verifier.verifyThat(RotationConstraints::divisionLevelLeader)
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, division)).penalizesBy(1);
        }
    }

    @Nested
    class RankOrderAndSeniority {
        @Test
        void e12_nobodyInAGroupOutranksItsLeader() {
            Cadre divisionLeader = fx.cadre("a", "浙江", DIVISION).build();
            Cadre sectionMember = fx.cadre("b", "人事司", SECTION).build();
            Cadre divisionMember = fx.cadre("c", "督察办", DIVISION).build();
            Cadre bureauMember = fx.cadre("d", "人事司", BUREAU).build();
            verifier.verifyThat(RotationConstraints::rankOrder)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 0, divisionLeader),
                            fx.assign(AUTUMN, SJZ, ORDINARY, 1, sectionMember),
                            fx.assign(AUTUMN, SJZ, ORDINARY, 2, divisionMember)).penalizesBy(0);
            // a bureau-level plain member under a division-level leader (an office never sends that)
            verifier.verifyThat(RotationConstraints::rankOrder)
                    .given(fx.assign(AUTUMN, SJZ, ORDINARY, 0, divisionLeader),
                            fx.assign(AUTUMN, SJZ, ORDINARY, 1, bureauMember),
                            fx.assign(AUTUMN, SJZ, ORDINARY, 2, sectionMember)).penalizesBy(1);
        }

        @Test
        void e12_inACentralGroupNobodyButTheLeaderOutranksTheDeputy() {
            Cadre bureauLeader = fx.cadre("a", "督察办", BUREAU).build();
            Cadre divisionDeputy = fx.cadre("b", "浙江", DIVISION).build();
            Cadre sectionLiaison = fx.cadre("c", "中国环境科学研究院", SECTION).build();
            Cadre bureauMember = fx.cadre("d", "中国环境科学研究院", BUREAU).build();
            verifier.verifyThat(RotationConstraints::rankOrder)
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, bureauLeader),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 1, divisionDeputy),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 2, sectionLiaison)).penalizesBy(0);
            // the member outranks the deputy (not the leader): one break
            verifier.verifyThat(RotationConstraints::rankOrder)
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, bureauLeader),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 1, divisionDeputy),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 3, bureauMember)).penalizesBy(1);
            // a deputy above a division-level leader, and a member above both: three breaks
            verifier.verifyThat(RotationConstraints::rankOrder)
                    .given(fx.assign(AUTUMN, SJZ, CENTRAL, 0, sectionLiaison),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 1, divisionDeputy),
                            fx.assign(AUTUMN, SJZ, CENTRAL, 3, bureauMember)).penalizesBy(3);
        }

        @Test
        void e12_softenedItWeighsItsWeightOnTheSoftLevel() {
            var rules = fx.campaign.rules();
            var weights = new java.util.HashMap<>(rules.weights());
            weights.put(org.rotationscheduler.rules.RuleId.E12, 500L);
            var softened = new org.rotationscheduler.rules.RuleSettings(rules.enabled(), weights, rules.quota(),
                    rules.minRoundsOff(), rules.unfilledWeight(), rules.maxPerSeason(), rules.maxPerCampaign(), rules.maxLifetime(),
                    rules.maxWeight(), rules.minPartyMembers(), rules.secretaryFromLead(), rules.leaderRank())
                    .withEnabled(org.rotationscheduler.rules.RuleId.E12, false);
            org.assertj.core.api.Assertions.assertThat(ConstraintWeights.weight(RuleConstraint.E12, rules))
                    .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore
                            .ONE_HARD);
            org.assertj.core.api.Assertions.assertThat(ConstraintWeights.weight(RuleConstraint.E12, softened))
                    .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore
                            .ofSoft(500));
        }

        @Test
        void f9_leadersAndDeputiesBelowTheLeaderRankCostTheSquareOfTheRankSteps() {
            SeatAssignment divisionLeader = fx.assign(AUTUMN, SJZ, ORDINARY, 0, fx.cadre("a", "浙江", DIVISION).build());
            SeatAssignment staffMember = fx.assign(AUTUMN, SJZ, ORDINARY, 1, fx.cadre("b", "人事司", STAFF).build());
            SeatAssignment staffLeader = fx.assign(AUTUMN, SJZ, ORDINARY, 0, fx.cadre("c", "浙江", STAFF).build());
            SeatAssignment sectionDeputy = fx.assign(AUTUMN, SJZ, CENTRAL, 1, fx.cadre("d", "浙江", SECTION).build());
            for (SeatAssignment head : List.of(divisionLeader, staffLeader, sectionDeputy)) {
                head.setSeniorRank(DIVISION);
            }
            verifier.verifyThat(RotationConstraints::seniority).given(divisionLeader, staffMember).penalizesBy(0);
            // a 科员 leader two steps below 处级 (4), a 科级 deputy one step (1)
            verifier.verifyThat(RotationConstraints::seniority).given(staffLeader, sectionDeputy).penalizesBy(5);
        }
    }
}
