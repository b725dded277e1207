package org.rotationscheduler.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.calendar.Season;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Group;
import org.rotationscheduler.model.Rank;
import org.rotationscheduler.model.Register;
import org.rotationscheduler.model.UnitType;

/** The summary {@code validate} prints: what was loaded, in figures. */
public final class ValidationReport {
    private final Campaign campaign;
    private final Register register;

    public ValidationReport(Campaign campaign, Register register) {
        this.campaign = campaign;
        this.register = register;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Campaign: ").append(campaign.name()).append(" (").append(campaign.source()).append(")\n");
        List<Round> rounds = campaign.rounds();
        sb.append(String.format("  window %s..%s, %d rounds of %d days%n", campaign.calendar().windowStart(),
                campaign.calendar().windowEnd(), rounds.size(), campaign.calendar().roundDays()));
        List<Group> first = campaign.groups(rounds.get(0));
        long seatsFirst = first.stream().mapToLong(g -> g.kind().seats().size()).sum();
        sb.append(String.format("  %d cities, %d groups and %d seats in round 1%n", campaign.cities().size(),
                first.size(), seatsFirst));
        sb.append("Seasons:\n");
        for (Season s : campaign.roundCalendar().seasons()) {
            List<Round> rs = campaign.roundCalendar().roundsOf(s);
            sb.append(String.format("  %-14s rounds %2d-%2d (%s..%s), %6d seats%n", s.id(), rs.get(0).number(),
                    rs.get(rs.size() - 1).number(), rs.get(0).start(), rs.get(rs.size() - 1).end(),
                    campaign.seats(rs).size()));
        }
        sb.append("Register: ").append(register.source()).append(", ").append(register.size()).append(" cadres\n");
        Map<UnitType, Map<Rank, Integer>> counts = new EnumMap<>(UnitType.class);
        for (Cadre c : register.cadres()) {
            counts.computeIfAbsent(c.unit().type(), t -> new EnumMap<>(Rank.class)).merge(c.rank(), 1, Integer::sum);
        }
        sb.append(String.format("  %-18s", "unit type"));
        for (Rank r : Rank.values()) {
            sb.append(String.format("%8s", r.key()));
        }
        sb.append(String.format("%8s%n", "total"));
        for (UnitType t : UnitType.values()) {
            Map<Rank, Integer> m = counts.getOrDefault(t, new LinkedHashMap<>());
            sb.append(String.format("  %-18s", t.key()));
            int total = 0;
            for (Rank r : Rank.values()) {
                int n = m.getOrDefault(r, 0);
                total += n;
                sb.append(String.format("%8d", n));
            }
            sb.append(String.format("%8d%n", total));
        }
        return sb.toString();
    }
}
