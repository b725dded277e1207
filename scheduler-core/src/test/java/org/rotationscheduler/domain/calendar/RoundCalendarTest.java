package org.rotationscheduler.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

class RoundCalendarTest {
    private final Campaign campaign = new CampaignLoader().loadDefault();

    @Test
    void c2_roundsAreFifteenDaysBackToBackFromTheFirstDay() {
        List<Round> rounds = campaign.rounds();
        assertThat(rounds).hasSize(47);
        assertThat(rounds.get(0).start()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(rounds.get(0).end()).isEqualTo(LocalDate.of(2019, 5, 15));
        for (int i = 1; i < rounds.size(); i++) {
            assertThat(rounds.get(i).start()).isEqualTo(rounds.get(i - 1).end().plusDays(1));
            assertThat(rounds.get(i).days().days()).isEqualTo(15);
        }
        assertThat(rounds.get(46).start()).isEqualTo(LocalDate.of(2021, 3, 21));
    }

    @Test
    void c3_aRoundOnTheSeasonBoundaryBelongsToTheSeasonWithMostOfItsDays() {
        // round 11: 2019-09-28..2019-10-12, 3 days in September, 12 in October
        Round r11 = campaign.roundCalendar().round(11).orElseThrow();
        assertThat(r11.start()).isEqualTo(LocalDate.of(2019, 9, 28));
        assertThat(r11.season().id()).isEqualTo("autumn-2019");
        // round 23: 2020-03-26..2020-04-09, 6 days in March, 9 in April
        Round r23 = campaign.roundCalendar().round(23).orElseThrow();
        assertThat(r23.season().id()).isEqualTo("regular-2020");
        assertThat(campaign.roundCalendar().round(22).orElseThrow().season().id()).isEqualTo("autumn-2019");
    }

    @Test
    void c3_byStartDateTheBoundaryRoundFollowsItsFirstDay() {
        CalendarSpec spec = campaign.calendar();
        CalendarSpec byStart = new CalendarSpec(spec.windowStart(), spec.windowEnd(), spec.roundDays(),
                spec.firstStart(), 0, CalendarSpec.SeasonAssignment.START_DATE, spec.seasons());
        Round r11 = byStart.rounds().get(10);
        assertThat(r11.season().id()).isEqualTo("regular-2019");
    }

    @Test
    void c4_seasonSelectionByKindAndYear() {
        RoundCalendar cal = campaign.roundCalendar();
        Season autumn2019 = cal.season("autumn", null).orElseThrow();
        assertThat(autumn2019.year()).isEqualTo(2019);
        assertThat(cal.roundsOf(autumn2019)).extracting(Round::number).containsExactly(11, 12, 13, 14, 15, 16, 17,
                18, 19, 20, 21, 22);
        Season autumn2020 = cal.season("autumn", 2020).orElseThrow();
        assertThat(cal.roundsOf(autumn2020).get(0).start().getMonthValue()).isIn(9, 10);
        assertThat(cal.roundsOf(autumn2020)).last().extracting(Round::number).isEqualTo(47);
        Season regular2020 = cal.season("regular", 2020).orElseThrow();
        assertThat(cal.roundsOf(regular2020)).allSatisfy(r -> assertThat(r.season().kind()).isEqualTo("regular"));
        assertThat(cal.season("regular", 2021)).isEmpty();
    }

    @Test
    void c2_handoverOverlapStartsTheNextRoundBeforeThisOneEnds() {
        CalendarSpec spec = campaign.calendar();
        CalendarSpec overlap = new CalendarSpec(spec.windowStart(), spec.windowEnd(), 15, spec.firstStart(), 2,
                spec.seasonOf(), spec.seasons());
        List<Round> rounds = overlap.rounds();
        assertThat(rounds.get(1).start()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(rounds.get(0).overlaps(rounds.get(1))).isTrue();
    }

    @Test
    void seasonSizeMatchesSpecScale() {
        Season autumn = campaign.roundCalendar().season("autumn", 2019).orElseThrow();
        assertThat(campaign.seats(campaign.roundCalendar().roundsOf(autumn))).hasSize(11_268);
        assertThat(campaign.groups(campaign.rounds().get(0))).hasSize(300);
    }
}
