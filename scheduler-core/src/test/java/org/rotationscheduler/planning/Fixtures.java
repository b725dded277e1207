package org.rotationscheduler.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleId;

/** Seats and cadres of the default campaign, built by hand for constraint tests. */
final class Fixtures {
    final Campaign campaign;
    final Eligibility eligibility;

    Fixtures() {
        this(new CampaignLoader().loadDefault());
    }

    Fixtures(Campaign campaign) {
        this.campaign = campaign;
        this.eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
    }

    Round round(int n) {
        return campaign.roundCalendar().round(n).orElseThrow();
    }

    /** A seat by round, city, group name and seat index in the group's template. */
    Seat seat(int round, String city, String group, int index) {
        return campaign.seats(List.of(round(round))).stream()
                .filter(s -> s.city().name().equals(city) && s.group().name().equals(group) && s.index() == index)
                .findFirst().orElseThrow();
    }

    SeatAssignment assign(Seat seat, Cadre cadre) {
        var quota = campaign.rules().quota();
        SeatAssignment a = new SeatAssignment(seat, quota.scopeOf(seat),
                eligibility.rulesFor(seat).stream().anyMatch(r -> r.rule() == RuleId.E6) && seat.index() > 0,
                eligibility.rulesFor(seat), eligibility.e3Rank(seat), campaign.rules().minRoundsOff(), List.of());
        a.setCadre(cadre);
        return a;
    }

    SeatAssignment assign(int round, String city, String group, int index, Cadre cadre) {
        return assign(seat(round, city, group, index), cadre);
    }

    Unit unit(String name) {
        return campaign.units().find(name).orElseThrow();
    }

    CadreBuilder cadre(String id, String unit, Rank rank) {
        return new CadreBuilder(id, unit(unit), rank);
    }

    /** Builds one cadre with only the fields a test cares about. */
    static final class CadreBuilder {
        private final String id;
        private final Unit unit;
        private final Rank rank;
        private String post = "";
        private boolean party;
        private int served = 1;
        private final List<DateRange> unavailable = new ArrayList<>();
        private final List<DateRange> restricted = new ArrayList<>();

        CadreBuilder(String id, Unit unit, Rank rank) {
            this.id = id;
            this.unit = unit;
            this.rank = rank;
        }

        CadreBuilder post(String p) {
            post = p;
            return this;
        }

        CadreBuilder party() {
            party = true;
            return this;
        }

        CadreBuilder served(int n) {
            served = n;
            return this;
        }

        CadreBuilder unavailable(String from, String to) {
            unavailable.add(new DateRange(LocalDate.parse(from), LocalDate.parse(to)));
            return this;
        }

        CadreBuilder restricted(String from, String to) {
            restricted.add(new DateRange(LocalDate.parse(from), LocalDate.parse(to)));
            return this;
        }

        Cadre build() {
            return new Cadre(id, "姓名" + id, unit, rank, post, party, served, unavailable, restricted, 2);
        }
    }
}
