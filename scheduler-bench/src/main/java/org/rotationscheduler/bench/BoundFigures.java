package org.rotationscheduler.bench;

import java.util.ArrayList;
import java.util.List;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.planning.FeasibilityBound;

/**
 * What {@link FeasibilityBound} proved before solving, in a form the report and the checks can
 * read without the campaign.
 *
 * @param millis how long the bound took
 * @param shortages where seats must stay empty; each names the city, the round (E9) or the season
 *     (E3/E4: a quota shortage is spread over the season, no single round is short) and the seat kind
 */
public record BoundFigures(boolean feasible, long millis, int unplaceableQuotaRounds, int quotaRounds,
        List<Where> shortages) {

    /**
     * One shortage.
     *
     * @param city the campaign city it names, or null when the bound's text names none
     * @param when "round 14 (2019-10-28..2019-11-11)" or the season id ("autumn-2019"), null when it names neither
     */
    public record Where(String rule, String city, String when, String group, String seat, int seats, int missing,
            String text) {

        /** The city, the round or season, and the seat kind are all named: a planner can act on it. */
        public boolean namesCityWhenAndSeatKind() {
            return notBlank(city) && notBlank(when) && notBlank(group) && notBlank(seat);
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }

    public BoundFigures {
        shortages = List.copyOf(shortages);
    }

    /** Seats the bound proves must stay empty: the per-round (E9) and the per-season (E3/E4) shortages. */
    public int missingSeats() {
        return shortages.stream().mapToInt(Where::missing).sum();
    }

    public static BoundFigures of(FeasibilityBound.Report report, long millis, Campaign campaign) {
        List<Where> where = new ArrayList<>();
        for (FeasibilityBound.Shortage s : report.shortages()) {
            City city = cityNamed(s.city(), campaign);
            where.add(new Where(s.rule(), city == null ? null : city.name(), when(s, city), s.group(), s.seat(),
                    s.seats(), s.missing(), s.describe()));
        }
        return new BoundFigures(report.feasible(), millis, report.unplaceableQuotaRounds(), report.quotaRounds(), where);
    }

    /** The bound writes "郑州" for a round's shortage and "郑州 in autumn-2019" for a season's (E3/E4). */
    private static City cityNamed(String text, Campaign campaign) {
        if (text == null) {
            return null;
        }
        return campaign.cities().stream()
                .filter(c -> text.equals(c.name()) || text.startsWith(c.name() + " in "))
                .findFirst().orElse(null);
    }

    private static String when(FeasibilityBound.Shortage s, City city) {
        if (s.round() != null) {
            return "round " + s.round().number() + " (" + s.round().start() + ".." + s.round().end() + ")";
        }
        String prefix = city == null ? null : city.name() + " in ";
        return prefix != null && s.city().startsWith(prefix) ? s.city().substring(prefix.length()) : null;
    }
}
