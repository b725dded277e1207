package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Group;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.rules.Eligibility;

/**
 * What {@code validate} prints: what was loaded, in figures; per season the eligible candidates
 * per seat kind; and warnings from necessary conditions (see {@link NecessaryConditions}). A plain
 * object: build it from a campaign and a register, read {@link #candidates()} and
 * {@link #warnings()}, or {@link #render()} it.
 */
public final class ValidationReport {
    private final Campaign campaign;
    private final Register register;
    private final List<CandidateCount> candidates = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    public ValidationReport(Campaign campaign, Register register) {
        this.campaign = campaign;
        this.register = register;
        CadreProfiles profiles = new CadreProfiles(register);
        Eligibility eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
        for (Season season : campaign.roundCalendar().seasons()) {
            SeasonSupply supply = new SeasonSupply(campaign, season, profiles, eligibility);
            candidates.addAll(candidateCounts(supply));
            warnings.addAll(NecessaryConditions.check(supply));
        }
    }

    /** Per season and seat kind (a role of a group kind), the candidates over the cities. */
    public List<CandidateCount> candidates() {
        return List.copyOf(candidates);
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    private static List<CandidateCount> candidateCounts(SeasonSupply supply) {
        List<CandidateCount> out = new ArrayList<>();
        for (SeatKind kind : supply.seatKinds()) {
            if (kind.wholeGroup()) {
                continue;
            }
            List<Integer> counts = new ArrayList<>();
            String fewestCity = null;
            int fewest = Integer.MAX_VALUE;
            for (int i = 0; i < supply.cities().size(); i++) {
                if (supply.seats(kind, i) == 0) {
                    continue;
                }
                BitSet eligible = supply.eligible(kind, i);
                int n = supply.profiles.cadres(eligible);
                counts.add(n);
                if (n < fewest) {
                    fewest = n;
                    fewestCity = supply.cities().get(i).name();
                }
            }
            out.add(new CandidateCount(supply.season.id(), kind.key(), kind.label(supply.campaign), counts.size(),
                    fewest, fewestCity, median(counts)));
        }
        return out;
    }

    static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        renderCampaign(sb);
        renderRegister(sb);
        renderCandidates(sb);
        renderWarnings(sb);
        return sb.toString();
    }

    private void renderCampaign(StringBuilder sb) {
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
    }

    private void renderRegister(StringBuilder sb) {
        sb.append("Register: ").append(register.source()).append(", ").append(register.size()).append(" cadres from ")
                .append(register.dataRows()).append(register.dataRows() == 1 ? " row" : " rows").append(" under the header\n");
        if (!register.extraColumns().isEmpty()) {
            sb.append("  warning: columns the tool does not use (kept in the file, not read): ")
                    .append(String.join(", ", register.extraColumns())).append('\n');
        }
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
    }

    private void renderCandidates(StringBuilder sb) {
        sb.append("Eligible candidates per seat kind (register cadres passing the eligibility rules E1-E3, E5, E6"
                + " and E10,\ndates ignored; min and median over the cities with such seats):\n");
        for (CandidateCount c : candidates) {
            // Chinese labels last: their width in a terminal would break the columns
            sb.append(String.format("  %-14s %-18s %3d cities  min %5d  median %7.1f  %s, fewest in %s%n",
                    c.season(), c.seatKind(), c.cities(), c.min(), c.median(), c.label(), c.fewestCity()));
        }
    }

    private void renderWarnings(StringBuilder sb) {
        if (warnings.isEmpty()) {
            sb.append("No warnings: every necessary condition checked holds (E3-E6 supply per city and shared"
                    + " unit, E4 quota).\n");
            return;
        }
        sb.append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings")
                .append(" (necessary conditions from the data: no plan can avoid these; the input is still valid):\n");
        for (Warning w : warnings) {
            sb.append("  ").append(w).append('\n');
        }
    }
}
