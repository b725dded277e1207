package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RankOrder;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * The generator's own last look at the planted roster, with the project's rule code: seat rules
 * (E1-E3, E5-E8, E10, E13 via {@link Eligibility}), E9, E11, E12, E4 and the F1 maximums. A problem here is
 * a bug in the generator, never a property of the input.
 */
final class PlantedCheck {
    private PlantedCheck() {
    }

    static List<String> problems(Campaign campaign, QuotaScope quota, List<Assignment> planted, List<Cadre> register) {
        List<String> problems = new ArrayList<>();
        Eligibility eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
        Map<Cadre, List<Seat>> byCadre = new LinkedHashMap<>();
        for (Assignment a : planted) {
            if (a.filled()) {
                eligibility.breaks(a.seat(), a.cadre()).stream().map(RuleBreak::toString).forEach(problems::add);
                byCadre.computeIfAbsent(a.cadre(), c -> new ArrayList<>()).add(a.seat());
            }
        }
        RuleSettings rules = campaign.rules();
        if (rules.isEnabled(RuleId.E12)) {
            Map<org.rotationscheduler.domain.model.Group, List<Assignment>> groups = new LinkedHashMap<>();
            planted.stream().filter(Assignment::filled)
                    .forEach(a -> groups.computeIfAbsent(a.seat().group(), g -> new ArrayList<>()).add(a));
            for (List<Assignment> g : groups.values()) {
                for (Assignment head : g) {
                    for (Assignment other : g) {
                        if (RankOrder.breaks(head.seat(), head.cadre().rank(), other.seat(), other.cadre().rank())) {
                            problems.add("E12: " + other.cadre() + " outranks " + head.cadre() + " at "
                                    + other.seat().describe());
                        }
                    }
                }
            }
        }
        byCadre.forEach((cadre, seats) -> checkSpacing(cadre, seats, rules, problems));
        for (Cadre c : register) {
            if (quota.binds(c)) {
                List<Seat> seats = byCadre.getOrDefault(c, List.of());
                for (QuotaScope.Bucket b : quota.buckets()) {
                    long n = seats.stream().filter(s -> b.contains(s.round()) && quota.counts(s)).count();
                    if (n != quota.perBucket() && !(n == 0 && quota.zeroAllowed())) {
                        problems.add("E4: " + c + " serves " + n + " rounds of " + b.label());
                    }
                }
            }
        }
        return problems;
    }

    private static void checkSpacing(Cadre cadre, List<Seat> seats, RuleSettings rules, List<String> problems) {
        List<Seat> sorted = new ArrayList<>(seats);
        sorted.sort(Comparator.comparingInt(s -> s.round().number()));
        Map<Season, Integer> perSeason = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Seat s = sorted.get(i);
            if (perSeason.merge(s.round().season(), 1, Integer::sum) > rules.maxPerSeason()) {
                problems.add("F1: " + cadre + " serves more than " + rules.maxPerSeason() + " rounds in a season");
            }
            if (i > 0) {
                Seat prev = sorted.get(i - 1);
                if (prev.round().overlaps(s.round())) {
                    problems.add("E9: " + cadre + " sits twice in overlapping rounds at " + s.describe());
                } else if (Round.tooCloseForRest(prev.round().number(), s.round().number(), rules.minRoundsOff())) {
                    problems.add("E11: " + cadre + " has too little rest before " + s.describe());
                }
            }
        }
        if (sorted.size() > rules.maxPerCampaign()) {
            problems.add("F1: " + cadre + " serves more than " + rules.maxPerCampaign() + " rounds");
        }
    }
}
